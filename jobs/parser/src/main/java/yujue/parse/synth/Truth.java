package yujue.parse.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;

/**
 * Every figure of a report as one CSV line, in the golden-file format of the parser's tests
 * ({@code GoldenTest}): {@code fact,table,code,measure,year,amount}, plus the narrative's budget
 * execution sentences.
 *
 * <ul>
 *   <li>fact: function | economic | measure | sanggong | execution;</li>
 *   <li>table: F01…F11, B1…B9, {@code narrative}, or {@code derived} for a figure computed from
 *       others (last year's from a year-over-year sentence, a budget's 财政拨款收入);</li>
 *   <li>code: the subject code (function, economic, execution; empty for the execution sentence
 *       on the whole appropriation), else empty;</li>
 *   <li>measure: the column (function, economic), the measure id, {@code basis.part} for 三公
 *       (actual.total), or budget_initial | final_amount | execution_pct for an execution;</li>
 *   <li>year: the year the figure is about (the report's year for subject facts and executions);</li>
 *   <li>amount: 万元 (a count for counts, a percentage for execution_pct) with two decimals.</li>
 * </ul>
 *
 * The same lines come from the truth a generator wrote and from what the parser read, so the two
 * compare as multisets of lines.
 */
public final class Truth {

  private Truth() {}

  public static final String HEADER = "fact,table,code,measure,year,amount";

  /** The lines of a report, in fact order (duplicates kept). */
  public static List<String> lines(ParsedReport r) {
    int year = r.meta().fiscalYear() == null ? 0 : r.meta().fiscalYear();
    List<String> out = new ArrayList<>(r.factCount());
    for (SubjectFact f : r.functionFacts()) {
      out.add(line("function", f.tableCode(), f.subjectCode(), f.measure(), year, f.amount()));
    }
    for (SubjectFact f : r.economicFacts()) {
      out.add(line("economic", f.tableCode(), f.subjectCode(), f.measure(), year, f.amount()));
    }
    for (MeasureFact m : r.measures()) {
      out.add(line("measure", table(m.provenance().origin(), m.provenance().tableCode()), "", m.measure(),
          m.aboutYear(), m.amount()));
    }
    for (SanggongFact s : r.sanggong()) {
      out.add(line("sanggong", table(s.provenance().origin(), s.provenance().tableCode()), "",
          s.basis().id() + "." + s.part().id(), s.aboutYear(), s.amount()));
    }
    for (ExecutionFact e : r.executions()) {
      String code = e.subjectCode() == null ? "" : e.subjectCode();
      if (e.budgetInitial() != null) {
        out.add(line("execution", "narrative", code, "budget_initial", year, e.budgetInitial()));
      }
      if (e.finalAmount() != null) {
        out.add(line("execution", "narrative", code, "final_amount", year, e.finalAmount()));
      }
      if (e.executionPct() != null) {
        out.add(line("execution", "narrative", code, "execution_pct", year, e.executionPct()));
      }
    }
    return out;
  }

  /** Derived figures are "derived" whatever they were computed from; else the table, or narrative. */
  static String table(Origin origin, String tableCode) {
    if (origin == Origin.DERIVED) {
      return "derived";
    }
    return tableCode != null ? tableCode : "narrative";
  }

  static String line(String fact, String table, String code, String measure, int year, BigDecimal amount) {
    return fact + "," + table + "," + code + "," + measure + "," + year + "," + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** The key of a line: everything but the amount. */
  public static String key(String line) {
    return line.substring(0, line.lastIndexOf(','));
  }
}
