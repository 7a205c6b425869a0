package yujue.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static yujue.parse.Samples.cell;
import static yujue.parse.Samples.dec;
import static yujue.parse.Samples.derived;
import static yujue.parse.Samples.measure;
import static yujue.parse.Samples.sanggong;

import org.junit.jupiter.api.Test;
import yujue.parse.model.DocKind;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.TextFamily;

/**
 * Headline figures of the four sample reports, typed in from reading them (not from parser
 * output). One method per report; the page a figure is on is in the comment.
 */
class SampleReportsTest {

  @Test
  void haidongFinalTabFamily() {
    ParsedReport r = Samples.parse(Samples.HAIDONG_FINAL);
    assertEquals("630200", r.meta().regionCode());
    assertEquals("海东市人民政府办公室", r.meta().departmentName());
    assertEquals(2024, r.meta().fiscalYear());
    assertEquals(DocKind.FINAL, r.meta().docKind());
    assertEquals(TextFamily.TAB, r.family());
    assertEquals("government_office", r.meta().departmentType());
    // 公开01表 and 03表
    assertEquals(dec("2678.82"), measure(r, "income_total"));
    assertEquals(dec("2678.82"), measure(r, "fiscal_income"));
    assertNull(measure(r, "other_income"), "line 八、其他收入 is blank");
    assertNull(measure(r, "carryover_begin"), "年初结转和结余 is blank");
    assertEquals(dec("2678.82"), measure(r, "expenditure_total"));
    assertEquals(dec("1796.81"), measure(r, "basic_expenditure"));
    assertEquals(dec("882.01"), measure(r, "project_expenditure"));
    assertEquals(dec("2678.82"), measure(r, "grand_total"));
    // 06 footer, 10 total, 11, 09 statistics
    assertEquals(dec("1668.77"), measure(r, "personnel_cost"));
    assertEquals(dec("128.04"), measure(r, "public_cost"));
    assertEquals(dec("128.04"), measure(r, "operating_cost"));
    assertEquals(dec("284.10"), measure(r, "procurement_total"));
    assertEquals(dec("265.29"), measure(r, "procurement_services"));
    assertEquals(dec("8.00"), measure(r, "vehicles_held"));
    assertNull(measure(r, "headcount_actual"), "the report states no staff numbers");
    // narrative: 机关运行经费 128.04, 比上年减少 7.93; 收入、支出总计 比上年各减少 23.29
    assertEquals(dec("135.97"), derived(r, 2023, "operating_cost"));
    assertEquals(dec("2702.11"), derived(r, 2023, "grand_total"));
    // 03: 2010301 行政运行 840.41 all basic; 2010399 882.01 all project
    assertEquals(dec("840.41"), cell(r, "F03", "2010301", "basic"));
    assertNull(cell(r, "F03", "2010301", "project"));
    assertEquals(dec("882.01"), cell(r, "F03", "2010399", "project"));
    assertEquals(dec("45.80"), cell(r, "F02", "2101103", "total"));
    // 06: 30231 公务用车运行维护费 27; 30226 劳务费 blank though "399" sits in its cell (the next group's code)
    assertEquals(dec("27.00"), cell(r, "F06", "30231", "amount"));
    assertNull(cell(r, "F06", "30226", "amount"));
    assertEquals(dec("0.11"), cell(r, "F10", "30217", "amount"));
  }

  @Test
  void haidongFinalSanggong() {
    ParsedReport r = Samples.parse(Samples.HAIDONG_FINAL);
    // 09: 34.95 | | 27 | | 27 | 7.95 || 27.1⇥1 (= 27.11) | 27 | | 27 | 0.11
    assertEquals(dec("34.95"), sanggong(r, 2024, Basis.BUDGET, Part.TOTAL, "table"));
    assertEquals(dec("27.00"), sanggong(r, 2024, Basis.BUDGET, Part.VEHICLE_OPERATION, "table"));
    assertEquals(dec("7.95"), sanggong(r, 2024, Basis.BUDGET, Part.RECEPTION, "table"));
    assertEquals(dec("27.11"), sanggong(r, 2024, Basis.ACTUAL, Part.TOTAL, "table"));
    assertEquals(dec("27.00"), sanggong(r, 2024, Basis.ACTUAL, Part.VEHICLE_TOTAL, "table"));
    assertEquals(dec("27.00"), sanggong(r, 2024, Basis.ACTUAL, Part.VEHICLE_OPERATION, "table"));
    assertEquals(dec("0.11"), sanggong(r, 2024, Basis.ACTUAL, Part.RECEPTION, "table"));
    assertNull(sanggong(r, 2024, Basis.ACTUAL, Part.OUTBOUND, "table"), "the split number took the blank 出国 cell");
    assertEquals(dec("0.00"), sanggong(r, 2024, Basis.ACTUAL, Part.OUTBOUND, "narrative"));
    // 比上年减少 9.42 / 公务用车 减少 8.68 / 接待 减少 0.74 / 出国 与上年持平
    assertEquals(dec("36.53"), sanggong(r, 2023, Basis.ACTUAL, Part.TOTAL, "derived"));
    assertEquals(dec("35.68"), sanggong(r, 2023, Basis.ACTUAL, Part.VEHICLE_TOTAL, "derived"));
    assertEquals(dec("0.85"), sanggong(r, 2023, Basis.ACTUAL, Part.RECEPTION, "derived"));
    assertEquals(dec("0.00"), sanggong(r, 2023, Basis.ACTUAL, Part.OUTBOUND, "derived"));
  }

