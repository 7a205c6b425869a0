package yujue.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.marts.Marts;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;
import yujue.warehouse.views.ViewsScript;

/**
 * Opens DuckDB over a warehouse directory, with the warehouse views defined and the connection
 * confined to the warehouse.
 *
 * <p>Once the views exist, DuckDB's own settings confine everything run on the connection:
 * external access is off with the warehouse directory the only one allowed (DuckDB resolves
 * {@code ..} and symlinks before checking, and refuses URLs of every scheme), extensions cannot
 * be installed or loaded, and the configuration is locked so no statement can undo any of it.
 * Statements a caller takes from a user must still pass {@link ReadOnlySql}: DuckDB's allow-list
 * covers writes as much as reads, so it does not keep a statement from writing into the
 * warehouse directory. A warehouse holding a symbolic link to outside it is not opened.
 *
 * <p>Every connection is confined, whoever's SQL it runs: code that writes files (exports) or
 * reads files elsewhere does so on a connection of its own, and no setting can be changed after
 * opening.
 */
public final class Warehouse {
  private Warehouse() {}

  /**
   * What the settings read once the connection is confined; anything else and the connection is
   * not handed out (a DuckDB upgrade that renamed or ignored one would otherwise go unnoticed).
   */
  private static final Map<String, String> LOCKED_VALUES = Map.of(
      "enable_external_access", "false",
      "lock_configuration", "true",
      "autoinstall_known_extensions", "false",
      "autoload_known_extensions", "false",
      "allow_community_extensions", "false",
      "allow_persistent_secrets", "false",
      "allowed_configs", "[]");

  /**
   * An in-memory DuckDB connection whose views read the Parquet files under {@code warehouseDir},
   * confined to that directory. Nothing is written to the warehouse; the database itself lives
   * only in memory.
   */
  public static Connection open(Path warehouseDir) throws SQLException {
    Path dir = existing(warehouseDir); // before rendering, so a wrong path is the error shown
    if (!hasCommittedRun(dir)) {
      throw new IllegalArgumentException("no land run has been committed in " + dir + " yet: run ./yujue land first");
    }
    Path root = real(dir);
    return open(root, anchored(root, ViewsScript.render(root)));
  }

