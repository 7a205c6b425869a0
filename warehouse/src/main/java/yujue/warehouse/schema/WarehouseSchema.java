package yujue.warehouse.schema;

import static yujue.warehouse.schema.Column.optional;
import static yujue.warehouse.schema.Column.required;

import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of every physical warehouse table. The Spark writer, the DuckDB views
 * and docs/warehouse.md all follow from it.
 *
 * <p>Every fact row carries the document it came from ({@code doc_id}), the land run that wrote
 * it ({@code run_id}, so rows of an unfinished run stay invisible), and its provenance:
 * {@code reported} as printed, {@code repaired} from damaged text, or {@code derived} from
 * other figures (a previous-year value implied by a year-over-year sentence, say).
 */
public final class WarehouseSchema {

  private WarehouseSchema() {}

  /**
   * Partition columns of every per-document table. Only the year: partitioning by region too gave
   * one small file per region, year, table and run (tens of thousands at national scale), which is
   * slow to write and to open and costs a footer per file. Within a year, rows are sorted by
   * region_code, so a reader skips row groups of other regions by their statistics.
   */
  public static final List<String> PARTITIONS = List.of("fiscal_year");

  private static Column docId() {
    return required("doc_id", Type.STRING, "Document id: the first 16 hex digits of the source file's SHA-256.");
  }

  private static Column runId() {
    return required("run_id", Type.STRING, "Land run that wrote the row; rows of runs without a commit record are invisible.");
  }

  private static Column fiscalYear() {
    return required("fiscal_year", Type.INT, "Fiscal year of the document (partition).");
  }

  private static Column regionCode() {
    return required("region_code", Type.STRING, "GB/T 2260 six-digit code of the document's region (rows are sorted by it within a year).");
  }

  private static Column provenance() {
    return required("provenance", Type.STRING, "reported | repaired | derived.");
  }

  private static Column sourceLine() {
    return optional("source_line", Type.INT, "1-based line of the source text the figure was read from.");
  }

  private static Column tableCode() {
    return optional("table_code", Type.STRING,
        "Public table the figure comes from: F01..F11 for a final report (公开01-11表), B1..B9 for a budget (部门公开表1-9); NULL for narrative.");
  }

  private static List<Column> withKeys(List<Column> middle) {
    List<Column> all = new ArrayList<>();
    all.add(docId());
    all.add(runId());
    all.addAll(middle);
    all.add(fiscalYear());
    all.add(regionCode());
    return all;
  }

  public static final Table DOCUMENTS = new Table("documents",
      "one row per landed source file (content-addressed)",
      "Every report landed: where it came from and what it was inferred to be.",
      withKeys(List.of(
          required("source_file", Type.STRING, "Path of the input file as given to the land job."),
          required("sha256", Type.STRING, "SHA-256 of the file's bytes."),
          required("bytes", Type.BIGINT, "Size of the file in bytes."),
          required("region_name", Type.STRING, "Region name from the GB/T 2260 catalog (海东市, 城中区, ...)."),
          required("department_name", Type.STRING, "Department name, cleaned of conversion noise."),
          optional("department_type", Type.STRING, "Department type id from the catalog (government_office, ...), for peers across regions."),
          required("doc_kind", Type.STRING, "final (部门决算) | budget (部门预算)."),
          required("text_family", Type.STRING, "How the report arrived: tab | markdown | flowing (text from three PDF converters) or pdf (read from the PDF itself)."),
          required("metadata_source", Type.STRING, "inferred (from the text) | manifest (from a manifest file)."),
          required("status", Type.STRING, "landed (parsed, possibly with findings)."),
          required("fact_count", Type.INT, "Facts landed from the document, all tables together."),
          required("finding_count", Type.INT, "Findings raised on the document."),
          required("parser_version", Type.STRING, "Version of the parser that read it."),
          required("landed_at", Type.TIMESTAMP, "When the run that landed it started (UTC)."))),
      PARTITIONS);

