package yujue.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseTest {
  @TempDir Path tmp;

  @Test
  void viewsResolveRelativePathsAgainstTheWarehouse() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("it's a warehouse/sub")).getParent();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("COPY (SELECT '海东市' AS name) TO '"
          + dir.resolve("sub/t.parquet").toString().replace("'", "''") + "' (FORMAT parquet)");
    }
    String views = "CREATE OR REPLACE VIEW t AS FROM read_parquet('sub/t.parquet');\n"
        + "CREATE OR REPLACE VIEW u AS SELECT name || '!' AS name FROM t;\n";
    try (Connection c = Warehouse.open(dir, views);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM u")) {
      assertTrue(rs.next());
      assertEquals("海东市!", rs.getString(1));
    }
  }

  @Test
  void missingDirectoryIsNamed() {
    Path missing = tmp.resolve("nope");
    var e = assertThrows(IllegalArgumentException.class, () -> Warehouse.open(missing, ""));
    assertEquals("warehouse directory does not exist: " + missing, e.getMessage());
    // Also with the warehouse's own views: the path is checked before the script is rendered.
    e = assertThrows(IllegalArgumentException.class, () -> Warehouse.open(missing));
    assertEquals("warehouse directory does not exist: " + missing, e.getMessage());
  }
}
