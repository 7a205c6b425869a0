package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.queries.modules.ModuleRows.only;
import static yujue.queries.TestWarehouses.HAIDONG_2023_BUDGET;
import static yujue.queries.TestWarehouses.HAIDONG_2024;
import static yujue.queries.TestWarehouses.XINING_2024;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import yujue.queries.Warehouse;

class SanggongTrendTest {
  private static final QueryModule M = QueryModule.SANGGONG_TREND;

  static void assertAmount(String expected, Object actual) {
    assertEquals(expected, actual == null ? null : ((java.math.BigDecimal) actual).toPlainString());
  }

  @Test
  void haidong2024AgainstBudgetAndTheDerivedPreviousYear() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("630200"));
    var total = only(rows, "year", 2024, "part", "total");
    assertAmount("34.95", total.get("budget"));
    assertAmount("27.11", total.get("actual"));
    assertAmount("77.57", total.get("execution_pct")); // 27.11 / 34.95
    assertAmount("36.53", total.get("prev_actual"));
    assertAmount("-9.42", total.get("actual_change")); // 27.11 - 36.53
    assertAmount("-25.79", total.get("actual_change_pct")); // -9.42 / 36.53 = -25.787
    assertAmount("45.30", total.get("prev_budget")); // the 2023 budget report
    assertAmount("-10.35", total.get("budget_change"));
    assertAmount("-22.85", total.get("budget_change_pct")); // -10.35 / 45.30 = -22.848
    assertEquals("table", total.get("actual_source"));
    assertEquals(HAIDONG_2024, total.get("actual_doc_id"));
    assertEquals("海东市", total.get("region"));
    assertEquals("government_office", total.get("department_type"));
  }

  @Test
  void everyPartHasItsOwnSource() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("630200"));
    var vehicle = only(rows, "year", 2024, "part", "vehicle_operation");
    assertAmount("27.00", vehicle.get("budget"));
    assertAmount("27.00", vehicle.get("actual"));
    var reception = only(rows, "year", 2024, "part", "reception");
    assertAmount("7.95", reception.get("budget"));
    assertAmount("0.11", reception.get("actual"));
    // 出国 is only in the narrative, though the row total comes from table 09
    var outbound = only(rows, "year", 2024, "part", "outbound");
    assertEquals("narrative", outbound.get("actual_source"));
    // 2023: actual derived from the 2024 report, budget from the 2023 budget report's table
    var total2023 = only(rows, "year", 2023, "part", "total");
    assertEquals("derived", total2023.get("actual_source"));
    assertEquals(HAIDONG_2024, total2023.get("actual_doc_id"));
    assertEquals("table", total2023.get("budget_source"));
    assertEquals(HAIDONG_2023_BUDGET, total2023.get("budget_doc_id"));
    // 2022 is known only as the 2023 budget report's 上年预算数
    var total2022 = only(rows, "year", 2022, "part", "total");
    assertAmount("44.70", total2022.get("budget"));
    assertNull(total2022.get("actual"));
  }

  @Test
  void xiningFallsOnItsDerivedPreviousYear() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("630103").withYear(2024));
    var total = only(rows, "part", "total");
    assertAmount("24.95", total.get("actual"));
    assertAmount("29.31", total.get("prev_actual")); // from the year filter's outside
    assertAmount("-4.36", total.get("actual_change"));
    assertAmount("-14.88", total.get("actual_change_pct"));
    assertEquals(XINING_2024, total.get("actual_doc_id"));
    assertTrue(rows.stream().allMatch(r -> r.get("year").equals(2024)));
  }

  @Test
  void filters() throws Exception {
    assertEquals(37, ModuleRows.run(M, Filters.NONE).size());
    var two = ModuleRows.run(M, Filters.NONE.withRegions("630103", "622901").withYears(2024, 2024));
    assertEquals(List.of("622901", "630103"), two.stream().map(r -> r.get("region_code")).distinct().toList());
    assertEquals(0, ModuleRows.run(M, Filters.NONE.withDepartmentType("finance")).size());
    assertEquals(37, ModuleRows.run(M, Filters.NONE.withDepartmentType("government_office")).size());
  }

  /** The per-part choice must be the sanggong view's, figure for figure. */
  @Test
  void amountsAreTheSanggongViews() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE);
    String view = "SELECT region_code, fiscal_year, basis, part, amount FROM sanggong UNPIVOT (amount FOR part IN"
        + " (total, outbound, vehicle_total, vehicle_purchase, vehicle_operation, reception))";
    int compared = 0;
    try (Connection c = Warehouse.open(ModuleRows.samplesWarehouse());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(view)) {
      for (Map<String, Object> v : ModuleRows.read(rs)) {
        var row = only(rows, "region_code", v.get("region_code"), "year", v.get("fiscal_year"), "part", v.get("part"));
        assertEquals(v.get("amount"), row.get(v.get("basis")), v.toString());
        compared++;
      }
    }
    assertEquals(57, compared);
  }
}
