package yujue.queries.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import yujue.queries.format.Cells;

/**
 * An Excel workbook of query results, one sheet per result: a bold, frozen header row with a
 * filter; numbers as numeric cells holding the exact decimal digits (number format {@code 0.00}
 * for a DECIMAL of scale 2, {@code 0.0000} for scale 4); text as text; NULL as an empty cell;
 * column widths fitted to the widest value (Chinese counts double).
 *
 * <p>The bytes depend only on the data: the workbook carries no creation date and every zip
 * entry the same fixed time.
 */
final class XlsxExport {

  /**
   * Time stamped on every zip entry, as a plain DOS time (no time zone). Not 1980-01-01 00:00:00:
   * Java reads that DOS value as "before 1980" and then adds an extended timestamp computed in
   * the default time zone, so the bytes would depend on where the export runs.
   */
  static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, Month.JANUARY, 1, 12, 0);
  /** Column widths in characters, before padding. */
  static final int MIN_WIDTH = 4;
  static final int MAX_WIDTH = 60;
  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle integer;
  private final CellStyle date;
  private final CellStyle dateTime;
  private final Map<Integer, CellStyle> decimals = new HashMap<>();

  XlsxExport() {
    Font bold = wb.createFont();
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setFont(bold);
    integer = style("0");
    date = style("yyyy-mm-dd");
    dateTime = style("yyyy-mm-dd hh:mm:ss");
  }

  /** {@code name} made a valid sheet name: at most 31 characters, none of {@code []:*?/\}. */
  static String sheetName(String name) {
    return WorkbookUtil.createSafeSheetName(name, '_');
  }

  /** Adds a sheet holding all rows of {@code rs} (not yet advanced); returns the row count. */
  long addSheet(String name, ResultSet rs) throws SQLException, IOException {
    XSSFSheet sheet = wb.createSheet(sheetName(name));
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    int[] widths = new int[n];
    Row head = sheet.createRow(0);
    for (int i = 0; i < n; i++) {
      String label = md.getColumnLabel(i + 1);
      Cell cell = head.createCell(i);
      cell.setCellValue(label);
      cell.setCellStyle(header);
      widths[i] = Cells.width(label) + 2; // room for the filter button
    }
    int r = 0;
    while (rs.next()) {
      if (++r >= MAX_ROWS) {
        throw new IOException("sheet " + name + ": more than " + (MAX_ROWS - 1)
            + " rows do not fit an XLSX sheet; export CSV or Parquet instead");
      }
      Row row = sheet.createRow(r);
      for (int i = 0; i < n; i++) {
        String shown = put(row, i, rs, md, i + 1);
        if (shown != null) widths[i] = Math.max(widths[i], Cells.width(shown));
      }
    }
    for (int i = 0; i < n; i++) {
      int w = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i])) + 1;
      sheet.setColumnWidth(i, w * 256);
    }
    sheet.createFreezePane(0, 1);
    if (n > 0) sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, n - 1));
    return r;
  }

  /** Sets cell {@code i} of {@code row} from column {@code col}; returns the text it shows, or null. */
  private String put(Row row, int i, ResultSet rs, ResultSetMetaData md, int col) throws SQLException {
    Object v = rs.getObject(col);
    if (v == null) return null; // no cell at all: an empty cell, never 0
    Cell cell = row.createCell(i);
    if (v instanceof BigDecimal d) {
      int scale = md.getColumnType(col) == Types.DECIMAL ? md.getScale(col) : d.scale();
      return number(cell, d.doubleValue(), d.toPlainString(), decimal(Math.max(0, scale)));
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
        || v instanceof BigInteger) {
      return number(cell, ((Number) v).doubleValue(), v.toString(), integer);
    }
    if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
      double d = ((Number) v).doubleValue();
      return number(cell, d, CellText.plain(d), null);
    }
    if (v instanceof Boolean b) {
      cell.setCellValue(b);
      return b.toString().toUpperCase(java.util.Locale.ROOT);
    }
    if (v instanceof Timestamp t) v = t.toLocalDateTime();
    if (v instanceof java.sql.Date d) v = d.toLocalDate();
    if (v instanceof LocalDateTime t) {
      cell.setCellValue(t);
      cell.setCellStyle(dateTime);
      return "0000-00-00 00:00:00";
    }
    if (v instanceof LocalDate t) {
      cell.setCellValue(t);
      cell.setCellStyle(date);
      return "0000-00-00";
    }
    String text = CellText.of(rs, col);
    cell.setCellValue(text);
    return text;
  }

  /** A numeric cell whose stored text is {@code exact} (the XML holds digits, not a double's). */
  private static String number(Cell cell, double value, String exact, CellStyle style) {
    cell.setCellValue(value);
    ((XSSFCell) cell).getCTCell().setV(exact);
    if (style != null) cell.setCellStyle(style);
    return exact;
  }

  private CellStyle decimal(int scale) {
    return decimals.computeIfAbsent(scale, s -> style(s == 0 ? "0" : "0." + "0".repeat(s)));
  }

  private CellStyle style(String format) {
    CellStyle s = wb.createCellStyle();
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    return s;
  }

  /** Writes the workbook to {@code out}, byte for byte the same for the same sheets. */
  void write(Path out) throws IOException {
    wb.getProperties().getCoreProperties().setCreated(Optional.empty());
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    wb.write(raw);
    wb.close();
    try (OutputStream o = Files.newOutputStream(out)) {
      normalize(raw.toByteArray(), o);
    }
  }

  /** Copies a zip, entries in the same order, with every entry time set to {@link #ZIP_TIME}. */
  static void normalize(byte[] zip, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(ZIP_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
  }
}
