package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import yujue.queries.Warehouse;
import yujue.queries.export.ArrowRows;

/** {@link QueryModule#fetch} (Arrow batches) gives every module's rows as JDBC's getObject does. */
class FetchTest {

  @Test
  void everyModuleFetchesTheRowsItRuns() throws Exception {
    try (Connection c = Warehouse.open(ModuleRows.samplesWarehouse())) {
      for (QueryModule m : QueryModule.all()) {
        Filters f = m == QueryModule.PEERS ? Filters.NONE.withMetric("personnel_cost") : Filters.NONE;
        List<Map<String, Object>> viaJdbc;
        try (ResultSet rs = m.run(c, f)) {
          viaJdbc = ModuleRows.read(rs);
        }
        ArrowRows fetched = m.fetch(c, f);
        assertTrue(!viaJdbc.isEmpty(), m.name());
        assertEquals(new ArrayList<>(viaJdbc.get(0).keySet()), fetched.columns(), m.name());
        assertEquals(viaJdbc, maps(fetched), m.name()); // same values, same Java types, same order
      }
    }
  }

  @Test
  void linxiaPersonnelThroughArrow() throws Exception {
    try (Connection c = Warehouse.open(ModuleRows.samplesWarehouse())) {
      var row = ModuleRows.only(maps(QueryModule.PERSONNEL.fetch(c, Filters.NONE.withRegions("622901"))), "year", 2024);
      assertEquals(new BigDecimal("577.04"), row.get("personnel_cost")); // 临夏 2024 final: 人员经费
      assertEquals(new BigDecimal("11.7763"), row.get("personnel_per_capita")); // 577.04 / 49 人
      assertEquals("report", row.get("headcount_source"));
      assertNull(row.get("note"));
    }
  }

  private static List<Map<String, Object>> maps(ArrowRows rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object[] r : rows.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < r.length; i++) row.put(rows.columns().get(i), r[i]);
      out.add(row);
    }
    return out;
  }
}
