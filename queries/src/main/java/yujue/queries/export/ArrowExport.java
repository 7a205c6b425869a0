package yujue.queries.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.util.TransferPair;
import org.duckdb.DuckDBResultSet;

/**
 * Arrow IPC file format ({@code .arrow}, also called Feather v2). DuckDB hands the result over as
 * Arrow through the C data interface, so the types are DuckDB's own Arrow mapping: DECIMAL(p,s)
 * is Decimal128(p,s), VARCHAR is Utf8, INTEGER Int32, DATE Date32, TIMESTAMP Timestamp(µs).
 */
final class ArrowExport {
  private ArrowExport() {}

  /** Rows per record batch DuckDB produces. */
  static final long BATCH_ROWS = 64 * 1024;

  static final String OPENS_FLAG = "--add-opens=java.base/java.nio=ALL-UNNAMED";

  /**
   * Apache Arrow's memory module reads {@code java.nio.Buffer.address} by reflection, which Java 17
   * allows only when {@code java.nio} is opened to it. Without this check the failure surfaces
   * as an obscure class-initialization error deep inside Arrow.
   */
  static void requireMemoryAccess() {
    if (!ByteBuffer.class.getModule().isOpen("java.nio", ArrowExport.class.getModule())) {
      throw new IllegalStateException("Arrow and Parquet export need the JVM option " + OPENS_FLAG
          + " (Apache Arrow's memory access on Java 17); the ./yujue launcher passes it");
    }
  }

  /** The rest of {@code rs} (not yet advanced) as Arrow batches; close it before {@code a}. */
  static ArrowReader reader(ResultSet rs, BufferAllocator a) throws SQLException {
    requireMemoryAccess();
    return (ArrowReader) rs.unwrap(DuckDBResultSet.class).arrowExportStream(a, BATCH_ROWS);
  }

  /**
   * Writes all rows of {@code rs} to an Arrow IPC file and returns how many there were.
   *
   * <p>Each batch is copied into zero-filled vectors before it is written: the batches DuckDB
   * hands over keep whatever memory held in the value slots of NULLs, which would make two
   * exports of the same result differ in those (meaningless) bytes.
   */
  static long write(ResultSet rs, Path out) throws SQLException, IOException {
    long rows = 0;
    try (BufferAllocator a = new RootAllocator();
        ArrowReader r = reader(rs, a);
        VectorSchemaRoot clean = VectorSchemaRoot.create(r.getVectorSchemaRoot().getSchema(), a);
        FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        ArrowFileWriter w = new ArrowFileWriter(clean, r, ch)) {
      w.start();
      while (r.loadNextBatch()) {
        copy(r.getVectorSchemaRoot(), clean);
        w.writeBatch();
        rows += clean.getRowCount();
      }
      w.end();
    }
    return rows;
  }

  /** Copies {@code src} into {@code dst} (same schema), whose buffers start zero-filled. */
  static void copy(VectorSchemaRoot src, VectorSchemaRoot dst) {
    int n = src.getRowCount();
    dst.allocateNew();
    for (int v = 0; v < src.getFieldVectors().size(); v++) {
      FieldVector from = src.getVector(v);
      FieldVector to = dst.getVector(v);
      TransferPair copier = from.makeTransferPair(to);
      for (int i = 0; i < n; i++) copier.copyValueSafe(i, i);
      to.setValueCount(n);
    }
    dst.setRowCount(n);
  }
}
