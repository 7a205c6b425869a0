package yujue.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.parse.Samples.dec;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.parse.evaluation.ProjectEvaluations;
import yujue.parse.layout.Segmenter;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.ProjectEvaluation;
import yujue.parse.rows.WarehouseRows;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * Project self-evaluations (项目支出绩效自评) of the sample reports, typed in from reading them.
 * The score is the project's overall self-evaluation score (the 总分 row's 得分 = the narrative's
 * 项目自评得分), not the 预算执行率 sub-score of the 年度资金总额 row.
 */
class ProjectEvaluationsTest {

  @Test
  void haidongTabTablesMergedWithTheirParagraphs() {
    ParsedReport r = Samples.parse(Samples.HAIDONG_FINAL);
    // "对 2024 年度 13 项部门项目支出开展了绩效自评": 13 paragraphs, each followed by its table
    assertEquals(13, r.evaluations().size());
    assertTrue(r.evaluations().stream().allMatch(e -> ProjectEvaluation.TABLE_CODE.equals(e.provenance().tableCode())),
        "every paragraph is paired with its table");
    // line 562: 年度资金总额 | 40 | 40 | 22.33 | 55.83% | 10分 | 8; 总分 100 98; narrative 自评得分 98 分
    ProjectEvaluation e = project(r, "困难党员、贫困群众关爱资金、市政府领导慰问寺院、驻地部队、扶贫联点村经费");
    assertEquals(dec("40.00"), e.budgetFullYear());
    assertEquals(dec("22.33"), e.executed());
    assertEquals(dec("55.83"), e.executionPct());
    assertEquals(dec("98.00"), e.score(), "总分's 得分, not the 8 of 预算执行率");
    assertNull(e.budgetInitial(), "the first amount column has no header word; it is not claimed as 年初预算数");
    assertEquals(Origin.REPORTED, e.provenance().origin());
    assertEquals(562, e.provenance().line());
    // the paragraph says 援青挂职干部工作经费, the table and both list sentences 援青挂职领导干部工作经费
    ProjectEvaluation aid = project(r, "援青挂职领导干部工作经费");
    assertEquals(dec("40.00"), aid.executed());
    assertEquals(dec("100.00"), aid.score());
    // header without 得分 word (line 586): the percentage anchors the row
    ProjectEvaluation liaison = project(r, "市政府驻外联络处经费");
    assertEquals(dec("40.00"), liaison.budgetFullYear());
    assertEquals(dec("100.00"), liaison.executionPct());
    assertEquals(dec("99.00"), liaison.score());
    // table 10 has no 总分 row: figures from the table, the score from the paragraph (自评得分 98 分)
    ProjectEvaluation hotline = project(r, "海东市12345政务服务便民热线2024年度委托运营费");
    assertEquals(dec("306.34"), hotline.budgetFullYear());
    assertEquals(dec("246.26"), hotline.executed());
    assertEquals(dec("80.39"), hotline.executionPct());
    assertEquals(dec("98.00"), hotline.score());
    assertEquals(dec("8.80"), project(r, "党政信息采用奖励资金").executed());
    assertEquals(dec("99.00"), project(r, "党政信息采用奖励资金").score());
    // "13 个项目开展了部门评价，涉及资金 969.33 万元"
    assertEquals(dec("969.33"), sum(r.evaluations().stream().map(ProjectEvaluation::budgetFullYear).toList()));
  }

  @Test
  void xiningMarkdownTablesAsPrinted() {
    ParsedReport r = Samples.parse(Samples.XINING_FINAL);
    // the narrative claims 57 projects (2,140.16 万元); 27 tables are printed, and no per-project paragraph
    assertEquals(27, r.evaluations().size());
    assertTrue(r.evaluations().stream().allMatch(e -> e.provenance().tableCode() != null));
    ProjectEvaluation e = project(r, "互联网主备光纤费");
    assertEquals(dec("40.00"), e.budgetInitial());
    assertEquals(dec("40.00"), e.budgetFullYear());
    assertEquals(dec("40.00"), e.executed());
    assertEquals(dec("100.00"), e.executionPct());
    assertEquals(dec("100.00"), e.score());
    assertEquals(542, e.provenance().line());
    // 年初预算数 全年预算数 (blank) 全年执行数 分值 执行率 得分 | 18.1 18.1 18.1 18.02 10 99.56% 10; 总分 100 100
    ProjectEvaluation energy = project(r, "能耗检测管理费");
    assertEquals(dec("18.10"), energy.budgetFullYear());
    assertEquals(dec("18.02"), energy.executed());
    assertEquals(dec("99.56"), energy.executionPct());
    assertEquals(dec("100.00"), energy.score());
    ProjectEvaluation repair = project(r, "政府办公楼维修费");
    assertEquals(dec("26.50"), repair.budgetInitial());
    assertEquals(dec("3.20"), repair.executed());
    assertEquals(dec("12.08"), repair.executionPct());
    assertEquals(dec("95.00"), repair.score());
    assertEquals(dec("99.80"), project(r, "智慧会议终端服务费").score());
    assertEquals(dec("0.62"), project(r, "政务服务大厅照相费").executed());
    // name cell after an empty cell; inner quotes kept
    assertEquals(dec("20.66"), project(r, "政务服务监督管理局二期改造项目质保金").executed());
    assertEquals(dec("11.25"), project(r, "车辆“北斗”系统服务费").executed());
  }

