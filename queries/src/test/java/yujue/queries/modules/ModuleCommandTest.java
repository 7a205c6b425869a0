package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import yujue.queries.cli.QueriesMain;

/** The module commands as registered in {@code yujue}: options, formats, errors. */
class ModuleCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int yujue(String... args) {
    CommandLine cl = new CommandLine(new QueriesMain());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private String warehouse() {
    return ModuleRows.samplesWarehouse().toString();
  }

  @Test
  void csvWithRegionAndYears() {
    assertEquals(0, yujue("personnel", "--warehouse", warehouse(), "--region", "622901,630103",
        "--years", "2023-2024", "--format", "csv"), err.toString());
    String csv = out.toString();
    assertTrue(csv.startsWith("region_code,region,department,department_type,year,doc_kind,personnel_cost,"), csv);
    assertTrue(csv.contains("\n622901,临夏市,临夏市人民政府办公室,government_office,2024,final,577.04,187.57,49.00,40.00,report,11.7763,"), csv);
    assertEquals(3, csv.lines().count());
  }

  @Test
  void tableIsTheDefaultAndOneYearIsAYear() {
    assertEquals(0, yujue("sanggong-trend", "--warehouse", warehouse(), "--region", "630200", "--years", "2024"), err.toString());
    assertTrue(out.toString().endsWith("(6 rows)\n"), out.toString());
    assertTrue(out.toString().contains("| 三公经费合计 "), out.toString());
  }

  @Test
  void staffingFileOption() throws Exception {
    Path csv = tmp.resolve("staff.csv");
    Files.writeString(csv, "region_code,department,fiscal_year,authorized,actual\n630200,海东市人民政府办公室,2024,60,55\n");
    assertEquals(0, yujue("unit-costs", "--warehouse", warehouse(), "--region", "630200", "--years", "2024",
        "--staffing", csv.toString(), "--format", "json"), err.toString());
    assertTrue(out.toString().contains("\"measure\":\"operating_cost_per_head\",\"measure_name\":\"人均机关运行经费\","
        + "\"numerator\":128.04,\"denominator\":55.00,\"denominator_source\":\"staffing file\",\"value\":2.3280"), out.toString());
  }

  @Test
  void peersRanksOnABoundMetric() {
    assertEquals(0, yujue("peers", "--warehouse", warehouse(), "--department-type", "government_office",
        "--metric", "personnel_cost", "--years", "2024", "--format", "csv"), err.toString());
    assertEquals("personnel_cost,2024,actual,1,3,630200,海东市,海东市人民政府办公室,government_office,1668.7700,1361.89000,306.88000,万元",
        out.toString().lines().skip(1).findFirst().orElseThrow());
  }

  /** Samples: one government office in each of 622901, 630103 and 630200. */
  @Test
  void aPageOfTheAnswer() {
    assertEquals(0, yujue("personnel", "--warehouse", warehouse(), "--page", "2", "--page-size", "1", "--format", "csv"),
        err.toString());
    assertEquals("page 2 of 3: government_office, regions 630103 (1 region, 1 departments)", err.toString().strip());
    assertTrue(out.toString().lines().skip(1).allMatch(l -> l.startsWith("630103,") && l.contains(",西宁市城中区人民政府办公室,")),
        out.toString());
    assertEquals(2, out.toString().lines().count()); // the header and its one 2024 final report
    assertEquals(2, yujue("personnel", "--warehouse", warehouse(), "--page", "4", "--page-size", "1"));
    assertTrue(err.toString().contains("the answer has 3 pages"), err.toString());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, yujue("peers", "--warehouse", warehouse(), "--metric", "nonsense"));
    assertTrue(err.toString().contains("unknown metric 'nonsense'"), err.toString());
    assertEquals(2, yujue("structure", "--warehouse", warehouse(), "--format", "parquet"));
    assertTrue(err.toString().contains("--format parquet needs --out FILE"), err.toString());
    assertEquals(2, yujue("structure", "--warehouse", warehouse(), "--years", "2024-2022"));
    assertEquals(2, yujue("structure", "--warehouse", warehouse(), "--region", "63"));
    assertEquals(2, yujue("structure", "--warehouse", tmp.resolve("none").toString()));
    assertEquals(2, yujue("personnel", "--warehouse", warehouse(), "--staffing", tmp.resolve("none.csv").toString()));
    assertEquals("", out.toString());
  }

  @Test
  void helpTakesTheDescriptionFromTheSqlAndListsTheMetrics() {
    assertEquals(0, yujue("peers", "--help"));
    String help = out.toString();
    assertTrue(help.contains("Ranks departments on one metric"), help);
    assertTrue(help.contains("operating_cost_per_head [万元/人]"), help);
    assertTrue(help.contains("--staffing=FILE"), help);
  }

  @Test
  void parquetAndXlsxGoThroughTheExport() throws Exception {
    Path parquet = tmp.resolve("out/structure.parquet");
    assertEquals(0, yujue("structure", "--warehouse", warehouse(), "--region", "630200", "--years", "2024",
        "--format", "parquet", "--out", parquet.toString()), err.toString());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT share_pct, typeof(share_pct) FROM read_parquet('"
            + parquet.toString().replace("'", "''") + "') WHERE component = 'basic'")) {
      rs.next();
      assertEquals("67.07", rs.getBigDecimal(1).toPlainString());
      assertTrue(rs.getString(2).startsWith("DECIMAL"), rs.getString(2));
    }
    Path xlsx = tmp.resolve("execution.xlsx");
    assertEquals(0, yujue("execution", "--warehouse", warehouse(), "--format", "xlsx", "--out", xlsx.toString()), err.toString());
    assertTrue(Files.size(xlsx) > 0);
  }
}
