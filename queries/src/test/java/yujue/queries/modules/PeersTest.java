package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.queries.modules.ModuleRows.only;
import static yujue.queries.modules.SanggongTrendTest.assertAmount;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PeersTest {
  private static final QueryModule M = QueryModule.PEERS;
  private static final Filters OFFICES = Filters.NONE.withDepartmentType("government_office");

  @Test
  void sameKindOfDepartmentAcrossRegions() throws Exception {
    var rows = ModuleRows.run(M, OFFICES.withMetric("sanggong_actual").withYear(2024));
    assertEquals(List.of("630200", "630103", "622901"), rows.stream().map(r -> r.get("region_code")).toList());
    var haidong = only(rows, "region_code", "630200");
    assertEquals(1L, ((Number) haidong.get("rank")).longValue());
    assertEquals(3L, ((Number) haidong.get("peers")).longValue());
    assertAmount("27.1100", haidong.get("value"));
    assertAmount("24.95000", haidong.get("peer_median")); // 27.11, 24.95, 6.00
    assertAmount("2.16000", haidong.get("difference_to_median"));
    assertEquals("万元", haidong.get("unit"));
  }

  @Test
  void ascendingAndEvenMedian() throws Exception {
    var rows = ModuleRows.run(M, OFFICES.withMetric("vehicle_cost_per_vehicle").withBasis("actual").withAscending(true));
    var linxia = only(rows, "region_code", "622901");
    assertEquals(1L, ((Number) linxia.get("rank")).longValue()); // 6.00 / 3 = 2.0000, the cheapest
    assertAmount("3.37500", linxia.get("peer_median")); // 2.0000, 3.3750, 4.1583
    // budget reports rank apart from final reports
    var budget = ModuleRows.run(M, OFFICES.withMetric("sanggong_budget").withYear(2024).withRegions("630200", "622901"));
    assertAmount("32.97500", budget.get(0).get("peer_median")); // (34.95 + 31.00) / 2, exact
  }

  @Test
  void allDepartmentsOfOneRegionAndMissingValues() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("622901", "630200").withMetric("personnel_per_capita").withYear(2024));
    var linxia = only(rows, "region_code", "622901");
    assertAmount("11.7763", linxia.get("value"));
    assertEquals(1L, ((Number) linxia.get("peers")).longValue());
    var haidong = only(rows, "region_code", "630200");
    assertNull(haidong.get("value"));
    assertNull(haidong.get("rank"));
  }

  @Test
  void changeAndShareMetrics() throws Exception {
    var change = ModuleRows.run(M, OFFICES.withMetric("sanggong_actual_change_pct").withYear(2024));
    assertAmount("-25.7900", only(change, "region_code", "630200").get("value"));
    var share = ModuleRows.run(M, OFFICES.withMetric("basic_share_pct").withYear(2024));
    assertAmount("67.0700", only(share, "region_code", "630200").get("value"));
    var function = ModuleRows.run(M, OFFICES.withMetric("function_201_share_pct").withYear(2024));
    assertAmount("77.1400", only(function, "region_code", "630200").get("value"));
  }

  /** Each metric is computed as in its module: compare every value peers gives with the module's. */
  @Test
  void valuesAgreeWithTheModules() throws Exception {
    check("sanggong_execution_pct", QueryModule.SANGGONG_TREND, "part", "total", "execution_pct");
    check("personnel_per_capita", QueryModule.PERSONNEL, null, null, "personnel_per_capita");
    check("vehicle_cost_per_vehicle", QueryModule.UNIT_COSTS, "measure", "vehicle_cost_per_vehicle", "value");
    check("reception_cost_per_visitor", QueryModule.UNIT_COSTS, "measure", "reception_cost_per_visitor", "value");
    check("operating_cost_per_head", QueryModule.UNIT_COSTS, "measure", "operating_cost_per_head", "value");
    check("basic_share_pct", QueryModule.STRUCTURE, "component", "basic", "share_pct");
    check("function_208_share_pct", QueryModule.STRUCTURE, "component", "208", "share_pct");
    check("execution_pct", QueryModule.EXECUTION, "item_level", "total", "execution_pct");
  }

  private static void check(String metric, QueryModule module, String column, String value, String moduleColumn)
      throws Exception {
    var peers = ModuleRows.run(M, Filters.NONE.withMetric(metric).withBasis("actual"));
    var rows = ModuleRows.run(module, Filters.NONE);
    int compared = 0;
    for (Map<String, Object> p : peers) {
      if (p.get("value") == null) continue;
      var match = rows.stream().filter(r -> r.get("region_code").equals(p.get("region_code"))
          && r.get("year").equals(p.get("year")) && !"budget".equals(r.get("doc_kind"))
          && (column == null || value.equals(r.get(column)))).toList();
      assertEquals(1, match.size(), metric + " " + p);
      BigDecimal expected = (BigDecimal) match.get(0).get(moduleColumn);
      assertEquals(0, expected.compareTo((BigDecimal) p.get("value")), metric + " " + p);
      compared++;
    }
    assertTrue(compared > 0, metric);
  }

  /** The header's list is the one list of metrics: each gives values in the unit listed beside it. */
  @Test
  void everyListedMetricIsComputed() throws Exception {
    Set<String> listed = new TreeSet<>(PeerMetrics.names());
    listed.remove("function_NNN_share_pct");
    Set<String> produced = new TreeSet<>();
    for (String metric : listed) {
      var rows = ModuleRows.run(M, Filters.NONE.withMetric(metric));
      if (rows.stream().anyMatch(r -> r.get("value") != null)) produced.add(metric);
      String unit = PeerMetrics.all().stream().filter(m -> m.name().equals(metric)).findFirst().orElseThrow().unit();
      rows.forEach(r -> assertEquals(unit, r.get("unit"), metric));
    }
    assertEquals(listed, produced);
    assertEquals(List.of("%", "万元/人"), List.of(PeerMetrics.unit("function_208_share_pct"),
        PeerMetrics.unit("personnel_per_capita")));
  }

  @Test
  void metricIsRequiredAndChecked() {
    var e = assertThrows(IllegalArgumentException.class, () -> M.parameters(Filters.NONE));
    assertTrue(e.getMessage().startsWith("peers needs a metric: one of sanggong_budget, "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> M.parameters(Filters.NONE.withMetric("x'; --")));
    assertTrue(e.getMessage().startsWith("unknown metric 'x'; --'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> M.parameters(Filters.NONE.withMetric("function_NNN_share_pct")));
    var bound = M.parameters(Filters.NONE.withMetric("function_221_share_pct"));
    assertEquals("function_221_share_pct", bound.get(4));
    assertEquals("%", bound.get(7)); // the unit, from the header's function_NNN_share_pct
  }
}
