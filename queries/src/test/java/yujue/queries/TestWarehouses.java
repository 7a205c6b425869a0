package yujue.queries;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * Small warehouses written straight with DuckDB, no Spark: Parquet files where
 * {@link WarehouseLayout} puts them, the columns and types of {@link WarehouseSchema}, one
 * committed run. A column a row leaves out is NULL where the schema allows it, else a made-up
 * value of its type, so a column added to the schema needs no change here. A table without rows
 * has no files (its view is empty) unless {@link #everyTableFrom} gives it one.
 *
 * <ul>
 *   <li>{@link #samples()}: the four sample reports, figures as the land job reads them (modules);
 *   <li>{@link #packSamples()}: table figures of three of them plus 城东区, a region the export
 *       pack tests leave out (export);
 *   <li>{@link #tiny()}: made-up figures, an older edition, a quarantined input and a row in every
 *       table (shell, SQL command, confinement).
 * </ul>
 * Tests add reports of their own with {@link #doc}.
 */
public final class TestWarehouses {
  public static final String SAMPLES_RUN = "r20240101T000000Z-test00";
  public static final String HAIDONG_2024 = "a9b0875ec5db9535";
  public static final String HAIDONG_2023_BUDGET = "7e6743433782791b";
  public static final String XINING_2024 = "14221a7923845aa9";
  public static final String LINXIA_2024 = "e48ed90454ef4d1f";
  public static final String HAIDONG_DEPT = "海东市人民政府办公室";
  public static final String XINING_DEPT = "西宁市城中区人民政府办公室";
  public static final String LINXIA_DEPT = "临夏市人民政府办公室";

  /** The regions the export pack tests ask for: 海东 and 临夏, not 城东区. */
  public static final List<String> PACK_REGIONS = List.of("630200", "622901");

  private static final Timestamp MADE_UP_TIME = Timestamp.valueOf("2024-06-01 00:00:00");

  private final String runId;
  private String runRecord;
  private final Map<Table, List<Map<String, Object>>> rows = new LinkedHashMap<>();
  private Doc filler;

  public TestWarehouses(String runId) {
    this.runId = runId;
    this.runRecord = "{\"run_id\": \"" + runId + "\"}\n";
  }

  /** The four sample reports: 海东 2024 final and 2023 budget, 西宁城中区 2024 final, 临夏 2024 final. */
  public static TestWarehouses samples() {
    TestWarehouses w = new TestWarehouses(SAMPLES_RUN).catalogDimensions();
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

  /**
   * 海东 2024 final and 2023 budget and 临夏 2024 final, with part of their table figures (no
   * narrative: 海东's 2024 出国 stays undisclosed), and 城东区 2024 final, outside
   * {@link #PACK_REGIONS}, so its rows must stay out of the pack.
   */
  public static TestWarehouses packSamples() {
    TestWarehouses w = new TestWarehouses("r-test").catalogDimensions();
    w.doc("aaaaaaaaaaaaaaaa", "630200", "海东市", HAIDONG_DEPT, 2024, "final")
        .measures(2024, "table", "F01", "expenditure_total=2678.82 basic_expenditure=1796.81 "
            + "project_expenditure=882.01 personnel_cost=1668.77 vehicles_held=8.00")
        .sanggong(2024, "actual", "table", "total=27.11 vehicle_operation=27.00 reception=0.11")
        .sanggong(2024, "budget", "table", "total=34.95")
        .sanggong(2023, "actual", "derived", "total=36.53")
        .function("F03", "201", "一般公共服务支出", "total=2066.52")
        .function("F03", "208", "社会保障和就业支出", "total=341.70");
    w.doc("abababababababab", "630200", "海东市", HAIDONG_DEPT, 2023, "budget")
        .measures(2023, "table", "F01", "expenditure_total=2881.90")
        .sanggong(2023, "budget", "table", "total=45.30");
    w.doc("bbbbbbbbbbbbbbbb", "622901", "临夏市", LINXIA_DEPT, 2024, "final")
        .measures(2024, "table", "F01", "expenditure_total=887.29 personnel_cost=577.04 headcount_actual=49.00 vehicles_held=3.00")
        .sanggong(2024, "actual", "table", "total=6.00 vehicle_operation=6.00")
        .sanggong(2024, "budget", "table", "total=31.00")
        .function("F03", "201", "一般公共服务支出", "total=793.69")
        .function("F03", "210", "卫生健康支出", "total=32.39");
    w.doc("cccccccccccccccc", "630102", "城东区", "西宁市城东区人民政府办公室", 2024, "final")
        .measures(2024, "table", "F01", "expenditure_total=999.99");
    return w;
  }

  /**
   * Made-up figures: 海东市财政局 2024 final (and an older, superseded edition of it), 海东市财政局
   * 2024 budget, 临夏市财政局 2024 final; one input quarantined. Every table has a row: a table
   * given none gets one of the 海东 final with made-up values.
   */
  public static TestWarehouses tiny() {
    String run = "r20240601T000000Z-tiny01";
    TestWarehouses w = new TestWarehouses(run);
    w.runRecord = "{\n  \"run_id\" : \"" + run + "\",\n  \"started_at\" : \"2024-06-01T00:00:00Z\",\n"
        + "  \"landed\" : 4,\n  \"quarantined\" : [ {\"source_file\" : \"/reports/scan.pdf\","
        + " \"sha256\" : null, \"reason\" : \"PDF: not converted to text\"} ]\n}\n";
    Doc haidong = w.doc("a000000000000001", "630200", "海东市", "海东市财政局", 2024, "final")
        .set("landed_at", MADE_UP_TIME)
        .measures(2024, "table", "F01", "income_total=1000.00 expenditure_total=990.50 personnel_cost=600.25 vehicles_held=3.00")
        .sanggong(2024, "actual", "table", "total=12.30 vehicle_total=8.30 reception=4.00")
        .sanggong(2024, "budget", "table", "total=15.00")
        .function("F03", "201", "一般公共服务支出", "total=900.00 basic=600.00 project=300.00");
    w.doc("a000000000000000", "630200", "海东市", "海东市财政局", 2024, "final")
        .set("landed_at", Timestamp.valueOf("2024-05-01 00:00:00"));
    w.doc("c000000000000003", "630200", "海东市", "海东市财政局", 2024, "budget")
        .set("landed_at", MADE_UP_TIME)
        .measures(2024, "table", "F01", "income_total=1100.00");
    w.doc("b000000000000002", "622901", "临夏市", "临夏市财政局", 2024, "final")
        .set("landed_at", MADE_UP_TIME)
        .measures(2024, "table", "F01", "income_total=500.00 personnel_cost=300.00")
        .sanggong(2024, "actual", "table", "total=5.00")
        .function("F03", "201", "一般公共服务支出", "total=450.00");
    w.add(WarehouseSchema.DIM_REGION, "region_code", "630000", "region_name", "青海省", "level", "province")
        .add(WarehouseSchema.DIM_REGION, "region_code", "630200", "region_name", "海东市", "level", "city", "parent_code", "630000")
        .add(WarehouseSchema.DIM_REGION, "region_code", "622900", "region_name", "临夏回族自治州", "level", "city", "parent_code", "620000")
        .add(WarehouseSchema.DIM_REGION, "region_code", "622901", "region_name", "临夏市", "level", "county", "parent_code", "622900");
    return w.everyTableFrom(haidong);
  }

  /** The demo warehouse ({@code ./yujue demo}), if it has been landed. */
  public static Optional<Path> demo() {
    Path demo = Path.of("..", ".yujue", "demo-warehouse").toAbsolutePath().normalize();
    Path runs = demo.resolve(WarehouseLayout.RUNS_DIR);
    try (Stream<Path> files = Files.isDirectory(runs) ? Files.list(runs) : Stream.empty()) {
      return files.anyMatch(f -> f.toString().endsWith(".json")) ? Optional.of(demo) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A report; its facts are added through the returned builder. Its department type is the catalog's. */
  public Doc doc(String docId, String regionCode, String regionName, String department, int year, String kind) {
    Doc doc = new Doc(docId, regionCode, year, kind);
    doc.document = doc.add(WarehouseSchema.DOCUMENTS, Map.of(
        "source_file", "/samples/" + docId + ".txt", "sha256", docId + "0".repeat(48), "bytes", 1000L,
        "region_name", regionName, "department_name", department, "doc_kind", kind,
        "text_family", "tab", "metadata_source", "inferred", "status", "landed",
        "parser_version", "test"),
        "department_type", DepartmentTypeCatalog.load().classify(department).map(DepartmentType::id).orElse(null),
        "fact_count", 0, "finding_count", 0, "landed_at", Timestamp.valueOf("2024-01-01 00:00:00"));
    return doc;
  }

  /** A row of a table without documents (a dimension): {@code column, value, ...}. */
  public TestWarehouses add(Table t, Object... columnValues) {
    rows.computeIfAbsent(t, k -> new ArrayList<>()).add(pairs(new HashMap<>(), columnValues));
    return this;
  }

  /** The dimension tables from the reference catalogs, as every land run writes them. */
  public TestWarehouses catalogDimensions() {
    RegionCatalog regions = RegionCatalog.load();
    for (Region r : regions.all()) {
      add(WarehouseSchema.DIM_REGION, "region_code", r.code(), "region_name", r.name(), "level", lower(r.level()),
          "parent_code", r.parentCode(), "province_code", r.provinceCode(),
          "full_name", regions.lineage(r).stream().map(Region::name).collect(Collectors.joining()));
    }
    for (Subject s : SubjectCatalog.function().all()) {
      add(WarehouseSchema.DIM_FUNCTION_SUBJECT, "subject_code", s.code(), "subject_name", s.name(),
          "level", lower(s.level()), "parent_code", s.parentCode());
    }
    for (DepartmentType d : DepartmentTypeCatalog.load().all()) {
      add(WarehouseSchema.DIM_DEPARTMENT_TYPE, "department_type", d.id(), "name_zh", d.nameZh(),
          "patterns", String.join("|", d.patterns()));
    }
    return this;
  }

  /** Every table left without rows gets one of {@code doc}: its keys, every other column made up. */
  public TestWarehouses everyTableFrom(Doc doc) {
    this.filler = doc;
    return this;
  }

  public final class Doc {
    private final String docId;
    private final String regionCode;
    private final int year;
    private final String kind;
    private int line = 1;
    private Map<String, Object> document;

    private Doc(String docId, String regionCode, int year, String kind) {
      this.docId = docId;
      this.regionCode = regionCode;
      this.year = year;
      this.kind = kind;
    }

    /** Sets a column of the report's documents row. */
    public Doc set(String column, Object value) {
      document.put(column, value);
      return this;
    }

    /** Document-level figures, {@code "measure=amount ..."}; table_code null for the narrative. */
    public Doc measures(int aboutYear, String source, String tableCode, String figures) {
      figures(figures).forEach((measure, amount) -> add(WarehouseSchema.MEASURES, Map.of(
          "about_year", aboutYear, "measure", measure, "amount", amount, "source", source),
          "table_code", tableCode, "provenance", aboutYear == year ? "reported" : "derived"));
      return this;
    }

    /** 三公 parts, {@code "part=amount ..."}; source table (F09 or B7), narrative or derived. */
    public Doc sanggong(int aboutYear, String basis, String source, String parts) {
      String table = source.equals("table") ? (kind.equals("final") ? "F09" : "B7") : null;
      figures(parts).forEach((part, amount) -> add(WarehouseSchema.SANGGONG, Map.of(
          "about_year", aboutYear, "basis", basis, "part", part, "amount", amount, "source", source),
          "table_code", table, "provenance", source.equals("derived") ? "derived" : "reported"));
      return this;
    }

    /** One function subject row of a table, {@code "total=... basic=... project=..."}. */
    public Doc function(String tableCode, String code, String name, String figures) {
      figures(figures).forEach((measure, amount) -> add(WarehouseSchema.FUNCTION, Map.of(
          "table_code", tableCode, "subject_code", code, "subject_name", name, "measure", measure,
          "amount", amount, "provenance", "reported")));
      return this;
    }

    /** One budget-execution sentence of the narrative; code null for the whole appropriation. */
    public Doc execution(String code, String name, String budget, String fin, String pct) {
      add(WarehouseSchema.EXECUTION, Map.of("subject_name", name, "budget_initial", new BigDecimal(budget),
          "final_amount", new BigDecimal(fin), "provenance", "reported"),
          "subject_code", code, "execution_pct", pct == null ? null : new BigDecimal(pct));
      return this;
    }

    /** The row's values, its nullable {@code column, value} pairs, then the report's keys. */
    private Map<String, Object> add(Table t, Map<String, Object> values, Object... nullable) {
      Map<String, Object> row = keys(t);
      row.putAll(values);
      pairs(row, nullable);
      rows.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
      return row;
    }

    private Map<String, Object> keys(Table t) {
      Map<String, Object> row = new HashMap<>();
      row.put("doc_id", docId);
      row.put("fiscal_year", year);
      row.put("region_code", regionCode);
      if (t.columnNames().contains("source_line")) row.put("source_line", line++);
      return row;
    }
  }

  /** Writes the warehouse into {@code dir} (which need not exist) and returns it. */
  public Path write(Path dir) throws IOException, SQLException {
    Path runs = Files.createDirectories(dir.resolve(WarehouseLayout.RUNS_DIR));
    Files.writeString(runs.resolve(runId + ".json"), runRecord, StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Table t : WarehouseSchema.all()) {
        List<Map<String, Object>> tableRows = rows.getOrDefault(t, List.of());
        if (tableRows.isEmpty() && filler != null) {
          Map<String, Object> row = filler.keys(t);
          row.put("source_line", 1);
          row.put("provenance", "reported");
          tableRows = List.of(row);
        }
        if (!tableRows.isEmpty()) writeTable(c, t, tableRows, dir);
      }
    }
    return dir;
  }

  /** The rows into a DuckDB table of the schema's columns, then Parquet files partitioned as the land job writes them. */
  private void writeTable(Connection c, Table t, List<Map<String, Object>> tableRows, Path dir)
      throws IOException, SQLException {
    List<Column> cols = t.columns();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE " + t.name() + " (" + cols.stream()
          .map(col -> '"' + col.name() + "\" " + col.type().sql()).collect(Collectors.joining(", ")) + ")");
    }
    String marks = cols.stream().map(col -> "?").collect(Collectors.joining(", "));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.name() + " VALUES (" + marks + ")")) {
      for (Map<String, Object> row : tableRows) {
        for (int i = 0; i < cols.size(); i++) {
          Column col = cols.get(i);
          ps.setObject(i + 1, col.name().equals("run_id") ? runId
              : row.containsKey(col.name()) ? row.get(col.name()) : madeUp(col));
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Path target = dir.resolve(WarehouseLayout.dir(t));
    try (Statement s = c.createStatement()) {
      if (t.partitioned()) {
        Files.createDirectories(target.getParent());
        s.execute("COPY " + t.name() + " TO " + literal(target) + " (FORMAT parquet, PARTITION_BY ("
            + String.join(", ", t.partitionBy()) + "))");
      } else {
        Files.createDirectories(target);
        s.execute("COPY " + t.name() + " TO " + literal(target.resolve("part-0.parquet")) + " (FORMAT parquet)");
      }
    }
  }

  /** A value for a column no row sets: NULL where the schema allows it, else one of its type. */
  private static Object madeUp(Column c) {
    if (c.nullable()) return null;
    return switch (c.type().kind()) {
      case STRING -> c.name() + "-1";
      case INT -> 1;
      case BIGINT -> 1L;
      case DECIMAL -> BigDecimal.ONE;
      case BOOLEAN -> Boolean.TRUE;
      case TIMESTAMP -> MADE_UP_TIME;
    };
  }

  private static Map<String, Object> pairs(Map<String, Object> row, Object... columnValues) {
    for (int i = 0; i < columnValues.length; i += 2) row.put((String) columnValues[i], columnValues[i + 1]);
    return row;
  }

  private static Map<String, BigDecimal> figures(String text) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String pair : text.trim().split("\\s+")) {
      String[] kv = pair.split("=");
      out.put(kv[0], new BigDecimal(kv[1]));
    }
    return out;
  }

  private static String literal(Path p) {
    return "'" + p.toString().replace("'", "''") + "'";
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
