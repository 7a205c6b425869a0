package yujue.parse.rows;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import yujue.parse.ReportParser;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.Finding;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.ProjectEvaluation;
import yujue.parse.model.Provenance;
import yujue.parse.model.ReportMeta;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * A parsed report as rows of the warehouse tables, each row an {@code Object[]} in the table's
 * column order (see {@link WarehouseSchema}). Engines only convert these; they never look inside.
 */
public final class WarehouseRows {

  private WarehouseRows() {}

  /** Rows per table for one report landed by {@code runId} at {@code landedAt}. Requires complete metadata. */
  public static Map<Table, List<Object[]>> of(ParsedReport r, String runId, Timestamp landedAt) {
    ReportMeta m = r.meta();
    if (!m.complete()) {
      throw new IllegalArgumentException("report metadata incomplete: " + m);
    }
    Keys k = new Keys(r.source().docId(), runId, m.fiscalYear(), m.regionCode());
    Map<Table, List<Object[]>> out = new LinkedHashMap<>();
    out.put(WarehouseSchema.DOCUMENTS, List.<Object[]>of(k.row(
        r.source().sourceFile(), r.source().sha256(), (long) r.source().bytes().length, m.regionName(),
        m.departmentName(), m.departmentType(), m.docKind().id(), r.family().id(), m.metadataSource(), "landed",
        r.factCount(), r.findings().size(), ReportParser.VERSION, landedAt)));
    out.put(WarehouseSchema.MEASURES, map(r.measures(), (MeasureFact f) -> k.row(
        f.aboutYear(), f.measure(), f.amount(), f.provenance().source().id(), f.provenance().tableCode(),
        f.provenance().origin().id(), line(f.provenance()))));
    out.put(WarehouseSchema.FUNCTION, map(r.functionFacts(), (SubjectFact f) -> subjectRow(k, f)));
    out.put(WarehouseSchema.ECONOMIC, map(r.economicFacts(), (SubjectFact f) -> subjectRow(k, f)));
    out.put(WarehouseSchema.SANGGONG, map(r.sanggong(), (SanggongFact f) -> k.row(
        f.aboutYear(), f.basis().id(), f.part().id(), f.amount(), f.sourceId(), f.provenance().tableCode(),
        f.provenance().origin().id(), line(f.provenance()))));
    out.put(WarehouseSchema.EXECUTION, map(r.executions(), (ExecutionFact f) -> k.row(
        f.subjectCode(), f.subjectName(), f.budgetInitial(), f.finalAmount(), f.executionPct(),
        f.provenance().origin().id(), line(f.provenance()))));
    out.put(WarehouseSchema.PROJECT_EVALUATION, map(r.evaluations(), (ProjectEvaluation e) -> k.row(
        e.projectName(), e.budgetInitial(), e.budgetFullYear(), e.executed(), e.executionPct(), e.score(),
        e.provenance().tableCode(), e.provenance().origin().id(), line(e.provenance()))));
    out.put(WarehouseSchema.FINDINGS, map(r.findings(), (Finding f) -> k.row(
        f.ruleId(), f.severity().id(), f.message(), f.expected(), f.actual(), f.tableCode(), f.line())));
    return out;
  }

  private static Object[] subjectRow(Keys k, SubjectFact f) {
    return k.row(f.tableCode(), f.subjectCode(), f.subjectName(), f.measure(), f.amount(),
        f.provenance().origin().id(), line(f.provenance()));
  }

  private static Integer line(Provenance p) {
    return p.line() > 0 ? p.line() : null;
  }

  private static <T> List<Object[]> map(List<T> facts, Function<T, Object[]> f) {
    List<Object[]> rows = new ArrayList<>(facts.size());
    for (T t : facts) {
      rows.add(f.apply(t));
    }
    return rows;
  }

  /** The columns every per-document row starts and ends with: doc_id, run_id ... fiscal_year, region_code. */
  private record Keys(String docId, String runId, int fiscalYear, String regionCode) {
    Object[] row(Object... middle) {
      Object[] row = new Object[middle.length + 4];
      row[0] = docId;
      row[1] = runId;
      System.arraycopy(middle, 0, row, 2, middle.length);
      row[row.length - 2] = fiscalYear;
      row[row.length - 1] = regionCode;
      return row;
    }
  }
}
