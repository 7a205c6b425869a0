package yujue.warehouse.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.marts.Marts;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;
import yujue.warehouse.views.ViewsScript;

/**
 * docs/warehouse.md, generated from the schema and the header comments of the view files, so the
 * documentation cannot drift from what is landed. SchemaDocTest regenerates it when run with
 * {@code -Dyujue.updateDocs=true}.
 */
public final class SchemaDoc {

  private SchemaDoc() {}

  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Yujue warehouse reference\n\n")
        .append("Generated from `WarehouseSchema` and the view files by `yujue.warehouse.docs.SchemaDoc`; ")
        .append("do not edit by hand (a test fails when this file is stale).\n\n")
        .append("Amounts are `DECIMAL(18,2)` in 万元. A figure a report does not disclose is NULL.\n\n")
        .append("## Layout\n\n```\n")
        .append(WarehouseLayout.DATA_DIR).append("/<table>/fiscal_year=Y/part-*.parquet   per-document tables, rows sorted by region_code\n")
        .append(WarehouseLayout.DATA_DIR).append("/<dim_table>/part-*.parquet                           dimension tables\n")
        .append(WarehouseLayout.RUNS_DIR).append("/<run_id>.json                                  commit record of each land run\n")
        .append(Marts.DIR).append("/<key>/<view>.parquet                                 materialized views (marts), see below\n")
        .append(WarehouseLayout.VIEWS_FILE).append("                                                  the DuckDB views\n```\n\n")
        .append("Marts: after each run it commits, the land job writes the views ")
        .append(String.join(", ", Marts.views().stream().map(v -> "`" + v + "`").toList()))
        .append(" as Parquet (built by DuckDB from the views' own SQL), under a key naming the committed runs they")
        .append(" were built from; the views read them while that key is current, and compute themselves otherwise.")
        .append(" After a small run the marts are a layer on the earlier whole marts (`base.txt` names them): the")
        .append(" rows of the departments the newer runs landed reports for (`touched.parquet`), which replace the")
        .append(" base's rows of those departments.\n\n")
        .append("## Views\n\n");
    for (String file : ViewsScript.modelFiles()) {
      md.append("### ").append(file).append("\n\n");
      for (String line : ViewsScript.resource(file).lines().toList()) {
        if (!line.startsWith("--")) {
          break;
        }
        md.append(line.substring(2).strip()).append("  \n");
      }
      md.append('\n');
    }
    md.append("## Parquet tables\n\n");
    for (Table t : WarehouseSchema.all()) {
      md.append("### ").append(t.name()).append("\n\n").append(t.doc()).append("  \nGrain: ").append(t.grain())
          .append(".  \nPartitioned by: ").append(t.partitioned() ? String.join(", ", t.partitionBy()) : "none")
          .append(". Staging view: `stg_").append(t.name()).append("`.\n\n")
          .append("| column | type | null | meaning |\n|---|---|---|---|\n");
      for (Column c : t.columns()) {
        md.append("| ").append(c.name()).append(" | ").append(c.type().sql()).append(" | ")
            .append(c.nullable() ? "yes" : "no").append(" | ").append(c.doc().replace("|", "\\|")).append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/warehouse.md");
    Files.writeString(out, render(), StandardCharsets.UTF_8);
  }
}
