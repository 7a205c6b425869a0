package yujue.parse.render;

import java.util.List;
import yujue.parse.model.Measure;

/**
 * Title, contents (目录) and part one (部门概况) with the department's name, duties, the units the
 * report covers and, where the report states them, its staff numbers.
 */
final class FrontMatter {

  private FrontMatter() {}

  static final List<String> FINAL_TABLES = List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款收入支出决算表", "财政拨款“三公”经费支出决算表", "机关运行经费支出情况表", "政府采购支出情况表");
  static final List<String> BUDGET_TABLES = List.of("收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表",
      "一般公共预算基本支出表", "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表");

  /**
   * @param titleName the department name as the title prints it (with OCR noise when asked), or
   *     null for a report without a title
   */
  static void write(Doc doc, Facts f, String titleName, Prose w) {
    if (titleName != null) {
      doc.para(titleName);
      doc.para(w.year() + (f.isFinal() ? "年度部门决算" : "年部门预算"));
    }
    doc.heading(1, "目录");
    doc.heading(2, "第一部分 部门概况");
    for (String s : f.isFinal() ? List.of("一、部门职责", "二、机构设置情况") : List.of("一、主要职能", "二、机构设置",
        "三、部门预算单位构成")) {
      doc.add(new Doc.Item(s));
    }
    doc.heading(2, w.partTwo());
    List<String> tables = f.isFinal() ? FINAL_TABLES : BUDGET_TABLES;
    for (int i = 0; i < tables.size(); i++) {
      doc.add(new Doc.Item(Num.chinese(i + 1) + "、" + tables.get(i)));
    }
    doc.heading(2, w.partThree());
    doc.heading(2, "第四部分 名词解释");
    doc.add(new Doc.PageBreak());

    doc.heading(1, "第一部分 部门概况");
    doc.heading(2, f.isFinal() ? "一、部门职责" : "一、主要职能");
    doc.para(f.department + "主要职责是：负责机关日常政务和事务的综合协调，承办公文起草、审核、运转和归档工作；"
        + "组织会议和重大活动，督促检查决定事项的落实；负责政务信息、政务公开和电子政务工作；完成上级交办的其他任务。");
    doc.heading(2, f.isFinal() ? "二、机构设置情况" : "二、机构设置");
    doc.para("纳入" + w.yearMid() + (f.isFinal() ? "年度决算" : "年度预算") + "编制范围的预算单位共计1个，具体包括："
        + f.department + "本级。");
    String staff = staff(f);
    if (staff != null) {
      doc.heading(2, "三、人员构成情况");
      doc.para(staff);
    }
    doc.add(new Doc.PageBreak());
  }

  /** "人员编制：核定编制40人，实际在岗人员49人。" for the headcounts the report states. */
  private static String staff(Facts f) {
    Prose.Clauses c = new Prose.Clauses();
    var authorized = f.narrativeAmount(Measure.HEADCOUNT_AUTHORIZED);
    var actual = f.narrativeAmount(Measure.HEADCOUNT_ACTUAL);
    if (authorized != null) {
      c.add("核定编制" + Num.count(authorized) + "人");
    }
    if (actual != null) {
      c.add("实际在岗人员" + Num.count(actual) + "人");
    }
    return c.isEmpty() ? null : "人员编制：" + c.join("，") + "。";
  }
}
