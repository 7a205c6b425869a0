package yujue.warehouse.marts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import yujue.warehouse.views.ViewsScript;

/**
 * Builds a local warehouse's {@link Marts} with DuckDB from the same view SQL the queries run, so
 * a mart holds exactly the rows its view computes. Plain JDBC: the DuckDB driver comes from the
 * caller's classpath (the land job's), so this module still depends on no engine. Each view is written in build order and then
 * read back from its file by the views built after it. Written under a temporary name and renamed
 * into place with {@code _SUCCESS} inside, then older marts are deleted: a reader sees complete
 * marts or none. The caller holds the warehouse lock.
 */
public final class MartBuilder {

  private MartBuilder() {}

  /** What was built: the directory (relative), and seconds and rows per view; empty when already fresh. */
  public record Built(String dir, Map<String, Double> seconds, Map<String, Long> rows) {}

  public static Built build(Path warehouse) throws IOException, SQLException {
    Path root = warehouse.toRealPath();
    String dir = Marts.dirFor(root);
    Path target = root.resolve(dir);
    if (Marts.fresh(root).isPresent()) {
      return new Built(dir, Map.of(), Map.of());
    }
    Path tmp = root.resolve(Marts.DIR).resolve(".building-" + UUID.randomUUID());
    Files.createDirectories(tmp);
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET file_search_path = " + quote(root.toString()));
      s.execute(ViewsScript.render(t -> ViewsScript.hasFiles(root, t))); // computing, without marts
      for (String view : Marts.views()) {
        long t0 = System.nanoTime();
        String file = tmp.resolve(view + ".parquet").toString();
        s.execute("COPY (SELECT * FROM " + view + ") TO " + quote(file) + " (FORMAT parquet, COMPRESSION zstd)");
        String computed = columns(s, view);
        s.execute("CREATE OR REPLACE VIEW " + view + " AS SELECT * FROM read_parquet(" + quote(file) + ")");
        String read = columns(s, view);
        if (!computed.equals(read)) { // a type Parquet cannot hold as DuckDB computes it
          throw new IllegalStateException("mart " + view + " reads back as " + read + ", computed as " + computed);
        }
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + view)) {
          r.next();
          rows.put(view, r.getLong(1));
        }
        seconds.put(view, (System.nanoTime() - t0) / 1e9);
      }
      Files.writeString(tmp.resolve(Marts.DONE), Marts.sqlVersion(), StandardCharsets.UTF_8);
      deleteTree(target); // built by other view SQL, or incomplete: in the way of the rename
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteTree(tmp);
    }
    deleteOthers(root.resolve(Marts.DIR), target);
    return new Built(dir, seconds, rows);
  }

  private static String columns(Statement s, String view) throws SQLException {
    List<String> cols = new ArrayList<>();
    try (ResultSet r = s.executeQuery("DESCRIBE " + view)) {
      while (r.next()) {
        cols.add(r.getString("column_name") + " " + r.getString("column_type"));
      }
    }
    return String.join(", ", cols);
  }

  /** Every other entry of marts/: older keys, and what a killed build left. */
  private static void deleteOthers(Path martsDir, Path keep) throws IOException {
    try (Stream<Path> entries = Files.list(martsDir)) {
      for (Path p : entries.toList()) {
        if (!p.equals(keep)) {
          deleteTree(p);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
