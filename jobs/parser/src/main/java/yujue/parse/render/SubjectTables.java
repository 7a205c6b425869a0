package yujue.parse.render;

import static yujue.parse.render.Doc.Cell.amount;
import static yujue.parse.render.Doc.Cell.code;
import static yujue.parse.render.Doc.Cell.empty;
import static yujue.parse.render.Doc.Cell.name;
import static yujue.parse.render.Doc.Cell.total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import yujue.parse.model.Measure;
import yujue.parse.render.Doc.Cell;
import yujue.parse.render.Doc.Row;
import yujue.parse.render.Doc.Table;

/**
 * Tables by function subject (final 02, 03, 05, 07, 08; budget 3, 5, 8, 9): a 合计 line, then one
 * line per subject (code, name, one cell per column) in the order the report printed them.
 */
final class SubjectTables {

  private SubjectTables() {}

  private static final List<String> INCOME = List.of("total", "fiscal", "upper_grant", "business", "operating",
      "affiliated", "other");
  private static final List<String> SPENDING = List.of("total", "basic", "project", "remit_upper", "operating_exp",
      "affiliated_subsidy");
  private static final List<String> BUDGET_SPENDING = List.of("total", "basic", "project", "operating_exp",
      "remit_upper", "affiliated_subsidy");
  private static final List<String> SPLIT = List.of("total", "basic", "project");
  private static final List<String> FUND = List.of("carryover_begin", "income", "total", "basic", "project",
      "carryover_end");

  /** The 合计 line's cells that are document totals (TotalRows): column -> measure id. */
  private static final Map<String, Map<String, String>> TOTAL_MEASURES = Map.of(
      "F02", Map.of("total", Measure.INCOME_TOTAL, "fiscal", Measure.FISCAL_INCOME),
      "F03", Map.of("total", Measure.EXPENDITURE_TOTAL, "basic", Measure.BASIC_EXPENDITURE,
          "project", Measure.PROJECT_EXPENDITURE),
      "B3", Map.of("total", Measure.EXPENDITURE_TOTAL, "basic", Measure.BASIC_EXPENDITURE,
          "project", Measure.PROJECT_EXPENDITURE),
      "F05", Map.of("total", Measure.GENERAL_BUDGET_EXPENDITURE, "basic", "general_budget_basic_expenditure",
          "project", "general_budget_project_expenditure"),
      "B5", Map.of("total", Measure.GENERAL_BUDGET_EXPENDITURE, "basic", "general_budget_basic_expenditure",
          "project", "general_budget_project_expenditure"));

  static Table f02(Facts f) {
    Table t = new Table("F02", 2, "收入决算表");
    t.tabHeader("项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入");
    t.tabHeader("功能分类科目代码", "科目名称", "", "", "", "", "", "", "");
    t.tabHeader("栏次", "", "1", "2", "3", "4", "5", "6", "7");
    t.flowHeader("项目", "本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入", "附属单位上缴收", "入", "其他收入科目代",
        "码", "科目名称", "栏次 1 2 3 4 5 6 7");
    return fill(t, f, INCOME);
  }

