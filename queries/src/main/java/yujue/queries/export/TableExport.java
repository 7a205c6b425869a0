package yujue.queries.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the result of one query to a file in an {@link ExportFormat}.
 *
 * <p>The SQL runs exactly as given, as a prepared statement with {@code params} bound in order,
 * on the caller's connection; it is never wrapped in {@code COPY} or {@code CREATE}. Writing
 * Parquet is done by our code on a separate in-memory DuckDB (see {@link ParquetExport}), so the
 * caller's connection may forbid file writes.
 *
 * <p>What each format keeps of a DECIMAL: CSV and XLSX write its exact plain digits (an XLSX cell
 * is numeric, with number format {@code 0.00} for scale 2); Parquet keeps the DECIMAL type with
 * its precision and scale; Arrow keeps it as Decimal128(precision, scale). NULL stays NULL
 * (an empty CSV field, an empty cell, a null value).
 *
 * <p>The file is written next to {@code out} and moved into place, so a failed export never
 * leaves a half-written file under the name asked for. Parent directories are created.
 */
public final class TableExport {
  private TableExport() {}

  public static void write(Connection c, String sql, List<Object> params, ExportFormat format, Path out)
      throws SQLException, IOException {
    if (format == ExportFormat.PARQUET || format == ExportFormat.ARROW) {
      ArrowExport.requireMemoryAccess(); // before running the query: fail fast, with the fix
    }
    if (params == null) params = List.of();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        write(rs, format, out);
      }
    }
  }

  /** Writes all rows of {@code rs} (not yet advanced) to {@code out}. */
  static void write(ResultSet rs, ExportFormat format, Path out) throws SQLException, IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + target.getFileName() + ".part");
    try {
      switch (format) {
        case CSV -> CsvExport.write(rs, tmp);
        case XLSX -> {
          XlsxExport book = new XlsxExport();
          book.addSheet(XlsxExport.sheetName(stem(target)), rs);
          book.write(tmp);
        }
        case ARROW -> ArrowExport.write(rs, tmp);
        case PARQUET -> ParquetExport.write(rs, tmp);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
