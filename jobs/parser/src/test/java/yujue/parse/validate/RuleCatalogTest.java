package yujue.parse.validate;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static yujue.parse.validate.Facts.plus;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yujue.parse.model.Finding;
import yujue.parse.model.Measure;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;

/**
 * Every rule of {@link RuleCatalog#RULES} against a report that satisfies it, one that breaks it,
 * and one exactly on its rounding boundary (a difference equal to the tolerance passes, one cent
 * more fails), from the per-rule fixtures in {@link #CASES}. A rule without a fixture fails the
 * build, so a rule cannot be added without its tests.
 */
class RuleCatalogTest {

  private static final BigDecimal CENT = new BigDecimal("0.01");

  /**
   * One rule's fixture: {@code offBy.apply(d)} is a report whose identity is off by exactly d
   * (printed figure = what the identity requires + d; 0 = satisfied), {@code broken} a realistic
   * damage, {@code table} the table code the finding names (null for the narrative) and
   * {@code tableWords} how its message names the table.
   */
  record Case(String table, String tableWords, BigDecimal broken, Function<BigDecimal, ReportFacts> offBy) {

    Case(String table, String tableWords, String broken, Function<BigDecimal, ReportFacts> offBy) {
      this(table, tableWords, new BigDecimal(broken), offBy);
    }
  }

