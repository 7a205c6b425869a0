package yujue.parse.render;

import static yujue.parse.render.Doc.Cell.amount;
import static yujue.parse.render.Doc.Cell.empty;
import static yujue.parse.render.Doc.Cell.integer;
import static yujue.parse.render.Doc.Cell.label;
import static yujue.parse.render.Doc.Cell.total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import yujue.parse.model.Measure;
import yujue.parse.model.SubjectFact;
import yujue.parse.render.Doc.Cell;
import yujue.parse.render.Doc.Row;
import yujue.parse.render.Doc.Table;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;

/**
 * Summary tables printed as two sides: income lines on the left, expenditure by function class on
 * the right (final 01 and 04, budget 1 and 4), plus 11 (政府采购) and budget 2 (收入总表). The
 * lines follow the national templates; a line prints a figure only where the report has the fact.
 */
final class SummaryTables {

  private SummaryTables() {}

  /** The function classes the final templates list, in template order (codes). */
  static final List<String> FINAL_CLASSES = List.of("201", "202", "203", "204", "205", "206", "207", "208", "210",
      "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "231", "232",
      "234");
  /** The budget templates list every class of the catalog. */
  static final List<String> BUDGET_CLASSES = List.of("201", "202", "203", "204", "205", "206", "207", "208", "209",
      "210", "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229",
      "230", "231", "232", "233", "234");

  /** One side's line: label, measure id (null for none), bold when a total. */
  private record Line(String label, String measure, boolean bold) {
    static Line of(String label, String measure) {
      return new Line(label, measure, false);
    }

    static Line sum(String label, String measure) {
      return new Line(label, measure, true);
    }

    static Line blank() {
      return new Line("", null, false);
    }
  }

  static Table f01(Facts f) {
    Table t = new Table("F01", 1, "收入支出决算总表");
    t.header(List.of("收入", "", "", "支出", "", ""), "收入 支出");
    t.header(List.of("项目", "行次", "金额", "项目", "行次", "金额"), "项目 行 金额 项目 行 金额");
    t.header(List.of("栏次", "", "1", "栏次", "", "2"), "栏次 1 栏次 2");
    List<Line> left = new ArrayList<>(List.of(
        Line.of("一、一般公共预算财政拨款收入", Measure.GENERAL_BUDGET_INCOME),
        Line.of("二、政府性基金预算财政拨款收入", Measure.GOV_FUND_INCOME),
        Line.of("三、国有资本经营预算财政拨款收入", Measure.SOE_CAPITAL_INCOME),
        Line.of("四、上级补助收入", Measure.UPPER_GRANT_INCOME),
        Line.of("五、事业收入", Measure.BUSINESS_INCOME),
        Line.of("六、经营收入", Measure.OPERATING_INCOME),
        Line.of("七、附属单位上缴收入", Measure.AFFILIATED_INCOME),
        Line.of("八、其他收入", Measure.OTHER_INCOME)));
    List<Line> leftEnd = List.of(Line.sum("本年收入合计", Measure.INCOME_TOTAL),
        Line.of("使用非财政拨款结余（含专用结余）", Measure.NON_FISCAL_BALANCE_USED),
        Line.of("年初结转和结余", Measure.CARRYOVER_BEGIN), Line.blank(), Line.sum("总计", Measure.GRAND_TOTAL));
    List<Line> rightEnd = List.of(Line.sum("本年支出合计", Measure.EXPENDITURE_TOTAL),
        Line.of("结余分配", Measure.BALANCE_DISTRIBUTION), Line.of("年末结转和结余", Measure.CARRYOVER_END),
        Line.blank(), Line.sum("总计", "grand_total_expenditure_side"));
    twoSides(t, f, left, leftEnd, classes(f, "F01", FINAL_CLASSES, "、", false), rightEnd, true, 1);
    return t;
  }