  static Table f03(Facts f) {
    Table t = new Table("F03", 3, "支出决算表");
    t.tabHeader("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
    t.tabHeader("功能分类科目代码", "科目名称", "", "", "", "", "", "");
    t.tabHeader("栏次", "", "1", "2", "3", "4", "5", "6");
    t.flowHeader("项目", "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出", "对附属单位补助", "支出", "科目代", "码",
        "科目名称", "栏次 1 2 3 4 5 6");
    return fill(t, f, SPENDING);
  }

  static Table f05(Facts f) {
    Table t = new Table("F05", 5, "一般公共预算财政拨款支出决算表");
    t.tabHeader("项目", "", "本年支出", "", "");
    t.tabHeader("功能分类科目代码", "科目名称", "小计", "基本支出", "项目支出");
    t.tabHeader("栏次", "", "1", "2", "3");
    t.flowHeader("项目 本年支出", "科目代", "码", "科目名称 小计 基本支出 项目支出", "栏次 1 2 3");
    return fill(t, f, SPLIT);
  }

  static Table f07(Facts f) {
    return fund(new Table("F07", 7, "政府性基金预算财政拨款收入支出决算表"), f, "政府性基金预算财政拨款收入支出");
  }

  static Table f08(Facts f) {
    return fund(new Table("F08", 8, "国有资本经营预算财政拨款收入支出决算表"), f, "国有资本经营预算财政拨款收入支出");
  }

  private static Table fund(Table t, Facts f, String what) {
    t.tabHeader("项目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余");
    t.tabHeader("功能分类科目代码", "科目名称", "", "", "小计", "基本支出", "项目支出", "");
    t.tabHeader("栏次", "", "1", "2", "3", "4", "5", "6");
    t.flowHeader("项目", "年初结转和结", "余", "本年收入", "本年支出", "年末结转和结", "余", "科目代", "码",
        "科目名称 小计 基本支出 项目支出", "栏次 1 2 3 4 5 6");
    fill(t, f, FUND);
    if (f.function(t.code).isEmpty()) {
      t.rows.add(Row.text("注：" + f.year + "年度本部门没有" + what + "，故本表无数据。"));
    }
    return t;
  }

  static Table b3(Facts f) {
    Table t = new Table("B3", 3, "支出总表");
    t.header(List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出",
        "对附属单位补助支出"), "科目编码 科目名称 合计 基本支出 项目支出 事业单位经营支出 上缴上级支出 对附属单位补助支出");
    return fill(t, f, BUDGET_SPENDING);
  }

  static Table b5(Facts f) {
    return budgetSplit(new Table("B5", 5, "一般公共预算支出表"), f, "一般公共预算支出");
  }

  static Table b8(Facts f) {
    return budgetSplit(new Table("B8", 8, "政府性基金预算支出表"), f, "政府性基金预算支出");
  }

  static Table b9(Facts f) {
    return budgetSplit(new Table("B9", 9, "国有资本经营预算支出表"), f, "国有资本经营预算支出");
  }

  private static Table budgetSplit(Table t, Facts f, String what) {
    String year = f.year + "年预算数";
    t.header(List.of("支出功能分类科目", "", year, "", ""), "支出功能分类科目 " + year);
    t.header(List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"), "科目编码 科目名称 合计 基本支出 项目支出");
    fill(t, f, SPLIT);
    if (f.function(t.code).isEmpty() && !t.code.equals("B5")) {
      t.rows.add(Row.text("注：本部门" + f.year + "年没有" + what + "，故本表无数据。"));
    }
    return t;
  }

  /** The 合计 line and the subject lines. */
  private static Table fill(Table t, Facts f, List<String> columns) {
    List<Facts.SubjectRow> rows = Facts.rows(f.function(t.code));
    List<Cell> sum = new ArrayList<>(List.of(total("合计"), empty()));
    Map<String, String> totals = TOTAL_MEASURES.getOrDefault(t.code, Map.of());
    for (String col : columns) {
      BigDecimal v = totals.containsKey(col) ? f.table(t.code, totals.get(col)) : classSum(rows, col);
      sum.add(v == null ? empty() : amount(Num.table(v)));
    }
    t.rows.add(Row.data(sum));
    for (Facts.SubjectRow r : rows) {
      List<Cell> cells = new ArrayList<>(List.of(code(r.code()), name(r.name())));
      for (String col : columns) {
        BigDecimal v = r.cells().get(col);
        cells.add(v == null ? empty() : amount(Num.table(v)));
      }
      t.rows.add(Row.data(cells));
    }
    return t;
  }

  /** A 合计 cell that is no document total: the sum of the class lines (类 = 3-digit codes), if any has one. */
  private static BigDecimal classSum(List<Facts.SubjectRow> rows, String col) {
    BigDecimal sum = null;
    for (Facts.SubjectRow r : rows) {
      BigDecimal v = r.cells().get(col);
      if (r.code().length() == 3 && v != null) {
        sum = sum == null ? v : sum.add(v);
      }
    }
    return sum;
  }
}
