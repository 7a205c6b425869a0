package yujue.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.duckdb.DuckDBResultSet;
import yujue.bench.spark.SparkModules;
import yujue.bench.spark.SparkWarehouse;
import yujue.jobs.spark.Sessions;
import yujue.queries.Warehouse;
import yujue.queries.export.ArrowRows;
import yujue.queries.modules.Filters;
import yujue.queries.modules.ModulePages;
import yujue.queries.modules.Page;
import yujue.queries.modules.QueryModule;

/**
 * Each query module on DuckDB beside its Spark SQL twin over the same Parquet files, warm: a few
 * untimed runs, then timed runs, every row collected to the client in both engines. The first
 * result of each engine is compared (same columns, same rows in any order, decimals by value);
 * a module whose results differ is reported with what differs, never silently timed.
 *
 * <p>Each engine keeps one connection / session for all runs, as a notebook or the CLI's shell
 * would: DuckDB's views are defined once by {@link Warehouse#open}, Spark's by
 * {@link SparkWarehouse#register}; a run is what {@link QueryModule#run} does (module inputs
 * made, the query bound and executed) and reading every row.
 */
public final class ModuleLatency {

  private static final int MIN_DUCKDB_RUNS = 5;

  private ModuleLatency() {}

  /** peers needs a metric; a case that names none ranks on this one. */
  public static final String PEERS_METRIC = "expenditure_total";

  /** A filter to run every module with, and its label in the table. */
  public record Case(String label, Filters filters) {}

  /**
   * Untimed runs before the timed ones, per module, case and engine (the first is the one whose
   * results are compared), and timed runs.
   */
  public record Settings(int warmupRuns, int timedRuns) {
    /**
     * Slow on a large warehouse, Spark's runs most of it: on the 1000-report warehouse 1 + 3 runs
     * took 19 minutes on a busy 2-core machine, and these 2 + 5 take about 1.75 times that.
     */
    public static final Settings DEFAULT = new Settings(2, 5);
  }

  /**
   * One module under one case: median and fastest wall time in milliseconds of each engine,
   * {@code ratio} = Spark median / DuckDB median, {@code rows} DuckDB's row count, and whether the
   * results agree ({@code mismatch} says how they differ when they do not). {@code duckdbReadMs}:
   * the median time to read the same result again from a DuckDB temporary table, the part of
   * {@code duckdbMs} that is moving rows to the client rather than computing them.
   */
  public record Latency(String module, String filter, double duckdbMs, double duckdbMinMs, double sparkMs,
      double sparkMinMs, double ratio, int rows, boolean agree, String mismatch, double duckdbReadMs,
      double duckdbArrowMs) {}

  /**
   * A module's answer read page by page (see {@link Page}), DuckDB alone: {@code pages} pages (a
   * listing's of about {@code pageSize} departments, peers' a year each) holding {@code rows} rows
   * in all, the largest {@code largestPageRows}; the median over timed runs of the slowest page
   * ({@code slowestPage}, 1 = first) and the median over pages of their medians. A page's time
   * includes working out where it lies ({@link QueryModule#page}) and reading its rows into Java.
   */
  public record PagedLatency(String module, String filter, int pageSize, int pages, int rows, int largestPageRows,
      double slowestPageMs, int slowestPage, double medianPageMs) {}

  private static final int PAGE_RUNS = 3;

  /**
   * Every page of every module's answer under {@code k}: one untimed and {@value #PAGE_RUNS} timed
   * runs of each page.
   */
  public static List<PagedLatency> paged(Path warehouse, Case k, int pageSize) throws SQLException {
    List<PagedLatency> out = new ArrayList<>();
    try (Connection c = Warehouse.open(warehouse)) {
      for (QueryModule m : QueryModule.all()) {
        Filters f = m == QueryModule.PEERS && k.filters().metric() == null
            ? k.filters().withMetric(PEERS_METRIC) : k.filters();
        List<Double> medians = new ArrayList<>();
        int rows = 0;
        int largest = 0;
        int pages = 1;
        for (Page p = new Page(1, pageSize); p.number() <= pages; p = p.next()) {
          Page page = p;
          ModulePages.Slice slice = m.page(c, f, page);
          pages = slice.pages();
          int n = m.fetch(c, slice.filters()).rows().size();
          double[] ms = new double[PAGE_RUNS];
          for (int i = 0; i < ms.length; i++) {
            ms[i] = time(() -> m.fetch(c, m.page(c, f, page).filters()));
          }
          medians.add(Stats.median(ms));
          rows += n;
          largest = Math.max(largest, n);
        }
        double[] all = medians.stream().mapToDouble(Double::doubleValue).toArray();
        int slowest = medians.indexOf(medians.stream().max(Double::compare).orElseThrow());
        out.add(new PagedLatency(m.name(), k.label(), pageSize, medians.size(), rows, largest,
            all[slowest], slowest + 1, Stats.median(all)));
      }
    }
    return out;
  }

