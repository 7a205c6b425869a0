package yujue.parse.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yujue.parse.model.DocKind;
import yujue.parse.model.Finding;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SubjectFact;
import yujue.parse.validate.ReportFacts;
import yujue.parse.validate.Validator;

/**
 * The generator's facts obey every identity of domain.md section 5: the parser's own rule catalog
 * finds nothing in any clean truth, and the identities the catalog does not check (row sums of
 * 02/03/05, table 04 and budget 4, class lines against the subject tables, table 10 against the
 * narrative) hold to the cent. Distributions stay in the samples' ranges.
 */
class SynthIdentitiesTest {

  static List<ParsedReport> reports;

  @BeforeAll
  static void generate() {
    reports = Corpora.generate(101L, 400, 0.0, 0.7).stream().map(SynthCorpus.Generated::report).toList();
  }

  @Test
  void theRuleCatalogFindsNothing() {
    List<String> found = new ArrayList<>();
    for (ParsedReport r : reports) {
      ReportFacts f = new ReportFacts(r.meta().fiscalYear(), r.measures(), r.functionFacts(), r.economicFacts(),
          r.sanggong());
      for (Finding x : Validator.validate(f)) {
        found.add(r.meta().departmentName() + " " + r.meta().fiscalYear() + " " + r.meta().docKind() + ": "
            + x.ruleId() + " " + x.message());
      }
    }
    assertTrue(found.isEmpty(), found.size() + " findings on clean truth:\n" + String.join("\n", found.subList(0,
        Math.min(20, found.size()))));
  }

  @Test
  void rowsAddUpAcrossTheirColumns() {
    for (ParsedReport r : reports) {
      String[] tables = r.meta().docKind() == DocKind.FINAL ? new String[] {"F02", "F03", "F05"}
          : new String[] {"B3", "B5"};
      for (String t : tables) {
        Map<String, Map<String, BigDecimal>> rows = rows(r.functionFacts(), t);
        for (Map.Entry<String, Map<String, BigDecimal>> row : rows.entrySet()) {
          Map<String, BigDecimal> c = row.getValue();
          BigDecimal parts = BigDecimal.ZERO;
          for (Map.Entry<String, BigDecimal> cell : c.entrySet()) {
            if (!cell.getKey().equals("total")) {
              parts = parts.add(cell.getValue());
            }
          }
          if (t.equals("F02")) {
            // 本年收入合计 = 财政拨款收入 + the other sources
            assertEquals(0, nz(c.get("total")).compareTo(parts), t + " " + row.getKey() + " " + c);
          } else {
            assertEquals(0, nz(c.get("total")).compareTo(nz(c.get("basic")).add(nz(c.get("project")))),
                t + " " + row.getKey() + " " + c);
          }
        }
      }
    }
  }

  @Test
  void summaryTablesAgreeWithTheSubjectTables() {
    for (ParsedReport r : reports) {
      boolean fin = r.meta().docKind() == DocKind.FINAL;
      String summary = fin ? "F01" : "B1";
      String spending = fin ? "F03" : "B3";
      assertEquals(classes(r, summary, "total"), classes(r, spending, "total"), summary + " class lines = " + spending);
      if (fin) {
        assertEquals(classes(r, "F04", "general_budget"), classes(r, "F05", "total"), "04 = 05 by class");
        assertEquals(0, sum(classes(r, "F04", "general_budget")).compareTo(table(r, "F05",
            Measure.GENERAL_BUDGET_EXPENDITURE)), "05 合计 = 04 一般公共预算 column");
      }
      // 04 / budget 4: 本年收入 + 年初结转 = 总计 = 本年支出 + 年末结转
      String t4 = fin ? "F04" : "B4";
      String a = Measure.APPROPRIATION_PREFIX;
      BigDecimal grand = table(r, t4, a + Measure.GRAND_TOTAL);
      assertEquals(0, grand.compareTo(table(r, t4, a + Measure.INCOME_TOTAL).add(table(r, t4, a + Measure.CARRYOVER_BEGIN))));
      assertEquals(0, grand.compareTo(table(r, t4, a + Measure.EXPENDITURE_TOTAL).add(table(r, t4,
          a + Measure.CARRYOVER_END))));
      // income lines add up to 本年收入合计
      BigDecimal lines = table(r, summary, Measure.GENERAL_BUDGET_INCOME).add(table(r, summary, Measure.OTHER_INCOME))
          .add(table(r, summary, Measure.BUSINESS_INCOME));
      assertEquals(0, lines.compareTo(table(r, summary, Measure.INCOME_TOTAL)), summary + " income lines");
      if (!fin) {
        // budget 6: 合计 = 人员经费 + 公用经费 = budget 5 基本支出
        BigDecimal personnel = table(r, "B6", Measure.PERSONNEL_COST);
        BigDecimal common = table(r, "B6", Measure.PUBLIC_COST);
        assertEquals(0, personnel.add(common).compareTo(table(r, "B5", "general_budget_basic_expenditure")));
        assertEquals(0, grand.compareTo(table(r, "B1", Measure.GRAND_TOTAL).subtract(nz(table(r, "B1",
            Measure.OTHER_INCOME))).subtract(nz(table(r, "B1", Measure.BUSINESS_INCOME)))), "B4 总计 = B1 less other income");
      }
      // 10 total = 机关运行经费 of the narrative; 09 公务用车运行维护费 = 30231
      BigDecimal f10 = table(r, "F10", Measure.OPERATING_COST);
      if (fin && f10.signum() != 0) {
        assertEquals(0, f10.compareTo(narrative(r, Measure.OPERATING_COST)));
      }
    }
  }

