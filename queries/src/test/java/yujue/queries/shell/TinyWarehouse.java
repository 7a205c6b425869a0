package yujue.queries.shell;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * A warehouse of a few rows, written by DuckDB's {@code COPY ... TO} in the layout of
 * {@link WarehouseLayout} with the columns of {@link WarehouseSchema}, so tests need no Spark.
 * Every table has files; a column a row leaves out gets a made-up value of its type (NULL if it
 * is optional), so a table added to the schema gets a row without this class changing.
 *
 * <p>Reports: 海东市财政局 2024 final (and an older, superseded edition of it), 海东市财政局 2024
 * budget, 临夏市财政局 2024 final; one input quarantined.
 */
public final class TinyWarehouse {
  private TinyWarehouse() {}

  public static final String RUN_ID = "r20240601T000000Z-tiny01";
  public static final String HAIDONG_FINAL = "a000000000000001";
  public static final String HAIDONG_FINAL_OLD = "a000000000000000";
  public static final String HAIDONG_BUDGET = "c000000000000003";
  public static final String LINXIA_FINAL = "b000000000000002";

  /** The demo warehouse ({@code ./yujue demo}), if it has been landed. */
  public static Optional<Path> demo() {
    Path demo = Path.of("..", ".yujue", "demo-warehouse").toAbsolutePath().normalize();
    Path runs = demo.resolve(WarehouseLayout.RUNS_DIR);
    try (var files = Files.isDirectory(runs) ? Files.list(runs) : java.util.stream.Stream.<Path>empty()) {
      return files.anyMatch(f -> f.toString().endsWith(".json")) ? Optional.of(demo) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes the warehouse into {@code dir} (which need not exist) and returns it. */
  public static Path build(Path dir) throws SQLException, IOException {
    Files.createDirectories(dir.resolve(WarehouseLayout.RUNS_DIR));
    Files.writeString(dir.resolve(WarehouseLayout.RUNS_DIR).resolve(RUN_ID + ".json"),
        "{\n  \"run_id\" : \"" + RUN_ID + "\",\n  \"started_at\" : \"2024-06-01T00:00:00Z\",\n"
            + "  \"landed\" : 4,\n  \"quarantined\" : [ {\"source_file\" : \"/reports/scan.pdf\","
            + " \"sha256\" : null, \"reason\" : \"PDF: not converted to text\"} ]\n}\n",
        StandardCharsets.UTF_8);
    Map<String, List<Map<String, Object>>> rows = rows();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (Table t : WarehouseSchema.all()) {
        List<Map<String, Object>> tableRows = rows.getOrDefault(t.name(), List.of(doc(HAIDONG_FINAL)));
        Path target = dir.resolve(WarehouseLayout.dir(t));
        String select = select(t, tableRows);
        if (t.partitioned()) {
          Files.createDirectories(target.getParent());
          s.execute("COPY (" + select + ") TO " + literal(target.toString())
              + " (FORMAT parquet, PARTITION_BY (" + String.join(", ", t.partitionBy()) + "))");
        } else {
          Files.createDirectories(target);
          s.execute("COPY (" + select + ") TO " + literal(target.resolve("part-00000.parquet").toString())
              + " (FORMAT parquet)");
        }
      }
    }
    return dir;
  }

  private static Map<String, List<Map<String, Object>>> rows() {
    Map<String, List<Map<String, Object>>> rows = new HashMap<>();
    rows.put("documents", List.of(
        document(HAIDONG_FINAL, "630200", "海东市", "final", "2024-06-01 00:00:00"),
        document(HAIDONG_FINAL_OLD, "630200", "海东市", "final", "2024-05-01 00:00:00"),
        document(HAIDONG_BUDGET, "630200", "海东市", "budget", "2024-06-01 00:00:00"),
        document(LINXIA_FINAL, "622901", "临夏市", "final", "2024-06-01 00:00:00")));
    rows.put("fct_measure", List.of(
        measure(HAIDONG_FINAL, "income_total", "1000.00"),
        measure(HAIDONG_FINAL, "expenditure_total", "990.50"),
        measure(HAIDONG_FINAL, "personnel_cost", "600.25"),
        measure(HAIDONG_FINAL, "vehicles_held", "3.00"),
        measure(HAIDONG_BUDGET, "income_total", "1100.00"),
        measure(LINXIA_FINAL, "income_total", "500.00"),
        measure(LINXIA_FINAL, "personnel_cost", "300.00")));
    rows.put("fct_sanggong", List.of(
        sanggong(HAIDONG_FINAL, "actual", "total", "12.30"),
        sanggong(HAIDONG_FINAL, "actual", "vehicle_total", "8.30"),
        sanggong(HAIDONG_FINAL, "actual", "reception", "4.00"),
        sanggong(HAIDONG_FINAL, "budget", "total", "15.00"),
        sanggong(LINXIA_FINAL, "actual", "total", "5.00")));
    rows.put("fct_function", List.of(
        function(HAIDONG_FINAL, "total", "900.00"), function(HAIDONG_FINAL, "basic", "600.00"),
        function(HAIDONG_FINAL, "project", "300.00"), function(LINXIA_FINAL, "total", "450.00")));
    rows.put("dim_region", List.of(
        region("630000", "青海省", "province", null), region("630200", "海东市", "city", "630000"),
        region("622900", "临夏回族自治州", "city", "620000"), region("622901", "临夏市", "county", "622900")));
    return rows;
  }

  private static Map<String, Object> doc(String docId) {
    Map<String, Object> r = new HashMap<>();
    r.put("doc_id", docId);
    r.put("run_id", RUN_ID);
    r.put("fiscal_year", 2024);
    r.put("region_code", docId.equals(LINXIA_FINAL) ? "622901" : "630200");
    r.put("source_line", 1);
    r.put("provenance", "reported");
    return r;
  }

  private static Map<String, Object> document(String id, String region, String name, String kind, String landed) {
    Map<String, Object> r = doc(id);
    r.put("region_code", region);
    r.put("region_name", name);
    r.put("department_name", name + "财政局");
    r.put("doc_kind", kind);
    r.put("sha256", id + "0".repeat(48));
    r.put("source_file", "/reports/" + id + ".txt");
    r.put("status", "landed");
    r.put("landed_at", landed);
    return r;
  }

  private static Map<String, Object> measure(String docId, String measure, String amount) {
    Map<String, Object> r = doc(docId);
    r.put("about_year", 2024);
    r.put("measure", measure);
    r.put("amount", new BigDecimal(amount));
    r.put("source", "table");
    r.put("table_code", "F01");
    return r;
  }

  private static Map<String, Object> sanggong(String docId, String basis, String part, String amount) {
    Map<String, Object> r = doc(docId);
    r.put("about_year", 2024);
    r.put("basis", basis);
    r.put("part", part);
    r.put("amount", new BigDecimal(amount));
    r.put("source", "table");
    r.put("table_code", "F09");
    return r;
  }

  private static Map<String, Object> function(String docId, String measure, String amount) {
    Map<String, Object> r = doc(docId);
    r.put("table_code", "F03");
    r.put("subject_code", "201");
    r.put("subject_name", "一般公共服务支出");
    r.put("measure", measure);
    r.put("amount", new BigDecimal(amount));
    return r;
  }

  private static Map<String, Object> region(String code, String name, String level, String parent) {
    Map<String, Object> r = new HashMap<>();
    r.put("region_code", code);
    r.put("region_name", name);
    r.put("level", level);
    r.put("parent_code", parent);
    return r;
  }

  /** {@code SELECT} of the rows with every schema column, typed as the schema says. */
  private static String select(Table t, List<Map<String, Object>> rows) {
    List<String> values = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      values.add(t.columns().stream()
          .map(c -> literal(row.containsKey(c.name()) ? row.get(c.name()) : madeUp(c)))
          .collect(Collectors.joining(", ", "(", ")")));
    }
    String names = t.columns().stream().map(c -> '"' + c.name() + '"').collect(Collectors.joining(", "));
    String casts = t.columns().stream()
        .map(c -> "CAST(\"" + c.name() + "\" AS " + c.type().sql() + ") AS \"" + c.name() + '"')
        .collect(Collectors.joining(", "));
    return "SELECT " + casts + " FROM (VALUES " + String.join(", ", values) + ") AS v(" + names + ")";
  }

  private static Object madeUp(Column c) {
    if (c.nullable()) return null;
    return switch (c.type().kind()) {
      case STRING -> c.name() + "-1";
      case INT, BIGINT -> 1;
      case DECIMAL -> BigDecimal.ONE;
      case BOOLEAN -> Boolean.TRUE;
      case TIMESTAMP -> "2024-06-01 00:00:00";
    };
  }

  private static String literal(Object v) {
    if (v == null) return "NULL";
    if (v instanceof Number || v instanceof Boolean) return v.toString();
    return "'" + v.toString().replace("'", "''") + "'";
  }
}
