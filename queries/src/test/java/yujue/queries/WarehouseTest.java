package yujue.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.warehouse.views.ViewsScript;

class WarehouseTest {
  @TempDir Path tmp;

  @Test
  void viewsOfAnExplicitScriptReadAbsolutePathsInsideTheWarehouse() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("it's a warehouse/sub")).getParent();
    String file = dir.resolve("sub/t.parquet").toString().replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("COPY (SELECT '海东市' AS name) TO '" + file + "' (FORMAT parquet)");
    }
    String views = "CREATE OR REPLACE VIEW t AS FROM read_parquet('" + file + "');\n"
        + "CREATE OR REPLACE VIEW u AS SELECT name || '!' AS name FROM t;\n";
    try (Connection c = Warehouse.open(dir, views);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM u")) {
      assertTrue(rs.next());
      assertEquals("海东市!", rs.getString(1));
    }
  }

  @Test
  void theWarehouseViewsReadUnderConfinementThroughASymlinkedDirectory() throws Exception {
    Path real = TestWarehouses.tiny().write(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    try (Connection c = Warehouse.open(link);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), current_setting('enable_external_access')::VARCHAR"
            + " FROM doc_totals")) {
      assertTrue(rs.next());
      assertEquals(3, rs.getInt(1));
      assertEquals("false", rs.getString(2));
    }
  }

  @Test
  void pathsAreAnchoredToTheWarehouse() {
    Path root = Path.of("/w/it's");
    String anchored = Warehouse.anchored(root, ViewsScript.render());
    assertTrue(anchored.contains("read_parquet('/w/it''s/data/documents/*/*.parquet'"), anchored);
    assertTrue(anchored.contains("glob('/w/it''s/_yujue/runs/*.json')"), anchored);
    assertTrue(anchored.contains("read_json('/w/it''s/_yujue/runs/*.json'"), anchored);
    assertFalse(anchored.contains("'data/"), anchored);
    var e = assertThrows(IllegalStateException.class,
        () -> Warehouse.anchored(root, "CREATE VIEW x AS FROM read_parquet('data/other/*.parquet');"));
    assertTrue(e.getMessage().contains("relative path under data/"), e.getMessage());
  }

  @Test
  void aConnectionIsConfinedEvenWithoutViews() throws SQLException {
    try (Connection c = Warehouse.open(tmp, "");
        Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.execute("SET enable_external_access = true"));
      assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM read_text('/etc/hostname')"));
    }
  }

  @Test
  void aWarehouseWithALinkToOutsideIsRefused() throws Exception {
    Path dir = TestWarehouses.tiny().write(tmp.resolve("warehouse"));
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.createSymbolicLink(dir.resolve("data/inside"), dir.resolve("data/dim_region")); // fine
    try (Connection c = Warehouse.open(dir)) {
      assertTrue(c.isValid(1));
    }
    for (Path target : List.of(outside, Path.of("/etc/hostname"), tmp.resolve("nothing"))) {
      Path link = Files.createSymbolicLink(dir.resolve("data/documents/link"), target);
      var e = assertThrows(IllegalArgumentException.class, () -> Warehouse.open(dir));
      assertTrue(e.getMessage().startsWith("the warehouse holds a symbolic link to "), e.getMessage());
      assertTrue(e.getMessage().contains("data/documents/link -> " + target), e.getMessage());
      Files.delete(link);
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