  public static final Table MEASURES = new Table("fct_measure",
      "one row per document, year, measure and source",
      "Document-level figures: totals of tables 01/04 and budget 1/4, 人员经费/公用经费, 机关运行经费, 政府采购, vehicle and staff counts; as printed in a table or stated in the narrative.",
      withKeys(List.of(
          required("about_year", Type.INT, "Year the figure is about: fiscal_year, or fiscal_year - 1 for a previous-year figure."),
          required("measure", Type.STRING, "Measure id, e.g. income_total, personnel_cost, vehicles_held (see docs/warehouse.md)."),
          required("amount", Type.AMOUNT, "Value: 万元 for money, a count for *_held / headcount_* / *_persons measures."),
          required("source", Type.STRING, "table | narrative."),
          tableCode(),
          provenance(),
          sourceLine())),
      PARTITIONS);

  public static final Table FUNCTION = new Table("fct_function",
      "one row per document, table, function subject and column",
      "Amounts by function subject (支出功能分类, 类/款/项), every column of tables 01-05, 07, 08 and budget 1-5, 8, 9.",
      withKeys(List.of(
          required("table_code", Type.STRING, "Table the figure comes from (F02, F03, F05, B3, ...)."),
          required("subject_code", Type.STRING, "Function subject code: 3 digits 类, 5 款, 7 项."),
          optional("subject_name", Type.STRING, "Subject name as printed (repaired when wrapped or cut)."),
          required("measure", Type.STRING, "Column: total, basic, project, fiscal, other_income, ... (see docs/warehouse.md)."),
          required("amount", Type.AMOUNT, "万元."),
          provenance(),
          sourceLine())),
      PARTITIONS);

  public static final Table ECONOMIC = new Table("fct_economic",
      "one row per document, table, economic subject and column",
      "Amounts by economic subject (经济分类, 类/款) of tables 06 and 10 and budget 6.",
      withKeys(List.of(
          required("table_code", Type.STRING, "F06, F10 or B6."),
          required("subject_code", Type.STRING, "Economic subject code: 3 digits 类, 5 款."),
          optional("subject_name", Type.STRING, "Subject name as printed."),
          required("measure", Type.STRING, "amount, or total / personnel / public for budget table 6."),
          required("amount", Type.AMOUNT, "万元."),
          provenance(),
          sourceLine())),
      PARTITIONS);

  public static final Table SANGGONG = new Table("fct_sanggong",
      "one row per document, year, basis, part and source",
      "三公经费 (因公出国(境), 公务用车购置及运行维护, 公务接待) budget and actual, from table 09 / budget table 7, the narrative, and previous years derived from year-over-year sentences.",
      withKeys(List.of(
          required("about_year", Type.INT, "Year the figure is about."),
          required("basis", Type.STRING, "budget | actual."),
          required("part", Type.STRING, "total | outbound | vehicle_total | vehicle_purchase | vehicle_operation | reception."),
          required("amount", Type.AMOUNT, "万元."),
          required("source", Type.STRING, "table | narrative | derived."),
          tableCode(),
          provenance(),
          sourceLine())),
      PARTITIONS);

  public static final Table EXECUTION = new Table("fct_execution",
      "one row per document and subject sentence",
      "Budget execution stated in the narrative: 年初预算 against 决算 per function subject and in total.",
      withKeys(List.of(
          optional("subject_code", Type.STRING, "Function subject code, NULL for the whole general-budget appropriation."),
          optional("subject_name", Type.STRING, "Subject as named in the sentence."),
          optional("budget_initial", Type.AMOUNT, "年初预算, 万元."),
          optional("final_amount", Type.AMOUNT, "支出决算, 万元."),
          optional("execution_pct", Type.QUANTITY, "完成年初预算的 … % as printed."),
          provenance(),
          sourceLine())),
      PARTITIONS);

  public static final Table PROJECT_EVALUATION = new Table("fct_project_evaluation",
      "one row per document and project",
      "Project self-evaluations (项目支出绩效自评) of a final report: each project's budget, execution and overall self-evaluation score, from its 项目支出绩效自评表 and the narrative paragraph on it. The whole department's evaluation (部门整体支出绩效自评) is not a project and is not landed.",
      withKeys(List.of(
          required("project_name", Type.STRING, "项目名称 without whitespace or surrounding quotes; where table and narrative name it differently, the name the report repeats more often."),
          optional("budget_initial", Type.AMOUNT, "年初预算数, 万元; NULL where no column is headed 年初预算数."),
          optional("budget_full_year", Type.AMOUNT, "全年预算数, 万元."),
          optional("executed", Type.AMOUNT, "全年执行数 (实际支出), 万元."),
          optional("execution_pct", Type.QUANTITY, "执行率 (完成预算的 … %) as printed."),
          optional("score", Type.QUANTITY, "The project's overall self-evaluation score: the 总分 row's 得分, or 项目自评得分 … 分 in the narrative; not the 预算执行率 sub-score."),
          optional("table_code", Type.STRING, "PE when any figure comes from the project's 项目支出绩效自评表 (the table's figures win over the narrative's); NULL when read from the narrative alone."),
          provenance(),
          sourceLine())),
      PARTITIONS);