  @Test
  void haidongFinalExecution() {
    ParsedReport r = Samples.parse(Samples.HAIDONG_FINAL);
    ExecutionFact run = r.executions().stream().filter(e -> "2010301".equals(e.subjectCode())).findFirst().orElseThrow();
    assertEquals(dec("765.74"), run.budgetInitial());
    assertEquals(dec("840.41"), run.finalAmount());
    assertEquals(dec("109.75"), run.executionPct());
  }

  @Test
  void xiningFinalMarkdownFamily() {
    ParsedReport r = Samples.parse(Samples.XINING_FINAL);
    assertEquals("630103", r.meta().regionCode());
    assertEquals("西宁市城中区人民政府办公室", r.meta().departmentName());
    assertEquals(TextFamily.MARKDOWN, r.family());
    assertEquals(dec("2523.27"), measure(r, "income_total"));
    assertEquals(dec("2347.78"), measure(r, "fiscal_income"));
    assertEquals(dec("175.49"), measure(r, "other_income"));
    assertEquals(dec("1042.77"), measure(r, "carryover_begin"));
    assertEquals(dec("3416.16"), measure(r, "expenditure_total"));
    assertEquals(dec("1425.62"), measure(r, "basic_expenditure"), "03 all funds, not 05's 1,425.46");
    assertEquals(dec("1990.54"), measure(r, "project_expenditure"));
    assertEquals(dec("149.88"), measure(r, "carryover_end"));
    assertEquals(dec("3566.04"), measure(r, "grand_total"));
    assertEquals(dec("1361.89"), measure(r, "personnel_cost"));
    assertEquals(dec("63.58"), measure(r, "operating_cost"));
    assertEquals(dec("224.59"), measure(r, "procurement_total"));
    assertEquals(dec("6.00"), measure(r, "vehicles_held"));
    assertEquals(dec("24.95"), sanggong(r, 2024, Basis.BUDGET, Part.TOTAL, "table"));
    assertEquals(dec("24.95"), sanggong(r, 2024, Basis.ACTUAL, Part.VEHICLE_OPERATION, "table"));
    // 比上年减少 4.36; 出国 减少 1.50; 公务用车 减少 2.86; 接待 持平
    assertEquals(dec("29.31"), sanggong(r, 2023, Basis.ACTUAL, Part.TOTAL, "derived"));
    assertEquals(dec("1.50"), sanggong(r, 2023, Basis.ACTUAL, Part.OUTBOUND, "derived"));
    assertEquals(dec("27.81"), sanggong(r, 2023, Basis.ACTUAL, Part.VEHICLE_TOTAL, "derived"));
    // 10 continued after a page break with its header repeated: 30239 其他交通费用 10.66 on the second page
    assertEquals(dec("10.66"), cell(r, "F10", "30239", "amount"));
  }

