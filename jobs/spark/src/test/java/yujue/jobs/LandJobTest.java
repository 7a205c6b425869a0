package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.jobs.spark.TestSpark;
import yujue.parse.text.SourceDocument;
import yujue.warehouse.views.ViewsScript;

/** Lands the four sample reports (and one unreadable file) once, then reads the warehouse with DuckDB. */
class LandJobTest {

  /** The repository's sample reports, relative to this module's directory (where Maven runs tests). */
  static final Path SAMPLES = Path.of("../../samples/reports");

  @TempDir static Path tmp;
  static Path warehouse;
  static Path inbox;
  static LandResult first;
  static Connection duck;

  @BeforeAll
  static void land() throws Exception {
    warehouse = tmp.resolve("wh");
    inbox = Files.createDirectories(tmp.resolve("inbox"));
    Files.write(inbox.resolve("broken.txt"), new byte[] {'a', 'b', (byte) 0xFF, (byte) 0x80}); // neither UTF-8 nor GB18030
    Files.writeString(inbox.resolve("manifest.json"), "{}");
    Files.writeString(inbox.resolve(".hidden.txt"), "ignored");
    first = new LandJob().run(TestSpark.session(), List.of(SAMPLES, inbox), warehouse.toString());
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("SET file_search_path = '" + warehouse.toAbsolutePath() + "'");
      s.execute(ViewsScript.render());
    }
  }

  @AfterAll
  static void close() throws SQLException {
    if (duck != null) {
      duck.close();
    }
  }

  @Test
  void landsEveryReportAndQuarantinesTheUnreadableFile() throws Exception {
    assertTrue(first.committed(), first.report().toString());
    assertEquals(5, first.inputs());
    assertEquals(4, first.landed(), first.report().toString());
    assertEquals(1, first.quarantined().size());
    assertTrue(first.quarantined().get(0).sourceFile().endsWith("broken.txt"));
    assertTrue(first.quarantined().get(0).reason().startsWith("binary: "), first.quarantined().get(0).reason());
    assertTrue(Files.isRegularFile(warehouse.resolve("_yujue/runs/" + first.runId() + ".json")));
    assertTrue(Files.isRegularFile(warehouse.resolve("views.sql")));
    assertEquals(4L, scalar("SELECT count(*) FROM documents"));
    assertEquals(4L, scalar("SELECT count(*) FROM doc_totals"));
    assertEquals(1L, scalar("SELECT count(*) FROM stg_dim_region WHERE region_code = '630200' AND full_name = '青海省海东市'"));
  }

  @Test
  void landingTheSameFilesAgainChangesNothing() throws Exception {
    Map<String, String> before = snapshot(warehouse);
    LandResult again = new LandJob().run(TestSpark.session(), List.of(SAMPLES, inbox), warehouse.toString());
    assertEquals(0, again.landed());
    assertEquals(4, again.alreadyLanded());
    assertFalse(again.committed());
    assertEquals(before, snapshot(warehouse));
  }

  @Test
  void haidongFinalReportTotals() throws Exception {
    Map<String, BigDecimal> t = row("SELECT * FROM doc_totals WHERE region_code = '630200' AND fiscal_year = 2024 AND doc_kind = 'final'");
    assertAmounts(t, Map.of(
        "income_total", "2678.82", "expenditure_total", "2678.82", "basic_expenditure", "1796.81",
        "project_expenditure", "882.01", "grand_total", "2678.82", "personnel_cost", "1668.77",
        "public_cost", "128.04", "operating_cost", "128.04", "procurement_total", "284.10"));
    assertAmounts(t, Map.of("vehicles_held", "8.00"));
  }

  @Test
  void haidongSanggong() throws Exception {
    String q = "SELECT * FROM sanggong WHERE region_code = '630200' AND fiscal_year = %d AND basis = '%s'";
    assertAmounts(row(String.format(q, 2024, "budget")),
        Map.of("total", "34.95", "vehicle_total", "27.00", "reception", "7.95"));
    assertAmounts(row(String.format(q, 2024, "actual")),
        Map.of("total", "27.11", "vehicle_total", "27.00", "vehicle_operation", "27.00", "reception", "0.11"));
    Map<String, BigDecimal> derived = row(String.format(q, 2023, "actual") + " AND source = 'derived'");
    assertAmounts(derived, Map.of("total", "36.53"));
  }

  private static Object scalar(String sql) throws SQLException {
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getObject(1);
    }
  }

  /** The one row the query returns, its DECIMAL columns by name. */
  private static Map<String, BigDecimal> row(String sql) throws SQLException {
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), "no row for " + sql);
      Map<String, BigDecimal> out = new TreeMap<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        if (rs.getObject(i) instanceof BigDecimal d) {
          out.put(rs.getMetaData().getColumnName(i), d);
        }
      }
      assertFalse(rs.next(), "more than one row for " + sql);
      return out;
    }
  }

  private static void assertAmounts(Map<String, BigDecimal> actual, Map<String, String> expected) {
    new TreeMap<>(expected).forEach((column, value) -> {
      BigDecimal a = actual.get(column);
      assertTrue(a != null && a.compareTo(new BigDecimal(value)) == 0,
          column + ": expected " + value + " but was " + a + " (row " + actual + ")");
    });
  }

  /** Every file under the warehouse with a hash of its bytes. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      Map<String, String> out = new TreeMap<>();
      files.filter(Files::isRegularFile).forEach(p -> {
        try {
          out.put(root.relativize(p).toString(), SourceDocument.read(p).sha256());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return out;
    }
  }
}
