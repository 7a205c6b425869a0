package yujue.queries.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBConnection;

/**
 * Parquet, written by DuckDB: the result travels as Arrow into a fresh in-memory DuckDB, which
 * copies it to the file. The query itself is never wrapped in COPY, and the caller's connection
 * (which may be confined to reading) writes nothing. DECIMAL(p,s) stays DECIMAL(p,s) (INT64
 * storage up to 18 digits), VARCHAR is UTF-8 strings, NULL is null.
 */
final class ParquetExport {
  private ParquetExport() {}

  /** The name the result is registered under in the scratch DuckDB. */
  private static final String STREAM = "yujue_export";

  static void write(ResultSet rs, Path out) throws SQLException, IOException {
    try (BufferAllocator a = new RootAllocator();
        Connection scratch = DriverManager.getConnection("jdbc:duckdb:");
        ArrowArrayStream stream = ArrowArrayStream.allocateNew(a)) {
      ArrowReader r = ArrowExport.reader(rs, a);
      Data.exportArrayStream(a, r, stream); // the stream now owns r and closes it when released
      scratch.unwrap(DuckDBConnection.class).registerArrowStream(STREAM, stream);
      try (Statement s = scratch.createStatement()) {
        // Our statement on our scratch database; the path is the only text put in.
        s.execute("COPY (FROM " + STREAM + ") TO '" + out.toAbsolutePath().toString().replace("'", "''")
            + "' (FORMAT parquet, COMPRESSION snappy)");
      }
    }
  }
}