  @Test
  void linxiaFinalFlowingFamily() {
    ParsedReport r = Samples.parse(Samples.LINXIA_FINAL);
    assertEquals("622901", r.meta().regionCode());
    assertEquals("临夏市人民政府办公室", r.meta().departmentName(), "no title line: from 部门：… table headers");
    assertEquals(2024, r.meta().fiscalYear());
    assertEquals(TextFamily.FLOWING, r.family());
    assertEquals(dec("887.29"), measure(r, "income_total"));
    assertEquals(dec("0.00"), measure(r, "carryover_begin"), "printed as 0.00");
    assertEquals(dec("764.61"), measure(r, "basic_expenditure"));
    assertEquals(dec("122.68"), measure(r, "project_expenditure"));
    assertEquals(dec("577.04"), measure(r, "personnel_cost"));
    assertEquals(dec("187.57"), measure(r, "public_cost"));
    // no tables 10 and 11: from the narrative
    assertEquals(dec("187.57"), measure(r, "operating_cost"));
    assertEquals(dec("126.20"), measure(r, "procurement_total"));
    assertEquals(dec("3.00"), measure(r, "vehicles_held"));
    // 行政编制 20 人，事业编制 20 人，实际在岗人员 49 人
    assertEquals(dec("49.00"), measure(r, "headcount_actual"));
    assertEquals(dec("40.00"), measure(r, "headcount_authorized"));
    // 03 with empty cells dropped: "201030 行政运行 740.43 671.01 69.42", "201039 … 53.26 53.26"
    assertEquals(dec("671.01"), cell(r, "F03", "2010301", "basic"));
    assertEquals(dec("69.42"), cell(r, "F03", "2010301", "project"));
    assertEquals(dec("53.26"), cell(r, "F03", "2010399", "project"));
    assertNull(cell(r, "F03", "2010399", "basic"));
    assertEquals(dec("5.73"), cell(r, "F03", "2101103", "basic"), "210110 cut code, 公务员医疗补助");
    // 06 prints the class code on every row: "301 基本工资 198.13"
    assertEquals(dec("198.13"), cell(r, "F06", "30101", "amount"));
    // 09: "31.00 25.00 6.00 0.00 6.00 0.00 6.00 0.00 6.00 6.00" (two empty cells dropped)
    assertEquals(dec("25.00"), sanggong(r, 2024, Basis.BUDGET, Part.OUTBOUND, "table"));
    assertEquals(dec("6.00"), sanggong(r, 2024, Basis.ACTUAL, Part.TOTAL, "table"));
    assertEquals(dec("6.00"), sanggong(r, 2024, Basis.ACTUAL, Part.VEHICLE_OPERATION, "table"));
    assertEquals(dec("5.47"), sanggong(r, 2023, Basis.ACTUAL, Part.TOTAL, "derived"), "较上年决算数增加 0.53");
    assertEquals(dec("530.45"), derived(r, 2023, "personnel_cost"), "人员经费 较上年决算数增加 46.59");
  }

  @Test
  void haidongBudgetFlowingFamily() {
    ParsedReport r = Samples.parse(Samples.HAIDONG_BUDGET);
    assertEquals("630200", r.meta().regionCode());
    assertEquals("海东市人民政府办公室", r.meta().departmentName());
    assertEquals(2023, r.meta().fiscalYear());
    assertEquals(DocKind.BUDGET, r.meta().docKind());
    assertEquals(dec("2801.90"), measure(r, "income_total"));
    assertEquals(dec("80.00"), measure(r, "carryover_begin"), "上年结转");
    assertEquals(dec("2881.90"), measure(r, "expenditure_total"));
    assertEquals(dec("2045.24"), measure(r, "basic_expenditure"));
    assertEquals(dec("836.66"), measure(r, "project_expenditure"));
    assertEquals(dec("2881.90"), measure(r, "grand_total"));
    assertEquals(dec("1831.92"), measure(r, "personnel_cost"));
    assertEquals(dec("213.33"), measure(r, "public_cost"));
    assertEquals(dec("213.33"), measure(r, "operating_cost"));
    assertEquals(dec("80.00"), measure(r, "procurement_total"));
    // "截至2022年12月底…共有车辆8辆": a stock at the end of 2022, so a 2022 figure, not 2023's
    assertNull(measure(r, "vehicles_held"));
    assertEquals(dec("8.00"), r.measures().stream()
        .filter(m -> m.aboutYear() == 2022 && m.measure().equals("vehicles_held")).findFirst().orElseThrow().amount());
    assertEquals(dec("111.89"), cell(r, "B3", "2010399", "basic"));
    // budget table 7: 上年预算数 44.70 … 17.70, 本年 45.30 … 18.30
    assertEquals(dec("45.30"), sanggong(r, 2023, Basis.BUDGET, Part.TOTAL, "table"));
    assertEquals(dec("18.30"), sanggong(r, 2023, Basis.BUDGET, Part.RECEPTION, "table"));
    assertEquals(dec("44.70"), sanggong(r, 2022, Basis.BUDGET, Part.TOTAL, "table"));
    assertEquals(dec("17.70"), sanggong(r, 2022, Basis.BUDGET, Part.RECEPTION, "table"));
    assertEquals(dec("44.70"), sanggong(r, 2022, Basis.BUDGET, Part.TOTAL, "derived"), "比上年增加 0.60");
  }
}
