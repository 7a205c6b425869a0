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
 * after it. Every materialized view's row belongs to one department (region_code,
 * department_name) and depends on that department's reports only, so when complete marts of an
 * earlier set of the committed runs exist, the views are computed for the departments the later
 * runs landed reports for only, and written as a layer on the earlier whole marts (see
 * {@link Marts}): a small run rewrites no mart. Once a layer would hold more than
 * {@code yujue.marts.maxLayerShare} (default 0.2) of the base's departments, the marts are built
 * whole again. Written under a temporary name and renamed into place with {@code _SUCCESS} inside,
 * then older marts are deleted (a layer's base is kept): a reader sees complete marts or none.
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
   * What was built: the directory (relative) and, for a layer, the whole marts it lies on; seconds
   * and rows per view (empty when the marts were fresh already); {@code departmentsRecomputed},
   * how many departments a layer holds, or -1 when every view was computed whole.
   */
  public record Built(String dir, Optional<String> base, Map<String, Double> seconds, Map<String, Long> rows,
      long departmentsRecomputed) {}

  public static Built build(Path warehouse) throws IOException, SQLException {
    Path root = warehouse.toRealPath();
    List<String> runs = Marts.committedRuns(root);
    String dir = Marts.dirFor(runs);
    Path target = root.resolve(dir);
    if (Marts.fresh(root, dir).isPresent()) {
      return new Built(dir, Marts.base(root, dir), Map.of(), Map.of(), 0);
    }
    Optional<Whole> base = base(root, runs);
    Path tmp = root.resolve(Marts.DIR).resolve(".building-" + UUID.randomUUID());
    Files.createDirectories(tmp);
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    long recomputed = -1;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET file_search_path = " + quote(root.toString()));
      s.execute(ViewsScript.render(t -> ViewsScript.hasFiles(root, t))); // computing, without marts
      if (base.isPresent()) {
        recomputed = restrictToTouchedDepartments(s, base.get(), tmp);
        if (recomputed < 0) {
          base = Optional.empty();
        } else {
          Files.writeString(tmp.resolve(Marts.BASE), base.get().dir().getFileName().toString(), StandardCharsets.UTF_8);
        }
      }
      for (String view : Marts.views()) {
        long t0 = System.nanoTime();
        String file = Marts.file(tmp, view).toString();
        s.execute("COPY (SELECT * FROM " + view + " ORDER BY " + SORT + ") TO " + quote(file)
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
    Optional<Path> keptBase = base.map(Whole::dir);
    deleteOthers(root.resolve(Marts.DIR), p -> p.equals(target) || keptBase.filter(p::equals).isPresent());
    return new Built(dir, keptBase.map(b -> Marts.DIR + "/" + b.getFileName()), seconds, rows, recomputed);
  }

  /** Complete whole marts built by this view SQL from some of the runs committed now. */
  private record Whole(Path dir, List<String> runs) {}

  /**
   * The whole marts a layer could lie on: those of a complete earlier build, or the base of a
   * complete earlier layer, built by this view SQL from runs all still committed.
   */
  private static Optional<Whole> base(Path root, List<String> runs) throws IOException {
    Path martsDir = root.resolve(Marts.DIR);
    if (!Files.isDirectory(martsDir)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(martsDir)) {
      for (Path d : dirs.filter(d -> !d.getFileName().toString().startsWith(".")).toList()) {
        if (complete(d).isEmpty()) {
          continue;
        }
        Path whole = Marts.base(root, root.relativize(d).toString()).map(root::resolve).orElse(d);
        Optional<List<String>> built = complete(whole);
        if (built.isPresent() && new HashSet<>(runs).containsAll(built.get())) {
          return Optional.of(new Whole(whole, built.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The runs of a complete marts directory built by this view SQL. */
  private static Optional<List<String>> complete(Path d) throws IOException {
    Path done = d.resolve(Marts.DONE);
    Path runsFile = d.resolve(RUNS_FILE);
    if (Files.exists(done) && Files.exists(runsFile) && Files.readString(done).equals(Marts.sqlVersion())) {
      return Optional.of(Files.readAllLines(runsFile, StandardCharsets.UTF_8));
    }
    return Optional.empty();
  }

  /**
   * Writes to the layer the departments the runs after the base's landed reports for, and narrows
   * {@code stg_documents} (which every materialized view starts from) to their reports, so the
   * views compute those departments only. Returns how many there are, or -1 when they are more
   * than a layer should hold and the marts are to be built whole.
   */
  private static long restrictToTouchedDepartments(Statement s, Whole base, Path layer) throws SQLException {
    String earlier = base.runs().stream().map(MartBuilder::quote).collect(Collectors.joining(", "));
    s.execute("CREATE TEMP TABLE touched AS SELECT DISTINCT region_code, department_name FROM stg_documents"
        + (earlier.isEmpty() ? "" : " WHERE run_id NOT IN (" + earlier + ")") + " ORDER BY ALL");
    long touched = count(s, "touched");
    long all = count(s, "(SELECT DISTINCT region_code, department_name FROM read_parquet("
        + quote(Marts.file(base.dir(), "documents").toString()) + "))");
    if (touched > Double.parseDouble(System.getProperty("yujue.marts.maxLayerShare", "0.2")) * all) {
      return -1;
    }
    s.execute("COPY touched TO " + quote(Marts.file(layer, Marts.TOUCHED).toString()) + " (FORMAT parquet)");
    s.execute("CREATE TEMP TABLE touched_documents AS SELECT d.* FROM stg_documents d SEMI JOIN touched t ON "
        + SAME_DEPARTMENT.formatted("d"));
    s.execute("CREATE OR REPLACE VIEW stg_documents AS SELECT * FROM touched_documents");
    return touched;
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
  private static void deleteOthers(Path martsDir, java.util.function.Predicate<Path> keep) throws IOException {
    try (Stream<Path> entries = Files.list(martsDir)) {
      for (Path p : entries.toList()) {
        if (!keep.test(p)) {
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
