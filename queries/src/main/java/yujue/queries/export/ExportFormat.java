package yujue.queries.export;

import java.util.Locale;

/** File formats a query result can be exported to; see {@link TableExport}. */
public enum ExportFormat {
  /** UTF-8 with a byte-order mark (so Excel reads Chinese right), header row, RFC 4180. */
  CSV("csv"),
  /** Parquet written by DuckDB, column types kept (DECIMAL(18,2) stays DECIMAL(18,2)). */
  PARQUET("parquet"),
  /** Arrow IPC file format (Feather v2), DECIMAL as Decimal128 of the same precision and scale. */
  ARROW("arrow"),
  /** Excel workbook, one sheet: bold frozen header, numbers as numeric cells. */
  XLSX("xlsx");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** File name extension without the dot: {@code csv}, {@code parquet}, {@code arrow}, {@code xlsx}. */
  public String extension() {
    return extension;
  }

  /** {@code name} with this format's extension: {@code fileName("sanggong")} is {@code sanggong.csv}. */
  public String fileName(String name) {
    return name + "." + extension;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
