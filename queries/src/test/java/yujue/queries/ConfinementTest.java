package yujue.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yujue.queries.format.ResultFormat;
import yujue.queries.shell.SqlRunner;
import yujue.queries.shell.StatementStoppedException;

/**
 * Statements from researchers cannot write, change settings, or read anything outside the
 * warehouse, whether the statement check (ReadOnlySql) or DuckDB's confinement (Warehouse.open)
 * stops them; and ordinary questions over the views still work.
 *
 * <p>In the statements, {W} stands for the warehouse directory, {O} for a directory outside it
 * holding a secret, {T} for a scratch directory outside it.
 */
class ConfinementTest {

  @TempDir static Path tmp;
  static Path warehouse;
  static Path outside;
  static Path scratch;
  static Connection db;
  static SqlRunner runner;
  static Set<String> filesBefore;

  /** Written nowhere a test leaves files; a statement that created it would have escaped. */
  static final Path TMP_CANARY = Path.of("/tmp/yujue-confinement-x.csv");

  @BeforeAll
  static void setUp() throws Exception {
    warehouse = TestWarehouses.tiny().write(tmp.resolve("warehouse"));
    outside = Files.createDirectories(tmp.resolve("outside"));
    scratch = Files.createDirectories(tmp.resolve("scratch"));
    Files.writeString(outside.resolve("secret.csv"), "secret,42\n", StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (SELECT 'secret' AS s) TO '" + outside.resolve("secret.parquet") + "' (FORMAT parquet)");
    }
    Files.deleteIfExists(TMP_CANARY);
    db = Warehouse.open(warehouse);
    // Symlinks inside the warehouse pointing out of it: a file, a directory, the system's /etc.
    // Warehouse.open refuses a warehouse holding such links, so these appear after it opened, as
    // if planted by someone who can write the warehouse; DuckDB still reads nothing through them.
    Files.createSymbolicLink(warehouse.resolve("leak.csv"), outside.resolve("secret.csv"));
    Files.createSymbolicLink(warehouse.resolve("leakdir"), outside);
    Files.createSymbolicLink(warehouse.resolve("etc"), Path.of("/etc"));
    runner = new SqlRunner(db, Duration.ofSeconds(2));
    filesBefore = files();
  }

  @AfterAll
  static void tearDown() throws SQLException {
    runner.close();
    db.close();
  }

  /** After every test: still confined, views intact, not a file written anywhere. */
  @AfterEach
  void stillConfined() throws Exception {
    assertEquals("false", setting("enable_external_access"));
    assertEquals("true", setting("lock_configuration"));
    assertEquals("false", setting("autoload_known_extensions"));
    assertEquals("false", setting("autoinstall_known_extensions"));
    assertEquals("4", run("SELECT count(*) AS n FROM documents").lines().skip(1).findFirst().orElseThrow());
    assertEquals(filesBefore, files(), "files appeared or vanished");
    assertFalse(Files.exists(TMP_CANARY), TMP_CANARY + " was written");
  }

  static String run(String sql) throws SQLException, IOException {
    StringBuilder out = new StringBuilder();
    runner.run(expand(sql), ResultFormat.CSV, out);
    return out.toString();
  }

  static String expand(String sql) {
    return sql.replace("{W}", warehouse.toString()).replace("{O}", outside.toString())
        .replace("{T}", scratch.toString());
  }

