package yujue.queries.modules.cli;

import yujue.queries.export.ExportFormat;
import yujue.queries.format.ResultFormat;

/** How a module command writes its result: as text (stdout or --out) or as a file (--out). */
enum OutputFormat {
  TABLE(ResultFormat.TABLE, null),
  CSV(ResultFormat.CSV, null),
  JSON(ResultFormat.JSON, null),
  PARQUET(null, ExportFormat.PARQUET),
  ARROW(null, ExportFormat.ARROW),
  XLSX(null, ExportFormat.XLSX);

  /** Written by {@link yujue.queries.format.ResultWriter}, or null. */
  final ResultFormat text;
  /** Written by {@link yujue.queries.export.TableExport}, or null; needs --out. */
  final ExportFormat file;

  OutputFormat(ResultFormat text, ExportFormat file) {
    this.text = text;
    this.file = file;
  }
}
