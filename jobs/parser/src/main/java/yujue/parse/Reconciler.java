package yujue.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import yujue.parse.model.DocKind;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Provenance;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.Source;
import yujue.parse.model.SubjectFact;
import yujue.parse.narrative.NarrativeFacts;
import yujue.parse.tables.ParseContext;
import yujue.parse.tables.SubjectNames;

/**
 * Brings narrative and tables together: narrative figures become facts of their own (source
 * narrative), previous-year figures are derived from the year-over-year sentences and this year's
 * best figure, and sums the tables imply (财政拨款收入 of a budget) are derived where not printed.
 */
final class Reconciler {

  private Reconciler() {}

  static void apply(ParseContext ctx, NarrativeFacts nf, DocKind kind) {
    int year = ctx.fiscalYear;
    nf.measures.forEach((m, s) -> ctx.measures.add(new MeasureFact(s.year() != null ? s.year() : year, m, s.amount(),
        Provenance.reported(null, s.line()))));
    for (Basis b : Basis.values()) {
      nf.sanggong.get(b).forEach((p, s) -> ctx.sanggong.add(
          new SanggongFact(year, b, p, s.amount(), Provenance.reported(null, s.line()))));
    }
    if (!nf.measureChanges.isEmpty()) {
      Map<String, MeasureFact> current = current(ctx, nf.measureChanges.keySet());
      nf.measureChanges.forEach((m, change) -> {
        MeasureFact now = current.get(m);
        if (now != null && now.amount() != null) {
          ctx.measures.add(new MeasureFact(year - 1, m, now.amount().subtract(change.amount()),
              Provenance.derived(null, change.line())));
        }
      });
    }
    for (Basis b : Basis.values()) {
      for (Map.Entry<Part, NarrativeFacts.Stated> e : nf.sanggongChanges.get(b).entrySet()) {
        currentSanggong(ctx, b, e.getKey()).ifPresent(now -> ctx.sanggong.add(new SanggongFact(year - 1, b,
            e.getKey(), now.subtract(e.getValue().amount()), Provenance.derived(null, e.getValue().line()))));
      }
    }
    deriveFiscalIncome(ctx, kind);
    for (String c : nf.conflicts) {
      ctx.finding("NARRATIVE_CONFLICT", Severity.WARNING, "the narrative states a figure twice: " + c, null, null,
          null, null);
    }
  }

  /**
   * This year's fact of each of the measures: a table's if printed, else the narrative's (the
   * first of either). One pass over the facts for all of them, not one per measure.
   */
  private static Map<String, MeasureFact> current(ParseContext ctx, Set<String> measures) {
    Map<String, MeasureFact> best = new HashMap<>();
    for (MeasureFact m : ctx.measures) {
      if (m.aboutYear() == ctx.fiscalYear && measures.contains(m.measure())) {
        MeasureFact b = best.get(m.measure());
        if (b == null || b.provenance().source() == Source.NARRATIVE && m.provenance().source() == Source.TABLE) {
          best.put(m.measure(), m);
        }
      }
    }
    return best;
  }

  private static Optional<BigDecimal> currentSanggong(ParseContext ctx, Basis b, Part p) {
    SanggongFact best = null;
    for (SanggongFact s : ctx.sanggong) {
      if (s.aboutYear() == ctx.fiscalYear && s.basis() == b && s.part() == p
          && (best == null || best.provenance().source() == Source.NARRATIVE && s.provenance().source() == Source.TABLE)) {
        best = s;
      }
    }
    return Optional.ofNullable(best).map(SanggongFact::amount);
  }

  /** The three appropriation income lines, in the order they are added. */
  private static final List<String> APPROPRIATIONS =
      List.of(Measure.GENERAL_BUDGET_INCOME, Measure.GOV_FUND_INCOME, Measure.SOE_CAPITAL_INCOME);

