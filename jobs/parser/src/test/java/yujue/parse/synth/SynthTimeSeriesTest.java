package yujue.parse.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yujue.parse.model.DocKind;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.Source;

/**
 * Department time series: what a report's year-over-year sentences say of last year, read back by
 * the parser from the rendered text, is what last year's own report prints; a budget's 上年预算数
 * is last year's budget; a final report's 年初预算 is the same year's budget.
 */
class SynthTimeSeriesTest {

  /** Parsed clean renderings by department/year/kind. */
  static Map<String, ParsedReport> parsed = new HashMap<>();

  @BeforeAll
  static void generate() {
    for (SynthCorpus.Generated g : Corpora.generate(31L, 250, 0, 1.0)) {
      ParsedReport r = g.report();
      parsed.put(key(r.meta().departmentName(), r.meta().fiscalYear(), r.meta().docKind()), Corpora.parse(g));
    }
  }

  static String key(String dept, int year, DocKind kind) {
    return dept + "/" + year + "/" + kind;
  }

  @Test
  void lastYearsFiguresAgreeWithLastYearsReport() {
    int checked = 0;
    for (ParsedReport r : parsed.values()) {
      int y = r.meta().fiscalYear();
      ParsedReport prev = parsed.get(key(r.meta().departmentName(), y - 1, r.meta().docKind()));
      if (prev == null) {
        continue;
      }
      for (MeasureFact d : r.measures()) {
        if (d.provenance().origin() == Origin.DERIVED && d.aboutYear() == y - 1) {
          Optional<BigDecimal> own = current(prev, d.measure());
          assertTrue(own.isPresent(), "last year's report states " + d.measure());
          assertEquals(0, own.get().compareTo(d.amount()), r.meta().departmentName() + " " + y + " " + d.measure()
              + ": the change sentence gives " + d.amount() + ", last year's report " + own.get());
          checked++;
        }
      }
      for (SanggongFact d : r.sanggong()) {
        if (d.provenance().origin() == Origin.DERIVED && d.aboutYear() == y - 1) {
          Optional<BigDecimal> own = prev.sanggong().stream()
              .filter(s -> s.aboutYear() == y - 1 && s.basis() == d.basis() && s.part() == d.part()
                  && s.provenance().origin() != Origin.DERIVED)
              .map(SanggongFact::amount).findFirst();
          assertTrue(own.isPresent(), "last year's report states 三公 " + d.part());
          assertEquals(0, own.get().compareTo(d.amount()), r.meta().departmentName() + " " + y + " 三公 " + d.part());
          checked++;
        }
      }
    }
    assertTrue(checked > 300, "previous-year figures checked: " + checked);
  }

  @Test
  void aBudgetPrintsLastYearsBudget() {
    int checked = 0;
    for (ParsedReport r : parsed.values()) {
      int y = r.meta().fiscalYear();
      ParsedReport prev = parsed.get(key(r.meta().departmentName(), y - 1, DocKind.BUDGET));
      if (r.meta().docKind() != DocKind.BUDGET || prev == null) {
        continue;
      }
      for (SanggongFact s : r.sanggong()) {
        if ("B7".equals(s.provenance().tableCode()) && s.aboutYear() == y - 1) {
          Optional<SanggongFact> own = prev.sanggong().stream().filter(p -> "B7".equals(p.provenance().tableCode())
              && p.aboutYear() == y - 1 && p.basis() == Basis.BUDGET && p.part() == s.part()).findFirst();
          own.ifPresent(o -> assertEquals(0, o.amount().compareTo(s.amount()), "上年预算数 " + s.part()));
          checked += own.isPresent() ? 1 : 0;
        }
      }
    }
    assertTrue(checked > 50, "上年预算数 checked: " + checked);
  }

  @Test
  void aFinalReportsInitialBudgetIsTheYearsBudget() {
    int checked = 0;
    for (ParsedReport r : parsed.values()) {
      int y = r.meta().fiscalYear();
      ParsedReport budget = parsed.get(key(r.meta().departmentName(), y, DocKind.BUDGET));
      if (r.meta().docKind() != DocKind.FINAL || budget == null) {
        continue;
      }
      BigDecimal planned = budget.measures().stream().filter(m -> "B5".equals(m.provenance().tableCode())
          && m.measure().equals(Measure.GENERAL_BUDGET_EXPENDITURE)).map(MeasureFact::amount).findFirst().orElseThrow();
      for (var e : r.executions()) {
        if (e.subjectCode() == null) {
          assertEquals(0, planned.compareTo(e.budgetInitial()), "年初预算 = budget table 5 合计");
          checked++;
        }
      }
    }
    assertTrue(checked > 20, "年初预算 checked: " + checked);
  }

  /** This year's figure as the parser reconciles it: a table's first, else the narrative's. */
  private static Optional<BigDecimal> current(ParsedReport r, String measure) {
    MeasureFact best = null;
    for (MeasureFact m : r.measures()) {
      if (m.aboutYear() == r.meta().fiscalYear() && m.measure().equals(measure) && m.provenance().origin() != Origin.DERIVED
          && (best == null || best.provenance().source() == Source.NARRATIVE && m.provenance().source() == Source.TABLE)) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(MeasureFact::amount);
  }
}
