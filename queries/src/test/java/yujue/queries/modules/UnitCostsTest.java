package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static yujue.queries.modules.ModuleRows.only;
import static yujue.queries.modules.SanggongTrendTest.assertAmount;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.queries.TestWarehouses;

class UnitCostsTest {
  private static final QueryModule M = QueryModule.UNIT_COSTS;

  @Test
  void haidongPerVehicleAndPerVisitor() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("630200").withYear(2024));
    var vehicle = only(rows, "measure", "vehicle_cost_per_vehicle");
    assertAmount("27.00", vehicle.get("numerator"));
    assertAmount("8.00", vehicle.get("denominator"));
    assertAmount("3.3750", vehicle.get("value")); // 27.00 / 8
    assertEquals("万元/辆", vehicle.get("unit"));
    assertNull(vehicle.get("note"));
    var reception = only(rows, "measure", "reception_cost_per_visitor");
    assertAmount("0.11", reception.get("numerator"));
    assertAmount("8.00", reception.get("denominator"));
    assertAmount("0.0138", reception.get("value")); // 0.11 / 8 = 0.01375
    var operating = only(rows, "measure", "operating_cost_per_head");
    assertAmount("128.04", operating.get("numerator"));
    assertNull(operating.get("value"));
    assertEquals("no headcount in the report and no staffing row", operating.get("note"));
  }

  @Test
  void linxiaAndXining() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withYear(2024));
    var linxiaOperating = only(rows, "region_code", "622901", "measure", "operating_cost_per_head");
    assertAmount("3.8280", linxiaOperating.get("value")); // 187.57 / 49
    assertEquals("report", linxiaOperating.get("denominator_source"));
    assertAmount("2.0000", only(rows, "region_code", "622901", "measure", "vehicle_cost_per_vehicle").get("value"));
    var linxiaReception = only(rows, "region_code", "622901", "measure", "reception_cost_per_visitor");
    assertNull(linxiaReception.get("value"));
    assertEquals("no 接待人次 (visitors received) in the report", linxiaReception.get("note"));
    assertAmount("4.1583", only(rows, "region_code", "630103", "measure", "vehicle_cost_per_vehicle").get("value"));
    var xiningReception = only(rows, "region_code", "630103", "measure", "reception_cost_per_visitor");
    assertNull(xiningReception.get("value"));
    assertEquals("接待人次 (visitors received) is 0", xiningReception.get("note"));
  }

  @Test
  void staffingFillsTheHeadcount() throws Exception {
    var staffing = List.of(new StaffingRow("630200", TestWarehouses.HAIDONG_DEPT, 2024, null, new BigDecimal("32")));
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("630200").withYear(2024).withStaffing(staffing));
    var operating = only(rows, "measure", "operating_cost_per_head");
    assertAmount("4.0013", operating.get("value")); // 128.04 / 32 = 4.00125
    assertEquals("staffing file", operating.get("denominator_source"));
  }

  @Test
  void aBudgetReportUsesItsBudgetFigures() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("630200").withYear(2023));
    var vehicle = only(rows, "measure", "vehicle_cost_per_vehicle");
    assertEquals("budget", vehicle.get("doc_kind"));
    assertAmount("27.00", vehicle.get("numerator"));
    assertAmount("3.3750", vehicle.get("value"));
  }
}
