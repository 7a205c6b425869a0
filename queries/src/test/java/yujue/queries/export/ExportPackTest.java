package yujue.queries.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import yujue.queries.TestWarehouses;
import yujue.queries.Warehouse;
import yujue.queries.chart.CjkFont;
import yujue.queries.cli.ExportCommand;

class ExportPackTest {
  static final List<String> SHEETS = List.of("compare_regions", "sanggong-trend", "personnel",
      "unit-costs", "structure", "execution", "doc_totals", "sanggong", "sources", "definitions");

  @TempDir static Path shared;
  static Path warehouse;
  static Path pack;
  static ExportPack.Result result;

  @BeforeAll
  static void exportOnce() throws Exception {
    assumeTrue(CjkFont.find().isPresent(), "no CJK font installed: " + CjkFont.INSTALL_HINT);
    warehouse = TestWarehouses.packSamples().write(shared.resolve("wh"));
    pack = shared.resolve("pack");
    try (Connection c = Warehouse.open(warehouse)) {
      result = ExportPack.write(c, TestWarehouses.PACK_REGIONS, pack);
    }
  }

  @Test
  void everyTableInEveryFormatPlusChartsAndReadme() {
    List<String> files = result.files().stream().map(p -> p.toString().replace('\\', '/')).toList();
    assertEquals("comparison.xlsx", files.get(0));
    for (String t : SHEETS) {
      for (String f : List.of("csv", "parquet", "arrow")) {
        assertTrue(files.contains(f + "/" + t + "." + f), t + "." + f + " missing from " + files);
      }
    }
    assertTrue(files.contains("charts/unit-costs.png"), files.toString());
    assertTrue(files.contains("charts/sanggong-trend-630200-government_office.png"), files.toString());
    assertEquals("README.txt", files.get(files.size() - 1));
    for (Path f : result.files()) assertTrue(Files.isRegularFile(pack.resolve(f)), f.toString());
  }

