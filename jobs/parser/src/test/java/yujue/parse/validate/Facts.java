package yujue.parse.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import yujue.parse.model.Amounts;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Provenance;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;

/**
 * Builds a report's facts directly, without text parsing, for rule tests:
 * {@code Facts.final2024().measure("F01", "income_total", "2678.82").build()}. Every fact gets the
 * next source line number, so findings carry a line as they do for parsed reports. Amounts are
 * strings as printed (commas allowed) or BigDecimals, and land as money (two decimals).
 */
final class Facts {

  private final int year;
  private final List<MeasureFact> measures = new ArrayList<>();
  private final List<SubjectFact> functions = new ArrayList<>();
  private final List<SubjectFact> economics = new ArrayList<>();
  private final List<SanggongFact> sanggong = new ArrayList<>();
  private int line = 100;

  private Facts(int year) {
    this.year = year;
  }

  /** A final-accounts report (决算) of 2024. */
  static Facts final2024() {
    return new Facts(2024);
  }

  /** A budget report (预算) of 2023. */
  static Facts budget2023() {
    return new Facts(2023);
  }

  /** A document-level figure printed in a table (F01, F06, B1…). */
  Facts measure(String table, String measure, Object amount) {
    measures.add(new MeasureFact(year, measure, money(amount), Provenance.reported(table, ++line)));
    return this;
  }

  /** A document-level figure the narrative states. */
  Facts narrative(String measure, Object amount) {
    measures.add(new MeasureFact(year, measure, money(amount), Provenance.reported(null, ++line)));
    return this;
  }

  /** A figure computed from others (table null for one derived from the narrative), about a given year. */
  Facts derived(String table, int aboutYear, String measure, Object amount) {
    measures.add(new MeasureFact(aboutYear, measure, money(amount), Provenance.derived(table, ++line)));
    return this;
  }

  /** A cell of a function-subject table (02, 03, 05…): subject code, column (total, basic…), amount. */
  Facts function(String table, String code, String column, Object amount) {
    functions.add(new SubjectFact(table, code, name(code), column, money(amount), Provenance.reported(table, ++line)));
    return this;
  }

  /** A cell of an economic-subject table (06, 10) in its one column, 决算数 ("amount"). */
  Facts economic(String table, String code, Object amount) {
    return economic(table, code, "amount", amount);
  }

  /** A cell of an economic-subject table in a given column (budget 6: total, personnel, public). */
  Facts economic(String table, String code, String column, Object amount) {
    economics.add(new SubjectFact(table, code, name(code), column, money(amount), Provenance.reported(table, ++line)));
    return this;
  }

  /** A 三公 cell of a table (F09, B7) about the report's year. */
  Facts sanggong(String table, Basis basis, Part part, Object amount) {
    return sanggong(table, year, basis, part, amount);
  }

  /** A 三公 cell of a table about a given year (budget 7 prints the previous year's budget too). */
  Facts sanggong(String table, int aboutYear, Basis basis, Part part, Object amount) {
    sanggong.add(new SanggongFact(aboutYear, basis, part, money(amount), Provenance.reported(table, ++line)));
    return this;
  }

  /** A 三公 figure the narrative states about the report's year. */
  Facts narrativeSanggong(Basis basis, Part part, Object amount) {
    sanggong.add(new SanggongFact(year, basis, part, money(amount), Provenance.reported(null, ++line)));
    return this;
  }

  /** Several cells of an economic table's one column, code to amount. */
  Facts economics(String table, Map<String, String> amounts) {
    amounts.forEach((code, amount) -> economic(table, code, amount));
    return this;
  }

  ReportFacts build() {
    return new ReportFacts(year, List.copyOf(measures), List.copyOf(functions), List.copyOf(economics),
        List.copyOf(sanggong));
  }

  /** A printed amount plus a delta, as money: plus("2678.82", 0.01) = 2678.83. */
  static BigDecimal plus(Object amount, BigDecimal delta) {
    return money(amount).add(delta);
  }

  static BigDecimal money(Object amount) {
    if (amount instanceof BigDecimal b) {
      return Amounts.money(b);
    }
    BigDecimal v = Amounts.parse(amount.toString());
    if (v == null) {
      throw new IllegalArgumentException("not an amount: " + amount);
    }
    return v;
  }

