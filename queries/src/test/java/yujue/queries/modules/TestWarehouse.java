package yujue.queries.modules;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import yujue.warehouse.catalog.DepartmentType;
import yujue.warehouse.catalog.DepartmentTypeCatalog;
import yujue.warehouse.catalog.Region;
import yujue.warehouse.catalog.RegionCatalog;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * A small warehouse written straight with DuckDB, no Spark: Parquet files laid out as
 * {@link WarehouseLayout} says, columns and types from {@link WarehouseSchema}, one committed run.
 * {@link #samples()} types in the figures the four sample reports give (as the land job reads
 * them); tests add documents of their own with {@link #doc}.
 */
final class TestWarehouse {
  static final String RUN_ID = "r20240101T000000Z-test00";

  static final String HAIDONG_2024 = "a9b0875ec5db9535";
  static final String HAIDONG_2023_BUDGET = "7e6743433782791b";
  static final String XINING_2024 = "14221a7923845aa9";
  static final String LINXIA_2024 = "e48ed90454ef4d1f";
  static final String HAIDONG_DEPT = "海东市人民政府办公室";
  static final String XINING_DEPT = "西宁市城中区人民政府办公室";
  static final String LINXIA_DEPT = "临夏市人民政府办公室";

  private final Map<Table, List<Map<String, Object>>> rows = new LinkedHashMap<>();

  /** The four sample reports: 海东 2024 final and 2023 budget, 西宁城中区 2024 final, 临夏 2024 final. */
  static TestWarehouse samples() {
    TestWarehouse w = new TestWarehouse();
    w.doc(HAIDONG_2024, "630200", "海东市", HAIDONG_DEPT, 2024, "final")
        .measures(2024, "table", "F01", "income_total=2678.82 expenditure_total=2678.82")
        .measures(2024, "table", "F03", "basic_expenditure=1796.81 project_expenditure=882.01 expenditure_total=2678.82")
        .measures(2024, "table", "F06", "personnel_cost=1668.77 public_cost=128.04")
        .measures(2024, "table", "F09", "vehicles_held=8.00 reception_batches=1.00 reception_persons=8.00")
        .measures(2024, "table", "F10", "operating_cost=128.04")
        .measures(2023, "narrative", null, "operating_cost=135.97")
        .sanggong(2024, "budget", "table", "total=34.95 vehicle_total=27.00 vehicle_operation=27.00 reception=7.95")
        .sanggong(2024, "budget", "narrative", "total=34.95 outbound=0.00 vehicle_total=27.00 reception=7.95")
        .sanggong(2024, "actual", "table", "total=27.11 vehicle_total=27.00 vehicle_operation=27.00 reception=0.11")
        .sanggong(2024, "actual", "narrative", "total=27.11 outbound=0.00 vehicle_total=27.00 vehicle_purchase=0.00 vehicle_operation=27.00 reception=0.11")
        .sanggong(2023, "actual", "derived", "total=36.53 outbound=0.00 vehicle_total=35.68 reception=0.85")
        .function("F03", "201", "一般公共服务支出", "total=2066.52 basic=1184.51 project=882.01")
        .function("F03", "208", "社会保障和就业支出", "total=341.70 basic=341.70")
        .function("F03", "210", "卫生健康支出", "total=158.22 basic=158.22")
        .function("F03", "221", "住房保障支出", "total=111.03 basic=111.03")
        .function("F03", "229", "其他支出", "total=1.34 basic=1.34")
        .execution(null, "一般公共预算财政拨款支出", "2624.00", "2678.82", "102.09")
        .execution("2010301", "一般公共服务支出（类）（1）政府办公厅（室）及相关机构事务（款）行政运行（项）", "765.74", "840.41", "109.75")
        .execution(null, "政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）", "935.45", "882.01", "94.29")
        .execution("2080801", "抚恤（款）死亡抚恤（项）", "0.00", "33.71", "0.00");
    w.doc(HAIDONG_2023_BUDGET, "630200", "海东市", HAIDONG_DEPT, 2023, "budget")
        .measures(2023, "table", "B1", "income_total=2801.90 expenditure_total=2881.90")
        .measures(2023, "table", "B3", "basic_expenditure=2045.24 project_expenditure=836.66 expenditure_total=2881.90")
        .measures(2023, "table", "B6", "personnel_cost=1831.92 public_cost=213.33")
        .measures(2023, "narrative", null, "operating_cost=213.33 vehicles_held=8.00")
        .sanggong(2023, "budget", "table", "total=45.30 vehicle_total=27.00 vehicle_operation=27.00 reception=18.30")
        .sanggong(2023, "budget", "narrative", "total=45.30 outbound=0.00 vehicle_total=27.00 reception=18.30")
        .sanggong(2022, "budget", "table", "total=44.70 vehicle_total=27.00 reception=17.70")
        .sanggong(2022, "budget", "derived", "total=44.70 outbound=0.00 vehicle_total=27.00 reception=17.70")
        .function("B3", "201", "一般公共服务支出", "total=2216.71 basic=1380.05 project=836.66")
        .function("B3", "208", "社会保障和就业支出", "total=321.27 basic=321.27")
        .function("B3", "210", "卫生健康支出", "total=228.54 basic=228.54")
        .function("B3", "221", "住房保障支出", "total=115.38 basic=115.38");
    w.doc(XINING_2024, "630103", "城中区", XINING_DEPT, 2024, "final")
        .measures(2024, "table", "F01", "income_total=2523.27 expenditure_total=3416.16")
        .measures(2024, "table", "F03", "basic_expenditure=1425.62 project_expenditure=1990.54 expenditure_total=3416.16")
        .measures(2024, "table", "F06", "personnel_cost=1361.89 public_cost=63.58")
        .measures(2024, "table", "F09", "vehicles_held=6.00")
        .measures(2024, "table", "F10", "operating_cost=63.58")
        .measures(2024, "narrative", null, "reception_batches=0.00 reception_persons=0.00")
        .sanggong(2024, "budget", "table", "total=24.95 vehicle_total=24.95 vehicle_operation=24.95")
        .sanggong(2024, "budget", "narrative", "total=24.95 outbound=0.00 vehicle_total=24.95 reception=0.00")
        .sanggong(2024, "actual", "table", "total=24.95 vehicle_total=24.95 vehicle_operation=24.95")
        .sanggong(2024, "actual", "narrative", "total=24.95 outbound=0.00 vehicle_total=24.95 vehicle_purchase=0.00 vehicle_operation=24.95 reception=0.00")
        .sanggong(2023, "actual", "derived", "total=29.31 outbound=1.50 vehicle_total=27.81 reception=0.00")
        .function("F03", "201", "一般公共服务支出", "total=3134.20 basic=1143.66 project=1990.54")
        .function("F03", "208", "社会保障和就业支出", "total=190.23 basic=190.23")
        .function("F03", "210", "卫生健康支出", "total=45.11 basic=45.11")
        .function("F03", "221", "住房保障支出", "total=46.62 basic=46.62")
        .execution(null, "一般公共预算财政拨款支出", "2550.47", "3029.11", "118.77");
    w.doc(LINXIA_2024, "622901", "临夏市", LINXIA_DEPT, 2024, "final")
        .measures(2024, "table", "F01", "income_total=887.29 expenditure_total=887.29")
        .measures(2024, "table", "F03", "basic_expenditure=764.61 project_expenditure=122.68 expenditure_total=887.29")
        .measures(2024, "table", "F06", "personnel_cost=577.04 public_cost=187.57")
        .measures(2024, "narrative", null, "headcount_actual=49.00 headcount_authorized=40.00 operating_cost=187.57 vehicles_held=3.00 reception_batches=0.00")
        .sanggong(2024, "budget", "table", "total=31.00 outbound=25.00 vehicle_total=6.00 vehicle_purchase=0.00 vehicle_operation=6.00 reception=0.00")
        .sanggong(2024, "actual", "table", "total=6.00 outbound=0.00 vehicle_total=6.00 vehicle_operation=6.00")
        .sanggong(2024, "actual", "narrative", "total=6.00 outbound=0.00 vehicle_total=6.00 vehicle_purchase=0.00 vehicle_operation=6.00 reception=0.00")
        .sanggong(2023, "actual", "derived", "total=5.47 outbound=0.00 vehicle_total=5.47 vehicle_purchase=0.00 vehicle_operation=5.47 reception=0.00")
        .function("F03", "201", "一般公共服务支出", "total=793.69 basic=671.01 project=122.68")
        .function("F03", "208", "社会保障和就业支出", "total=61.21 basic=61.21")
        .function("F03", "210", "卫生健康支出", "total=32.39 basic=32.39")
        .execution(null, "一般公共预算财政拨款支出", "887.29", "887.29", "100.00");
    return w;
  }

  /** A document (report) of the warehouse; its facts are added through the returned builder. */
  Doc doc(String docId, String regionCode, String regionName, String department, int year, String kind) {
    Map<String, Object> d = new HashMap<>();
    d.put("source_file", "/samples/" + docId + ".txt");
    d.put("sha256", docId + "0".repeat(48));
    d.put("bytes", 1000L);
    d.put("region_name", regionName);
    d.put("department_name", department);
    d.put("department_type", DepartmentTypeCatalog.load().classify(department).map(DepartmentType::id).orElse(null));
    d.put("doc_kind", kind);
    d.put("text_family", "tab");
    d.put("metadata_source", "inferred");
    d.put("status", "landed");
    d.put("fact_count", 0);
    d.put("finding_count", 0);
    d.put("parser_version", "test");
    d.put("landed_at", Timestamp.valueOf("2024-01-01 00:00:00"));
    Doc doc = new Doc(docId, regionCode, year, kind);
    doc.add(WarehouseSchema.DOCUMENTS, d);
    return doc;
  }

  final class Doc {
    private final String docId;
    private final String regionCode;
    private final int year;
    private final String kind;
    private int line = 1;

    private Doc(String docId, String regionCode, int year, String kind) {
      this.docId = docId;
      this.regionCode = regionCode;
      this.year = year;
      this.kind = kind;
    }

    /** Document-level figures, {@code "measure=amount ..."}; table_code null for the narrative. */
    Doc measures(int aboutYear, String source, String tableCode, String figures) {
      figures(figures).forEach((measure, amount) -> add(WarehouseSchema.MEASURES, Map.of(
          "about_year", aboutYear, "measure", measure, "amount", amount, "source", source),
          "table_code", tableCode, "provenance", aboutYear == year ? "reported" : "derived"));
      return this;
    }

    /** 三公 parts, {@code "part=amount ..."}; source table (F09 or B7), narrative or derived. */
    Doc sanggong(int aboutYear, String basis, String source, String parts) {
      String table = source.equals("table") ? (kind.equals("final") ? "F09" : "B7") : null;
      figures(parts).forEach((part, amount) -> add(WarehouseSchema.SANGGONG, Map.of(
          "about_year", aboutYear, "basis", basis, "part", part, "amount", amount, "source", source),
          "table_code", table, "provenance", source.equals("derived") ? "derived" : "reported"));
      return this;
    }

    /** One function subject row of a table, {@code "total=... basic=... project=..."}. */
    Doc function(String tableCode, String code, String name, String figures) {
      figures(figures).forEach((measure, amount) -> add(WarehouseSchema.FUNCTION, Map.of(
          "table_code", tableCode, "subject_code", code, "subject_name", name, "measure", measure,
          "amount", amount, "provenance", "reported")));
      return this;
    }

    /** One budget-execution sentence of the narrative; code null for the whole appropriation. */
    Doc execution(String code, String name, String budget, String fin, String pct) {
      add(WarehouseSchema.EXECUTION, Map.of("subject_name", name, "budget_initial", new BigDecimal(budget),
          "final_amount", new BigDecimal(fin), "provenance", "reported"),
          "subject_code", code, "execution_pct", pct == null ? null : new BigDecimal(pct));
      return this;
    }

    private void add(Table t, Map<String, Object> values, Object... nullable) {
      Map<String, Object> row = new HashMap<>(values);
      for (int i = 0; i < nullable.length; i += 2) row.put((String) nullable[i], nullable[i + 1]);
      row.put("doc_id", docId);
      row.put("run_id", RUN_ID);
      row.put("fiscal_year", year);
      row.put("region_code", regionCode);
      if (t.columnNames().contains("source_line")) row.put("source_line", line++);
      rows.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
    }
  }

  private static Map<String, BigDecimal> figures(String text) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String pair : text.trim().split("\\s+")) {
      String[] kv = pair.split("=");
      out.put(kv[0], new BigDecimal(kv[1]));
    }
    return out;
  }

  /** Writes the warehouse into {@code dir} and returns it. */
  Path write(Path dir) throws IOException, SQLException {
    addDimensions();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Map.Entry<Table, List<Map<String, Object>>> e : rows.entrySet()) {
        writeTable(c, e.getKey(), e.getValue(), dir);
      }
    }
    Path runs = Files.createDirectories(dir.resolve(WarehouseLayout.RUNS_DIR));
    Files.writeString(runs.resolve(RUN_ID + ".json"), "{\"run_id\": \"" + RUN_ID + "\"}\n");
    return dir;
  }

  private static void writeTable(Connection c, Table t, List<Map<String, Object>> tableRows, Path dir)
      throws IOException, SQLException {
    List<Column> cols = t.columns();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE " + t.name() + " (" + cols.stream()
          .map(col -> col.name() + " " + col.type().sql()).collect(Collectors.joining(", ")) + ")");
    }
    String marks = cols.stream().map(col -> "?").collect(Collectors.joining(", "));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.name() + " VALUES (" + marks + ")")) {
      for (Map<String, Object> row : tableRows) {
        for (int i = 0; i < cols.size(); i++) ps.setObject(i + 1, row.get(cols.get(i).name()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Set<List<Object>> partitions = new LinkedHashSet<>();
    for (Map<String, Object> row : tableRows) {
      partitions.add(t.partitionBy().stream().map(row::get).toList());
    }
    for (List<Object> p : partitions) copy(c, t, p, dir);
  }

  /** One Parquet file per partition, partition columns in the directory names only (as Spark writes). */
  private static void copy(Connection c, Table t, List<Object> partition, Path dir) throws IOException, SQLException {
    Path target = dir.resolve(WarehouseLayout.dir(t));
    String where = "true";
    for (int i = 0; i < partition.size(); i++) {
      String col = t.partitionBy().get(i);
      target = target.resolve(col + "=" + partition.get(i));
      where += " AND " + col + " = '" + partition.get(i) + "'";
    }
    Files.createDirectories(target);
    String exclude = t.partitioned() ? " EXCLUDE (" + String.join(", ", t.partitionBy()) + ")" : "";
    try (Statement s = c.createStatement()) {
      s.execute("COPY (SELECT *" + exclude + " FROM " + t.name() + " WHERE " + where + ") TO '"
          + target.resolve("part-0.parquet").toString().replace("'", "''") + "' (FORMAT parquet)");
    }
  }

  /** The dimension tables from the reference catalogs, as every land run writes them. */
  private void addDimensions() {
    RegionCatalog regions = RegionCatalog.load();
    List<Map<String, Object>> regionRows = new ArrayList<>();
    for (Region r : regions.all()) {
      regionRows.add(row("region_code", r.code(), "region_name", r.name(), "level", lower(r.level()),
          "parent_code", r.parentCode(), "province_code", r.provinceCode(),
          "full_name", regions.lineage(r).stream().map(Region::name).collect(Collectors.joining())));
    }
    rows.put(WarehouseSchema.DIM_REGION, regionRows);
    List<Map<String, Object>> subjects = new ArrayList<>();
    for (Subject s : SubjectCatalog.function().all()) {
      subjects.add(row("subject_code", s.code(), "subject_name", s.name(), "level", lower(s.level()),
          "parent_code", s.parentCode()));
    }
    rows.put(WarehouseSchema.DIM_FUNCTION_SUBJECT, subjects);
    List<Map<String, Object>> types = new ArrayList<>();
    for (DepartmentType d : DepartmentTypeCatalog.load().all()) {
      types.add(row("department_type", d.id(), "name_zh", d.nameZh(), "patterns", String.join("|", d.patterns())));
    }
    rows.put(WarehouseSchema.DIM_DEPARTMENT_TYPE, types);
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
