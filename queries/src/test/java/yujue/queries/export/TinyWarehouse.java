package yujue.queries.export;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * A small warehouse in the real layout ({@link WarehouseLayout}, columns of {@link WarehouseSchema}),
 * written with DuckDB: 海东 2024 final and 2023 budget, 临夏 2024 final, and 城东区 (not among the
 * regions the tests export, so its rows must stay out). Figures are the demo reports' own.
 */
final class TinyWarehouse {
  private TinyWarehouse() {}

  static final String RUN = "r-test";
  static final String HAIDONG = "aaaaaaaaaaaaaaaa";
  static final String HAIDONG_BUDGET = "abababababababab";
  static final String LINXIA = "bbbbbbbbbbbbbbbb";
  static final String CHENGDONG = "cccccccccccccccc";
  static final List<String> REGIONS = List.of("630200", "622901");

  private static final Map<String, List<Map<String, Object>>> rows = new HashMap<>();

  static synchronized Path build(Path dir) throws Exception {
    rows.clear();
    doc(HAIDONG, "630200", "海东市", "海东市人民政府办公室", 2024, "final");
    doc(HAIDONG_BUDGET, "630200", "海东市", "海东市人民政府办公室", 2023, "budget");
    doc(LINXIA, "622901", "临夏市", "临夏市人民政府办公室", 2024, "final");
    doc(CHENGDONG, "630102", "城东区", "西宁市城东区人民政府办公室", 2024, "final");

    measure(HAIDONG, 2024, "630200", "expenditure_total", "2678.82");
    measure(HAIDONG, 2024, "630200", "basic_expenditure", "1796.81");
    measure(HAIDONG, 2024, "630200", "project_expenditure", "882.01");
    measure(HAIDONG, 2024, "630200", "personnel_cost", "1668.77");
    measure(HAIDONG, 2024, "630200", "vehicles_held", "8.00");
    measure(HAIDONG_BUDGET, 2023, "630200", "expenditure_total", "2881.90");
    measure(LINXIA, 2024, "622901", "expenditure_total", "887.29");
    measure(LINXIA, 2024, "622901", "personnel_cost", "577.04");
    measure(LINXIA, 2024, "622901", "headcount_actual", "49.00");
    measure(LINXIA, 2024, "622901", "vehicles_held", "3.00");
    measure(CHENGDONG, 2024, "630102", "expenditure_total", "999.99");

    sanggong(HAIDONG, 2024, "630200", 2024, "actual", "total", "27.11", "table");
    sanggong(HAIDONG, 2024, "630200", 2024, "actual", "vehicle_operation", "27.00", "table");
    sanggong(HAIDONG, 2024, "630200", 2024, "actual", "reception", "0.11", "table");
    sanggong(HAIDONG, 2024, "630200", 2024, "budget", "total", "34.95", "table");
    sanggong(HAIDONG, 2024, "630200", 2023, "actual", "total", "36.53", "derived");
    sanggong(HAIDONG_BUDGET, 2023, "630200", 2023, "budget", "total", "45.30", "table");
    sanggong(LINXIA, 2024, "622901", 2024, "actual", "total", "6.00", "table");
    sanggong(LINXIA, 2024, "622901", 2024, "actual", "vehicle_operation", "6.00", "table");
    sanggong(LINXIA, 2024, "622901", 2024, "budget", "total", "31.00", "table");

    function(HAIDONG, 2024, "630200", "201", "一般公共服务支出", "2066.52");
    function(HAIDONG, 2024, "630200", "208", "社会保障和就业支出", "341.70");
    function(LINXIA, 2024, "622901", "201", "一般公共服务支出", "793.69");
    function(LINXIA, 2024, "622901", "210", "卫生健康支出", "32.39");

    region("620000", "甘肃省", "province", null);
    region("622900", "临夏回族自治州", "city", "620000");
    region("622901", "临夏市", "county", "622900");
    region("630000", "青海省", "province", null);
    region("630100", "西宁市", "city", "630000");
    region("630102", "城东区", "county", "630100");
    region("630200", "海东市", "city", "630000");
    subject("201", "一般公共服务支出");
    subject("208", "社会保障和就业支出");
    subject("210", "卫生健康支出");

    write(dir);
    return dir;
  }

  private static void add(Table t, Map<String, Object> values) {
    rows.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(values);
  }

