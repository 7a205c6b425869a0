package yujue.parse.render;

import static yujue.parse.render.Doc.Cell.amount;
import static yujue.parse.render.Doc.Cell.empty;
import static yujue.parse.render.Doc.Cell.integer;
import static yujue.parse.render.Doc.Cell.label;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import yujue.parse.model.Measure;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.render.Doc.Cell;
import yujue.parse.render.Doc.Row;
import yujue.parse.render.Doc.Table;

/**
 * 三公 tables: final 09 (预算数 then 决算数, six columns each, then the statistics block) and budget
 * 7 (上年预算数 then 本年预算数). One line of twelve cells, blank where the report has no figure.
 */
final class SanggongTable {

  private SanggongTable() {}

  static Table f09(Facts f) {
    Table t = new Table("F09", 9, "财政拨款“三公”经费支出决算表");
    String out = "因公出国（境）费用";
    String car = "公务用车购置及运行维护费";
    t.tabHeader("预算数", "", "", "", "", "", "决算数", "", "", "", "", "");
    t.tabHeader("合计", out, car, "", "", "公务接待费", "合计", out, car, "", "", "公务接待费");
    t.tabHeader("", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", "");
    t.flowHeader("预算数 决算数", "合计 因公出国 " + car + " 公务接待费 合计 因公出国 " + car + " 公务接待费", "小计", "公务用车购",
        "置费", "公务用车运", "行维护费", "小计", "公务用车购", "置费", "公务用车运", "行维护费");
    numbers(t);
    t.rows.add(data(f, "F09", f.year, Basis.BUDGET, f.year, Basis.ACTUAL));
    t.rows.add(Row.text("注：本表反映的预算数为财政拨款“三公”经费全年预算数，反映按规定程序调整后的预算数；"
        + "决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。"));
    String[][] stats = {
        {"因公出国（境）团组数（个）", Measure.OUTBOUND_GROUPS, "因公出国（境）人次数（人）", Measure.OUTBOUND_PERSONS},
        {"公务用车购置数（辆）", Measure.VEHICLES_PURCHASED, "公务用车保有量（辆）", Measure.VEHICLES_HELD},
        {"国内公务接待批次（个）", Measure.RECEPTION_BATCHES, "国内公务接待人次（人）", Measure.RECEPTION_PERSONS}};
    boolean any = false;
    for (String[] s : stats) {
      any |= f.table("F09", s[1]) != null || f.table("F09", s[3]) != null;
    }
    if (any) {
      t.rows.add(Row.other("项目", "统计数", "项目", "统计数"));
      for (String[] s : stats) {
        t.rows.add(new Row(new ArrayList<>(List.of(label(s[0]), count(f.table("F09", s[1])), label(s[2]),
            count(f.table("F09", s[3])))), false, false));
      }
    }
    return t;
  }

  static Table b7(Facts f) {
    Table t = new Table("B7", 7, "一般公共预算“三公”经费支出表");
    String out = "因公出国(境)费用";
    String car = "公务用车购置及运行费";
    String year = f.year + "年预算数";
    t.tabHeader("上年预算数", "", "", "", "", "", year, "", "", "", "", "");
    t.tabHeader("合计", out, car, "", "", "公务接待费", "合计", out, car, "", "", "公务接待费");
    t.tabHeader("", "", "小计", "公务用车购置费", "公务用车运行费", "", "", "", "小计", "公务用车购置费", "公务用车运行费", "");
    t.flowHeader("上年预算数 " + year, "合计 " + out, car, "公务接待费 合计 " + out, car, "公务接待费",
        "小计 公务用车购置费 公务用车运行费 小计 公务用车购置费 公务用车运行费");
    t.rows.add(data(f, "B7", f.year - 1, Basis.BUDGET, f.year, Basis.BUDGET));
    return t;
  }

  /** The column numbers line 1 … 12. */
  private static void numbers(Table t) {
    String[] n = new String[12];
    for (int i = 0; i < 12; i++) {
      n[i] = Integer.toString(i + 1);
    }
    t.rows.add(Row.other(n));
  }

  private static Row data(Facts f, String table, int firstYear, Basis first, int secondYear, Basis second) {
    List<Cell> cells = new ArrayList<>();
    for (Part p : Part.values()) {
      cells.add(cell(f.sanggongTable(table, firstYear, first, p)));
    }
    for (Part p : Part.values()) {
      cells.add(cell(f.sanggongTable(table, secondYear, second, p)));
    }
    return Row.data(cells);
  }

  static boolean hasRow(Facts f, String table) {
    return f.report.sanggong().stream().anyMatch(s -> table.equals(s.provenance().tableCode()));
  }

  private static Cell cell(BigDecimal v) {
    return v == null ? empty() : amount(Num.table(v));
  }

  private static Cell count(BigDecimal v) {
    return v == null ? empty() : integer(Num.count(v));
  }
}