  static String setting(String name) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')::VARCHAR")) {
      rs.next();
      return rs.getString(1);
    }
  }

  static Set<String> files() throws IOException {
    Set<String> all = new TreeSet<>();
    for (Path root : List.of(warehouse, outside, scratch)) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.forEach(p -> all.add(p.toString()));
      }
    }
    return all;
  }

  static Stream<String> escapes() {
    return Stream.of(
        // Writes and DDL.
        "CREATE TABLE t AS SELECT 1", "CREATE VIEW v AS SELECT 1", "CREATE MACRO m() AS 1",
        "CREATE TEMP TABLE t (a INT)", "CREATE SECRET s (TYPE s3, KEY_ID 'a', SECRET 'b')",
        "INSERT INTO documents VALUES (1)", "UPDATE documents SET doc_id = 'x'", "DELETE FROM documents",
        "DROP VIEW documents", "ALTER VIEW documents RENAME TO d", "TRUNCATE documents",
        "CHECKPOINT", "VACUUM", "BEGIN TRANSACTION", "USE memory", "CALL pragma_version()",
        // COPY, EXPORT, IMPORT: outside, and into the warehouse itself (DuckDB alone allows that).
        "COPY (SELECT 1) TO '" + TMP_CANARY + "'", "COPY (SELECT 1) TO '{T}/x.csv'",
        "COPY documents TO '{W}/x.csv'",
        "COPY (SELECT * FROM stg_fct_measure) TO '{W}/data/fct_measure/x.parquet' (FORMAT parquet)",
        "COPY documents FROM '/etc/passwd'", "EXPORT DATABASE '{T}/export'", "IMPORT DATABASE '{T}'",
        // Other databases.
        "ATTACH ':memory:' AS x", "ATTACH '{T}/x.db' AS x", "ATTACH '{W}/x.db' AS x", "DETACH memory",
        // Extensions.
        "INSTALL httpfs", "FORCE INSTALL httpfs", "LOAD httpfs", "LOAD '{T}/x.duckdb_extension'",
        // Settings.
        "SET enable_external_access = true", "SET lock_configuration = false",
        "SET allowed_directories = ['/']", "SET GLOBAL threads = 1", "SET temp_directory = '{T}'",
        "SET autoload_known_extensions = true", "SET VARIABLE x = 1", "RESET ALL",
        "RESET lock_configuration", "PRAGMA enable_profiling", "PRAGMA threads = 1", "PRAGMA version",
        "PRAGMA disable_checkpoint_on_shutdown",
        // Files outside the warehouse.
        "SELECT * FROM read_csv_auto('/etc/passwd')", "SELECT * FROM read_csv('/etc/passwd', sep = ':')",
        "SELECT * FROM read_text('/etc/hostname')", "SELECT * FROM read_blob('/etc/hostname')",
        "SELECT * FROM read_json_auto('/etc/hostname')", "SELECT * FROM sniff_csv('/etc/passwd')",
        "FROM '{O}/secret.csv'",
        "SELECT * FROM read_parquet('{O}/secret.parquet')", "SELECT * FROM parquet_metadata('{O}/secret.parquet')",
        // .. out of the warehouse, relative paths, the home directory.
        "SELECT * FROM read_parquet('{W}/../outside/secret.parquet')",
        "SELECT * FROM read_text('{W}/data/../../outside/secret.csv')",
        "SELECT * FROM read_text('{W}/./../outside/secret.csv')",
        "SELECT * FROM read_text('../outside/secret.csv')", "SELECT * FROM read_text('data/../../../etc/hostname')",
        "SELECT * FROM read_text('views.sql')", "SELECT * FROM read_text('~/.bashrc')",
        "SELECT * FROM read_text('~')",
        // Symlinks inside the warehouse pointing out.
        "SELECT * FROM read_csv('{W}/leak.csv')", "SELECT * FROM read_text('{W}/leakdir/secret.csv')",
        "SELECT * FROM read_parquet('{W}/leakdir/*.parquet')", "SELECT * FROM glob('{W}/leakdir/*')",
        "SELECT * FROM read_text('{W}/etc/hostname')", "SELECT * FROM glob('{W}/etc/*')",
        // Listing.
        "SELECT * FROM glob('/*')", "SELECT * FROM glob('*')", "SELECT * FROM glob('{W}/../*')",
        "SELECT * FROM glob('~/*')",
        // URLs.
        "SELECT * FROM read_csv('https://example.com/x.csv')",
        "SELECT * FROM read_parquet('http://127.0.0.1:9/x.parquet')",
        "SELECT * FROM read_parquet('s3://bucket/x.parquet')", "SELECT * FROM read_text('file:///etc/hostname')",
        "SELECT * FROM read_csv('hf://datasets/x/y.csv')", "SELECT * FROM read_text('gcs://bucket/x')",
        // Hidden in CTEs, subqueries, expressions, describing statements.
        "WITH x AS (SELECT * FROM read_csv('/etc/passwd')) SELECT * FROM x",
        "SELECT (SELECT count(*) FROM read_text('/etc/hostname'))",
        "SELECT * FROM documents WHERE doc_id IN (SELECT content FROM read_text('/etc/hostname'))",
        "SELECT * FROM documents d, LATERAL (SELECT * FROM read_text('/etc/hostname')) t",
        "SELECT * FROM read_text(chr(47) || 'etc/hostname')", "SELECT * FROM read_text(E'\\x2Fetc\\x2Fhostname')",
        "SELECT * FROM read_text(['{W}/views.sql', '/etc/hostname'])",
        "SUMMARIZE SELECT * FROM read_csv('/etc/passwd')", "DESCRIBE SELECT * FROM read_text('/etc/hostname')",
        "EXPLAIN ANALYZE SELECT * FROM read_text('/etc/hostname')", "EXPLAIN ANALYZE COPY (SELECT 1) TO '{T}/x.csv'",
        // Functions that change settings, write, or run SQL text.
        "SELECT * FROM enable_logging(storage = 'file', storage_path = '{W}/logs')",
        "SELECT * FROM enable_profiling(save_location = '{W}/profile.json')", "SELECT * FROM disable_logging()",
        "SELECT * FROM truncate_duckdb_logs()", "SELECT write_log('x')", "SELECT * FROM checkpoint()",
        "SELECT * FROM force_checkpoint()", "SELECT * FROM arrow_scan(1, 2, 3)",
        "SELECT * FROM query('SELECT 1')", "SELECT * FROM query('SELECT * FROM read_text(''/etc/hostname'')')",
        "SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1'))",
        "SELECT * FROM system.main.\"ENABLE_LOGGING\"()",
        "SELECT * FROM range(3) WHERE range IN (SELECT 1 FROM enable_profiling())",
        // Two statements, and comments hiding the second.
        "SELECT 1; DROP VIEW documents", "SELECT 1; SELECT 2", "SELECT 'a;b'; DROP VIEW documents",
        "SELECT 1 /* ; */ ; COPY (SELECT 1) TO '{T}/x.csv'", "-- c\nSELECT 1;\n-- d\nDROP VIEW documents",
        "/* SELECT */ DROP VIEW documents", "-- SELECT 1\nDROP VIEW documents",
        "SELECT 1 --\n; DROP VIEW documents", "SELECT 1 /* nested /* */ */; DROP VIEW documents",
        "SELECT $$;$$; DROP VIEW documents", "EXPLAIN SELECT 1; DROP VIEW documents",
        "PRAGMA table_info('documents'); DROP VIEW documents",
        // A NUL could end the text early on one side of JNI.
        "SELECT 1\u0000; DROP VIEW documents", "DROP VIEW documents\u0000SELECT 1");
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void refused(String sql) {
    var e = assertThrows(RefusedStatementException.class, () -> run(sql));
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  /**
   * Look-alike characters make a statement DuckDB cannot parse (a query error), a path that is
   * not a file inside the warehouse (refused or not found), or a harmless statement (the rest
   * being a comment); never a second statement or a file from outside (checked after each test).
   * Likewise a bare path that DuckDB, with external access off, does not even look up as a file.
   */
  @ParameterizedTest
  @MethodSource
  void neverEscapes(String sql) throws IOException {
    String hostname = Files.readString(Path.of("/etc/hostname")).strip();
    try {
      String out = run(sql);
      assertFalse(out.contains("secret") || out.contains(hostname), out);
    } catch (RefusedStatementException | SQLException e) {
      assertEquals(1, yujue.queries.shell.Messages.oneLine(e).lines().count());
    }
  }

  static Stream<String> neverEscapes() {
    return Stream.of(
        "SELECT 1\uFF1B DROP VIEW documents", // fullwidth semicolon
        "DR\u200BOP VIEW documents", // zero-width space in the keyword
        "\u0421OPY (SELECT 1) TO '" + TMP_CANARY + "'", // Cyrillic Es for C
        "\uFF33\uFF25\uFF2C\uFF25\uFF23\uFF34 * FROM read_text('/etc/hostname')", // fullwidth SELECT
        "SELECT\u00A01; DROP VIEW documents", // no-break space
        "SELECT 1 --\u2028; DROP VIEW documents", // line separator inside a comment
        "SELECT * FROM read_text('/etc/\u202Ehostname')", // right-to-left override
        "SELECT * FROM read_text('\uFF0Fetc\uFF0Fhostname')", // fullwidth solidus
        "SELECT * FROM read_text('\u2215etc\u2215hostname')", // division slash
        "SELECT * FROM read_text('{W}/\u2025/outside/secret.csv')", // two-dot leader for ..
        "SELECT * FROM read_text('/e\u0301tc/hostname')", // combining accent
        "SELECT * FROM read_text(U&'\\002Fetc\\002Fhostname')", // unicode escape string
        "FROM '/etc/passwd'"); // a replacement scan: "Table with name /etc/passwd does not exist"
  }

  /**
   * Defence in depth: run straight on the confined connection, without the statement check,
   * DuckDB itself refuses these. (What it does not refuse, ReadOnlySql does: COPY or ATTACH into
   * the warehouse directory, enable_logging() and enable_profiling() writing into it, PRAGMA
   * enable_profiling, in-memory DDL.)
   */
  @ParameterizedTest
  @MethodSource
  void duckdbRefusesOnItsOwn(String sql) {
    assertThrows(SQLException.class, () -> {
      try (Statement s = db.createStatement()) {
        s.execute(expand(sql));
      }
    });
  }

  static Stream<String> duckdbRefusesOnItsOwn() {
    return Stream.of(
        "SET enable_external_access = true", "SET lock_configuration = false", "RESET lock_configuration",
        "RESET ALL", "SET allowed_directories = ['/']", "SET allowed_paths = ['/etc/passwd']",
        "SET temp_directory = '/'", "SET autoload_known_extensions = true", "SET autoinstall_known_extensions = true",
        "SET allow_community_extensions = true", "SET home_directory = '/etc'", "SET file_search_path = '/etc'",
        "PRAGMA threads = 1", "INSTALL httpfs", "LOAD httpfs", "LOAD '{T}/x.duckdb_extension'",
        "COPY (SELECT 1) TO '" + TMP_CANARY + "'", "COPY (SELECT 1) TO '{T}/x.csv'",
        "EXPORT DATABASE '{T}/export'", "ATTACH '{T}/x.db' AS x",
        "SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM read_text('{W}/../outside/secret.csv')",
        "SELECT * FROM read_text('{W}/leak.csv')", "SELECT * FROM read_text('{W}/etc/hostname')",
        "SELECT * FROM glob('/*')", "SELECT * FROM read_csv('https://example.com/x.csv')",
        "SELECT * FROM read_text('~/.bashrc')");
  }

  @Test
  void refusalsNameThePath() {
    var e = assertThrows(RefusedStatementException.class, () -> run("SELECT * FROM read_csv_auto('/etc/passwd')"));
    assertEquals("cannot access file \"/etc/passwd\": only files inside the warehouse directory can be read",
        e.getMessage());
    e = assertThrows(RefusedStatementException.class, () -> run("SELECT * FROM enable_logging()"));
    assertTrue(e.getMessage().startsWith("function enable_logging() is not allowed"), e.getMessage());
  }

  /**
   * Every table function of this DuckDB has been looked at: a new one (a DuckDB upgrade) fails
   * here until it is added to the safe list or to ReadOnlySql's refused functions.
   */
  @Test
  void everyTableFunctionIsReviewed() throws SQLException {
    Set<String> reviewedSafe = Set.of(
        "duckdb_approx_database_count", "duckdb_columns", "duckdb_connection_count", "duckdb_constraints",
        "duckdb_coordinate_systems", "duckdb_databases", "duckdb_dependencies", "duckdb_extensions",
        "duckdb_external_file_cache", "duckdb_functions", "duckdb_indexes", "duckdb_keywords",
        "duckdb_log_contexts", "duckdb_logs", "duckdb_memory", "duckdb_optimizers",
        "duckdb_prepared_statements", "duckdb_schemas", "duckdb_secret_types", "duckdb_secrets",
        "duckdb_sequences", "duckdb_settings", "duckdb_table_sample", "duckdb_tables",
        "duckdb_temporary_files", "duckdb_types", "duckdb_variables", "duckdb_views",
        "generate_series", "range", "repeat", "repeat_row", "unnest", "summary", "seq_scan",
        "test_all_types", "test_vector_types", "icu_calendar_names", "pg_timezone_names", "which_secret",
        "json_each", "json_tree", "query_table",
        "pragma_collations", "pragma_database_size", "pragma_metadata_info", "pragma_platform",
        "pragma_show", "pragma_storage_info", "pragma_table_info", "pragma_user_agent", "pragma_version",
        // These read files: confined to the warehouse by DuckDB.
        "glob", "read_blob", "read_csv", "read_csv_auto", "read_duckdb", "read_json", "read_json_auto",
        "read_json_objects", "read_json_objects_auto", "read_ndjson", "read_ndjson_auto",
        "read_ndjson_objects", "read_parquet", "parquet_scan", "read_text", "sniff_csv",
        "parquet_bloom_probe", "parquet_file_metadata", "parquet_full_metadata", "parquet_kv_metadata",
        "parquet_metadata", "parquet_schema");
    List<String> unreviewed = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT function_name FROM duckdb_functions()"
            + " WHERE function_type = 'table' ORDER BY 1")) {
      while (rs.next()) {
        String f = rs.getString(1);
        if (!reviewedSafe.contains(f) && !ReadOnlySql.REFUSED_FUNCTIONS.containsKey(f)) unreviewed.add(f);
      }
    }
    assertEquals(List.of(), unreviewed, "table functions nobody has reviewed for confinement");
  }

  @Test
  void everyViewReadsUnderConfinement() throws Exception {
    List<String> views = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1")) {
      while (rs.next()) views.add(rs.getString(1));
    }
    assertTrue(views.containsAll(List.of("documents", "doc_totals", "sanggong", "expenditure_by_function",
        "findings", "committed_runs", "stg_fct_measure")), views.toString());
    for (String v : views) {
      String out = run("SELECT count(*) AS n FROM " + v);
      assertTrue(Long.parseLong(out.lines().skip(1).findFirst().orElseThrow()) > 0, v + " is empty");
    }
  }

  @Test
  void readsTheWarehouseItself() throws Exception {
    assertEquals("n\n4\n", run("SELECT count(*) AS n FROM read_parquet('{W}/data/dim_region/*.parquet')"));
    assertEquals("n\n1\n", run("SELECT count(*) AS n FROM committed_runs"));
    assertTrue(run("SELECT file FROM glob('{W}/data/*/*.parquet') ORDER BY 1").contains("/data/dim_region/"));
    assertTrue(run("SELECT count(*) AS n FROM read_json('{W}/_yujue/runs/*.json')").endsWith("\n1\n"));
  }

  @Test
  void ordinaryQuestionsStillWork() throws Exception {
    assertEquals("n\n4\n", run("SELECT count(*) AS n FROM documents"));
    assertEquals("n\n3\n", run("SELECT count(*) AS n FROM documents WHERE status = 'current'"));
    assertEquals("""
        region_code,basis,total,personnel_cost,income_total
        622901,actual,5.00,300.00,500.00
        630200,actual,12.30,600.25,1000.00
        630200,budget,15.00,600.25,1000.00
        """, run("""
        SELECT s.region_code, s.basis, s.total, t.personnel_cost, t.income_total
        FROM sanggong s
        JOIN doc_totals t ON t.region_code = s.region_code AND t.department_name = s.department_name
          AND t.fiscal_year = s.fiscal_year AND t.doc_kind = 'final'
        ORDER BY 1, 2"""));
    String describe = run("DESCRIBE doc_totals");
    assertTrue(describe.contains("income_total,\"DECIMAL(18,2)\""), describe);
    String summary = run("SUMMARIZE sanggong");
    assertTrue(summary.lines().anyMatch(l -> l.startsWith("total,")), summary);
    assertTrue(run("PRAGMA table_info('sanggong')").contains("vehicle_total"));
    assertTrue(run("EXPLAIN SELECT * FROM expenditure_by_function").contains("physical_plan"));
    assertEquals("total\n900.00\n450.00\n",
        run("SELECT total FROM expenditure_by_function WHERE subject_code = '201' ORDER BY total DESC"));
    assertEquals("p\n50.00\n", run("SELECT pct(1, 2) AS p"));
  }

  @Test
  void theDemoWarehouseStillAnswers() throws Exception {
    Path demo = TestWarehouses.demo().orElse(null);
    Assumptions.assumeTrue(demo != null, "no demo warehouse: ./yujue demo");
    try (Connection c = Warehouse.open(demo); SqlRunner r = new SqlRunner(c, Duration.ofSeconds(30))) {
      StringBuilder out = new StringBuilder();
      r.run("SELECT count(*) AS n FROM documents", ResultFormat.CSV, out);
      assertTrue(Integer.parseInt(out.toString().lines().skip(1).findFirst().orElseThrow()) > 0);
      out.setLength(0);
      r.run("SELECT count(*) AS n FROM sanggong s JOIN doc_totals t USING (region_code, department_name, fiscal_year)",
          ResultFormat.CSV, out);
      assertTrue(Integer.parseInt(out.toString().lines().skip(1).findFirst().orElseThrow()) > 0);
      out.setLength(0);
      r.run("SUMMARIZE sanggong", ResultFormat.CSV, out);
      assertTrue(out.toString().contains("reception"));
      assertThrows(RefusedStatementException.class,
          () -> r.run("SELECT * FROM read_text('/etc/hostname')", ResultFormat.CSV, new StringBuilder()));
    }
  }

  @Test
  void aStatementOverTheTimeLimitIsStopped() throws Exception {
    try (SqlRunner oneSecond = new SqlRunner(db, Duration.ofSeconds(1))) {
      long start = System.nanoTime();
      var e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(StatementStoppedException.class,
          () -> oneSecond.run("SELECT count(*) FROM range(10000000000)", ResultFormat.CSV, new StringBuilder())));
      double seconds = (System.nanoTime() - start) / 1e9;
      assertTrue(seconds < 5, "took " + seconds + " s");
      assertEquals(StatementStoppedException.Reason.TIME_LIMIT, e.reason());
      assertEquals("the statement ran over the time limit of 1 s and was stopped (--timeout SECONDS sets another)",
          e.getMessage());
      // A cross join that would run for hours, too.
      assertThrows(StatementStoppedException.class, () -> oneSecond.run(
          "SELECT count(*) FROM range(1000000) a, range(1000000) b", ResultFormat.CSV, new StringBuilder()));
      // The connection is fine afterwards.
      StringBuilder out = new StringBuilder();
      oneSecond.run("SELECT 42 AS x", ResultFormat.CSV, out);
      assertEquals("x\n42\n", out.toString());
    }
  }

  @Test
  void aRunningStatementCanBeCancelled() throws Exception {
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        return;
      }
      runner.cancel();
    });
    canceller.start();
    var e = assertThrows(StatementStoppedException.class,
        () -> runner.run("SELECT count(*) FROM range(10000000000)", ResultFormat.CSV, new StringBuilder()));
    canceller.join();
    assertEquals(StatementStoppedException.Reason.CANCELLED, e.reason());
  }

  @Test
  void settingsAreWhatWarehouseSet() throws SQLException, IOException {
    assertEquals("[" + warehouse.toRealPath().toString().replace("'", "''") + "/]",
        Stream.of(setting("allowed_directories").replaceAll("^\\[|\\]$", "").split(", "))
            .filter(d -> !d.contains("yujue-duckdb-")) // the private spill directory
            .collect(Collectors.joining(", ", "[", "]")));
    assertEquals("false", setting("allow_community_extensions"));
    assertEquals("false", setting("allow_persistent_secrets"));
    assertTrue(setting("temp_directory").contains("yujue-duckdb-"), setting("temp_directory"));
  }

  /** Nothing is left behind that the confinement depends on. */
  @Test
  void canaryFilesWereNotTouched() throws IOException {
    assertEquals("secret,42\n", Files.readString(outside.resolve("secret.csv")));
    assertTrue(Files.isSymbolicLink(warehouse.resolve("leak.csv")));
  }
}