  @Test
  void everyColumnIsDefined() throws Exception {
    assertEquals(List.of(), result.undefined());
    try (InputStream in = Files.newInputStream(pack.resolve("comparison.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet defs = wb.getSheet("definitions");
      int sanggongColumns = wb.getSheet("sanggong").getRow(0).getLastCellNum();
      long sanggongDefs = 0;
      for (int r = 1; r <= defs.getLastRowNum(); r++) {
        Row row = defs.getRow(r);
        assertTrue(row.getCell(4) != null && !row.getCell(4).getStringCellValue().isBlank(),
            "no definition for " + row.getCell(0) + "." + row.getCell(2));
        if (row.getCell(0).getStringCellValue().equals("sanggong")) sanggongDefs++;
      }
      assertEquals(sanggongColumns, sanggongDefs);
      // A module's "[unit]" goes to the unit column.
      boolean budgetUnit = false;
      for (int r = 1; r <= defs.getLastRowNum(); r++) {
        Row row = defs.getRow(r);
        if (row.getCell(0).getStringCellValue().equals("sanggong-trend")
            && row.getCell(2).getStringCellValue().equals("budget")) {
          assertEquals("万元", row.getCell(3).getStringCellValue());
          assertFalse(row.getCell(4).getStringCellValue().startsWith("["));
          budgetUnit = true;
        }
      }
      assertTrue(budgetUnit, "sanggong-trend.budget missing from definitions");
    }
  }

  @Test
  void workbookHasASheetPerTableWithExactNumbers() throws Exception {
    try (InputStream in = Files.newInputStream(pack.resolve("comparison.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> sheets = new ArrayList<>();
      wb.sheetIterator().forEachRemaining(s -> sheets.add(s.getSheetName()));
      assertEquals(SHEETS, sheets);

      XSSFSheet totals = wb.getSheet("doc_totals");
      Row head = totals.getRow(0);
      int col = -1;
      for (int i = 0; i < head.getLastCellNum(); i++) {
        if (head.getCell(i).getStringCellValue().equals("expenditure_total")) col = i;
      }
      List<String> regions = new ArrayList<>();
      boolean found = false;
      for (int r = 1; r <= totals.getLastRowNum(); r++) {
        Row row = totals.getRow(r);
        regions.add(row.getCell(1).getStringCellValue());
        if (row.getCell(col) != null && row.getCell(col).getNumericCellValue() == 2678.82) {
          found = true;
          assertEquals(CellType.NUMERIC, row.getCell(col).getCellType());
          assertEquals("0.00", row.getCell(col).getCellStyle().getDataFormatString());
        }
      }
      assertTrue(found, "海东's 2678.82 not in doc_totals");
      assertEquals(List.of("622901", "630200", "630200"), regions); // 城东区 is not asked for
      assertTrue(wb.getSheet("sources").getRow(1).getCell(2).getStringCellValue().startsWith("临夏"));
    }
  }

  @Test
  void parquetAndArrowOfThePackKeepDecimals() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement(
            "SELECT typeof(reception), reception, region FROM read_parquet(?) "
                + "WHERE region_code = '630200' AND year = 2024 AND basis = 'actual'")) {
      ps.setString(1, pack.resolve("parquet/sanggong.parquet").toString());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("DECIMAL(18,2)", rs.getString(1));
        assertEquals(new BigDecimal("0.11"), rs.getBigDecimal(2));
        assertEquals("海东市", rs.getString(3));
        assertFalse(rs.next());
      }
    }
    String csv = Files.readString(pack.resolve("csv/sanggong.csv"));
    assertTrue(csv.startsWith("\uFEFFregion_code,region,department,year,basis,total"), csv);
    assertTrue(csv.contains("630200,海东市,海东市人民政府办公室,2024,actual,27.11,,,,27.00,0.11,table,"), csv);
  }

  @Test
  void exportingTwiceGivesTheSameBytes(@TempDir Path again) throws Exception {
    Path second = again.resolve("pack");
    ExportPack.Result r2;
    try (Connection c = Warehouse.open(warehouse)) {
      r2 = ExportPack.write(c, TestWarehouses.PACK_REGIONS, second);
    }
    assertEquals(result.files(), r2.files());
    assertEquals(listing(pack), listing(second));
    for (Path f : result.files()) {
      assertArrayEquals(Files.readAllBytes(pack.resolve(f)), Files.readAllBytes(second.resolve(f)),
          f + " differs between two exports");
    }
  }

  @Test
  void refusesANonEmptyDirectory(@TempDir Path out) throws Exception {
    Files.writeString(out.resolve("mine.txt"), "keep me");
    try (Connection c = Warehouse.open(warehouse)) {
      var e = assertThrows(IllegalArgumentException.class, () -> ExportPack.write(c, TestWarehouses.PACK_REGIONS, out));
      assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }
    assertEquals("keep me", Files.readString(out.resolve("mine.txt")));
  }

  @Test
  void commandWritesThePack(@TempDir Path out) throws Exception {
    Path dir = out.resolve("p");
    var stdout = new java.io.StringWriter();
    var stderr = new java.io.StringWriter();
    CommandLine cl = new CommandLine(new ExportCommand());
    cl.setOut(new java.io.PrintWriter(stdout));
    cl.setErr(new java.io.PrintWriter(stderr));
    int code = cl.execute("--warehouse", warehouse.toString(), "--regions", "630200,622901", "--out", dir.toString());
    assertEquals(0, code, stderr.toString());
    assertTrue(stdout.toString().contains("comparison.xlsx"), stdout.toString());
    assertEquals("", stderr.toString());
    assertArrayEquals(Files.readAllBytes(pack.resolve("comparison.xlsx")), Files.readAllBytes(dir.resolve("comparison.xlsx")));

    assertEquals(2, cl.execute("--warehouse", warehouse.toString(), "--regions", "63x200", "--out", out.resolve("q").toString()));
    assertTrue(stderr.toString().contains("not a six-digit GB/T 2260 region code"), stderr.toString());
  }

  @Test
  void demoWarehouseWhenPresent(@TempDir Path out) throws Exception {
    Path demo = Path.of("..", ".yujue", "demo-warehouse").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(demo.resolve("_yujue/runs")), "no demo warehouse (./yujue demo)");
    ExportPack.Result r;
    try (Connection c = Warehouse.open(demo)) {
      r = ExportPack.write(c, List.of("630200", "630103", "622901"), out.resolve("demo"));
    }
    assertEquals(List.of(), r.undefined());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement("SELECT expenditure_total FROM read_parquet(?) "
            + "WHERE region_code = '630200' AND year = 2024 AND kind = 'final'")) {
      ps.setString(1, out.resolve("demo/parquet/doc_totals.parquet").toString());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(new BigDecimal("2678.82"), rs.getBigDecimal(1));
      }
    }
  }

  private static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void nullStaysEmpty() throws Exception {
    try (InputStream in = Files.newInputStream(pack.resolve("comparison.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheet("sanggong");
      // 海东 2024 actual: outbound not disclosed in the fixture.
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        if (row.getCell(0).getStringCellValue().equals("630200")
            && row.getCell(3).getNumericCellValue() == 2024
            && row.getCell(4).getStringCellValue().equals("actual")) {
          assertNull(row.getCell(6));
          return;
        }
      }
      throw new AssertionError("海东 2024 actual row missing");
    }
  }
}