  /**
   * The 2024 final report of 海东市人民政府办公室 (samples/reports/2024-final-haidong-government-office.txt),
   * the figures every rule reads, as printed: it satisfies every rule of the catalog.
   */
  static Facts haidong2024() {
    return final2024()
        // 01 收入支出决算总表: blank 结余 / 结转 lines are simply absent
        .measure("F01", Measure.GENERAL_BUDGET_INCOME, "2,678.82")
        .measure("F01", Measure.INCOME_TOTAL, "2,678.82")
        .measure("F01", Measure.EXPENDITURE_TOTAL, "2,678.82")
        .measure("F01", Measure.GRAND_TOTAL, "2,678.82")
        .function("F01", "201", "total", "2,066.52")
        .function("F01", "208", "total", "341.7")
        .function("F01", "210", "total", "158.22")
        .function("F01", "221", "total", "111.03")
        .function("F01", "229", "total", "1.34")
        // 02 and 03 合计 rows
        .measure("F02", Measure.INCOME_TOTAL, "2,678.82")
        .measure("F02", Measure.FISCAL_INCOME, "2,678.82")
        .measure("F03", Measure.EXPENDITURE_TOTAL, "2,678.82")
        .measure("F03", Measure.BASIC_EXPENDITURE, "1,796.81")
        .measure("F03", Measure.PROJECT_EXPENDITURE, "882.01")
        // 05 一般公共预算财政拨款支出决算表: 合计 row and the 201 / 208 branches, column 基本支出
        .measure("F05", Measure.GENERAL_BUDGET_EXPENDITURE, "2,678.82")
        .measure("F05", "general_budget_basic_expenditure", "1,796.81")
        .measure("F05", "general_budget_project_expenditure", "882.01")
        .function("F05", "201", "basic", "1,184.51")
        .function("F05", "20103", "basic", "1,184.51")
        .function("F05", "2010301", "basic", "840.41")
        .function("F05", "2010350", "basic", "344.1")
        .function("F05", "208", "basic", "341.7")
        .function("F05", "20805", "basic", "306.45")
        .function("F05", "2080505", "basic", "122.28")
        .function("F05", "2080506", "basic", "61.14")
        .function("F05", "2080599", "basic", "123.03")
        .function("F05", "20808", "basic", "33.71")
        .function("F05", "2080801", "basic", "33.71")
        .function("F05", "20899", "basic", "1.54")
        .function("F05", "2089999", "basic", "1.54")
        // 06 基本支出决算明细表: classes, the 款 of 303 (which print one cent over their class), footers
        .economic("F06", "301", "1,476.58")
        .economic("F06", "302", "128.04")
        .economic("F06", "303", "192.19")
        .economic("F06", "30302", "123.03")
        .economic("F06", "30304", "33.71")
        .economic("F06", "30305", "4.15")
        .economic("F06", "30307", "31.31")
        .economics("F06", SECTIONS_302)
        .measure("F06", Measure.PERSONNEL_COST, "1,668.77")
        .measure("F06", Measure.PUBLIC_COST, "128.04")
        // 09 三公: 预算数 34.95 = 0 + 27 + 7.95; 决算数 27.11 = 0 + 27 + 0.11 (printed "27.1⇥1")
        .sanggong("F09", Basis.BUDGET, Part.TOTAL, "34.95")
        .sanggong("F09", Basis.BUDGET, Part.VEHICLE_TOTAL, "27")
        .sanggong("F09", Basis.BUDGET, Part.VEHICLE_OPERATION, "27")
        .sanggong("F09", Basis.BUDGET, Part.RECEPTION, "7.95")
        .sanggong("F09", Basis.ACTUAL, Part.TOTAL, "27.11")
        .sanggong("F09", Basis.ACTUAL, Part.VEHICLE_TOTAL, "27")
        .sanggong("F09", Basis.ACTUAL, Part.VEHICLE_OPERATION, "27")
        .sanggong("F09", Basis.ACTUAL, Part.RECEPTION, "0.11")
        // 10 机关运行经费
        .economic("F10", "302", "128.04")
        .economics("F10", SECTIONS_302)
        .measure("F10", Measure.OPERATING_COST, "128.04")
        // 11 政府采购: 284.10 = 18.81 + (工程 blank) + 265.29
        .measure("F11", Measure.PROCUREMENT_TOTAL, "284.1")
        .measure("F11", Measure.PROCUREMENT_GOODS, "18.81")
        .measure("F11", Measure.PROCUREMENT_SERVICES, "265.29")
        .measure("F11", Measure.PROCUREMENT_SME, "284.1")
        .measure("F11", Measure.PROCUREMENT_SMALL_MICRO, "284.1")
        // 情况说明
        .narrative(Measure.GRAND_TOTAL, "2678.82")
        .narrative(Measure.INCOME_TOTAL, "2678.82")
        .narrative(Measure.EXPENDITURE_TOTAL, "2678.82")
        .narrative(Measure.BASIC_EXPENDITURE, "1796.81")
        .narrative(Measure.PROJECT_EXPENDITURE, "882.01")
        .narrative(Measure.PERSONNEL_COST, "1668.77")
        .narrative(Measure.PUBLIC_COST, "128.04")
        .narrativeSanggong(Basis.BUDGET, Part.TOTAL, "34.95")
        .narrativeSanggong(Basis.ACTUAL, Part.TOTAL, "27.11")
        .narrativeSanggong(Basis.ACTUAL, Part.VEHICLE_TOTAL, "27.00")
        .narrativeSanggong(Basis.ACTUAL, Part.VEHICLE_OPERATION, "27.00")
        .narrativeSanggong(Basis.ACTUAL, Part.RECEPTION, "0.11")
        // previous year, derived from "比上年减少 9.42 万元": never compared with this year's tables
        .derived(null, 2023, Measure.GRAND_TOTAL, "2702.11");
  }