  /**
   * No filter (every current report: an export's worth of rows); the department type with the
   * most current reports, the catch-all {@code other} left out (it groups departments that are no
   * peers of each other); and the region with the most current reports, as a researcher looking
   * at one county or city asks.
   */
  public static List<Case> defaultCases(Path warehouse) throws SQLException {
    List<Case> cases = new ArrayList<>(List.of(new Case("none", Filters.NONE)));
    try (Connection c = Warehouse.open(warehouse); Statement s = c.createStatement()) {
      String type = first(s, "SELECT department_type FROM documents WHERE status = 'current'"
          + " AND department_type IS NOT NULL AND department_type <> 'other' GROUP BY ALL ORDER BY count(*) DESC, department_type LIMIT 1");
      if (type != null) {
        cases.add(new Case("type=" + type, Filters.NONE.withDepartmentType(type)));
      }
      String region = first(s, "SELECT region_code FROM documents WHERE status = 'current'"
          + " GROUP BY ALL ORDER BY count(*) DESC, region_code LIMIT 1");
      if (region != null) {
        cases.add(new Case("region=" + region, Filters.NONE.withRegions(region)));
      }
    }
    return cases;
  }

  private static String first(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Runs on a local Spark session of its own (stopped at the end). */
  public static List<Latency> run(Path warehouse, List<Case> cases, Settings settings) throws SQLException {
    return run(warehouse, QueryModule.all(), cases, settings);
  }

  public static List<Latency> run(Path warehouse, List<QueryModule> modules, List<Case> cases, Settings settings)
      throws SQLException {
    SparkSession spark = Sessions.builder("yujue-bench-modules", "local[*]").getOrCreate();
    try {
      return run(spark, warehouse, modules, cases, settings);
    } finally {
      spark.stop();
    }
  }

  public static List<Latency> run(SparkSession spark, Path warehouse, List<Case> cases, Settings settings)
      throws SQLException {
    return run(spark, warehouse, QueryModule.all(), cases, settings);
  }

  /** The given modules only, on the caller's session (its temporary views are replaced). */
  public static List<Latency> run(SparkSession spark, Path warehouse, List<QueryModule> modules, List<Case> cases,
      Settings settings) throws SQLException {
    SparkWarehouse.register(spark, warehouse);
    return measureAll(spark, warehouse, modules, cases, settings);
  }

  /** DuckDB alone (Spark SQL takes minutes per module at national scale): five warm runs per module and case. */
  public static List<Latency> duckdbOnly(Path warehouse, List<Case> cases) throws SQLException {
    return measureAll(null, warehouse, QueryModule.all(), cases, new Settings(1, 0));
  }

  /** Every module under every case; {@code spark} null for DuckDB alone. */
  private static List<Latency> measureAll(SparkSession spark, Path warehouse, List<QueryModule> modules,
      List<Case> cases, Settings settings) throws SQLException {
    List<Latency> out = new ArrayList<>();
    try (Connection duckdb = Warehouse.open(warehouse)) {
      for (Case k : cases) {
        for (QueryModule m : modules) {
          Filters f = m == QueryModule.PEERS && k.filters().metric() == null
              ? k.filters().withMetric(PEERS_METRIC) : k.filters();
          Latency l = measure(m, k.label(), settings, () -> duckdb(duckdb, m, f),
              spark == null ? null : () -> spark(spark, m, f));
          out.add(withReadTime(l, duckdb, m, f));
        }
      }
    }
    return out;
  }

  /**
   * One run, timed as a client sees it: the rows in the engine's own client form (DuckDB's
   * {@link ArrowRows}, Spark's collected rows), turned into the common form of {@link ResultRows}
   * only when compared, outside the timing.
   */
  private interface Query<T> {
    T run() throws SQLException;
  }

  /** A run's rows as the engine's client holds them. */
  private interface Fetched {
    ResultRows compared();
  }

  /** The module's rows in Java, read as Arrow batches ({@link QueryModule#fetch}). */
  private static Fetched duckdb(Connection c, QueryModule m, Filters f) throws SQLException {
    ArrowRows rows = m.fetch(c, f);
    return () -> ResultRows.of(rows);
  }

  private static Fetched spark(SparkSession spark, QueryModule m, Filters f) {
    Dataset<Row> result = SparkModules.run(spark, m, f);
    return new Collected(Arrays.asList(result.columns()), result.collectAsList());
  }

  /** Spark's rows as {@code collectAsList} hands them to the driver. */
  private record Collected(List<String> columns, List<Row> rows) implements Fetched {
    @Override
    public ResultRows compared() {
      return ResultRows.of(columns, rows);
    }
  }

  /** {@code spark} null: DuckDB alone, nothing to compare. */
  private static Latency measure(QueryModule m, String label, Settings s, Query<Fetched> duckdb, Query<Fetched> spark)
      throws SQLException {
    ResultRows d = duckdb.run().compared();
    String mismatch = null;
    if (spark != null) {
      try {
        mismatch = ResultRows.mismatch(d, spark.run().compared());
      } catch (RuntimeException e) { // a twin Spark cannot run is a finding of the benchmark, not its end
        String why = "Spark failed: " + e.getMessage().lines().findFirst().orElse(e.toString());
        return new Latency(m.name(), label, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            d.rows().size(), false, why, Double.NaN, Double.NaN);
      }
    }
    for (int i = 1; i < s.warmupRuns(); i++) {
      duckdb.run();
      if (spark != null) {
        spark.run();
      }
    }
    // DuckDB runs are cheap: at least five of them, whatever few Spark gets
    double[] dMs = new double[Math.max(MIN_DUCKDB_RUNS, s.timedRuns())];
    double[] sMs = new double[spark == null ? 0 : s.timedRuns()];
    // each engine's timed runs in a block of their own, Spark's first: alternated, every DuckDB run
    // shared the JVM's collector and the two cores with the clean-up of a Spark run just ended (a
    // notebook on DuckDB has no Spark session beside it); the blocks are seconds apart, so drift
    // still hits both engines alike
    for (int i = 0; i < sMs.length; i++) {
      sMs[i] = time(spark);
    }
    for (int i = 0; i < dMs.length; i++) {
      dMs[i] = time(duckdb);
    }
    double dMedian = Stats.median(dMs);
    double sMedian = sMs.length == 0 ? Double.NaN : Stats.median(sMs);
    return new Latency(m.name(), label, dMedian, Arrays.stream(dMs).min().orElse(Double.NaN), sMedian,
        Arrays.stream(sMs).min().orElse(Double.NaN), sMedian / dMedian, d.rows().size(), mismatch == null, mismatch,
        Double.NaN, Double.NaN);
  }

  /**
   * The module's result kept in a temporary table, then read back like the timed runs read it
   * ({@code duckdbReadMs}) and as bare Arrow batches ({@code duckdbArrowMs}).
   */
  private static Latency withReadTime(Latency l, Connection c, QueryModule m, Filters f) throws SQLException {
    try (var ps = m.statement(c, f, "CREATE OR REPLACE TEMP TABLE bench_result AS ")) {
      ps.execute();
    }
    double[] ms = new double[MIN_DUCKDB_RUNS];
    double[] arrowMs = new double[MIN_DUCKDB_RUNS];
    try (Statement s = c.createStatement()) {
      for (int i = 0; i < ms.length; i++) {
        ms[i] = time(() -> {
          try (ResultSet rs = s.executeQuery("SELECT * FROM bench_result")) {
            return ArrowRows.read(rs);
          }
        });
        arrowMs[i] = time(() -> {
          try (ResultSet rs = s.executeQuery("SELECT * FROM bench_result")) {
            return arrowBatchRows(rs);
          }
        });
      }
      s.execute("DROP TABLE bench_result");
    }
    return new Latency(l.module(), l.filter(), l.duckdbMs(), l.duckdbMinMs(), l.sparkMs(), l.sparkMinMs(), l.ratio(),
        l.rows(), l.agree(), l.mismatch(), Stats.median(ms), Stats.median(arrowMs));
  }

  /** Every Arrow batch of the result loaded into the JVM, nothing read from them: the rows counted. */
  private static long arrowBatchRows(ResultSet rs) throws SQLException {
    try (BufferAllocator a = new RootAllocator();
        ArrowReader r = (ArrowReader) rs.unwrap(DuckDBResultSet.class).arrowExportStream(a, ArrowRows.BATCH_ROWS)) {
      long rows = 0;
      while (r.loadNextBatch()) {
        rows += r.getVectorSchemaRoot().getRowCount();
      }
      return rows;
    } catch (IOException e) {
      throw new SQLException("cannot read the result as Arrow batches", e);
    }
  }

  private static double time(Query<?> q) throws SQLException {
    long start = System.nanoTime();
    q.run();
    return (System.nanoTime() - start) / 1e6;
  }
}
