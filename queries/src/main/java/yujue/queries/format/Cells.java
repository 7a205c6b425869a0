package yujue.queries.format;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;
import static java.time.format.DateTimeFormatter.ISO_LOCAL_TIME;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_TIME;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Set;
import org.jline.utils.WCWidth;

/**
 * Per-value rendering shared by the formats, so every format prints a value the same way, and
 * the display width every text layout (tables, the shell, workbook columns) measures with.
 */
public final class Cells {
  private Cells() {}

  private static final Set<String> NUMBER_CLASSES = Set.of(
      "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
      "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger");

  /** Numeric by declared Java class, which also covers DuckDB's HUGEINT/UBIGINT (Types.OTHER). */
  static boolean isNumeric(ResultSetMetaData md, int col) throws SQLException {
    return NUMBER_CLASSES.contains(md.getColumnClassName(col));
  }

  /** The value as text, or null for SQL NULL. DECIMAL is exact; dates and times are ISO 8601. */
  static String text(ResultSet rs, int col) throws SQLException {
    Object v = rs.getObject(col);
    if (v == null) return null;
    if (v instanceof BigDecimal d) return d.toPlainString();
    if (v instanceof Number || v instanceof Boolean) return v.toString();
    String iso = iso(v);
    // Lists, structs, blobs, intervals, UUIDs: DuckDB's own text form.
    return iso != null ? iso : rs.getString(col);
  }

  /** ISO 8601 text of a date/time value, or null if {@code v} is not one. */
  public static String iso(Object v) {
    if (v instanceof Timestamp t) v = t.toLocalDateTime(); // Timestamp.toString() is not ISO
    if (v instanceof LocalDateTime t) return ISO_LOCAL_DATE_TIME.format(t);
    if (v instanceof OffsetDateTime t) return ISO_OFFSET_DATE_TIME.format(t);
    if (v instanceof LocalTime t) return ISO_LOCAL_TIME.format(t); // toString() drops ":00"
    if (v instanceof OffsetTime t) return ISO_OFFSET_TIME.format(t);
    if (v instanceof LocalDate t) return t.toString();
    if (v instanceof java.sql.Date d) return d.toLocalDate().toString(); // DuckDB gives LocalDate
    return null;
  }

  /** Terminal display cells of {@code s}; callers pass text already free of control characters. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Terminal display cells of one code point: 2 for CJK and other wide ones, 0 for combining marks. */
  public static int width(int codePoint) {
    return Math.max(0, WCWidth.wcwidth(codePoint));
  }
}