  /** 财政拨款收入 = the three appropriation income lines of table 01 / budget 1, when no table prints it. */
  private static void deriveFiscalIncome(ParseContext ctx, DocKind kind) {
    String summary = kind == DocKind.FINAL ? "F01" : "B1";
    for (MeasureFact m : ctx.measures) {
      if (m.measure().equals(Measure.FISCAL_INCOME) && m.aboutYear() == ctx.fiscalYear
          && m.provenance().source() == Source.TABLE) {
        return;
      }
    }
    BigDecimal sum = null;
    int line = 0;
    for (String m : APPROPRIATIONS) {
      for (MeasureFact f : ctx.measures) {
        if (f.measure().equals(m) && summary.equals(f.provenance().tableCode())) {
          sum = sum == null ? f.amount() : sum.add(f.amount());
          line = line == 0 ? f.provenance().line() : line;
        }
      }
    }
    if (sum != null) {
      ctx.measures.add(new MeasureFact(ctx.fiscalYear, Measure.FISCAL_INCOME, sum, Provenance.derived(summary, line)));
    }
  }

  private static final String SECTION_MARK = "（款）";
  private static final String ITEM_MARK = "（项）";
  private static final String CLASS_MARK = "（类）";
  /** Outline numbers that may precede a subject name: (1) （2） 3. 4、 */
  private static final Pattern NUMBERING = Pattern.compile("^(?:[（(]\\d+[)）]|\\d+[.．、])");

  /** Execution sentences with their subject resolved against this report's own function tables. */
  static List<ExecutionFact> executions(ParseContext ctx, NarrativeFacts nf) {
    List<ExecutionFact> out = new ArrayList<>();
    FunctionNames names = nf.executions.isEmpty() ? null : FunctionNames.of(ctx.functionFacts);
    for (ExecutionFact e : nf.executions) {
      out.add(new ExecutionFact(resolve(names, e.subjectName()), e.subjectName(), e.budgetInitial(), e.finalAmount(),
          e.executionPct(), e.provenance()));
    }
    return out;
  }

  /** A function fact's code with its normalized name. */
  private record Named(String code, String name) {}

  /**
   * The function facts' names, normalized once per report rather than once per execution sentence:
   * the class (3-digit) and item (7-digit) facts in table order, and each section's (5-digit) name
   * as its first fact gives it.
   */
  private record FunctionNames(List<Named> classes, List<Named> items, Map<String, String> sections) {

    static FunctionNames of(List<SubjectFact> facts) {
      List<Named> classes = new ArrayList<>();
      List<Named> items = new ArrayList<>();
      Map<String, String> sections = new HashMap<>();
      for (SubjectFact f : facts) {
        String code = f.subjectCode();
        switch (code.length()) {
          case 3 -> classes.add(new Named(code, SubjectNames.normalized(f.subjectName())));
          case 7 -> items.add(new Named(code, SubjectNames.normalized(f.subjectName())));
          case 5 -> {
            if (!sections.containsKey(code)) {
              sections.put(code, SubjectNames.normalized(f.subjectName()));
            }
          }
          default -> { }
        }
      }
      return new FunctionNames(classes, items, sections);
    }
  }

  /**
   * "…（款）行政运行（项）" -> the 7-digit subject of that name under that section; "社会保障和就业支出"
   * or "…（类）" -> the class. Names may hold parentheses themselves (政府办公厅（室）…), so the
   * markers split the text rather than a character class.
   */
  private static String resolve(FunctionNames names, String subject) {
    if (subject == null) {
      return null;
    }
    String s = SubjectNames.normalized(subject);
    int item = s.lastIndexOf(ITEM_MARK);
    int section = s.lastIndexOf(SECTION_MARK, item < 0 ? s.length() : item);
    if (item > 0 && section > 0) {
      String itemName = s.substring(section + SECTION_MARK.length(), item);
      int from = Math.max(s.lastIndexOf(CLASS_MARK, section) + CLASS_MARK.length(), 0);
      String sectionName = NUMBERING.matcher(s.substring(Math.max(from, 0), section)).replaceFirst("");
      for (Named f : names.items()) {
        if (f.name().equals(itemName) && sectionAgrees(names.sections().get(f.code().substring(0, 5)), sectionName)) {
          return f.code();
        }
      }
      return null;
    }
    String name = NUMBERING.matcher(s.replace(CLASS_MARK, "")).replaceFirst("");
    for (Named f : names.classes()) {
      if (f.name().equals(name)) {
        return f.code();
      }
    }
    return null;
  }

  /** Whether the section a table names ({@code printed}, null when none is printed) fits the sentence's. */
  private static boolean sectionAgrees(String printed, String stated) {
    return printed == null || printed.endsWith(stated) || stated.endsWith(printed);
  }
}
