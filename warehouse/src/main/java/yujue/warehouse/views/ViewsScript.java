package yujue.warehouse.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.marts.Marts;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * The DuckDB views of a warehouse as one script. Staging views ({@code stg_<table>}) are generated
 * from {@link WarehouseSchema}: they read the Parquet files with the schema's types and keep only
 * rows of committed runs. The views researchers use are SQL files under
 * {@code yujue/warehouse/views/}, applied in the order of {@code index.txt}.
 *
 * <p>Paths are relative to the warehouse directory: DuckDB resolves them against
 * {@code file_search_path} (Yujue sets it) or the working directory (a DuckDB CLI started there).
 */
public final class ViewsScript {

  private static final String RESOURCES = "/yujue/warehouse/views/";

  private ViewsScript() {}

  /** The script for a warehouse where every table has files. */
  public static String render() {
    return render(t -> true);
  }

  /** The script of a local warehouse: its tables with files, its marts when they are fresh. */
  public static String render(Path warehouse) {
    Optional<String> marts = Marts.fresh(warehouse);
    return render(t -> hasFiles(warehouse, t), marts, marts.flatMap(d -> Marts.base(warehouse, d)));
  }

  /** The script computing every view, without marts. */
  public static String render(Predicate<Table> hasFiles) {
    return render(hasFiles, Optional.empty());
  }

  /**
   * The script, with tables that have no files yet (no report ever gave such facts) defined as
   * empty views of the right columns, since DuckDB cannot read an empty glob; with {@code marts}
   * (a directory relative to the warehouse), the materialized views read their marts.
   */
  public static String render(Predicate<Table> hasFiles, Optional<String> marts) {
    return render(hasFiles, marts, Optional.empty());
  }

  /** As above, where {@code marts} may be a layer on the whole marts {@code base} ({@link Marts#BASE}). */
  public static String render(Predicate<Table> hasFiles, Optional<String> marts, Optional<String> base) {
    StringBuilder sql = new StringBuilder();
    sql.append("-- Yujue warehouse views. Open with: cd <warehouse> && duckdb -init views.sql\n");
    sql.append("-- Generated from the warehouse schema and the SQL files of yujue/warehouse/views; do not edit.\n\n");
    // the run ids come from the records' names: listing them is cheap, reading every record (one
    // line per input of the run) on every query is not
    sql.append("CREATE OR REPLACE VIEW committed_runs AS\n")
        .append("SELECT regexp_extract(file, '([^/]+)\\.json$', 1) AS run_id FROM glob('")
        .append(WarehouseLayout.RUNS_GLOB).append("');\n\n");
    for (Table t : WarehouseSchema.all()) {
      sql.append(hasFiles.test(t) ? staging(t) : empty(t));
    }
    for (String file : modelFiles()) {
      sql.append("-- ").append(file).append('\n').append(resource(file).strip()).append("\n\n");
    }
    marts.ifPresent(dir -> sql.append(martViews(dir, base)));
    return sql.toString();
  }

  /**
   * The materialized views redefined over their marts. Each checks, once per query, that the
   * committed runs are still those the marts were built from: a connection that outlives the next
   * commit gets an error asking to be opened again, never figures older than its other views'. Over
   * a layer, a view is the base's rows of the departments the layer does not hold, and the layer's.
   */
  static String martViews(String dir, Optional<String> base) {
    String key = dir.substring(dir.lastIndexOf('/') + 1);
    StringBuilder sql = new StringBuilder("-- marts: the views below read what the land job materialized (")
        .append(dir).append(")\n")
        .append("CREATE OR REPLACE MACRO marts_key() AS (\n")
        .append("  SELECT left(sha256(coalesce(string_agg(run_id, chr(10) ORDER BY run_id), '')), 16) FROM committed_runs);\n\n");
    for (String view : Marts.views()) {
      String rows = base.isEmpty() ? "read_parquet('" + Marts.file(dir, view) + "')"
          : "(SELECT b.* FROM read_parquet('" + Marts.file(base.get(), view) + "') b\n"
              + "  ANTI JOIN read_parquet('" + Marts.file(dir, Marts.TOUCHED) + "') t\n"
              + "  ON b.region_code IS NOT DISTINCT FROM t.region_code AND b.department_name IS NOT DISTINCT FROM t.department_name\n"
              + "  UNION ALL SELECT * FROM read_parquet('" + Marts.file(dir, view) + "'))";
      sql.append("CREATE OR REPLACE VIEW ").append(view).append(" AS\nSELECT * FROM ").append(rows)
          .append("\nWHERE CASE WHEN marts_key() = '").append(key)
          .append("' THEN true ELSE error('the warehouse has changed since this connection was opened: open it again') END;\n\n");
    }
    return sql.toString();
  }

  /** {@code stg_<table>}: the table's Parquet files, typed by the schema, committed rows only. */
  static String staging(Table t) {
    String columns = t.columns().stream()
        .map(c -> "CAST(" + quote(c) + " AS " + c.type().sql() + ") AS " + quote(c))
        .collect(Collectors.joining(",\n  "));
    StringBuilder s = new StringBuilder("CREATE OR REPLACE VIEW stg_").append(t.name()).append(" AS\nSELECT\n  ")
        .append(columns).append("\nFROM read_parquet('").append(WarehouseLayout.glob(t)).append("'");
    if (t.partitioned()) {
      s.append(", hive_partitioning = true, hive_types = {")
          .append(t.partitionBy().stream()
              .map(p -> "'" + p + "': " + t.column(p).type().sql())
              .collect(Collectors.joining(", ")))
          .append("}");
    }
    s.append(")");
    if (t.columnNames().contains("run_id")) {
      s.append("\nWHERE run_id IN (SELECT run_id FROM committed_runs)");
    }
    return s.append(";\n\n").toString();
  }

  /** {@code stg_<table>} with no rows, for a table without files. */
  static String empty(Table t) {
    String columns = t.columns().stream()
        .map(c -> "CAST(NULL AS " + c.type().sql() + ") AS " + quote(c))
        .collect(Collectors.joining(",\n  "));
    return "CREATE OR REPLACE VIEW stg_" + t.name() + " AS\nSELECT\n  " + columns + "\nWHERE false;\n\n";
  }

  /** Whether a local warehouse directory holds files of a table at the layout's depth. */
  public static boolean hasFiles(Path warehouse, Table t) {
    Path dir = warehouse.resolve(WarehouseLayout.dir(t));
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dir, t.partitionBy().size() + 1)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")
          && dir.relativize(f).getNameCount() == t.partitionBy().size() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(Column c) {
    return '"' + c.name() + '"';
  }

  public static List<String> modelFiles() {
    return resource("index.txt").lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  public static String resource(String name) {
    try (InputStream in = ViewsScript.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing view resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
