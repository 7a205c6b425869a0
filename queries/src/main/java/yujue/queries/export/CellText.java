package yujue.queries.export;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;
import static java.time.format.DateTimeFormatter.ISO_LOCAL_TIME;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_TIME;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;

/** A value as export text: DECIMAL exact and plain (never 1E+3), dates ISO 8601, NULL as null. */
final class CellText {
  private CellText() {}

  static String of(ResultSet rs, int col) throws SQLException {
    Object v = rs.getObject(col);
    if (v == null) return null;
    if (v instanceof BigDecimal d) return d.toPlainString();
    if (v instanceof Double d) return plain(d);
    if (v instanceof Float f) return plain(f.doubleValue());
    if (v instanceof Number || v instanceof Boolean || v instanceof String) return v.toString();
    String iso = iso(v);
    return iso != null ? iso : rs.getString(col); // lists, structs, blobs...: DuckDB's own text
  }

  /** Shortest text that reads back as the same double, without exponent; NaN/Infinity as Java. */
  static String plain(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
    String s = new BigDecimal(Double.toString(d)).toPlainString();
    return s.contains(".") ? s.replaceFirst("\\.?0+$", "") : s;
  }

  /** ISO 8601 text of a date/time value, or null if {@code v} is not one. */
  static String iso(Object v) {
    if (v instanceof Timestamp t) v = t.toLocalDateTime();
    if (v instanceof LocalDateTime t) return ISO_LOCAL_DATE_TIME.format(t);
    if (v instanceof OffsetDateTime t) return ISO_OFFSET_DATE_TIME.format(t);
    if (v instanceof LocalTime t) return ISO_LOCAL_TIME.format(t);
    if (v instanceof OffsetTime t) return ISO_OFFSET_TIME.format(t);
    if (v instanceof LocalDate t) return t.toString();
    if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
    return null;
  }
}