  private static void doc(String id, String region, String regionName, String dept, int year, String kind) {
    Map<String, Object> v = new HashMap<>();
    v.put("doc_id", id);
    v.put("source_file", "samples/" + year + "-" + kind + "-" + region + ".txt");
    v.put("sha256", id.repeat(4));
    v.put("bytes", 1000L);
    v.put("region_name", regionName);
    v.put("department_name", dept);
    v.put("department_type", "government_office");
    v.put("doc_kind", kind);
    v.put("text_family", "tab");
    v.put("metadata_source", "inferred");
    v.put("status", "landed");
    v.put("parser_version", "test");
    v.put("landed_at", Timestamp.valueOf(LocalDateTime.of(2026, 1, 2, 3, 4, 5)));
    v.put("fiscal_year", year);
    v.put("region_code", region);
    add(WarehouseSchema.DOCUMENTS, v);
  }

  private static void measure(String doc, int year, String region, String measure, String amount) {
    Map<String, Object> v = keys(doc, year, region);
    v.put("about_year", year);
    v.put("measure", measure);
    v.put("amount", new BigDecimal(amount));
    v.put("source", "table");
    v.put("table_code", "F01");
    add(WarehouseSchema.MEASURES, v);
  }

  private static void sanggong(String doc, int year, String region, int about, String basis, String part,
      String amount, String source) {
    Map<String, Object> v = keys(doc, year, region);
    v.put("about_year", about);
    v.put("basis", basis);
    v.put("part", part);
    v.put("amount", new BigDecimal(amount));
    v.put("source", source);
    v.put("provenance", source.equals("derived") ? "derived" : "reported");
    add(WarehouseSchema.SANGGONG, v);
  }

  private static void function(String doc, int year, String region, String code, String name, String amount) {
    Map<String, Object> v = keys(doc, year, region);
    v.put("table_code", "F03");
    v.put("subject_code", code);
    v.put("subject_name", name);
    v.put("measure", "total");
    v.put("amount", new BigDecimal(amount));
    add(WarehouseSchema.FUNCTION, v);
  }

  private static void region(String code, String name, String level, String parent) {
    Map<String, Object> v = new HashMap<>();
    v.put("region_code", code);
    v.put("region_name", name);
    v.put("level", level);
    v.put("parent_code", parent);
    add(WarehouseSchema.DIM_REGION, v);
  }

  private static void subject(String code, String name) {
    Map<String, Object> v = new HashMap<>();
    v.put("subject_code", code);
    v.put("subject_name", name);
    v.put("level", "class");
    add(WarehouseSchema.DIM_FUNCTION_SUBJECT, v);
  }

  private static Map<String, Object> keys(String doc, int year, String region) {
    Map<String, Object> v = new HashMap<>();
    v.put("doc_id", doc);
    v.put("fiscal_year", year);
    v.put("region_code", region);
    v.put("provenance", "reported");
    v.put("source_line", 1);
    return v;
  }

  /** Each table with rows into its directory, partitioned like the land job writes it. */
  private static void write(Path dir) throws Exception {
    Files.createDirectories(dir.resolve(WarehouseLayout.RUNS_DIR));
    Files.writeString(dir.resolve(WarehouseLayout.RUNS_DIR).resolve(RUN + ".json"), "{\"run_id\": \"" + RUN + "\"}\n");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (Table t : WarehouseSchema.all()) {
        List<Map<String, Object>> tableRows = rows.get(t.name());
        if (tableRows == null) continue;
        String cols = t.columns().stream().map(col -> '"' + col.name() + "\" " + col.type().sql())
            .collect(Collectors.joining(", "));
        s.execute("CREATE TABLE " + t.name() + " (" + cols + ")");
        String marks = t.columns().stream().map(col -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.name() + " VALUES (" + marks + ")")) {
          for (Map<String, Object> r : tableRows) {
            for (int i = 0; i < t.columns().size(); i++) {
              Column col = t.columns().get(i);
              ps.setObject(i + 1, r.containsKey(col.name()) ? r.get(col.name()) : fill(col));
            }
            ps.executeUpdate();
          }
        }
        Path target = dir.resolve(WarehouseLayout.dir(t));
        Files.createDirectories(target.getParent());
        if (t.partitioned()) {
          s.execute("COPY " + t.name() + " TO '" + target + "' (FORMAT parquet, PARTITION_BY ("
              + String.join(", ", t.partitionBy()) + "))");
        } else {
          Files.createDirectories(target);
          s.execute("COPY " + t.name() + " TO '" + target.resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
      }
    }
  }

  /** A value for a column the fixture does not set: NULL where allowed, else a neutral one. */
  private static Object fill(Column col) throws SQLException {
    if (col.nullable()) return null;
    if (col.name().equals("run_id")) return RUN;
    return switch (col.type().kind()) {
      case STRING -> "x";
      case INT -> 0;
      case BIGINT -> 0L;
      case BOOLEAN -> false;
      case DECIMAL -> BigDecimal.ZERO;
      case TIMESTAMP -> Timestamp.valueOf(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
    };
  }
}
