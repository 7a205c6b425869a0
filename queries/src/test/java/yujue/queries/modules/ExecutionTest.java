package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static yujue.queries.modules.ModuleRows.only;
import static yujue.queries.modules.SanggongTrendTest.assertAmount;
import static yujue.queries.TestWarehouses.HAIDONG_2024;
import static yujue.queries.TestWarehouses.HAIDONG_DEPT;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.queries.TestWarehouses;

class ExecutionTest {
  private static final QueryModule M = QueryModule.EXECUTION;

  @TempDir Path tmp;

  @Test
  void statedExecutionPerSubjectAndInTotal() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("630200"));
    var item = only(rows, "item_code", "2010301");
    assertEquals("stated", item.get("comparison"));
    assertEquals("item", item.get("item_level"));
    assertAmount("765.74", item.get("budget"));
    assertAmount("840.41", item.get("final"));
    assertAmount("74.67", item.get("difference"));
    assertAmount("109.75", item.get("execution_pct")); // 840.41 / 765.74 = 109.751
    assertAmount("109.75", item.get("stated_pct"));
    assertAmount("0.00", item.get("pct_difference"));
    var total = only(rows, "item_level", "total");
    assertEquals("total", total.get("item_code"));
    assertAmount("102.09", total.get("execution_pct")); // 2678.82 / 2624.00
    var unresolved = only(rows, "item_level", "unresolved");
    assertNull(unresolved.get("item_code"));
    assertAmount("94.29", unresolved.get("execution_pct"));
    var pension = only(rows, "item_code", "2080801");
    assertNull(pension.get("execution_pct"));
    assertAmount("0.00", pension.get("stated_pct"));
    assertEquals("budget is 0: no percentage", pension.get("note"));
    assertEquals(HAIDONG_2024, pension.get("final_doc_id"));
    // the 2023 budget report has no final report of its year: no budget_vs_final rows
    assertEquals(0, rows.stream().filter(r -> r.get("comparison").equals("budget_vs_final")).count());
  }

  /** 海东 has no 2024 budget report among the samples; this one is made up, for the pairing. */
  @Test
  void budgetReportAgainstFinalReport() throws Exception {
    TestWarehouses w = TestWarehouses.samples();
    w.doc("b000000000002024", "630200", "海东市", HAIDONG_DEPT, 2024, "budget")
        .measures(2024, "table", "B1", "expenditure_total=2624.00")
        .measures(2024, "table", "B3", "basic_expenditure=1700.00 project_expenditure=924.00")
        .measures(2024, "table", "B6", "personnel_cost=1650.00 public_cost=130.00")
        .sanggong(2024, "budget", "table", "total=34.95");
    var rows = ModuleRows.run(w.write(tmp), M, Filters.NONE.withYear(2024).withRegions("630200"));
    var pairs = rows.stream().filter(r -> r.get("comparison").equals("budget_vs_final")).toList();
    assertEquals(7, pairs.size());
    var expenditure = only(pairs, "item_code", "expenditure_total");
    assertAmount("2624.00", expenditure.get("budget"));
    assertAmount("2678.82", expenditure.get("final"));
    assertAmount("54.82", expenditure.get("difference"));
    assertAmount("102.09", expenditure.get("execution_pct"));
    assertEquals("b000000000002024", expenditure.get("budget_doc_id"));
    assertEquals(HAIDONG_2024, expenditure.get("final_doc_id"));
    assertAmount("105.69", only(pairs, "item_code", "basic_expenditure").get("execution_pct")); // 1796.81 / 1700
    assertAmount("95.46", only(pairs, "item_code", "project_expenditure").get("execution_pct")); // 882.01 / 924
    assertAmount("101.14", only(pairs, "item_code", "personnel_cost").get("execution_pct")); // 1668.77 / 1650
    var sanggong = only(pairs, "item_code", "sanggong_total");
    assertAmount("27.11", sanggong.get("final"));
    assertAmount("77.57", sanggong.get("execution_pct"));
    var operating = only(pairs, "item_code", "operating_cost");
    assertNull(operating.get("budget"));
    assertEquals("no budget figure", operating.get("note"));
  }
}