  static Table f04(Facts f) {
    Table t = new Table("F04", 4, "财政拨款收入支出决算总表");
    t.header(List.of("收入", "", "", "支出", "", "", "", "", ""), "收 入 支 出");
    t.header(List.of("项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
        "国有资本经营预算财政拨款"), "项目", "行", "次", "金额 项目", "行", "次", "合计", "一般公共预算", "财政拨款",
        "政府性基金预", "算财政拨款", "国有资本经营", "预算财政拨款");
    t.header(List.of("栏次", "", "1", "栏次", "", "2", "3", "4", "5"), "栏次 1 栏次 2 3 4 5");
    String a = Measure.APPROPRIATION_PREFIX;
    List<Line> left = new ArrayList<>(List.of(
        Line.of("一、一般公共预算财政拨款", a + Measure.GENERAL_BUDGET_INCOME),
        Line.of("二、政府性基金预算财政拨款", a + Measure.GOV_FUND_INCOME),
        Line.of("三、国有资本经营预算财政拨款", a + Measure.SOE_CAPITAL_INCOME)));
    List<Line> leftEnd = List.of(Line.sum("本年收入合计", a + Measure.INCOME_TOTAL),
        Line.of("年初财政拨款结转和结余", a + Measure.CARRYOVER_BEGIN), Line.of("一、一般公共预算财政拨款", null),
        Line.of("二、政府性基金预算财政拨款", null), Line.of("三、国有资本经营预算财政拨款", null),
        Line.sum("总计", a + Measure.GRAND_TOTAL));
    List<Line> rightEnd = List.of(Line.sum("本年支出合计", a + Measure.EXPENDITURE_TOTAL),
        Line.of("年末财政拨款结转和结余", a + Measure.CARRYOVER_END), Line.blank(), Line.blank(), Line.blank(),
        Line.sum("总计", a + "grand_total_expenditure_side"));
    twoSides(t, f, left, leftEnd, classes(f, "F04", FINAL_CLASSES, "、", false), rightEnd, true, 1);
    return t;
  }

  static Table b1(Facts f) {
    Table t = new Table("B1", 1, "收支总表");
    t.header(List.of("收入", "", "支出", ""), "收入 支出");
    t.header(List.of("项目", "预算数", "项目（按功能分类）", "预算数"), "项目 预算数 项目（按功能分类） 预算数");
    List<Line> left = new ArrayList<>(List.of(
        Line.of("一.一般公共预算拨款收入", Measure.GENERAL_BUDGET_INCOME),
        Line.of("二.政府性基金预算拨款收入", Measure.GOV_FUND_INCOME),
        Line.of("三.国有资本经营预算拨款收入", Measure.SOE_CAPITAL_INCOME),
        Line.of("四.财政专户管理资金收入", Measure.SPECIAL_ACCOUNT_INCOME),
        Line.of("五.事业收入", Measure.BUSINESS_INCOME),
        Line.of("六.上级补助收入", Measure.UPPER_GRANT_INCOME),
        Line.of("七.附属单位上缴收入", Measure.AFFILIATED_INCOME),
        Line.of("八.事业单位经营收入", Measure.OPERATING_INCOME),
        Line.of("九.其他收入", Measure.OTHER_INCOME)));
    List<Line> leftEnd = List.of(Line.sum("本年收入合计", Measure.INCOME_TOTAL),
        Line.of("上年结转", Measure.CARRYOVER_BEGIN), Line.sum("收入总计", Measure.GRAND_TOTAL));
    List<Line> rightEnd = List.of(Line.sum("本年支出合计", Measure.EXPENDITURE_TOTAL),
        Line.of("结转下年", Measure.CARRYOVER_END), Line.sum("支出总计", "grand_total_expenditure_side"));
    twoSides(t, f, left, leftEnd, classes(f, "B1", BUDGET_CLASSES, ".", false), rightEnd, false, 1);
    return t;
  }