  @Test
  void distributionsFollowTheSamples() {
    int n = 0;
    Set<String> classes = new TreeSet<>();
    Set<String> types = new TreeSet<>();
    List<Double> sanggong = new ArrayList<>();
    for (ParsedReport r : reports) {
      boolean fin = r.meta().docKind() == DocKind.FINAL;
      types.add(r.meta().departmentType());
      BigDecimal personnel = table(r, fin ? "F06" : "B6", Measure.PERSONNEL_COST);
      BigDecimal basic = table(r, fin ? "F03" : "B3", Measure.BASIC_EXPENDITURE);
      BigDecimal total = table(r, fin ? "F03" : "B3", Measure.EXPENDITURE_TOTAL);
      double personnelShare = personnel.doubleValue() / basic.doubleValue();
      double basicShare = basic.doubleValue() / total.doubleValue();
      assertTrue(personnelShare > 0.5 && personnelShare < 0.96, "personnel / basic " + personnelShare);
      assertTrue(basicShare > 0.45 && basicShare < 0.99, "basic / total " + basicShare);
      r.functionFacts().forEach(f -> classes.add(f.subjectCode().substring(0, 3)));
      r.sanggong().stream().filter(s -> s.part() == Part.TOTAL && s.basis() == Basis.BUDGET
          && s.provenance().origin() != Origin.DERIVED).findFirst().ifPresent(s -> sanggong.add(s.amount().doubleValue()));
      n++;
    }
    assertTrue(classes.containsAll(List.of("201", "208", "210", "221")), "the samples' classes: " + classes);
    assertTrue(types.size() >= 20, "many kinds of department: " + types);
    sanggong.sort(null);
    double median = sanggong.get(sanggong.size() / 2);
    assertTrue(median > 3 && median < 60, "三公 budgets of a few to tens of 万元, median " + median);
    assertEquals(reports.size(), n);
  }

  private static Map<String, Map<String, BigDecimal>> rows(List<SubjectFact> facts, String table) {
    Map<String, Map<String, BigDecimal>> out = new HashMap<>();
    for (SubjectFact f : facts) {
      if (f.tableCode().equals(table)) {
        out.computeIfAbsent(f.subjectCode(), k -> new HashMap<>()).put(f.measure(), f.amount());
      }
    }
    return out;
  }

  private static Map<String, BigDecimal> classes(ParsedReport r, String table, String measure) {
    Map<String, BigDecimal> out = new java.util.TreeMap<>();
    for (SubjectFact f : r.functionFacts()) {
      if (f.tableCode().equals(table) && f.subjectCode().length() == 3 && f.measure().equals(measure)) {
        out.put(f.subjectCode(), f.amount());
      }
    }
    return out;
  }

  private static BigDecimal sum(Map<String, BigDecimal> m) {
    return m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A table's figure, 0 when the line is blank. */
  static BigDecimal table(ParsedReport r, String table, String measure) {
    return r.measures().stream()
        .filter(m -> table.equals(m.provenance().tableCode()) && m.measure().equals(measure)
            && m.provenance().origin() != Origin.DERIVED && m.aboutYear() == r.meta().fiscalYear())
        .map(MeasureFact::amount).findFirst().orElse(BigDecimal.ZERO);
  }

  static BigDecimal narrative(ParsedReport r, String measure) {
    return r.measures().stream()
        .filter(m -> m.provenance().tableCode() == null && m.measure().equals(measure)
            && m.provenance().origin() == Origin.REPORTED && m.aboutYear() == r.meta().fiscalYear())
        .map(MeasureFact::amount).findFirst().orElse(BigDecimal.ZERO);
  }

  static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