  public static final Table FINDINGS = new Table("fct_finding",
      "one row per document and finding",
      "What validation found: identities that fail, repairs made, figures left NULL.",
      withKeys(List.of(
          required("rule_id", Type.STRING, "Stable rule id from the catalog (docs/rules.md)."),
          required("severity", Type.STRING, "error | warning | info."),
          required("message", Type.STRING, "What is wrong, in plain words."),
          optional("expected", Type.AMOUNT, "Value the identity requires, where one applies."),
          optional("actual", Type.AMOUNT, "Value the report prints."),
          optional("table_code", Type.STRING, "Table concerned, if any."),
          sourceLine())),
      PARTITIONS);

  /** Tables written per document, in the order the land job writes them. */
  public static final List<Table> FACT_TABLES = List.of(MEASURES, FUNCTION, ECONOMIC, SANGGONG, EXECUTION, PROJECT_EVALUATION, FINDINGS);

  public static final Table DIM_REGION = new Table("dim_region",
      "one row per GB/T 2260 code",
      "Regions: provinces, prefecture-level cities and county-level areas.",
      List.of(
          required("region_code", Type.STRING, "Six-digit GB/T 2260 code."),
          required("region_name", Type.STRING, "Name."),
          required("level", Type.STRING, "province | city | county."),
          optional("parent_code", Type.STRING, "Code of the enclosing region."),
          optional("province_code", Type.STRING, "Code of the province."),
          optional("full_name", Type.STRING, "Province, city and county names joined.")),
      List.of());

  public static final Table DIM_FUNCTION_SUBJECT = new Table("dim_function_subject",
      "one row per function subject code",
      "支出功能分类科目 seeded from the reports and the suffix conventions; grows as reports land.",
      List.of(
          required("subject_code", Type.STRING, "3, 5 or 7 digits."),
          required("subject_name", Type.STRING, "Name."),
          required("level", Type.STRING, "class (类) | section (款) | item (项)."),
          optional("parent_code", Type.STRING, "Enclosing subject.")),
      List.of());

  public static final Table DIM_ECONOMIC_SUBJECT = new Table("dim_economic_subject",
      "one row per economic subject code",
      "部门预算支出经济分类科目, with the 人员经费 / 公用经费 side of each class.",
      List.of(
          required("subject_code", Type.STRING, "3 or 5 digits."),
          required("subject_name", Type.STRING, "Name."),
          required("level", Type.STRING, "class (类) | section (款)."),
          optional("parent_code", Type.STRING, "Enclosing subject."),
          optional("cost_kind", Type.STRING, "personnel | public: which of 人员经费 / 公用经费 it counts toward.")),
      List.of());

  public static final Table DIM_DEPARTMENT_TYPE = new Table("dim_department_type",
      "one row per department type",
      "Kinds of department, so peers can be matched across regions.",
      List.of(
          required("department_type", Type.STRING, "Stable id, e.g. government_office."),
          required("name_zh", Type.STRING, "Chinese name of the kind."),
          required("patterns", Type.STRING, "Name fragments that identify it, separated by |.")),
      List.of());

  public static final List<Table> DIMENSION_TABLES =
      List.of(DIM_REGION, DIM_FUNCTION_SUBJECT, DIM_ECONOMIC_SUBJECT, DIM_DEPARTMENT_TYPE);

  public static List<Table> all() {
    List<Table> all = new ArrayList<>();
    all.add(DOCUMENTS);
    all.addAll(FACT_TABLES);
    all.addAll(DIMENSION_TABLES);
    return all;
  }
}