  static Table b4(Facts f) {
    Table t = new Table("B4", 4, "财政拨款收支总表");
    t.header(List.of("收入", "", "支出", "", "", "", ""), "收入 支出");
    t.header(List.of("项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
        "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算");
    String a = Measure.APPROPRIATION_PREFIX;
    List<Line> left = new ArrayList<>(List.of(
        Line.sum("一、本年收入", a + Measure.INCOME_TOTAL),
        Line.of("一般公共预算拨款收入", a + Measure.GENERAL_BUDGET_INCOME),
        Line.of("政府性基金预算拨款收入", a + Measure.GOV_FUND_INCOME),
        Line.of("国有资本经营预算拨款收入", a + Measure.SOE_CAPITAL_INCOME)));
    List<Line> leftEnd = List.of(Line.of("二、上年结转", a + Measure.CARRYOVER_BEGIN),
        Line.of("（一）一般公共预算拨款", null), Line.of("（二）政府性基金预算拨款", null),
        Line.of("（三）国有资本经营预算拨款", null), Line.sum("收入总计", a + Measure.GRAND_TOTAL));
    List<Line> right = new ArrayList<>();
    right.add(Line.sum("一、本年支出", a + Measure.EXPENDITURE_TOTAL));
    right.addAll(classes(f, "B4", BUDGET_CLASSES, "）", true));
    List<Line> rightEnd = List.of(Line.of("二、结转下年", a + Measure.CARRYOVER_END), Line.blank(), Line.blank(),
        Line.blank(), Line.sum("支出总计", a + "grand_total_expenditure_side"));
    twoSides(t, f, left, leftEnd, right, rightEnd, false, 1);
    return t;
  }

  /** Class lines "九、卫生健康支出" (or "（九）"): the template's classes and any other class the table has. */
  private static List<Line> classes(Facts f, String table, List<String> template, String sep, boolean parens) {
    Map<String, String> names = new TreeMap<>();
    SubjectCatalog catalog = SubjectCatalog.function();
    for (String code : template) {
      names.put(code, catalog.byCode(code).map(Subject::name).orElse(code));
    }
    for (SubjectFact s : f.function(table)) {
      names.putIfAbsent(s.subjectCode(), s.subjectName());
    }
    List<Line> out = new ArrayList<>();
    int i = 1;
    for (Map.Entry<String, String> e : names.entrySet()) {
      String n = Num.chinese(i++);
      out.add(Line.of((parens ? "（" + n + sep : n + sep) + e.getValue(), "class:" + e.getKey()));
    }
    return out;
  }

  private static final List<String> FUNDS = List.of("total", "general_budget", "gov_fund", "soe_capital");

  /**
   * Lays the two sides out line by line, padding the shorter side so the end lines (合计, 结转, 总计)
   * face each other; with row numbers (行次) when the template has them.
   */
  private static void twoSides(Table t, Facts f, List<Line> left, List<Line> leftEnd, List<Line> right,
      List<Line> rightEnd, boolean rowNumbers, int firstRowNumber) {
    int body = Math.max(left.size(), right.size());
    while (left.size() < body) {
      left.add(Line.blank());
    }
    while (right.size() < body) {
      right.add(Line.blank());
    }
    List<Line> l = new ArrayList<>(left);
    l.addAll(leftEnd);
    List<Line> r = new ArrayList<>(right);
    r.addAll(rightEnd);
    int n = Math.max(l.size(), r.size());
    while (l.size() < n) {
      l.add(l.size() - leftEnd.size(), Line.blank());
    }
    while (r.size() < n) {
      r.add(r.size() - rightEnd.size(), Line.blank());
    }
    boolean appropriation = t.code.equals("F04") || t.code.equals("B4");
    for (int i = 0; i < n; i++) {
      List<Cell> cells = new ArrayList<>();
      side(cells, f, t.code, l.get(i), rowNumbers ? firstRowNumber + i : -1, false);
      side(cells, f, t.code, r.get(i), rowNumbers ? firstRowNumber + n + i : -1, appropriation);
      t.rows.add(Row.data(cells));
    }
  }

  private static void side(List<Cell> cells, Facts f, String table, Line line, int rowNumber, boolean funds) {
    cells.add(line.bold() ? total(line.label()) : label(line.label()));
    if (rowNumber > 0) {
      cells.add(integer(Integer.toString(rowNumber)));
    }
    List<BigDecimal> values = new ArrayList<>();
    if (line.measure() != null && line.measure().startsWith("class:")) {
      String code = line.measure().substring(6);
      for (String col : funds ? FUNDS : FUNDS.subList(0, 1)) {
        values.add(cell(f, table, code, col));
      }
    } else {
      BigDecimal v = line.measure() == null ? null : f.table(table, line.measure());
      if (v == null && line.measure() != null && line.measure().endsWith("grand_total_expenditure_side")) {
        v = f.table(table, line.measure().replace("grand_total_expenditure_side", Measure.GRAND_TOTAL));
      }
      values.add(v);
      for (int i = 1; funds && i < FUNDS.size(); i++) {
        values.add(null);
      }
    }
    for (BigDecimal v : values) {
      cells.add(v == null ? empty() : amount(Num.table(v)));
    }
  }

  private static BigDecimal cell(Facts f, String table, String code, String measure) {
    for (SubjectFact s : f.function(table)) {
      if (s.subjectCode().equals(code) && s.measure().equals(measure)) {
        return s.amount();
      }
    }
    return null;
  }

  static Table f11(Facts f) {
    Table t = new Table("F11", 11, "政府采购支出情况表");
    t.header(List.of("政府采购支出信息", "行次", "金额"), "政府采购支出信息 行次 金额");
    String[][] lines = {
        {"（一）政府采购支出合计", Measure.PROCUREMENT_TOTAL},
        {"1.政府采购货物支出", Measure.PROCUREMENT_GOODS},
        {"2.政府采购工程支出", Measure.PROCUREMENT_WORKS},
        {"3.政府采购服务支出", Measure.PROCUREMENT_SERVICES},
        {"（二）政府采购授予中小企业合同金额", Measure.PROCUREMENT_SME},
        {"其中：授予小微企业合同金额", Measure.PROCUREMENT_SMALL_MICRO}};
    for (int i = 0; i < lines.length; i++) {
      BigDecimal v = f.table("F11", lines[i][1]);
      t.rows.add(Row.data(label(lines[i][0]), integer(Integer.toString(i + 1)), v == null ? empty() : amount(Num.table(v))));
    }
    return t;
  }

  static boolean hasF11(Facts f) {
    return f.report.measures().stream().anyMatch(m -> "F11".equals(m.provenance().tableCode()));
  }

  /** Budget table 2 (收入总表), not read by the parser: the department's income by source, from table 1's lines. */
  static Table b2(Facts f) {
    Table t = new Table("B2", 2, "收入总表");
    String[][] cols = {
        {"合计", Measure.GRAND_TOTAL}, {"上年结转", Measure.CARRYOVER_BEGIN},
        {"一般公共预算拨款收入", Measure.GENERAL_BUDGET_INCOME}, {"政府性基金预算拨款收入", Measure.GOV_FUND_INCOME},
        {"国有资本经营预算拨款收入", Measure.SOE_CAPITAL_INCOME}, {"财政专户管理资金收入", Measure.SPECIAL_ACCOUNT_INCOME},
        {"事业收入", Measure.BUSINESS_INCOME}, {"上级补助收入", Measure.UPPER_GRANT_INCOME},
        {"附属单位上缴收入", Measure.AFFILIATED_INCOME}, {"事业单位经营收入", Measure.OPERATING_INCOME},
        {"其他收入", Measure.OTHER_INCOME}};
    List<String> head = new ArrayList<>(List.of("预算单位"));
    List<Cell> sum = new ArrayList<>(List.of(total("合计")));
    List<Cell> unit = new ArrayList<>(List.of(label(f.department)));
    for (String[] c : cols) {
      head.add(c[0]);
      BigDecimal v = f.table("B1", c[1]);
      sum.add(v == null ? empty() : amount(Num.table(v)));
      unit.add(v == null ? empty() : amount(Num.table(v)));
    }
    t.header(head, "预算单位 小计", "上年结", "转", "一般公共预算拨", "款收入", "政府性基金预算拨", "款收入",
        "国有资本经营预算拨", "款收入", "财政专户管理资", "金收入", "事业收", "入", "上级补助", "收入", "附属单位上缴",
        "收入", "事业单位经营", "收入", "其他收", "入");
    t.rows.add(new Row(sum, false, false));
    t.rows.add(new Row(unit, false, false));
    return t;
  }
}
