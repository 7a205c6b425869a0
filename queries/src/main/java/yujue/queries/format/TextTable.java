package yujue.queries.format;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A boxed text table, aligned in terminal display cells: CJK wide characters take 2 cells,
 * combining marks 0. Borders are ASCII because box-drawing characters are East Asian
 * "ambiguous" width and render 2 cells wide in many CJK terminals. A value containing line
 * breaks (an EXPLAIN plan, say) spans several lines of its row.
 */
final class TextTable {
  private TextTable() {}

  /** Rows read before widths are fixed. Later rows wider than that overflow, never truncate. */
  static final int BUFFERED_ROWS = 10_000;

  static long write(ResultSet rs, Appendable out, int bufferRows)
      throws SQLException, IOException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    String[][] header = new String[n][];
    boolean[] right = new boolean[n];
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      header[i] = lines(md.getColumnLabel(i + 1));
      right[i] = Cells.isNumeric(md, i + 1);
      widths[i] = width(header[i]);
    }
    List<String[][]> head = new ArrayList<>();
    boolean more = rs.next();
    while (more && head.size() < bufferRows) {
      String[][] row = read(rs, n);
      for (int i = 0; i < n; i++) widths[i] = Math.max(widths[i], width(row[i]));
      head.add(row);
      more = rs.next();
    }
    String border = border(widths);
    out.append(border);
    print(out, header, widths, right);
    out.append(border);
    for (String[][] row : head) print(out, row, widths, right);
    long rows = head.size();
    head = null; // let the buffered rows go before streaming the rest
    while (more) {
      print(out, read(rs, n), widths, right);
      rows++;
      more = rs.next();
    }
    out.append(border).append(rows == 1 ? "(1 row)\n" : "(" + rows + " rows)\n");
    return rows;
  }

  private static String[][] read(ResultSet rs, int n) throws SQLException {
    String[][] row = new String[n][];
    for (int i = 0; i < n; i++) {
      String s = Cells.text(rs, i + 1);
      row[i] = s == null ? new String[] {"NULL"} : lines(s);
    }
    return row;
  }

  private static void print(Appendable out, String[][] cells, int[] widths, boolean[] right)
      throws IOException {
    int height = 1;
    for (String[] c : cells) height = Math.max(height, c.length);
    for (int l = 0; l < height; l++) {
      StringBuilder b = new StringBuilder("|");
      for (int i = 0; i < cells.length; i++) {
        String s = l < cells[i].length ? cells[i][l] : "";
        String pad = " ".repeat(Math.max(0, widths[i] - Cells.width(s)));
        b.append(' ').append(right[i] ? pad + s : s + pad).append(" |");
      }
      out.append(b).append('\n');
    }
  }

  private static String border(int[] widths) {
    StringBuilder b = new StringBuilder("+");
    for (int w : widths) b.append("-".repeat(w + 2)).append('+');
    return b.append('\n').toString();
  }

  private static int width(String[] lines) {
    int w = 0;
    for (String s : lines) w = Math.max(w, Cells.width(s));
    return w;
  }

  /** Splits at line breaks; other control characters would break the grid, so are escaped. */
  private static String[] lines(String s) {
    String[] lines = s.split("\r\n|\n|\r", -1);
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      if (line.chars().noneMatch(Character::isISOControl)) continue;
      StringBuilder b = new StringBuilder();
      line.chars().forEach(c -> b.append(c == '\t' ? "\\t"
          : Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
      lines[l] = b.toString();
    }
    return lines;
  }
}
