package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import yujue.jobs.spark.TestSpark;
import yujue.warehouse.views.ViewsScript;

/** What the tests share: the samples, a reference warehouse, DuckDB over a warehouse, dumps of every view. */
final class Warehouses {

  /** The repository's sample reports, relative to this module's directory (where Maven runs tests). */
  static final Path SAMPLES = Path.of("../../samples/reports");
  static final String HAIDONG_FINAL = "2024-final-haidong-government-office.txt";
  static final String HAIDONG_BUDGET = "2023-budget-haidong-government-office.txt";
  static final String XINING_FINAL = "2024-final-xining-chengzhong-government-office.txt";
  static final String LINXIA_FINAL = "2024-final-linxia-government-office.txt";
  static final List<String> SAMPLE_NAMES = List.of(HAIDONG_FINAL, HAIDONG_BUDGET, XINING_FINAL, LINXIA_FINAL);

  /** Columns that differ between two runs landing the same inputs: left out of dumps. */
  static final Set<String> RUN_COLUMNS = Set.of("run_id", "landed_at", "quarantined_at");

  private static Path reference;

  private Warehouses() {}

  /** The four samples landed by one clean run, in local mode (built once per test JVM). */
  static synchronized Path reference() throws IOException {
    if (reference == null) {
      Path dir = Files.createTempDirectory("yujue-reference");
      deleteAtExit(dir);
      LandResult r = new LandJob().run(TestSpark.session(), List.of(SAMPLES), dir.resolve("wh").toString());
      assertTrue(r.committed() && r.landed() == 4, r.report().toString());
      reference = dir.resolve("wh");
    }
    return reference;
  }

  /**
   * DuckDB over the warehouse as the sql command opens it: every view, tables without files empty,
   * the materialized views read from their marts when they are fresh.
   */
  static Connection open(Path warehouse) throws SQLException {
    Path dir = warehouse.toAbsolutePath().normalize();
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET file_search_path = '" + dir + "'");
      s.execute(ViewsScript.render(dir));
    }
    return c;
  }

  static Object scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), "no row for " + sql);
      return rs.getObject(1);
    }
  }

  static Object scalar(Path warehouse, String sql) throws SQLException {
    try (Connection c = open(warehouse)) {
      return scalar(c, sql);
    }
  }

  /** Rows as "column=value" strings, in the query's order. */
  static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          if (!RUN_COLUMNS.contains(md.getColumnName(i))) {
            b.append(md.getColumnName(i)).append('=').append(rs.getObject(i)).append(" | ");
          }
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  /**
   * Every view of the warehouse (the researchers' views and the stg_ views), each as its sorted
   * rows without the columns that name runs: two warehouses that landed the same inputs dump the
   * same, however many runs it took them.
   */
  static Map<String, List<String>> dump(Path warehouse) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = open(warehouse)) {
      List<String> views = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1")) {
        while (rs.next()) {
          views.add(rs.getString(1));
        }
      }
      for (String v : views) {
        if (v.equals("committed_runs")) {
          continue; // how many runs it took
        }
        List<String> rows = rows(c, "SELECT * FROM \"" + v + "\"");
        rows.sort(Comparator.naturalOrder());
        out.put(v, rows);
      }
    }
    assertTrue(out.containsKey("quarantine") && out.containsKey("documents"), "views: " + out.keySet());
    return out;
  }

  /** Data files named for a run that has no commit record: what a killed run left in data/. */
  static List<Path> uncommittedDataFiles(Path warehouse) throws IOException {
    Set<String> committed = committedRunIds(warehouse);
    List<Path> out = new ArrayList<>();
    Path data = warehouse.resolve("data");
    if (!Files.isDirectory(data)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.filter(Files::isRegularFile).forEach(p -> {
        Matcher m = WarehouseFiles.RUN_FILE.matcher(p.getFileName().toString());
        if (m.matches() && !committed.contains(m.group(1))) {
          out.add(p);
        }
      });
    }
    return out;
  }

  static Set<String> committedRunIds(Path warehouse) throws IOException {
    Path runs = warehouse.resolve("_yujue/runs");
    Set<String> ids = new java.util.TreeSet<>();
    if (Files.isDirectory(runs)) {
      try (Stream<Path> s = Files.list(runs)) {
        s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
            .forEach(n -> ids.add(n.substring(0, n.length() - ".json".length())));
      }
    }
    return ids;
  }

  /** Regular files under a directory (none when it does not exist). */
  static long fileCount(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  static void deleteAtExit(Path dir) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // best effort at exit
    }
  }
}
