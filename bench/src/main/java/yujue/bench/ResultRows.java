package yujue.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import yujue.queries.export.ArrowRows;

/**
 * A query result collected to the client, in a form both engines' results can be compared in:
 * every number a BigDecimal (Spark gives a BIGINT as Long, and a HUGEINT may come as BigInteger), compared
 * with {@code compareTo} so 1.50 equals 1.5000, and rows sorted so that the order of rows with
 * equal sort keys (which neither engine fixes) does not count.
 */
record ResultRows(List<String> columns, List<List<Object>> rows) {

  static ResultRows of(ArrowRows result) {
    List<List<Object>> rows = new ArrayList<>(result.rows().size());
    for (Object[] r : result.rows()) {
      Object[] row = new Object[r.length];
      for (int i = 0; i < row.length; i++) {
        row[i] = normalise(r[i]);
      }
      rows.add(Arrays.asList(row));
    }
    return new ResultRows(result.columns(), rows);
  }

  /** Rows a Spark query collected to the driver, with its columns. */
  static ResultRows of(List<String> columns, List<Row> collected) {
    List<List<Object>> rows = new ArrayList<>(collected.size());
    for (Row r : collected) {
      Object[] row = new Object[r.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = normalise(r.get(i));
      }
      rows.add(Arrays.asList(row));
    }
    return new ResultRows(columns, rows);
  }

  private static Object normalise(Object v) {
    if (v instanceof BigDecimal || v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      return v; // no module returns a floating column; if one did, it is compared as it is
    }
    return v.toString();
  }

  /** Null first, numbers by value, the rest by their text. */
  static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    return a.toString().compareTo(b.toString());
  }

  private static final Comparator<List<Object>> ROW_ORDER = (x, y) -> {
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = compareValues(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  };

  /** Null when the two results hold the same rows (in any order); else what differs first. */
  static String mismatch(ResultRows duckdb, ResultRows spark) {
    if (!duckdb.columns.equals(spark.columns)) {
      return "columns differ: duckdb " + duckdb.columns + " spark " + spark.columns;
    }
    if (duckdb.rows.size() != spark.rows.size()) {
      return "row counts differ: duckdb " + duckdb.rows.size() + ", spark " + spark.rows.size();
    }
    List<List<Object>> a = sorted(duckdb.rows);
    List<List<Object>> b = sorted(spark.rows);
    int differing = 0;
    String first = null;
    for (int r = 0; r < a.size(); r++) {
      if (ROW_ORDER.compare(a.get(r), b.get(r)) != 0) {
        differing++;
        if (first == null) {
          first = "sorted row " + r + ": duckdb " + a.get(r) + " spark " + b.get(r) + " (column "
              + duckdb.columns.get(firstDifference(a.get(r), b.get(r))) + ")";
        }
      }
    }
    return differing == 0 ? null : differing + " of " + a.size() + " sorted rows differ; first " + first;
  }

  private static int firstDifference(List<Object> x, List<Object> y) {
    for (int i = 0; i < x.size(); i++) {
      if (compareValues(x.get(i), y.get(i)) != 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort(ROW_ORDER);
    return copy;
  }
}