  static final Map<String, Case> CASES = Map.ofEntries(
      // 西宁市城中区 2024, table 01: 2523.27 + 1042.77 = 3566.04; broken: 总计 printed 3566.40
      entry("F01_INCOME_SIDE", new Case("F01", "table 01 (收入支出决算总表)", "0.36", d -> Facts.final2024()
          .measure("F01", Measure.INCOME_TOTAL, "2,523.27")
          .measure("F01", Measure.CARRYOVER_BEGIN, "1,042.77")
          .measure("F01", Measure.GRAND_TOTAL, plus("3,566.04", d)).build())),
      // 3416.16 + 149.88 = 3566.04; broken: 年末结转和结余 left out of 总计
      entry("F01_EXPENDITURE_SIDE", new Case("F01", "table 01 (收入支出决算总表)", "-149.88", d -> Facts.final2024()
          .measure("F01", Measure.EXPENDITURE_TOTAL, "3,416.16")
          .measure("F01", Measure.CARRYOVER_END, "149.88")
          .measure("F01", Measure.GRAND_TOTAL, plus("3,566.04", d)).build())),
      // 海东 2023 budget table 1: 2801.90 + 80.00 = 2881.90; broken: 上年结转 left out of 收入总计
      entry("B1_BALANCE", new Case("B1", "budget table 1 (收支总表)", "-80.00", d -> Facts.budget2023()
          .measure("B1", Measure.INCOME_TOTAL, "2,801.90")
          .measure("B1", Measure.CARRYOVER_BEGIN, "80.00")
          .measure("B1", Measure.GRAND_TOTAL, plus("2,881.90", d)).build())),
      // broken: 02's "2,678.8⇥2" read as 2678.80 (two cents, over this rule's one)
      entry("F01_F02_INCOME", new Case("F02", "table 02 (收入决算表)", "-0.02", d -> Facts.final2024()
          .measure("F01", Measure.INCOME_TOTAL, "2,678.82")
          .measure("F02", Measure.INCOME_TOTAL, plus("2,678.82", d)).build())),
      // broken: 03 prints 2678.28 (digits transposed)
      entry("F01_F03_EXPENDITURE", new Case("F03", "table 03 (支出决算表)", "-0.54", d -> Facts.final2024()
          .measure("F01", Measure.EXPENDITURE_TOTAL, "2,678.82")
          .measure("F03", Measure.EXPENDITURE_TOTAL, plus("2,678.82", d)).build())),
      // 1476.58 + 192.19 = 1668.77; broken: 人员经费合计 without 303
      entry("F06_PERSONNEL", new Case("F06", "table 06 (一般公共预算财政拨款基本支出决算表)", "-192.19",
          d -> Facts.final2024()
              .economic("F06", "301", "1,476.58")
              .economic("F06", "303", "192.19")
              .measure("F06", Measure.PERSONNEL_COST, plus("1,668.77", d)).build())),
      // 西宁市城中区: 62.58 + 1.00 (310) = 63.58; broken: 公用经费合计 without 310
      entry("F06_PUBLIC", new Case("F06", "table 06 (一般公共预算财政拨款基本支出决算表)", "-1.00",
          d -> Facts.final2024()
              .economic("F06", "302", "62.58")
              .economic("F06", "310", "1.00")
              .measure("F06", Measure.PUBLIC_COST, plus("63.58", d)).build())),
      // 1668.77 + 128.04 = 1796.81; broken: 05's 项目支出 882.01 read as its 基本支出
      entry("F06_F05_BASIC", new Case("F05", "table 05 (一般公共预算财政拨款支出决算表)", "-914.80",
          d -> Facts.final2024()
              .measure("F06", Measure.PERSONNEL_COST, "1,668.77")
              .measure("F06", Measure.PUBLIC_COST, "128.04")
              .measure("F05", "general_budget_basic_expenditure", plus("1,796.81", d)).build())),
      // 05 基本支出: 20103 1184.51 = 840.41 + 344.10 (two children: the tolerance is the rule's 0.02)
      entry("SUBJECT_TREE", new Case("F05", "table 05 (一般公共预算财政拨款支出决算表)", "10.00", d -> Facts.final2024()
          .function("F05", "20103", "basic", plus("1,184.51", d))
          .function("F05", "2010301", "basic", "840.41")
          .function("F05", "2010350", "basic", "344.1").build())),
      // 09 预算数: 34.95 = (出国 blank) + 27 + 7.95, 小计 27 = (购置 blank) + 27; broken: 合计 printed 34.59
      entry("T09_IDENTITY", new Case("F09", "table 09 (财政拨款“三公”经费支出决算表)", "-0.36", d -> Facts.final2024()
          .sanggong("F09", Basis.BUDGET, Part.TOTAL, plus("34.95", d))
          .sanggong("F09", Basis.BUDGET, Part.VEHICLE_TOTAL, "27")
          .sanggong("F09", Basis.BUDGET, Part.VEHICLE_OPERATION, "27")
          .sanggong("F09", Basis.BUDGET, Part.RECEPTION, "7.95").build())),
      // 11: 284.10 = 18.81 + (工程 blank) + 265.29; broken: 合计 without 货物
      entry("F11_PARTS", new Case("F11", "table 11 (政府采购支出情况表)", "-18.81", d -> Facts.final2024()
          .measure("F11", Measure.PROCUREMENT_TOTAL, plus("284.1", d))
          .measure("F11", Measure.PROCUREMENT_GOODS, "18.81")
          .measure("F11", Measure.PROCUREMENT_SERVICES, "265.29").build())),
      // 人员经费 1668.77 in 06 and in the narrative; broken: the narrative says 1668.17
      entry("NARRATIVE_MATCHES_TABLE", new Case(null, "table 06 (一般公共预算财政拨款基本支出决算表)", "-0.60",
          d -> Facts.final2024()
              .measure("F06", Measure.PERSONNEL_COST, "1,668.77")
              .narrative(Measure.PERSONNEL_COST, plus("1668.77", d)).build())),
      // 09 公务用车运行维护费 决算数 27 = 06 30231 27; broken: 30231 read as 2.70
      entry("T09_VEHICLE_30231", new Case("F06", "table 06 (一般公共预算财政拨款基本支出决算表)", "-24.30",
          d -> Facts.final2024()
              .sanggong("F09", Basis.ACTUAL, Part.VEHICLE_OPERATION, "27")
              .economic("F06", "30231", plus("27", d)).build())));

  static Stream<String> ruleIds() {
    return RuleCatalog.RULES.stream().map(Rule::id);
  }

  private static Rule rule(String id) {
    return RuleCatalog.byId(id).orElseThrow();
  }