  /**
   * Same, with an explicit views script instead of the warehouse's own (tests use this). The
   * script runs before the connection is confined; once it is, only absolute paths inside
   * {@code warehouseDir} can be read, so a view in the script must name its files that way.
   */
  public static Connection open(Path warehouseDir, String viewsScript) throws SQLException {
    Path root = real(existing(warehouseDir));
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      // DuckDB's JDBC execute() runs a multi-statement script in order and stops at the first
      // failing statement with its error, so the script needs no splitting. (It refuses an
      // empty script, hence the guard.)
      if (!viewsScript.isBlank()) s.execute(viewsScript);
      refuseLinksOut(root);
      confine(s, root);
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /**
   * The views script with every file it reads named by its absolute path under {@code root}:
   * DuckDB checks a relative path against {@code allowed_directories} as it is written, so the
   * relative paths of {@code views.sql} (right for a DuckDB CLI started in the warehouse) would be
   * refused once the connection is confined. Fails if the script reads a layout path this method
   * does not know, rather than leave a view that cannot be read.
   */
  static String anchored(Path root, String script) {
    List<String> globs = new ArrayList<>();
    for (Table t : WarehouseSchema.all()) globs.add(WarehouseLayout.glob(t));
    globs.add(WarehouseLayout.RUNS_GLOB);
    String anchored = script;
    for (String glob : globs) {
      anchored = anchored.replace("'" + glob + "'", sqlString(root + "/" + glob));
    }
    anchored = anchored.replace("'" + Marts.DIR + "/", "'" + (root + "/" + Marts.DIR + "/").replace("'", "''"));
    for (String relative : List.of(WarehouseLayout.DATA_DIR + "/", WarehouseLayout.RUNS_DIR + "/")) {
      if (anchored.contains("'" + relative)) {
        throw new IllegalStateException("the views script reads a relative path under " + relative
            + " that Warehouse does not anchor to the warehouse directory");
      }
    }
    return anchored;
  }

  /**
   * Confines the connection with DuckDB's settings, then reads them back. {@code temp_directory}
   * comes first: DuckDB adds it to the allowed directories when external access goes off, and by
   * default it is {@code .tmp} under the working directory. {@code lock_configuration} comes last,
   * and keeps every statement after it from changing any setting.
   */
  private static void confine(Statement s, Path root) throws SQLException {
    List<String> set = List.of(
        "SET temp_directory = " + sqlString(privateTempDirectory().toString()),
        "SET parquet_metadata_cache = true", // files are never rewritten in place: new runs, new names
        "SET allow_community_extensions = false", // cannot be turned back on while running
        "SET allow_persistent_secrets = false",
        "SET autoinstall_known_extensions = false", // INSTALL: no extension fetched by a query
        "SET autoload_known_extensions = false", // LOAD: none loaded by a query either
        "SET allowed_directories = [" + sqlString(root.toString()) + "]",
        "SET enable_external_access = false", // files outside allowed_directories, URLs, ATTACH, LOAD
        "SET lock_configuration = true"); // SET / RESET / PRAGMA of any setting
    for (String statement : set) s.execute(statement);
    String check = LOCKED_VALUES.keySet().stream()
        .map(k -> "current_setting('" + k + "')::VARCHAR AS " + k)
        .collect(Collectors.joining(", ", "SELECT ", ""));
    try (ResultSet rs = s.executeQuery(check)) {
      rs.next();
      for (Map.Entry<String, String> e : LOCKED_VALUES.entrySet()) {
        String actual = rs.getString(e.getKey());
        if (!e.getValue().equalsIgnoreCase(actual)) {
          throw new IllegalStateException("DuckDB did not confine the connection: " + e.getKey()
              + " is " + actual + ", not " + e.getValue());
        }
      }
    }
  }

  /**
   * Refuses a warehouse holding a symbolic link to anywhere outside it (or to nothing). DuckDB
   * resolves links before it checks a file it opens, so no statement reads through one; but a
   * glob still lists the names inside a linked directory (through a link to /etc, a statement
   * could list /etc), and a view over a linked directory could not be read anyway.
   * The land job never makes links.
   */
  static void refuseLinksOut(Path root) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          if (attrs.isSymbolicLink()) {
            Path target;
            try {
              target = file.toRealPath();
            } catch (IOException e) {
              target = null; // dangling
            }
            if (target == null || !target.startsWith(root)) {
              throw new IllegalArgumentException("the warehouse holds a symbolic link to "
                  + (target == null ? "nothing" : "outside it") + ": " + root.relativize(file) + " -> "
                  + Files.readSymbolicLink(file) + "; remove it (statements could list what it points to)");
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // unreadable here is unreadable to DuckDB too
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where this connection's database may spill: a directory DuckDB creates when it first spills
   * and removes when the database closes, inside a directory of this JVM's readable by this user
   * only (removed when the JVM exits).
   */
  private static Path privateTempDirectory() {
    return SpillRoot.get().resolve("db-" + UUID.randomUUID());
  }

  private static final class SpillRoot {
    private static Path root;

    static synchronized Path get() {
      try {
        if (root == null || !Files.isDirectory(root)) {
          root = Files.createTempDirectory("yujue-duckdb-");
          root.toFile().deleteOnExit();
        }
        return root;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String sqlString(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static boolean hasCommittedRun(Path dir) {
    Path runs = dir.resolve(WarehouseLayout.RUNS_DIR);
    if (!Files.isDirectory(runs)) {
      return false;
    }
    try (var files = Files.list(runs)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path existing(Path warehouseDir) {
    Path dir = warehouseDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("warehouse directory does not exist: " + dir);
    }
    return dir;
  }

  /** With symlinks resolved, as DuckDB resolves the paths it checks. */
  private static Path real(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
