package yujue.parse.model;

import java.math.BigDecimal;

/**
 * One project's self-evaluation (项目支出绩效自评): money in 万元, the execution rate in % and the
 * project's overall self-evaluation score (the 总分 row's 得分, or "项目自评得分 … 分"), not the
 * 预算执行率 sub-score. A figure the report does not print is null. The provenance table code is
 * {@link #TABLE_CODE} when any figure comes from the project's table, null for the narrative alone.
 */
public record ProjectEvaluation(
    String projectName, BigDecimal budgetInitial, BigDecimal budgetFullYear, BigDecimal executed,
    BigDecimal executionPct, BigDecimal score, Provenance provenance) {

  /** Table code of a 项目支出绩效自评表 (not a numbered public table). */
  public static final String TABLE_CODE = "PE";
}
