package yujue.parse.render;

import java.math.BigDecimal;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;

/** Sentences on 人员经费 / 公用经费, 政府采购 and the vehicle stock, shared by final and budget narratives. */
final class Costs {

  private Costs() {}

  /**
   * "人员经费 X 万元，比上年…，主要包括…。公用经费 Y 万元，…。": each in a sentence of its own, so
   * that a year-over-year clause belongs to the figure before it.
   */
  static String sentences(Facts f, Prose w) {
    StringBuilder sb = new StringBuilder();
    BigDecimal personnel = f.narrativeAmount(Measure.PERSONNEL_COST);
    BigDecimal common = f.narrativeAmount(Measure.PUBLIC_COST);
    if (personnel != null) {
      sb.append("其中：人员经费").append(w.wan(personnel)).append(FinalNarrative.changeClause(f, w, Measure.PERSONNEL_COST))
          .append("，主要包括基本工资、津贴补贴、奖金、社会保障缴费、住房公积金、退休费等。");
    }
    if (common != null) {
      sb.append("公用经费").append(w.wan(common)).append(FinalNarrative.changeClause(f, w, Measure.PUBLIC_COST))
          .append("，主要包括办公费、印刷费、邮电费、差旅费、维修（护）费、公务用车运行维护费等。");
    }
    return sb.toString();
  }

  /** The 政府采购 sentences: total, goods, works, services, then the contracts awarded to SMEs. */
  static String procurement(Facts f, Prose w, boolean isFinal) {
    String kind = isFinal ? "支出" : "预算";
    BigDecimal total = f.narrativeAmount(Measure.PROCUREMENT_TOTAL);
    Prose.Clauses parts = new Prose.Clauses();
    String[][] lines = {{"货物", Measure.PROCUREMENT_GOODS}, {"工程", Measure.PROCUREMENT_WORKS},
        {"服务", Measure.PROCUREMENT_SERVICES}};
    for (String[] l : lines) {
      BigDecimal v = f.narrativeAmount(l[1]);
      if (v != null) {
        parts.add("政府采购" + l[0] + kind + w.wan(v));
      }
    }
    BigDecimal sme = f.narrativeAmount(Measure.PROCUREMENT_SME);
    BigDecimal small = f.narrativeAmount(Measure.PROCUREMENT_SMALL_MICRO);
    if (total == null && parts.isEmpty() && sme == null && small == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder("本部门");
    sb.append(total != null ? "政府采购" + kind + "总额" + w.wan(total) : "政府采购" + kind + "情况如下");
    sb.append(parts.isEmpty() ? "" : "，其中：" + parts.join("、")).append("。");
    if (sme != null) {
      String pct = Num.percent(sme, total);
      sb.append("授予中小企业合同金额").append(w.wan(sme)).append(pct == null ? "" : "，占政府采购" + kind + "总额的" + pct);
    }
    if (small != null) {
      String pct = Num.percent(small, sme);
      sb.append(sme == null ? "" : "，其中：").append("授予小微企业合同金额").append(w.wan(small))
          .append(pct == null ? "" : "，占授予中小企业合同金额的" + pct);
    }
    if (sme != null || small != null) {
      sb.append("。");
    }
    return sb.toString();
  }

  /** "截至2022年12月底，本部门共有车辆8辆。": a vehicle count the narrative dates to another year than the report's. */
  static String vehicleStock(Facts f) {
    MeasureFact m = FinalNarrative.vehiclesElsewhere(f);
    return m == null ? null : stock(m, f);
  }

  static String stock(MeasureFact m, Facts f) {
    return "截至" + m.aboutYear() + "年12月底，" + f.department + "共有车辆" + Num.count(m.amount()) + "辆。";
  }
}
