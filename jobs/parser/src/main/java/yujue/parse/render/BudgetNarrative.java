package yujue.parse.render;

import java.math.BigDecimal;
import yujue.parse.model.Measure;
import yujue.parse.model.SubjectFact;

/**
 * Part three of a budget report (部门预算情况说明), in the budget reports' own phrasing: 收支总预算,
 * 收入预算 by source, 支出预算 split 基本/项目, 一般公共预算当年拨款, 人员经费 / 公用经费, the 三公
 * sentence, 机关运行经费, 政府采购 and the vehicle stock.
 */
final class BudgetNarrative {

  private BudgetNarrative() {}

  static void write(Doc doc, Facts f, Prose w) {
    String d = f.department;
    String y = w.yearMid() + "年";
    doc.heading(1, w.partThree());

    doc.heading(2, "一、关于" + d + y + "部门收支预算情况的总体说明");
    BigDecimal grand = f.narrativeAmount(Measure.GRAND_TOTAL);
    doc.para("按照综合预算的原则，" + d + "所有收入和支出均纳入部门预算管理。"
        + (grand == null ? "" : d + y + "收支总预算" + w.wan(grand) + FinalNarrative.changeClause(f, w, Measure.GRAND_TOTAL)
            + "。"));

    doc.heading(2, "二、关于" + d + y + "部门收入预算情况说明");
    BigDecimal income = f.table("B1", Measure.GRAND_TOTAL);
    Prose.Clauses sources = new Prose.Clauses();
    BigDecimal carry = f.table("B1", Measure.CARRYOVER_BEGIN);
    BigDecimal general = f.table("B1", Measure.GENERAL_BUDGET_INCOME);
    sources.add(carry == null ? null : "上年结转" + w.wan(carry) + Prose.share(carry, income));
    sources.add(general == null ? null : "一般公共预算拨款收入" + w.wan(general) + Prose.share(general, income));
    if (income != null) {
      doc.para(d + y + "收入预算" + w.wan(income) + (sources.isEmpty() ? "" : "，其中：" + sources.join("；")) + "。");
    }

    doc.heading(2, "三、关于" + d + y + "部门支出预算情况说明");
    BigDecimal spending = f.narrativeAmount(Measure.EXPENDITURE_TOTAL);
    String split = FinalNarrative.basicAndProject(f, w, spending != null ? spending : f.current(Measure.EXPENDITURE_TOTAL));
    BigDecimal income2 = f.narrativeAmount(Measure.INCOME_TOTAL);
    if (spending != null || split != null) {
      doc.para(d + (spending != null ? y + "支出预算" + w.wan(spending) : "支出预算情况如下")
          + (split == null ? "" : "，其中：" + split) + "。");
    }
    if (income2 != null) {
      doc.para("本年收入合计" + w.wan(income2) + "。");
    }

    doc.heading(2, "四、关于" + d + y + "财政拨款收支预算情况的总体说明");
    BigDecimal appropriation = f.table("B4", Measure.appropriation(Measure.GRAND_TOTAL));
    if (appropriation != null) {
      doc.para(d + y + "财政拨款收支总预算" + w.wan(appropriation) + "。");
    }

    doc.heading(2, "五、关于" + d + y + "一般公共预算当年拨款情况说明");
    BigDecimal current = f.table("B5", Measure.GENERAL_BUDGET_EXPENDITURE);
    if (current != null) {
      doc.heading(3, "（一）一般公共预算当年拨款规模变化情况。");
      doc.para(d + y + "一般公共预算当年拨款" + w.wan(current) + "。");
      Prose.Clauses c = new Prose.Clauses();
      for (SubjectFact s : f.function("B5")) {
        if (s.subjectCode().length() == 3 && s.measure().equals("total")) {
          c.add(s.subjectName().replaceFirst("支出$", "") + "（类）支出" + w.wan(s.amount()) + Prose.share(s.amount(), current));
        }
      }
      if (!c.isEmpty()) {
        doc.heading(3, "（二）一般公共预算当年拨款结构情况。");
        doc.para(c.join("；") + "。");
      }
    }

    doc.heading(2, "六、关于" + d + y + "一般公共预算基本支出情况说明");
    BigDecimal basic = f.table("B5", "general_budget_basic_expenditure");
    doc.para(d + y + "一般公共预算基本支出" + (basic == null ? "情况如下" : w.wan(basic)) + "。" + Costs.sentences(f, w));

    doc.heading(2, "七、关于" + d + y + "一般公共预算“三公”经费预算情况说明");
    SanggongProse.writeBudget(doc, f, w, d + y);

    doc.heading(2, "八、关于" + d + y + "政府性基金预算支出情况的说明");
    doc.para(d + y + "没有使用政府性基金预算拨款安排的支出。");
    doc.heading(2, "九、关于" + d + y + "国有资本经营预算支出情况的说明");
    doc.para(d + y + "没有使用国有资本经营预算的支出。");

    doc.heading(2, "十、其他重要事项的情况说明");
    BigDecimal operating = f.narrativeAmount(Measure.OPERATING_COST);
    if (operating != null) {
      doc.heading(3, "（一）机关运行经费安排情况。");
      BigDecimal change = f.change(Measure.OPERATING_COST);
      doc.para(y + d + "机关运行经费财政拨款预算" + w.wan(operating)
          + (change == null ? "" : "，" + w.change(change, f.derived(Measure.OPERATING_COST), "预算")) + "。");
    }
    String procurement = Costs.procurement(f, w, false);
    if (procurement != null) {
      doc.heading(3, "（二）政府采购安排情况。");
      doc.para(y + procurement);
    }
    var vehicles = f.narrative(Measure.VEHICLES_HELD);
    if (vehicles.isPresent()) {
      doc.heading(3, "（三）国有资产占有使用情况。");
      doc.para(Costs.stock(vehicles.get(), f));
    }
    doc.add(new Doc.PageBreak());
    doc.heading(1, "第四部分 名词解释");
    doc.para("一般公共预算拨款收入：指本级财政当年拨付的资金。");
    doc.para("机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。");
  }
}
