package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static yujue.queries.modules.ModuleRows.only;
import static yujue.queries.modules.SanggongTrendTest.assertAmount;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTest {
  private static final QueryModule M = QueryModule.STRUCTURE;

  @Test
  void haidong2024() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE.withRegions("630200").withYear(2024));
    assertEquals(List.of("basic", "project", "201", "208", "210", "221", "229"),
        rows.stream().map(r -> r.get("component")).toList());
    var basic = only(rows, "component", "basic");
    assertAmount("1796.81", basic.get("amount"));
    assertAmount("2678.82", basic.get("total"));
    assertAmount("67.07", basic.get("share_pct")); // 1796.81 / 2678.82 = 67.074
    assertAmount("32.93", only(rows, "component", "project").get("share_pct"));
    var general = only(rows, "component", "201");
    assertEquals("function_class", general.get("component_kind"));
    assertEquals("一般公共服务支出", general.get("component_name"));
    assertAmount("2066.52", general.get("amount"));
    assertAmount("77.14", general.get("share_pct"));
    assertAmount("12.76", only(rows, "component", "208").get("share_pct")); // 341.70
    assertAmount("5.91", only(rows, "component", "210").get("share_pct")); // 158.22
    assertAmount("4.14", only(rows, "component", "221").get("share_pct")); // 111.03
    assertAmount("0.05", only(rows, "component", "229").get("share_pct")); // 1.34
  }

  @Test
  void everyReport() throws Exception {
    var rows = ModuleRows.run(M, Filters.NONE);
    assertEquals(4, rows.stream().map(r -> r.get("doc_id")).distinct().count());
    assertAmount("41.73", only(rows, "region_code", "630103", "component", "basic").get("share_pct"));
    assertAmount("70.97", only(rows, "region_code", "630200", "year", 2023, "component", "basic").get("share_pct"));
  }
}
