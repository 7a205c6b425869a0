package yujue.queries.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.CharBuffer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams a JDBC result to text in one of the {@link ResultFormat}s. */
public final class ResultWriter {
  private ResultWriter() {}

  /** RFC 4180 quoting, but {@code \n} records: output is mostly read at a terminal or piped. */
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN) // never 1E+3
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Writes all rows of {@code rs} to {@code out} and returns how many there were. */
  public static long write(ResultSet rs, ResultFormat format, Appendable out)
      throws SQLException, IOException {
    return switch (format) {
      case TABLE -> TextTable.write(rs, out, TextTable.BUFFERED_ROWS);
      case CSV -> writeCsv(rs, out);
      case JSON -> writeJson(rs, out);
    };
  }

  private static long writeCsv(ResultSet rs, Appendable out) throws SQLException, IOException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    CSVPrinter p = new CSVPrinter(out, CSV); // not closed: that would close the caller's out
    for (int i = 1; i <= n; i++) p.print(md.getColumnLabel(i));
    p.println();
    long rows = 0;
    while (rs.next()) {
      for (int i = 1; i <= n; i++) p.print(Cells.text(rs, i)); // null prints as an empty field
      p.println();
      rows++;
    }
    p.flush();
    return rows;
  }

  private static long writeJson(ResultSet rs, Appendable out) throws SQLException, IOException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    long rows = 0;
    try (JsonGenerator g = JSON.createGenerator(asWriter(out))) {
      g.setPrettyPrinter(new RowPerLine());
      g.writeStartArray();
      while (rs.next()) {
        g.writeStartObject();
        for (int i = 1; i <= n; i++) {
          g.writeFieldName(md.getColumnLabel(i));
          writeJsonValue(g, rs, i);
        }
        g.writeEndObject();
        rows++;
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
    return rows;
  }

  private static void writeJsonValue(JsonGenerator g, ResultSet rs, int i)
      throws SQLException, IOException {
    Object v = rs.getObject(i);
    if (v == null) g.writeNull();
    else if (v instanceof BigDecimal d) g.writeNumber(d); // exact, as a JSON number
    else if (v instanceof BigInteger b) g.writeNumber(b);
    else if (v instanceof Double d) g.writeNumber(d); // NaN/Infinity come out quoted
    else if (v instanceof Float f) g.writeNumber(f);
    else if (v instanceof Number x) g.writeNumber(x.longValue());
    else if (v instanceof Boolean b) g.writeBoolean(b);
    else g.writeString(Cells.text(rs, i)); // ISO date-times; nested types as DuckDB text
  }

  /** Each row object of the outer array on its own line; everything else compact. */
  private static final class RowPerLine extends MinimalPrettyPrinter {
    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      if (outer(g)) g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(outer(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      g.writeRaw(outer(g) && nrOfValues > 0 ? "\n]" : "]");
    }

    private static boolean outer(JsonGenerator g) {
      return g.getOutputContext().getParent().inRoot();
    }
  }

  private static Writer asWriter(Appendable a) {
    if (a instanceof Writer w) return w;
    return new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        a.append(CharBuffer.wrap(buf, off, len));
      }

      @Override
      public void flush() throws IOException {
        if (a instanceof Flushable f) f.flush();
      }

      @Override
      public void close() {}
    };
  }
}