  /** The 款 of 302 haidong prints in tables 06 and 10: they come to 128.05, one cent over the class row. */
  static final Map<String, String> SECTIONS_302 = new java.util.LinkedHashMap<>();

  static {
    String[][] rows = {{"30201", "13.56"}, {"30202", "0.35"}, {"30204", "0.31"}, {"30207", "4.67"},
        {"30211", "38.08"}, {"30213", "3.6"}, {"30214", "5.07"}, {"30215", "3.12"}, {"30216", "5.13"},
        {"30217", "0.11"}, {"30227", "0.1"}, {"30228", "15.13"}, {"30231", "27"}, {"30239", "5.97"},
        {"30299", "5.85"}};
    for (String[] r : rows) {
      SECTIONS_302.put(r[0], r[1]);
    }
  }

  /** Subject names as the reports print them, so messages read like the report. */
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("201", "一般公共服务支出"),
      Map.entry("20103", "政府办公厅（室）及相关机构事务"),
      Map.entry("2010301", "行政运行"),
      Map.entry("2010350", "事业运行"),
      Map.entry("2010399", "其他政府办公厅（室）及相关机构事务支出"),
      Map.entry("208", "社会保障和就业支出"),
      Map.entry("20805", "行政事业单位养老支出"),
      Map.entry("2080505", "机关事业单位基本养老保险缴费支出"),
      Map.entry("2080506", "机关事业单位职业年金缴费支出"),
      Map.entry("2080599", "其他行政事业单位养老支出"),
      Map.entry("20808", "抚恤"),
      Map.entry("2080801", "死亡抚恤"),
      Map.entry("20899", "其他社会保障和就业支出"),
      Map.entry("2089999", "其他社会保障和就业支出"),
      Map.entry("210", "卫生健康支出"),
      Map.entry("221", "住房保障支出"),
      Map.entry("229", "其他支出"),
      Map.entry("301", "工资福利支出"),
      Map.entry("30101", "基本工资"),
      Map.entry("30102", "津贴补贴"),
      Map.entry("30103", "奖金"),
      Map.entry("30107", "绩效工资"),
      Map.entry("30108", "机关事业单位基本养老保险缴费"),
      Map.entry("30109", "职业年金缴费"),
      Map.entry("30110", "职工基本医疗保险缴费"),
      Map.entry("30111", "公务员医疗补助缴费"),
      Map.entry("30112", "其他社会保障缴费"),
      Map.entry("30113", "住房公积金"),
      Map.entry("30199", "其他工资福利支出"),
      Map.entry("302", "商品和服务支出"),
      Map.entry("30201", "办公费"),
      Map.entry("30202", "印刷费"),
      Map.entry("30204", "手续费"),
      Map.entry("30207", "邮电费"),
      Map.entry("30211", "差旅费"),
      Map.entry("30213", "维修（护）费"),
      Map.entry("30214", "租赁费"),
      Map.entry("30215", "会议费"),
      Map.entry("30216", "培训费"),
      Map.entry("30217", "公务接待费"),
      Map.entry("30227", "委托业务费"),
      Map.entry("30228", "工会经费"),
      Map.entry("30231", "公务用车运行维护费"),
      Map.entry("30239", "其他交通费用"),
      Map.entry("30299", "其他商品和服务支出"),
      Map.entry("303", "对个人和家庭的补助"),
      Map.entry("30302", "退休费"),
      Map.entry("30304", "抚恤金"),
      Map.entry("30305", "生活补助"),
      Map.entry("30307", "医疗费补助"),
      Map.entry("307", "债务利息及费用支出"),
      Map.entry("310", "资本性支出"),
      Map.entry("399", "其他支出"));

  private static String name(String code) {
    return NAMES.getOrDefault(code, "");
  }
}
