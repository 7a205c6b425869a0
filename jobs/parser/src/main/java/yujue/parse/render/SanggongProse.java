package yujue.parse.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;

/**
 * The 三公 section of the narrative. Clause by clause, as the reports write it and the parser reads
 * it: a clause naming a part (因公出国, 公务用车购置及运行维护费, 购置费, 运行维护费, 接待费) makes
 * it the subject of the figures that follow, 预算 marks a budget figure, 支出决算 an actual one.
 */
final class SanggongProse {

  private SanggongProse() {}

  private static final String OUT = "因公出国（境）费用";
  private static final String CAR = "公务用车购置及运行维护费";
  private static final String BUY = "公务用车购置费";
  private static final String RUN = "公务用车运行维护费";
  private static final String HOST = "公务接待费";

  static void writeFinal(Doc doc, Facts f, Prose w, String y) {
    List<String> items = new ArrayList<>();
    String outFigures = figures(f, w, Part.OUTBOUND);
    BigDecimal groups = f.narrativeAmount(Measure.OUTBOUND_GROUPS);
    BigDecimal persons = f.narrativeAmount(Measure.OUTBOUND_PERSONS);
    if (outFigures != null || groups != null || persons != null) {
      String counts = groups != null
          ? "全年使用财政拨款安排因公出国（境）团组" + Num.count(groups) + "个" + (persons != null ? "，" + Num.count(persons) + "人次" : "")
          : persons != null ? "全年使用财政拨款安排因公出国（境）人员：" + Num.count(persons) + "人次" : null;
      items.add("1." + OUT + (outFigures != null ? outFigures : "方面") + (counts == null ? "。" : "。" + counts + "。"));
    }
    String car = vehicles(f, w);
    if (car != null) {
      items.add(car);
    }
    String hostFigures = figures(f, w, Part.RECEPTION);
    BigDecimal batches = f.narrativeAmount(Measure.RECEPTION_BATCHES);
    BigDecimal visitors = f.narrativeAmount(Measure.RECEPTION_PERSONS);
    if (hostFigures != null || batches != null || visitors != null) {
      Prose.Clauses c = new Prose.Clauses();
      c.add(batches == null ? null : "接待" + Num.count(batches) + "批次");
      c.add(visitors == null ? null : "接待" + Num.count(visitors) + "人次");
      items.add("3." + HOST + (hostFigures != null ? hostFigures : "方面") + "。" + (c.isEmpty() ? "" : "其中：" + c.join("，") + "。"));
    }
    doc.heading(3, "（一）“三公”经费支出总体情况说明。");
    String total = figures(f, w, Part.TOTAL);
    if (total != null) {
      doc.para(y + "“三公”经费支出" + total + "。");
      doc.heading(3, "（二）“三公”经费支出具体执行情况说明。");
      items.forEach(doc::para);
    } else {
      // no total: the parts follow in the same sentence, so the section still opens on a figure
      doc.para(y + "“三公”经费支出具体情况如下：" + String.join("", items));
    }
    String changes = changes(f, w, Basis.ACTUAL, "支出决算数", y + "“三公”经费支出决算数");
    if (changes != null) {
      doc.heading(3, "（三）“三公”经费增减变化情况说明。");
      doc.para(changes);
    }
  }

  /** Item 2: the vehicle costs, their two parts, vehicles bought and held. */
  private static String vehicles(Facts f, Prose w) {
    String car = figures(f, w, Part.VEHICLE_TOTAL);
    String buy = figures(f, w, Part.VEHICLE_PURCHASE);
    String run = figures(f, w, Part.VEHICLE_OPERATION);
    BigDecimal bought = f.narrativeAmount(Measure.VEHICLES_PURCHASED);
    MeasureFact held = f.narrative(Measure.VEHICLES_HELD).filter(m -> m.aboutYear() == f.year).orElse(null);
    if (car == null && buy == null && run == null && bought == null && held == null) {
      return null;
    }
    Prose.Clauses parts = new Prose.Clauses();
    if (buy != null || bought != null) {
      parts.add((buy != null ? BUY + buy : "") + (bought != null ? (buy != null ? "，" : "") + "购置公务用车" + Num.count(bought) + "辆" : ""));
    }
    if (run != null || held != null) {
      parts.add((run != null ? RUN + run : "") + (held != null ? (run != null ? "，" : "") + "公务用车保有量为"
          + Num.count(held.amount()) + "辆" : ""));
    }
    return "2." + CAR + (car != null ? car : "方面") + "。" + (parts.isEmpty() ? "" : "其中：" + parts.join("；") + "。");
  }