  @Test
  void linxiaFlowingTablesAndParagraphs() {
    ParsedReport r = Samples.parse(Samples.LINXIA_FINAL);
    // "数字政府运营指挥中心建设维护费…等 4 个项目绩效自评结果"; 附件 4 prints the four tables
    assertEquals(4, r.evaluations().size());
    // the table (附件 4) says "2024 年度数字政府运营智慧中心建设维护费"; the paragraph, list and 附件 3 say 指挥
    ProjectEvaluation e = project(r, "数字政府运营指挥中心建设维护费");
    assertEquals(dec("45.00"), e.budgetInitial(), "only the table prints 年初预算数");
    assertEquals(dec("45.00"), e.budgetFullYear());
    assertEquals(dec("44.47"), e.executed());
    assertEquals(dec("98.82"), e.executionPct());
    assertEquals(dec("87.88"), e.score());
    // 总分 broken over lines as "10" "0" "87." "88"
    assertEquals(Origin.REPAIRED, e.provenance().origin());
    assertEquals(ProjectEvaluation.TABLE_CODE, e.provenance().tableCode());
    ProjectEvaluation media = project(r, "政务公开新媒体产品制作");
    assertEquals(dec("5.00"), media.budgetFullYear());
    assertEquals(dec("4.95"), media.executed());
    assertEquals(dec("99.00"), media.executionPct());
    assertEquals(dec("99.90"), media.score());
    ProjectEvaluation open = project(r, "市政府乡镇街道政务信息公开专区建设及运行项目");
    assertEquals(dec("53.25"), open.executed());
    assertEquals(dec("88.76"), open.executionPct());
    assertEquals(dec("98.88"), open.score());
    assertEquals(dec("100.00"), project(r, "市政府乡镇街道视频会议建设维护").score());
    // 附件 2 部门整体支出绩效自评表 (1002.19 962.47 887.28 92.18 9.21; 总分 100 97.23) is no project
    assertTrue(r.evaluations().stream().noneMatch(x -> dec("97.23").equals(x.score())
        || dec("962.47").equals(x.budgetFullYear())));
  }

  @Test
  void budgetReportsHaveNone() {
    assertEquals(List.of(), Samples.parse(Samples.HAIDONG_BUDGET).evaluations());
  }

  @Test
  void narrativeOnlyProjectsAndTheWholeDepartment() {
    String text = String.join("\n",
        "二、绩效自评结果",
        "1. “部门整体支出”绩效自评情况：部门整体绩效自评得分为 97.23 分。全年预算数为 962.47 万元。",
        "2. “便民热线运营费”项目绩效自评情况：根据年初设定的绩效目标,项目绩效自评得分为 91.5",
        "分。项目全年预算数为 12 万元,执行数为 10.8 万元,完成预算的 90%。",
        "3. “宣传经费”项目绩效自评情况：无。",
        "部门整体支出绩效自评表",
        "年初预算数 全年预算数 全年执行数 执行率 得分",
        "年度资金总额 1002.19 962.47 887.28 92.18 9.21",
        "总分 100 97.23");
    List<ProjectEvaluation> all = ProjectEvaluations.read(Segmenter.segment(text));
    assertEquals(1, all.size(), "no whole-department evaluation, no project without a figure");
    ProjectEvaluation e = all.get(0);
    assertEquals("便民热线运营费", e.projectName());
    assertNull(e.budgetInitial());
    assertEquals(dec("12.00"), e.budgetFullYear());
    assertEquals(dec("10.80"), e.executed());
    assertEquals(dec("90.00"), e.executionPct());
    assertEquals(dec("91.50"), e.score());
    assertNull(e.provenance().tableCode());
    assertEquals(Origin.REPORTED, e.provenance().origin());
    assertEquals(3, e.provenance().line());
  }

  @Test
  void landedAsRowsOfTheirOwnTable() {
    ParsedReport r = Samples.parse(Samples.HAIDONG_FINAL);
    List<Object[]> rows = WarehouseRows.of(r, "run", new Timestamp(0)).get(WarehouseSchema.PROJECT_EVALUATION);
    assertEquals(13, rows.size());
    int width = WarehouseSchema.PROJECT_EVALUATION.columns().size();
    assertTrue(rows.stream().allMatch(row -> row.length == width));
  }

  private static ProjectEvaluation project(ParsedReport r, String name) {
    return r.evaluations().stream().filter(e -> e.projectName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no project " + name + " in "
            + r.evaluations().stream().map(ProjectEvaluation::projectName).toList()));
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
