package yujue.queries.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import yujue.queries.format.Cells;

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
    String iso = Cells.iso(v);
    return iso != null ? iso : rs.getString(col); // lists, structs, blobs...: DuckDB's own text
  }

  /** Shortest text that reads back as the same double, without exponent; NaN/Infinity as Java. */
  static String plain(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
    String s = new BigDecimal(Double.toString(d)).toPlainString();
    return s.contains(".") ? s.replaceFirst("\\.?0+$", "") : s;
  }
}
