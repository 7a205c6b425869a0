package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yujue.queries.Warehouse;

class QueryModuleTest {

  static List<QueryModule> modules() {
    return QueryModule.all();
  }

  static Filters anyFilters(QueryModule m) {
    return m == QueryModule.PEERS ? Filters.NONE.withMetric("sanggong_actual") : Filters.NONE;
  }

  /** The header's Columns block is what the export's definitions sheet shows: it must be exact. */
  @ParameterizedTest
  @MethodSource("modules")
  void headerDocumentsEveryColumnInOrder(QueryModule m) throws Exception {
    List<String> documented = m.columns().stream().map(ColumnDoc::name).toList();
    List<String> actual = new ArrayList<>();
    try (Connection c = Warehouse.open(ModuleRows.samplesWarehouse()); ResultSet rs = m.run(c, anyFilters(m))) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) actual.add(md.getColumnLabel(i));
    }
    assertEquals(actual, documented);
    m.columns().forEach(col -> assertFalse(col.unit().isBlank() || col.meaning().isBlank(), col.toString()));
    assertFalse(m.description().isBlank());
  }

  /** Money and ratios stay DECIMAL: no DOUBLE or FLOAT column in any module. */
  @ParameterizedTest
  @MethodSource("modules")
  void noFloatingPointColumns(QueryModule m) throws Exception {
    try (Connection c = Warehouse.open(ModuleRows.samplesWarehouse()); ResultSet rs = m.run(c, anyFilters(m))) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String type = md.getColumnTypeName(i).toUpperCase(Locale.ROOT);
        assertFalse(type.contains("DOUBLE") || type.contains("FLOAT"), md.getColumnLabel(i) + " is " + type);
      }
    }
  }

  /**
   * User values reach the SQL only as the bound parameters, numbered ($1, $2, ...: a filter can be
   * used twice): four filters, then the module's own; every number used, no other kind of marker.
   */
  @ParameterizedTest
  @MethodSource("modules")
  void parametersMatchThePlaceholders(QueryModule m) {
    String code = String.join("\n", m.sql().lines().filter(l -> !l.strip().startsWith("--")).toList())
        .replaceAll("--[^\n]*", "");
    java.util.Set<Integer> numbers = new java.util.TreeSet<>();
    java.util.regex.Matcher marker = java.util.regex.Pattern.compile("\\$(\\d+)").matcher(code);
    while (marker.find()) numbers.add(Integer.parseInt(marker.group(1)));
    int count = m.parameters(anyFilters(m)).size();
    assertEquals(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList(), List.copyOf(numbers));
    assertFalse(code.contains("?"), "positional ? markers");
    assertFalse(m.sql().contains("read_csv"), "staffing is loaded in Java, never read by DuckDB");
  }

  @Test
  void filtersAreBoundAsNullForNoFilter() {
    Filters f = Filters.NONE.withRegions("630200", " 622901").withDepartmentType("government_office").withYears(2022, 2024);
    assertEquals(Arrays.asList("630200,622901", "government_office", 2022, 2024),
        QueryModule.PERSONNEL.parameters(f));
    assertEquals(Arrays.asList(null, null, null, null), QueryModule.STRUCTURE.parameters(Filters.NONE));
  }

  @Test
  void filtersRejectWhatCannotBeMeant() {
    assertThrows(IllegalArgumentException.class, () -> Filters.NONE.withRegions("6302"));
    assertThrows(IllegalArgumentException.class, () -> Filters.NONE.withRegions("630200' OR '1'='1"));
    assertThrows(IllegalArgumentException.class, () -> Filters.NONE.withYears(2024, 2022));
    assertThrows(IllegalArgumentException.class, () -> Filters.NONE.withBasis("plan"));
  }

  @Test
  void modulesByName() {
    assertEquals(List.of("sanggong-trend", "personnel", "unit-costs", "structure", "execution", "peers"),
        QueryModule.all().stream().map(QueryModule::name).toList());
    assertEquals(QueryModule.UNIT_COSTS, QueryModule.named("unit-costs"));
    assertTrue(QueryModule.named("peers").description().startsWith("ranks departments on one metric"));
    assertThrows(IllegalArgumentException.class, () -> QueryModule.named("sanggong"));
  }

  @Test
  void headerParsing() {
    ModuleHeader h = ModuleHeader.parse("""
        -- demo: first line
        --   continued.
        -- Grain: one row.
        -- Columns:
        --   a   [万元]  The a,
        --         continued.
        --   b_2 [%]     Share.
        SELECT 1 AS a, 2 AS b_2
        """);
    assertEquals("demo", h.name());
    assertEquals("first line continued.", h.description());
    assertEquals(List.of(new ColumnDoc("a", "万元", "The a, continued."), new ColumnDoc("b_2", "%", "Share.")), h.columns());
    assertEquals(List.of(), h.metrics());
    assertThrows(IllegalArgumentException.class, () -> ModuleHeader.parse("SELECT 1"));
  }
}