  private static Case fixture(String id) {
    Case c = CASES.get(id);
    if (c == null) {
      fail("rule " + id + " has no fixture: add a case to RuleCatalogTest.CASES");
    }
    return c;
  }

  private static List<Finding> findings(String id, ReportFacts facts) {
    return rule(id).apply(facts);
  }

  // ---- the catalog itself ----

  @Test
  void ruleIdsAreUniqueUpperSnakeAndEveryRuleIsDescribed() {
    Pattern upperSnake = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    Set<String> seen = new HashSet<>();
    for (Rule r : RuleCatalog.RULES) {
      assertTrue(seen.add(r.id()), "duplicate rule id " + r.id());
      assertTrue(upperSnake.matcher(r.id()).matches(), "rule id not UPPER_SNAKE: " + r.id());
      assertNotNull(r.severity(), r.id() + " has no severity");
      assertNotNull(r.check(), r.id() + " has no check");
      assertTrue(r.description() != null && !r.description().isBlank(), r.id() + " has no description");
      assertNotNull(r.tolerance(), r.id() + " has no tolerance");
      assertTrue(r.tolerance().signum() >= 0, r.id() + " has a negative tolerance");
      assertTrue(r.tolerance().stripTrailingZeros().scale() <= 2, r.id() + " tolerance is not in cents");
      assertEquals(r, RuleCatalog.byId(r.id()).orElseThrow());
    }
  }

  @Test
  void everyRuleHasAFixtureAndEveryFixtureARule() {
    Set<String> ids = new HashSet<>(ruleIds().toList());
    Set<String> untested = new HashSet<>(ids);
    untested.removeAll(CASES.keySet());
    assertEquals(Set.of(), untested, "rules without a fixture in RuleCatalogTest.CASES");
    Set<String> stale = new HashSet<>(CASES.keySet());
    stale.removeAll(ids);
    assertEquals(Set.of(), stale, "fixtures for rules no longer in the catalog");
  }

  @Test
  void costClassesAreTheEconomicCatalogsCostKinds() {
    List<Subject> classes = SubjectCatalog.economic().all().stream()
        .filter(s -> s.level() == Subject.Level.CLASS).toList();
    assertEquals(RuleCatalog.PERSONNEL_CLASSES,
        classes.stream().filter(s -> "personnel".equals(s.costKind())).map(Subject::code).sorted().toList());
    assertEquals(RuleCatalog.PUBLIC_CLASSES,
        classes.stream().filter(s -> "public".equals(s.costKind())).map(Subject::code).sorted().toList());
  }

