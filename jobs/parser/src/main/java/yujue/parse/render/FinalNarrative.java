package yujue.parse.render;

import java.math.BigDecimal;
import java.util.List;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.SubjectFact;

/**
 * Part three of a final report (情况说明): one section per table restating its figures in the
 * sentence patterns the reports use, the year-over-year changes that give last year's figures, and
 * the 三公, 机关运行经费 and 政府采购 sections. A sentence is written only for facts the report has.
 */
final class FinalNarrative {

  private FinalNarrative() {}

  static void write(Doc doc, Facts f, Prose w) {
    String y = w.year() + "年度";
    doc.heading(1, w.partThree());

    doc.heading(2, "一、收入支出决算总体情况说明");
    BigDecimal grand = f.narrativeAmount(Measure.GRAND_TOTAL);
    if (grand != null) {
      doc.para(y + "收入、支出总计" + w.wan(grand) + changeClause(f, w, Measure.GRAND_TOTAL)
          + "，主要原因是人员和项目经费变动。");
    }

    doc.heading(2, "二、收入决算情况说明");
    BigDecimal income = f.narrativeAmount(Measure.INCOME_TOTAL);
    if (income != null) {
      Prose.Clauses c = new Prose.Clauses();
      BigDecimal fiscal = f.current(Measure.FISCAL_INCOME);
      if (fiscal != null) {
        c.add("财政拨款收入" + w.wan(fiscal) + Prose.share(fiscal, income));
      }
      BigDecimal other = f.table("F01", Measure.OTHER_INCOME);
      if (other != null) {
        c.add("其他收入" + w.wan(other) + Prose.share(other, income));
      }
      doc.para("本年收入合计" + w.wan(income) + (c.isEmpty() ? "" : "，其中：" + c.join("；")) + "。");
    }

    doc.heading(2, "三、支出决算情况说明");
    BigDecimal spending = f.narrativeAmount(Measure.EXPENDITURE_TOTAL);
    String split = basicAndProject(f, w, spending);
    if (spending != null || split != null) {
      doc.para((spending != null ? "本年支出合计" + w.wan(spending) : "本年支出情况如下")
          + (split == null ? "" : "，其中：" + split) + "。");
    }

    doc.heading(2, "四、财政拨款收入支出决算总体情况说明");
    BigDecimal appropriation = f.table("F04", Measure.appropriation(Measure.GRAND_TOTAL));
    if (appropriation != null) {
      doc.para(y + "财政拨款收入、支出总计" + w.wan(appropriation) + "。");
    }

    doc.heading(2, "五、一般公共预算财政拨款支出决算情况说明");
    generalBudget(doc, f, w, y);

    doc.heading(2, "六、一般公共预算财政拨款基本支出决算情况说明");
    BigDecimal basic = f.table("F05", "general_budget_basic_expenditure");
    String costs = Costs.sentences(f, w);
    doc.para(y + "一般公共预算财政拨款基本支出" + (basic == null ? "情况如下" : w.wan(basic)) + "。" + costs);

    doc.heading(2, "七、政府性基金预算财政拨款收入支出决算情况说明");
    doc.para(fundSentence(f, w, "F07", y, "政府性基金预算财政拨款收入支出"));
    doc.heading(2, "八、国有资本经营预算财政拨款收入支出决算情况说明");
    doc.para(fundSentence(f, w, "F08", y, "国有资本经营预算财政拨款收入支出"));

    doc.heading(2, "九、财政拨款“三公”经费支出决算情况说明");
    SanggongProse.writeFinal(doc, f, w, y);

    doc.heading(2, "十、机关运行经费支出情况说明");
    BigDecimal operating = f.narrativeAmount(Measure.OPERATING_COST);
    if (operating != null) {
      doc.para(w.year() + "年度，机关运行经费支出" + w.wan(operating) + changeClause(f, w, Measure.OPERATING_COST)
          + "，主要用于办公费、差旅费、公务用车运行维护费等日常开支。");
    }

    doc.heading(2, "十一、政府采购支出情况说明");
    String procurement = Costs.procurement(f, w, true);
    if (procurement != null) {
      doc.para(w.year() + "年度，" + procurement);
    }

    doc.heading(2, "十二、国有资产占用情况说明");
    String vehicles = Costs.vehicleStock(f);
    doc.para(vehicles != null ? vehicles : "本部门国有资产占用情况详见部门决算公开报表。");
    doc.add(new Doc.PageBreak());
    glossary(doc);
  }

  /** ", 比上年减少 7.93 万元，下降 5.83%" when the report derives last year's figure, else nothing. */
  static String changeClause(Facts f, Prose w, String measure) {
    BigDecimal change = f.change(measure);
    return change == null ? "" : "，" + w.change(change, f.derived(measure), "");
  }

  /** "基本支出 X 万元，占 a%；项目支出 Y 万元，占 b%" for the parts the narrative states. */
  static String basicAndProject(Facts f, Prose w, BigDecimal whole) {
    Prose.Clauses c = new Prose.Clauses();
    BigDecimal basic = f.narrativeAmount(Measure.BASIC_EXPENDITURE);
    BigDecimal project = f.narrativeAmount(Measure.PROJECT_EXPENDITURE);
    if (basic != null) {
      c.add("基本支出" + w.wan(basic) + Prose.share(basic, whole));
    }
    if (project != null) {
      c.add("项目支出" + w.wan(project) + Prose.share(project, whole));
    }
    return c.isEmpty() ? null : c.join("；");
  }

  private static void generalBudget(Doc doc, Facts f, Prose w, String y) {
    BigDecimal total = f.table("F05", Measure.GENERAL_BUDGET_EXPENDITURE);
    if (total == null) {
      return;
    }
    doc.heading(3, "（一）一般公共预算财政拨款支出总体情况。");
    BigDecimal all = f.current(Measure.EXPENDITURE_TOTAL);
    doc.para(y + "一般公共预算财政拨款支出" + w.wan(total)
        + (Num.percent(total, all) == null ? "" : "，占本年支出合计的" + Num.percent(total, all)) + "。");
    Prose.Clauses c = new Prose.Clauses();
    for (SubjectFact s : f.function("F05")) {
      if (s.subjectCode().length() == 3 && s.measure().equals("total")) {
        c.add(s.subjectName() + "（类）" + w.wan(s.amount()) + Prose.share(s.amount(), total));
      }
    }
    if (!c.isEmpty()) {
      doc.heading(3, "（二）一般公共预算财政拨款支出结构情况。");
      doc.para(y + "一般公共预算财政拨款支出主要用于以下方面：" + c.join("；") + "。");
    }
    Executions.write(doc, f, w, y);
  }

  private static String fundSentence(Facts f, Prose w, String table, String y, String what) {
    List<SubjectFact> facts = f.function(table);
    BigDecimal sum = facts.stream().filter(s -> s.subjectCode().length() == 3 && s.measure().equals("total"))
        .map(SubjectFact::amount).reduce(BigDecimal::add).orElse(null);
    return sum == null ? y + "本部门没有发生" + what + "相关情况。" : y + "本部门" + what + "详见公开表。";
  }

  private static void glossary(Doc doc) {
    doc.heading(1, "第四部分 名词解释");
    doc.para("财政拨款收入：指本级财政当年拨付的资金。");
    doc.para("基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。");
    doc.para("项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。");
    doc.para("机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。");
  }

  /** The narrative's vehicle count when the sentence names another year (截至…). */
  static MeasureFact vehiclesElsewhere(Facts f) {
    return f.narrative(Measure.VEHICLES_HELD).filter(m -> m.aboutYear() != f.year).orElse(null);
  }
}