  /** "预算为 X 万元，支出决算为 Y 万元" for the figures the narrative states of a part; null if none. */
  private static String figures(Facts f, Prose w, Part p) {
    BigDecimal budget = f.sanggongNarrative(Basis.BUDGET, p);
    BigDecimal actual = f.sanggongNarrative(Basis.ACTUAL, p);
    Prose.Clauses c = new Prose.Clauses();
    c.add(budget == null ? null : "预算为" + w.wan(budget));
    c.add(actual == null ? null : "支出决算为" + w.wan(actual));
    String pct = budget != null && actual != null ? Num.percent(actual, budget) : null;
    c.add(pct == null ? null : "完成预算的" + pct);
    return c.isEmpty() ? null : c.join("，");
  }

  /**
   * The year-over-year sentence: the total's change, then each part's ("与上年持平" for none), for
   * the figures the report derives last year's value from; null when it derives none.
   */
  private static String changes(Facts f, Prose w, Basis basis, String noun, String opening) {
    BigDecimal totalChange = f.sanggongChange(basis, Part.TOTAL);
    Prose.Clauses parts = new Prose.Clauses();
    for (Part p : List.of(Part.OUTBOUND, Part.VEHICLE_TOTAL, Part.VEHICLE_PURCHASE, Part.VEHICLE_OPERATION,
        Part.RECEPTION)) {
      BigDecimal c = f.sanggongChange(basis, p);
      if (c != null) {
        parts.add(name(p) + noun + w.change(c, f.sanggongDerived(basis, p), ""));
      }
    }
    if (totalChange == null && parts.isEmpty()) {
      return null;
    }
    String head = opening + (totalChange != null ? w.change(totalChange, f.sanggongDerived(basis, Part.TOTAL), "")
        : "变化情况如下");
    return head + "。" + (parts.isEmpty() ? "" : "其中：" + parts.join("；") + "。");
  }

  private static String name(Part p) {
    return switch (p) {
      case TOTAL -> "“三公”经费";
      case OUTBOUND -> OUT;
      case VEHICLE_TOTAL -> CAR;
      case VEHICLE_PURCHASE -> BUY;
      case VEHICLE_OPERATION -> RUN;
      case RECEPTION -> HOST;
    };
  }

  /**
   * The budget report's sentence: "“三公”经费预算数为 X 万元，比上年增加…，其中：因公出国（境）费
   * Y 万元，…；公务用车购置及运行费 …；公务接待费 …。"
   */
  static void writeBudget(Doc doc, Facts f, Prose w, String opening) {
    BigDecimal total = f.sanggongNarrative(Basis.BUDGET, Part.TOTAL);
    BigDecimal totalChange = f.sanggongChange(Basis.BUDGET, Part.TOTAL);
    StringBuilder sb = new StringBuilder(opening).append("一般公共预算“三公”经费预算数");
    sb.append(total != null ? "为" + w.wan(total) : "情况如下");
    if (totalChange != null) {
      sb.append("，").append(w.change(totalChange, f.sanggongDerived(Basis.BUDGET, Part.TOTAL), ""));
    }
    Prose.Clauses parts = new Prose.Clauses();
    String[][] names = {{"OUTBOUND", "因公出国（境）费"}, {"VEHICLE_TOTAL", "公务用车购置及运行费"},
        {"VEHICLE_PURCHASE", BUY}, {"VEHICLE_OPERATION", RUN}, {"RECEPTION", HOST}};
    for (String[] n : names) {
      Part p = Part.valueOf(n[0]);
      BigDecimal v = f.sanggongNarrative(Basis.BUDGET, p);
      BigDecimal c = f.sanggongChange(Basis.BUDGET, p);
      if (v == null && c == null) {
        continue;
      }
      parts.add(n[1] + (v != null ? w.wan(v) : "") + (c != null ? (v != null ? "，" : "") + w.change(c,
          f.sanggongDerived(Basis.BUDGET, p), "") : ""));
    }
    sb.append(parts.isEmpty() ? "" : "，其中：" + parts.join("；")).append("。");
    doc.para(sb.toString());
  }
}
