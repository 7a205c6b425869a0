package yujue.queries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.views.ViewsScript;

/** Opens DuckDB over a warehouse directory, with the warehouse views defined. */
public final class Warehouse {
  private Warehouse() {}

  /**
   * An in-memory DuckDB connection whose views read the Parquet files under {@code warehouseDir}.
   * Nothing is written to the warehouse; the database itself lives only in memory.
   */
  public static Connection open(Path warehouseDir) throws SQLException {
    Path dir = existing(warehouseDir); // before rendering, so a wrong path is the error shown
    if (!hasCommittedRun(dir)) {
      throw new IllegalArgumentException("no land run has been committed in " + dir + " yet: run ./yujue land first");
    }
    return open(dir, ViewsScript.render(t -> ViewsScript.hasFiles(dir, t)));
  }

  /** Same, with an explicit views script instead of the warehouse's own (tests use this). */
  public static Connection open(Path warehouseDir, String viewsScript) throws SQLException {
    Path dir = existing(warehouseDir);
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      // The views script uses paths relative to the warehouse root.
      s.execute("SET file_search_path = '" + dir.toString().replace("'", "''") + "'");
      // DuckDB's JDBC execute() runs a multi-statement script in order and stops at the first
      // failing statement with its error, so the script needs no splitting. (It refuses an
      // empty script, hence the guard.)
      if (!viewsScript.isBlank()) s.execute(viewsScript);
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private static boolean hasCommittedRun(Path dir) {
    Path runs = dir.resolve(WarehouseLayout.RUNS_DIR);
    if (!Files.isDirectory(runs)) {
      return false;
    }
    try (var files = Files.list(runs)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path existing(Path warehouseDir) {
    Path dir = warehouseDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("warehouse directory does not exist: " + dir);
    }
    return dir;
  }
}
