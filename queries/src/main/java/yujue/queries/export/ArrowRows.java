package yujue.queries.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.util.Text;

/**
 * A whole result read into Java values through Arrow batches instead of row by row through JDBC:
 * DuckDB hands each column of a batch over in one copy, where its JDBC {@code getObject} crosses
 * into native code for every value (4–6× slower on module results of 10^4 rows; BENCHMARKS.md).
 * Values are those JDBC gives for the same types: String, BigDecimal (DECIMAL, and HUGEINT, which
 * DuckDB hands over as a DECIMAL(38,0)), Integer, Long, Short, Boolean, Double, LocalDate for a
 * DATE; null for SQL NULL. Needs the JVM option {@value ArrowExport#OPENS_FLAG}.
 */
public record ArrowRows(List<String> columns, List<Object[]> rows) {

  /** Rows per Arrow batch DuckDB hands over. */
  public static final long BATCH_ROWS = ArrowExport.BATCH_ROWS;

  /** Reads the rest of {@code rs} (not yet advanced); the caller closes it. */
  public static ArrowRows read(ResultSet rs) throws SQLException {
    try (BufferAllocator a = new RootAllocator(); ArrowReader r = ArrowExport.reader(rs, a)) {
      List<String> columns = r.getVectorSchemaRoot().getSchema().getFields().stream().map(Field::getName).toList();
      List<Object[]> rows = new ArrayList<>();
      Repeats[] repeats = new Repeats[columns.size()];
      Arrays.setAll(repeats, c -> new Repeats());
      while (r.loadNextBatch()) {
        VectorSchemaRoot batch = r.getVectorSchemaRoot();
        int n = batch.getRowCount();
        Object[][] block = new Object[n][columns.size()];
        for (int c = 0; c < columns.size(); c++) { // column by column, as Arrow lays them out
          FieldVector v = batch.getVector(c);
          for (int i = 0; i < n; i++) {
            block[i][c] = value(v, i, repeats[c]);
          }
        }
        rows.addAll(Arrays.asList(block));
      }
      return new ArrowRows(columns, rows);
    } catch (java.io.IOException e) {
      throw new SQLException("cannot read the result as Arrow batches", e);
    }
  }

  private static Object value(FieldVector v, int i, Repeats repeats) {
    if (v.isNull(i)) {
      return null;
    }
    if (v instanceof DecimalVector d) {
      return decimal(d, i);
    }
    if (v instanceof VarCharVector t) {
      return repeats.text(t, i);
    }
    if (v instanceof IntVector n) {
      return repeats.integer(n.get(i));
    }
    if (v instanceof DateDayVector d) {
      return LocalDate.ofEpochDay(d.get(i));
    }
    Object o = v.getObject(i);
    return o instanceof Text t ? t.toString() : o;
  }

  /**
   * A DECIMAL straight from its 16 little-endian bytes when the unscaled value fits a long (every
   * amount does), without the byte array and BigInteger of {@code getObject}.
   */
  static BigDecimal decimal(DecimalVector d, int i) {
    long low = d.getDataBuffer().getLong((long) i * DecimalVector.TYPE_WIDTH);
    long high = d.getDataBuffer().getLong((long) i * DecimalVector.TYPE_WIDTH + Long.BYTES);
    return high == low >> 63 ? BigDecimal.valueOf(low, d.getScale()) : d.getObject(i);
  }

  /**
   * The last value of one column. Module results are sorted by region and department, so a text
   * or a year often repeats the row before: it is then the same object, not decoded or boxed again.
   */
  static final class Repeats {
    private byte[] bytes = new byte[64];
    private byte[] lastBytes = new byte[64];
    private int lastLength = -1;
    private String lastText;
    private Integer lastInteger;

    /** Value {@code i} of {@code t}, compared with the last in place: no byte array per value. */
    String text(VarCharVector t, int i) {
      int from = t.getStartOffset(i);
      int length = t.getEndOffset(i) - from;
      if (length > bytes.length) {
        bytes = new byte[Math.max(length, 2 * bytes.length)];
      }
      t.getDataBuffer().getBytes(from, bytes, 0, length);
      return text(bytes, length);
    }

    String text(byte[] utf8, int length) {
      if (length != lastLength || !Arrays.equals(utf8, 0, length, lastBytes, 0, length)) {
        lastText = new String(utf8, 0, length, StandardCharsets.UTF_8);
        bytes = lastBytes; // swap: the bytes just read become the last ones
        lastBytes = utf8;
        lastLength = length;
      }
      return lastText;
    }

    Integer integer(int value) {
      if (lastInteger == null || lastInteger != value) {
        lastInteger = value;
      }
      return lastInteger;
    }
  }
}
