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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import yujue.warehouse.views.ViewsScript;

/**
 * Builds a local warehouse's {@link Marts} with DuckDB from the same view SQL the queries run, so
 * a mart holds exactly the rows its view computes. Plain JDBC: the DuckDB driver comes from the
 * caller's classpath (the land job's), so this module still depends on no engine.
 *
 * <p>Each view is written in build order and then read back from its file by the views built
 * after it. When complete marts of an earlier set of the committed runs exist, only the
 * departments the newer runs landed reports for are computed again and the other rows copied: every
 * materialized view's row belongs to one department (region_code, department_name) and depends on
 * that department's reports only. Written under a temporary name and renamed into place with
 * {@code _SUCCESS} inside, then older marts are deleted: a reader sees complete marts or none.
 * The caller holds the warehouse lock.
 */
public final class MartBuilder {

  private MartBuilder() {}

  /**
   * Every mart is sorted by department type, region and department (every materialized view has
   * the three columns) and cut into small row groups, so a query for one type, or for a few
   * regions, reads the row groups whose min/max statistics hold them and skips the rest.
   */
  static final String SORT = "department_type, region_code, department_name";
  static final int ROW_GROUP_ROWS = 16_384;
  /** The runs a marts directory was built from, one id per line. */
  static final String RUNS_FILE = "runs.txt";
  private static final String SAME_DEPARTMENT = "%1$s.region_code IS NOT DISTINCT FROM t.region_code"
      + " AND %1$s.department_name IS NOT DISTINCT FROM t.department_name";

  /**
   * What was built: the directory (relative); seconds and rows per view (empty when the marts were
   * fresh already); {@code departmentsRecomputed}, how many departments were computed again from
   * earlier marts, or -1 when every view was computed whole.
   */
  public record Built(String dir, Map<String, Double> seconds, Map<String, Long> rows, long departmentsRecomputed) {}

  public static Built build(Path warehouse) throws IOException, SQLException {
    Path root = warehouse.toRealPath();
    List<String> runs = Marts.committedRuns(root);
    String dir = Marts.dirFor(root);
    Path target = root.resolve(dir);
    if (Marts.fresh(root).isPresent()) {
      return new Built(dir, Map.of(), Map.of(), 0);
    }
    Optional<Earlier> earlier = earlier(root.resolve(Marts.DIR), runs);
    Path tmp = root.resolve(Marts.DIR).resolve(".building-" + UUID.randomUUID());
    Files.createDirectories(tmp);
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    long recomputed = -1;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET file_search_path = " + quote(root.toString()));
      s.execute(ViewsScript.render(t -> ViewsScript.hasFiles(root, t))); // computing, without marts
      if (earlier.isPresent()) {
        recomputed = restrictToTouchedDepartments(s, earlier.get().runs());
      }
      for (String view : Marts.views()) {
        long t0 = System.nanoTime();
        String file = tmp.resolve(view + ".parquet").toString();
        String select = earlier.isEmpty() ? "SELECT * FROM " + view
            : "SELECT p.* FROM read_parquet(" + quote(earlier.get().dir().resolve(view + ".parquet").toString()) + ") p"
                + " ANTI JOIN touched t ON " + SAME_DEPARTMENT.formatted("p")
                + " UNION ALL SELECT v.* FROM " + view + " v SEMI JOIN touched t ON " + SAME_DEPARTMENT.formatted("v");
        s.execute("COPY (" + select + " ORDER BY " + SORT + ") TO " + quote(file)
            + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ")");
        String computed = columns(s, view);
        s.execute("CREATE OR REPLACE VIEW " + view + " AS SELECT * FROM read_parquet(" + quote(file) + ")");
        String read = columns(s, view);
        if (!computed.equals(read)) { // a type Parquet cannot hold as DuckDB computes it
          throw new IllegalStateException("mart " + view + " reads back as " + read + ", computed as " + computed);
        }
        rows.put(view, count(s, view));
        seconds.put(view, (System.nanoTime() - t0) / 1e9);
      }
      Files.write(tmp.resolve(RUNS_FILE), runs, StandardCharsets.UTF_8);
      Files.writeString(tmp.resolve(Marts.DONE), Marts.sqlVersion(), StandardCharsets.UTF_8);
      deleteTree(target); // built by other view SQL, or incomplete: in the way of the rename
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteTree(tmp);
    }
    deleteOthers(root.resolve(Marts.DIR), target);
    return new Built(dir, seconds, rows, recomputed);
  }

  /** Complete marts built by this view SQL from some of the runs committed now. */
  private record Earlier(Path dir, List<String> runs) {}

  private static Optional<Earlier> earlier(Path martsDir, List<String> runs) throws IOException {
    if (!Files.isDirectory(martsDir)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(martsDir)) {
      for (Path d : dirs.filter(d -> !d.getFileName().toString().startsWith(".")).toList()) {
        Path done = d.resolve(Marts.DONE);
        Path runsFile = d.resolve(RUNS_FILE);
        if (Files.exists(done) && Files.exists(runsFile) && Files.readString(done).equals(Marts.sqlVersion())) {
          List<String> built = Files.readAllLines(runsFile, StandardCharsets.UTF_8);
          if (new HashSet<>(runs).containsAll(built)) {
            return Optional.of(new Earlier(d, built));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Keeps in {@code touched} the departments the runs after {@code earlierRuns} landed reports
   * for, and narrows {@code stg_documents} (which every materialized view starts from) to their
   * reports, so the views compute those departments only. Returns how many there are.
   */
  private static long restrictToTouchedDepartments(Statement s, List<String> earlierRuns) throws SQLException {
    String earlier = earlierRuns.stream().map(MartBuilder::quote).collect(Collectors.joining(", "));
    s.execute("CREATE TEMP TABLE touched AS SELECT DISTINCT region_code, department_name FROM stg_documents"
        + (earlier.isEmpty() ? "" : " WHERE run_id NOT IN (" + earlier + ")"));
    s.execute("CREATE TEMP TABLE touched_documents AS SELECT d.* FROM stg_documents d SEMI JOIN touched t ON "
        + SAME_DEPARTMENT.formatted("d"));
    s.execute("CREATE OR REPLACE VIEW stg_documents AS SELECT * FROM touched_documents");
    return count(s, "touched");
  }

  private static long count(Statement s, String relation) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + relation)) {
      r.next();
      return r.getLong(1);
    }
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