  // ---- each rule: satisfied, broken, on the boundary ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void aReportThatHoldsTheIdentityRaisesNothing(String id) {
    ReportFacts ok = fixture(id).offBy().apply(BigDecimal.ZERO);
    assertEquals(List.of(), findings(id, ok));
    assertEquals(List.of(), Validator.validate(ok), "the fixture of " + id + " should satisfy every rule");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void aReportThatBreaksTheIdentityGetsOneFindingInPlainWords(String id) {
    Rule r = rule(id);
    Case c = fixture(id);
    List<Finding> found = findings(id, c.offBy().apply(c.broken()));
    assertEquals(1, found.size(), id + ": " + found);
    Finding f = found.get(0);
    assertEquals(id, f.ruleId());
    assertEquals(r.severity(), f.severity());
    assertEquals(c.table(), f.tableCode());
    assertNotNull(f.line(), "a finding points at a source line");
    // expected: what the identity requires; actual: what the report prints
    assertEquals(0, f.actual().subtract(f.expected()).compareTo(c.broken()),
        "actual - expected should be the damage: " + f);
    String m = f.message();
    assertTrue(m.contains(c.tableWords()), "the message names the table: " + m);
    assertTrue(m.contains(f.actual().toPlainString()), "the message gives the printed figure: " + m);
    assertTrue(m.contains(f.expected().toPlainString()), "the message gives what it should be: " + m);
    assertTrue(m.contains("off by " + c.broken().abs().toPlainString()), "the message gives the difference: " + m);
    assertTrue(m.contains("rounding allows " + r.tolerance().toPlainString()), "and the tolerance: " + m);
    assertFalse(m.contains("_"), "the message speaks in report terms, not measure ids: " + m);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void aDifferenceEqualToTheTolerancePassesAndOneCentMoreFails(String id) {
    Rule r = rule(id);
    Case c = fixture(id);
    for (BigDecimal sign : List.of(BigDecimal.ONE, BigDecimal.ONE.negate())) {
      BigDecimal onTheBoundary = r.tolerance().multiply(sign);
      BigDecimal beyond = r.tolerance().add(CENT).multiply(sign);
      assertEquals(List.of(), findings(id, c.offBy().apply(onTheBoundary)), id + " off by " + onTheBoundary);
      List<Finding> found = findings(id, c.offBy().apply(beyond));
      assertEquals(1, found.size(), id + " off by " + beyond + ": " + found);
      assertEquals(0, found.get(0).actual().subtract(found.get(0).expected()).compareTo(beyond));
    }
  }

  // ---- a whole report ----

  @Test
  void theHaidong2024FiguresSatisfyEveryRule() {
    assertEquals(List.of(), Validator.validate(Facts.haidong2024().build()));
  }

  // ---- blank (NULL) against 0, and what each rule leaves unchecked ----

  @Nested
  class Blanks {

    @Test
    void blankLinesOfTable01CountAsZero() {
      // haidong prints 使用非财政拨款结余 and 年初结转和结余 blank: 2678.82 = 2678.82
      ReportFacts ok = Facts.final2024().measure("F01", Measure.INCOME_TOTAL, "2,678.82")
          .measure("F01", Measure.GRAND_TOTAL, "2,678.82").build();
      assertEquals(List.of(), findings("F01_INCOME_SIDE", ok));
      List<Finding> off = findings("F01_INCOME_SIDE", Facts.final2024()
          .measure("F01", Measure.INCOME_TOTAL, "2,678.82").measure("F01", Measure.GRAND_TOTAL, "2,678.85").build());
      assertEquals(1, off.size());
      assertEquals("table 01 (收入支出决算总表): 总计 is printed as 2678.85, but 本年收入合计 2678.82 + "
          + "使用非财政拨款结余 blank + 年初结转和结余 blank come to 2678.82 (off by 0.03; rounding allows 0.02)",
          off.get(0).message());
    }

    @Test
    void table01IsNotCheckedWithoutItsTotalOrItsMainLine() {
      // 本年收入合计 not read: 总计 against the carryover alone would be a false error
      assertEquals(List.of(), findings("F01_INCOME_SIDE", Facts.final2024()
          .measure("F01", Measure.CARRYOVER_BEGIN, "1,042.77").measure("F01", Measure.GRAND_TOTAL, "3,566.04").build()));
      assertEquals(List.of(), findings("F01_EXPENDITURE_SIDE", Facts.final2024()
          .measure("F01", Measure.CARRYOVER_END, "149.88").measure("F01", Measure.GRAND_TOTAL, "3,566.04").build()));
      assertEquals(List.of(), findings("B1_BALANCE", Facts.budget2023()
          .measure("B1", Measure.CARRYOVER_BEGIN, "80.00").measure("B1", Measure.GRAND_TOTAL, "2,881.90").build()));
      assertEquals(List.of(), findings("F01_INCOME_SIDE", Facts.final2024()
          .measure("F01", Measure.INCOME_TOTAL, "2,523.27").measure("F01", Measure.CARRYOVER_BEGIN, "1,042.77").build()));
    }

    @Test
    void procurementIsNotCheckedWhenNoPartIsRead() {
      assertEquals(List.of(), findings("F11_PARTS",
          Facts.final2024().measure("F11", Measure.PROCUREMENT_TOTAL, "284.1").build()));
      // a part printed as 0.00 is a part: then the total must add up
      assertEquals(1, findings("F11_PARTS", Facts.final2024().measure("F11", Measure.PROCUREMENT_TOTAL, "284.1")
          .measure("F11", Measure.PROCUREMENT_WORKS, "0.00").build()).size());
    }

    @Test
    void costsAreNotCheckedWhenNoRowOfTable06IsRead() {
      assertEquals(List.of(), findings("F06_PERSONNEL",
          Facts.final2024().measure("F06", Measure.PERSONNEL_COST, "1,668.77").build()));
      assertEquals(List.of(), findings("F06_PUBLIC",
          Facts.final2024().measure("F06", Measure.PUBLIC_COST, "128.04").build()));
    }

    @Test
    void aClassWhoseRowIsMissingIsTakenFromItsSections() {
      // 303's row not read; its 款 print 192.20, one cent over the class: 1476.58 + 192.20 = 1668.78
      Facts f = Facts.final2024().economic("F06", "301", "1,476.58")
          .economic("F06", "30302", "123.03").economic("F06", "30304", "33.71")
          .economic("F06", "30305", "4.15").economic("F06", "30307", "31.31");
      assertEquals(List.of(), findings("F06_PERSONNEL",
          f.measure("F06", Measure.PERSONNEL_COST, "1,668.77").build()));
      List<Finding> off = findings("F06_PERSONNEL", Facts.final2024().economic("F06", "301", "1,476.58")
          .economic("F06", "30302", "123.03").economic("F06", "30304", "33.71")
          .measure("F06", Measure.PERSONNEL_COST, "1,668.77").build());
      assertEquals(1, off.size());
      assertTrue(off.get(0).message().contains("303 156.74 (its 款 rows; the class row is missing)"),
          off.get(0).message());
    }

    @Test
    void aClassPrintedOnlyInAnotherTableIsNoPartOfTable06() {
      // 公用经费 with table 06 printing only 301: the public classes are all blank, so 0.00
      List<Finding> off = findings("F06_PUBLIC", Facts.final2024().economic("F06", "301", "1,476.58")
          .measure("F06", Measure.PUBLIC_COST, "128.04").build());
      assertEquals(1, off.size());
      assertTrue(off.get(0).message().contains("no row of 302, 307, 310, 399 is printed"), off.get(0).message());
    }

    @Test
    void aSanggongTotalWithoutPartsIsNotChecked() {
      assertEquals(List.of(), findings("T09_IDENTITY",
          Facts.final2024().sanggong("F09", Basis.ACTUAL, Part.TOTAL, "27.11").build()));
    }
  }

  // ---- what each rule covers beyond its fixture ----

  @Nested
  class Coverage {

    @Test
    void theSubjectTreeCoversEconomicTablesToo() {
      // haidong 06: the 款 of 302 come to 128.05 against 128.04 (15 rows, so up to 0.15 is rounding)
      ReportFacts ok = Facts.final2024().economic("F06", "302", "128.04").economics("F06", Facts.SECTIONS_302).build();
      assertEquals(List.of(), findings("SUBJECT_TREE", ok));
      List<Finding> off = findings("SUBJECT_TREE",
          Facts.final2024().economic("F06", "302", "127.80").economics("F06", Facts.SECTIONS_302).build());
      assertEquals(1, off.size());
      assertTrue(off.get(0).message().startsWith("table 06 (一般公共预算财政拨款基本支出决算表), column 决算数: "
          + "302 商品和服务支出 is printed as 127.80, but its 15 child rows 30201, "), off.get(0).message());
      assertTrue(off.get(0).message().endsWith(" come to 128.05 (off by 0.25; rounding allows 0.15)"),
          off.get(0).message());
    }

    @Test
    void theTreeAllowsACentPerChildRow() {
      // 301 = its 11 款 (haidong): 1476.58; 0.11 off is rounding, 0.12 is not
      Function<BigDecimal, ReportFacts> offBy = d -> Facts.final2024()
          .economic("F06", "301", plus("1,476.58", d))
          .economics("F06", Map.ofEntries(entry("30101", "310.61"), entry("30102", "408.89"), entry("30103", "241.53"),
              entry("30107", "57.3"), entry("30108", "122.28"), entry("30109", "61.14"), entry("30110", "80.15"),
              entry("30111", "45.8"), entry("30112", "2.51"), entry("30113", "111.03"), entry("30199", "35.34")))
          .build();
      assertEquals(List.of(), findings("SUBJECT_TREE", offBy.apply(BigDecimal.ZERO)));
      assertEquals(List.of(), findings("SUBJECT_TREE", offBy.apply(new BigDecimal("0.11"))));
      assertEquals(1, findings("SUBJECT_TREE", offBy.apply(new BigDecimal("0.12"))).size());
    }

    @Test
    void everyLevelOfTheTreeIsChecked() {
      // 201 = 20103 and 20103 = 2010301 + 2010350: a wrong 201 is one finding, naming 201
      List<Finding> off = findings("SUBJECT_TREE", Facts.final2024()
          .function("F05", "201", "basic", "1,184.81")
          .function("F05", "20103", "basic", "1,184.51")
          .function("F05", "2010301", "basic", "840.41")
          .function("F05", "2010350", "basic", "344.1").build());
      assertEquals(1, off.size());
      assertTrue(off.get(0).message().contains("201 一般公共服务支出 is printed as 1184.81, but its 1 child row 20103 "
          + "come to 1184.51"), off.get(0).message());
    }

    @Test
    void theVehicleSubtotalIsCheckedToo() {
      List<Finding> off = findings("T09_IDENTITY", Facts.final2024()
          .sanggong("F09", Basis.ACTUAL, Part.TOTAL, "27.11")
          .sanggong("F09", Basis.ACTUAL, Part.VEHICLE_TOTAL, "27")
          .sanggong("F09", Basis.ACTUAL, Part.VEHICLE_OPERATION, "26.9")
          .sanggong("F09", Basis.ACTUAL, Part.RECEPTION, "0.11").build());
      assertEquals(1, off.size());
      assertEquals("table 09 (财政拨款“三公”经费支出决算表), 决算数 2024: 公务用车购置及运行维护费 is printed as 27.00, "
          + "but 公务用车购置费 blank + 公务用车运行维护费 26.90 come to 26.90 (off by 0.10; rounding allows 0.02)",
          off.get(0).message());
    }

    @Test
    void bothYearsOfBudgetTable7AreChecked() {
      // 海东 2023 budget table 7: 上年预算数 44.70 = 27 + 17.70, 本年 45.30 = 27 + 18.30
      Function<String, ReportFacts> withLastYearTotal = total -> Facts.budget2023()
          .sanggong("B7", 2022, Basis.BUDGET, Part.TOTAL, total)
          .sanggong("B7", 2022, Basis.BUDGET, Part.VEHICLE_TOTAL, "27")
          .sanggong("B7", 2022, Basis.BUDGET, Part.RECEPTION, "17.70")
          .sanggong("B7", Basis.BUDGET, Part.TOTAL, "45.30")
          .sanggong("B7", Basis.BUDGET, Part.VEHICLE_TOTAL, "27")
          .sanggong("B7", Basis.BUDGET, Part.VEHICLE_OPERATION, "27")
          .sanggong("B7", Basis.BUDGET, Part.RECEPTION, "18.30").build();
      assertEquals(List.of(), findings("T09_IDENTITY", withLastYearTotal.apply("44.70")));
      List<Finding> off = findings("T09_IDENTITY", withLastYearTotal.apply("44.07"));
      assertEquals(1, off.size());
      assertTrue(off.get(0).message().startsWith("budget table 7 (一般公共预算“三公”经费支出表), 预算数 2022: 合计 is "
          + "printed as 44.07"), off.get(0).message());
    }

    @Test
    void aNarrativeFigureGivenToTheTenthMayDifferByHalfATenth() {
      Function<String, ReportFacts> narrative = stated -> Facts.final2024()
          .measure("F06", Measure.PUBLIC_COST, "128.04").narrative(Measure.PUBLIC_COST, stated).build();
      assertEquals(List.of(), findings("NARRATIVE_MATCHES_TABLE", narrative.apply("128.0")));
      List<Finding> off = findings("NARRATIVE_MATCHES_TABLE", narrative.apply("128.1"));
      assertEquals(1, off.size());
      assertTrue(off.get(0).message().endsWith("states 公用经费合计 128.10, but table 06 (一般公共预算财政拨款基本支出决算表) "
          + "prints 128.04; the narrative should restate the table (off by 0.06; rounding allows 0.05)"),
          off.get(0).message());
      // to the cent, the rule's one cent holds
      assertEquals(1, findings("NARRATIVE_MATCHES_TABLE", narrative.apply("128.06")).size());
    }

    @Test
    void narrativeSanggongFiguresAreComparedWithTheTable() {
      List<Finding> off = findings("NARRATIVE_MATCHES_TABLE", Facts.final2024()
          .sanggong("F09", Basis.ACTUAL, Part.RECEPTION, "0.11")
          .narrativeSanggong(Basis.ACTUAL, Part.RECEPTION, "0.13").build());
      assertEquals(1, off.size());
      assertTrue(off.get(0).message().contains("states 三公 公务接待费 决算数 0.13, but table 09"), off.get(0).message());
    }

    @Test
    void derivedFiguresAreNotRestatements() {
      // a previous-year figure derived from a year-over-year sentence, and a derived figure of this year
      assertEquals(List.of(), findings("NARRATIVE_MATCHES_TABLE", Facts.final2024()
          .measure("F01", Measure.GRAND_TOTAL, "2,678.82")
          .derived(null, 2023, Measure.GRAND_TOTAL, "2702.11")
          .derived(null, 2024, Measure.GRAND_TOTAL, "2702.11").build()));
    }

    @Test
    void theVehicleCostFallsBackToTable10() {
      List<Finding> off = findings("T09_VEHICLE_30231", Facts.final2024()
          .sanggong("F09", Basis.ACTUAL, Part.VEHICLE_OPERATION, "27")
          .economic("F10", "30231", "26.5").build());
      assertEquals(1, off.size());
      assertEquals("F10", off.get(0).tableCode());
      assertEquals("table 10 (机关运行经费支出情况表) prints 30231 公务用车运行维护费 as 26.50, but table 09 "
          + "(财政拨款“三公”经费支出决算表) prints 公务用车运行维护费 决算数 27.00; the two usually agree "
          + "(off by 0.50; rounding allows 0.01)", off.get(0).message());
    }
  }

  @Test
  void narrativeToleranceWidensForFiguresStatedToTheTenth() {
    Rule r = RuleCatalog.RULES.get(0);
    BigDecimal wide = RuleCatalog.narrativeTolerance(r, new BigDecimal("2.50"));
    assertEquals(wide, RuleCatalog.narrativeTolerance(r, new BigDecimal("3")));
    assertEquals(wide, RuleCatalog.narrativeTolerance(r, new BigDecimal("0.00")));
    assertEquals(wide, RuleCatalog.narrativeTolerance(r, new BigDecimal("-7.100")));
    assertEquals(r.tolerance(), RuleCatalog.narrativeTolerance(r, new BigDecimal("2.55")));
    assertEquals(r.tolerance().max(new BigDecimal("0.05")), wide);
  }

  @Test
  void inCodeOrderAllowsEqualNeighbours() {
    java.util.function.Function<String, yujue.parse.model.SubjectFact> f =
        c -> new yujue.parse.model.SubjectFact("F05", c, "x", "amount", BigDecimal.ONE, null);
    assertTrue(RuleCatalog.inCodeOrder(List.of(f.apply("201"), f.apply("20101"), f.apply("20101"), f.apply("202"))));
    assertFalse(RuleCatalog.inCodeOrder(List.of(f.apply("20101"), f.apply("201"))));
    assertTrue(RuleCatalog.inCodeOrder(List.of()));
  }
}
