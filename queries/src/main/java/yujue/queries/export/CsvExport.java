package yujue.queries.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Excel otherwise reads Chinese as GBK),
 * a header row, RFC 4180 (CRLF records, quotes only where needed). NULL is an empty field.
 */
final class CsvExport {
  private CsvExport() {}

  static final char BOM = '\uFEFF';
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  static long write(ResultSet rs, Path out) throws SQLException, IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, UTF_8))) {
      w.write(BOM);
      return write(rs, w);
    }
  }

  static long write(ResultSet rs, Appendable out) throws SQLException, IOException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    for (int i = 1; i <= n; i++) p.print(md.getColumnLabel(i));
    p.println();
    long rows = 0;
    while (rs.next()) {
      for (int i = 1; i <= n; i++) p.print(CellText.of(rs, i));
      p.println();
      rows++;
    }
    p.flush();
    return rows;
  }
}
