package yujue.queries.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableExportTest {
  @TempDir Path tmp;
  Connection c;

  /** Two rows of real figures: 海东's 2024 total expenditure, its 0.11 公务接待, a NULL, Chinese. */
  static final String SQL = """
      SELECT * FROM (VALUES
        (1, '海东市人民政府办公室', CAST('2678.82' AS DECIMAL(18,2)), CAST('0.11' AS DECIMAL(18,2)),
         'say "hi", then stop'),
        (2, '临夏市人民政府办公室', CAST(NULL AS DECIMAL(18,2)), CAST('-5.00' AS DECIMAL(18,2)),
         CAST(NULL AS VARCHAR)),
        (3, 'not wanted', 1.00, 1.00, 'x')
      ) t(id, department, expenditure_total, reception, note)
      WHERE id <= ?
      ORDER BY id""";

  static final List<Object> PARAMS = List.of(2);

  @BeforeEach
  void open() throws SQLException {
    c = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private Path export(ExportFormat f) throws Exception {
    Path out = tmp.resolve("sub").resolve(f.fileName("t"));
    TableExport.write(c, SQL, PARAMS, f, out);
    return out;
  }

  @Test
  void csvHasBomHeaderCrlfAndExactDecimals() throws Exception {
    byte[] bytes = Files.readAllBytes(export(ExportFormat.CSV));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
    String text = new String(bytes, UTF_8).substring(1);
    assertTrue(text.startsWith("id,department,expenditure_total,reception,note\r\n"), text);
    assertTrue(text.contains("1,海东市人民政府办公室,2678.82,0.11,\"say \"\"hi\"\", then stop\"\r\n"), text);
    assertTrue(text.contains("2,临夏市人民政府办公室,,-5.00,\r\n"), text);

    // Read back with another reader.
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text)).getRecords();
    assertEquals(2, rows.size());
    assertEquals("2678.82", rows.get(0).get("expenditure_total"));
    assertEquals("0.11", rows.get(0).get("reception"));
    assertEquals("say \"hi\", then stop", rows.get(0).get("note"));
    assertEquals("", rows.get(1).get("expenditure_total"));
    assertEquals("临夏市人民政府办公室", rows.get(1).get("department"));
  }

  @Test
  void parquetKeepsDecimal18x2() throws Exception {
    Path out = export(ExportFormat.PARQUET);
    try (Connection other = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = other.prepareStatement(
            "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))")) {
      ps.setString(1, out.toString());
      List<String> types = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) types.add(rs.getString(1) + " " + rs.getString(2));
      }
      assertEquals(List.of("id INTEGER", "department VARCHAR", "expenditure_total DECIMAL(18,2)",
          "reception DECIMAL(18,2)", "note VARCHAR"), types);
    }
    try (Connection other = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = other.prepareStatement("SELECT * FROM read_parquet(?) ORDER BY id")) {
      ps.setString(1, out.toString());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(new BigDecimal("2678.82"), rs.getBigDecimal("expenditure_total"));
        assertEquals(new BigDecimal("0.11"), rs.getBigDecimal("reception"));
        assertEquals("海东市人民政府办公室", rs.getString("department"));
        assertTrue(rs.next());
        assertNull(rs.getObject("expenditure_total"));
        assertNull(rs.getObject("note"));
        assertFalse(rs.next());
      }
    }
  }

  @Test
  void arrowKeepsDecimal128() throws Exception {
    Path out = export(ExportFormat.ARROW);
    try (BufferAllocator a = new RootAllocator();
        var ch = Files.newByteChannel(out);
        ArrowFileReader r = new ArrowFileReader(ch, a)) {
      VectorSchemaRoot root = r.getVectorSchemaRoot();
      assertEquals(new ArrowType.Decimal(18, 2, 128),
          root.getSchema().findField("expenditure_total").getType());
      assertEquals(ArrowType.Utf8.INSTANCE, root.getSchema().findField("department").getType());
      int rows = 0;
      List<String> seen = new ArrayList<>();
      while (r.loadNextBatch()) {
        IntVector id = (IntVector) root.getVector("id");
        VarCharVector dept = (VarCharVector) root.getVector("department");
        DecimalVector total = (DecimalVector) root.getVector("expenditure_total");
        DecimalVector reception = (DecimalVector) root.getVector("reception");
        for (int i = 0; i < root.getRowCount(); i++, rows++) {
          seen.add(id.get(i) + " " + new String(dept.get(i), UTF_8) + " "
              + (total.isNull(i) ? "NULL" : total.getObject(i).toPlainString()) + " "
              + reception.getObject(i).toPlainString()
              + " " + (root.getVector("note").isNull(i) ? "NULL" : root.getVector("note").getObject(i)));
        }
      }
      assertEquals(2, rows);
      assertEquals(List.of("1 海东市人民政府办公室 2678.82 0.11 say \"hi\", then stop",
          "2 临夏市人民政府办公室 NULL -5.00 NULL"), seen);
    }
  }

  @Test
  void arrowCopyZeroesTheValueSlotsOfNulls() {
    // DuckDB's Arrow batches may keep stale memory in the value slots of NULLs; written as is,
    // two exports of one result differed in those bytes. ArrowExport.copy() writes from clean
    // vectors instead.
    var schema = new org.apache.arrow.vector.types.pojo.Schema(List.of(
        org.apache.arrow.vector.types.pojo.Field.nullable("d", new ArrowType.Decimal(18, 2, 128))));
    try (BufferAllocator a = new RootAllocator();
        VectorSchemaRoot src = VectorSchemaRoot.create(schema, a);
        VectorSchemaRoot dst = VectorSchemaRoot.create(schema, a)) {
      DecimalVector d = (DecimalVector) src.getVector("d");
      d.allocateNew(3);
      d.set(0, new BigDecimal("2678.82"));
      d.set(1, new BigDecimal("9999.99")); // stale bytes left behind by ...
      d.setNull(1);                         // ... a slot that is NULL
      d.set(2, new BigDecimal("0.11"));
      d.setValueCount(3);
      src.setRowCount(3);
      assertTrue(d.getDataBuffer().getByte(DecimalVector.TYPE_WIDTH) != 0, "fixture must be dirty");

      ArrowExport.copy(src, dst);
      DecimalVector out = (DecimalVector) dst.getVector("d");
      assertEquals(3, dst.getRowCount());
      assertEquals(new BigDecimal("2678.82"), out.getObject(0));
      assertTrue(out.isNull(1));
      assertEquals(new BigDecimal("0.11"), out.getObject(2));
      for (int b = 0; b < DecimalVector.TYPE_WIDTH; b++) {
        assertEquals(0, out.getDataBuffer().getByte(DecimalVector.TYPE_WIDTH + b), "byte " + b);
      }
    }
  }

  @Test
  void xlsxHasNumericCellsBoldFrozenHeader() throws Exception {
    Path out = export(ExportFormat.XLSX);
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals(1, wb.getNumberOfSheets());
      XSSFSheet sheet = wb.getSheetAt(0);
      assertEquals("t", sheet.getSheetName());
      Row head = sheet.getRow(0);
      assertEquals("expenditure_total", head.getCell(2).getStringCellValue());
      assertTrue(wb.getFontAt(head.getCell(2).getCellStyle().getFontIndex()).getBold());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertTrue(sheet.getPaneInformation().isFreezePane());

      Row r1 = sheet.getRow(1);
      Cell total = r1.getCell(2);
      assertEquals(CellType.NUMERIC, total.getCellType());
      assertEquals(2678.82, total.getNumericCellValue(), 0.0);
      assertEquals("0.00", total.getCellStyle().getDataFormatString());
      assertEquals("2678.82", ((org.apache.poi.xssf.usermodel.XSSFCell) total).getCTCell().getV());
      assertEquals(0.11, r1.getCell(3).getNumericCellValue(), 0.0);
      assertEquals(CellType.NUMERIC, r1.getCell(0).getCellType());
      assertEquals("海东市人民政府办公室", r1.getCell(1).getStringCellValue());

      Row r2 = sheet.getRow(2);
      assertNull(r2.getCell(2)); // NULL is an empty cell, never 0
      assertEquals(-5.0, r2.getCell(3).getNumericCellValue(), 0.0);
      assertNull(sheet.getRow(3));
      // Chinese counts double: the department column is wider than its header alone needs.
      assertTrue(sheet.getColumnWidth(1) >= 20 * 256, "width " + sheet.getColumnWidth(1));
    }
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void sameResultSameBytes(ExportFormat f) throws Exception {
    byte[] first = Files.readAllBytes(export(f));
    byte[] second = Files.readAllBytes(export(f));
    assertArrayEquals(first, second, f + " differs between two runs");
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void sameBytesInAnotherTimeZoneAndLocale(ExportFormat f) throws Exception {
    byte[] here = Files.readAllBytes(export(f));
    java.util.TimeZone tz = java.util.TimeZone.getDefault();
    java.util.Locale locale = java.util.Locale.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
      java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
      assertArrayEquals(here, Files.readAllBytes(export(f)), f + " depends on time zone or locale");
    } finally {
      java.util.TimeZone.setDefault(tz);
      java.util.Locale.setDefault(locale);
    }
  }

  @Test
  void xlsxZipEntriesCarryOnlyTheFixedDosTime() throws Exception {
    try (var zip = new java.util.zip.ZipFile(export(ExportFormat.XLSX).toFile())) {
      var entries = java.util.Collections.list(zip.entries());
      assertFalse(entries.isEmpty());
      for (var e : entries) {
        assertEquals(XlsxExport.ZIP_TIME, e.getTimeLocal(), e.getName());
        assertNull(e.getExtra(), e.getName() + " has an extra field (extended timestamp?)");
        if (e.getName().equals("docProps/core.xml")) {
          String core = new String(zip.getInputStream(e).readAllBytes(), UTF_8);
          assertFalse(core.contains("created"), core);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void failedQueryLeavesNoFile(ExportFormat f) throws Exception {
    Path out = tmp.resolve(f.fileName("bad"));
    assertThrows(SQLException.class,
        () -> TableExport.write(c, "SELECT * FROM no_such_table", List.of(), f, out));
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(), files.toList());
    }
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void emptyResultKeepsHeaderOrSchema(ExportFormat f) throws Exception {
    Path out = tmp.resolve(f.fileName("empty"));
    TableExport.write(c, SQL, List.of(0), f, out);
    assertTrue(Files.size(out) > 0);
    if (f == ExportFormat.PARQUET) {
      try (Connection other = DriverManager.getConnection("jdbc:duckdb:");
          PreparedStatement ps = other.prepareStatement(
              "SELECT count(*), any_value(typeof(expenditure_total)) FROM read_parquet(?)")) {
        ps.setString(1, out.toString());
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(0, rs.getInt(1));
        }
      }
    }
  }
}
