package yujue.queries.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import yujue.queries.TestWarehouses;
import yujue.queries.Warehouse;

/** Runs modules on the sample warehouse (written once per test JVM) and reads rows as maps. */
final class ModuleRows {
  private ModuleRows() {}

  private static Path samples;

  static synchronized Path samplesWarehouse() {
    if (samples == null) {
      try {
        Path dir = Files.createTempDirectory("yujue-modules-test");
        samples = TestWarehouses.samples().write(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return samples;
  }

  static List<Map<String, Object>> run(QueryModule m, Filters f) throws SQLException {
    return run(samplesWarehouse(), m, f);
  }

  static List<Map<String, Object>> run(Path warehouse, QueryModule m, Filters f) throws SQLException {
    try (Connection c = Warehouse.open(warehouse); ResultSet rs = m.run(c, f)) {
      return read(rs);
    }
  }

  static List<Map<String, Object>> read(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<Map<String, Object>> rows = new ArrayList<>();
    while (rs.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), rs.getObject(i));
      rows.add(row);
    }
    return rows;
  }

  /** The one row matching every {@code column, value} pair given. */
  static Map<String, Object> only(List<Map<String, Object>> rows, Object... columnValues) {
    Predicate<Map<String, Object>> match = r -> {
      for (int i = 0; i < columnValues.length; i += 2) {
        if (!String.valueOf(columnValues[i + 1]).equals(String.valueOf(r.get((String) columnValues[i])))) return false;
      }
      return true;
    };
    List<Map<String, Object>> found = rows.stream().filter(match).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " rows match " + List.of(columnValues) + " in " + rows);
    }
    return found.get(0);
  }
}
