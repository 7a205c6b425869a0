package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.queries.TestWarehouses;
import yujue.queries.Warehouse;
import yujue.queries.export.ArrowRows;
import yujue.queries.modules.ModulePages.Slice;

/**
 * Pages of a module's answer: a listing's pages are one department type and whole regions, and
 * together hold every row of the whole answer once; a ranking's pages (peers) are its years in
 * turn, and together its whole answer row for row.
 */
class PagesTest {
  @TempDir static Path tmp;

  private static Path mixed;

  /**
   * The samples (government_office in 临夏 622901, 西宁城中区 630103 and 海东 630200) and, made up,
   * two 教育局 (education) and a 海东 财政局 (finance) whose 2023 budget report was classified as
   * education: that department counts under both types, its reports on the pages of their own.
   */
  static synchronized Path mixedTypes() throws Exception {
    if (mixed == null) {
      TestWarehouses w = TestWarehouses.samples();
      w.doc("e000000000000001", "630200", "海东市", "海东市教育局", 2024, "final")
          .measures(2024, "table", "F03", "basic_expenditure=900.00 project_expenditure=100.00 expenditure_total=1000.00")
          .measures(2024, "table", "F06", "personnel_cost=800.00 public_cost=100.00")
          .function("F03", "205", "教育支出", "total=1000.00 basic=900.00 project=100.00");
      w.doc("e000000000000002", "622901", "临夏市", "临夏市教育局", 2024, "final")
          .measures(2024, "table", "F03", "basic_expenditure=500.00 project_expenditure=50.00 expenditure_total=550.00")
          .measures(2024, "table", "F06", "personnel_cost=450.00 public_cost=50.00")
          .sanggong(2024, "actual", "table", "total=3.00 vehicle_total=3.00 vehicle_operation=3.00");
      w.doc("f000000000000001", "630200", "海东市", "海东市财政局", 2024, "final")
          .measures(2024, "table", "F03", "basic_expenditure=300.00 project_expenditure=30.00 expenditure_total=330.00")
          .measures(2024, "table", "F06", "personnel_cost=250.00 public_cost=50.00")
          .execution(null, "一般公共预算财政拨款支出", "320.00", "330.00", "103.13");
      w.doc("f000000000002023", "630200", "海东市", "海东市财政局", 2023, "budget")
          .set("department_type", "education")
          .measures(2023, "table", "B3", "basic_expenditure=280.00 project_expenditure=20.00 expenditure_total=300.00");
      mixed = w.write(Files.createDirectory(tmp.resolve("mixed")));
    }
    return mixed;
  }

  @Test
  void everyListingsPagesTogetherHoldItsWholeAnswer() throws Exception {
    try (Connection c = Warehouse.open(mixedTypes())) {
      for (QueryModule m : QueryModule.all()) {
        if (m == QueryModule.PEERS) continue;
        for (Filters f : List.of(Filters.NONE, Filters.NONE.withYear(2024), Filters.NONE.withRegions("630200"))) {
          ArrowRows whole = m.fetch(c, f);
          List<Object[]> paged = new ArrayList<>();
          Slice first = m.page(c, f, new Page(1, 1));
          for (Page p = new Page(1, 1); p.number() <= first.pages(); p = p.next()) {
            ArrowRows rows = m.fetch(c, m.page(c, f, p).filters());
            assertEquals(whole.columns(), rows.columns());
            paged.addAll(rows.rows());
          }
          assertTrue(whole.rows().size() > 3, m.name());
          assertEquals(sorted(whole.rows()), sorted(paged), m.name() + " " + f); // each row once
        }
      }
    }
  }

  /**
   * Pages of one department: education: 临夏 (1 department), then 海东 (教育局, and 财政局 by its
   * budget report: 2, more than the size, so alone); finance: 海东; government_office: one page
   * per region. Pages of three: government_office's 3 regions; of two: 临夏 and 城中区, then 海东,
   * whose first department is the third.
   */
  @Test
  void aListingPageSaysItsTypeAndRegions() throws Exception {
    try (Connection c = Warehouse.open(mixedTypes())) {
      List<String> spans = new ArrayList<>();
      Slice first = QueryModule.PERSONNEL.page(c, Filters.NONE, new Page(1, 1));
      assertEquals(6, first.pages());
      for (Page p = new Page(1, 1); p.number() <= 6; p = p.next()) {
        spans.add(QueryModule.PERSONNEL.page(c, Filters.NONE, p).span());
      }
      assertEquals(List.of("education, regions 622901 (1 region, 1 departments)",
          "education, regions 630200 (1 region, 2 departments)",
          "finance, regions 630200 (1 region, 1 departments)",
          "government_office, regions 622901 (1 region, 1 departments)",
          "government_office, regions 630103 (1 region, 1 departments)",
          "government_office, regions 630200 (1 region, 1 departments)"), spans);
      Slice second = QueryModule.PERSONNEL.page(c, Filters.NONE, new Page(2, 1));
      assertEquals("education", second.filters().departmentType());
      assertEquals(List.of("630200"), second.filters().regions());
      Filters office = Filters.NONE.withDepartmentType("government_office");
      Slice all = QueryModule.PERSONNEL.page(c, office, new Page(1, 3));
      assertEquals(1, all.pages());
      assertEquals("government_office, regions 622901–630200 (3 regions, 3 departments)", all.span());
      assertEquals(2, QueryModule.PERSONNEL.page(c, office, new Page(1, 2)).pages());
      assertEquals(List.of("622901", "630103"), QueryModule.PERSONNEL.page(c, office, new Page(1, 2)).filters().regions());
      assertEquals(List.of("630200"), QueryModule.PERSONNEL.page(c, office, new Page(2, 2)).filters().regions());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> QueryModule.PERSONNEL.page(c, Filters.NONE, new Page(7, 1)));
      assertTrue(e.getMessage().contains("the answer has 6 pages"), e.getMessage());
    }
  }

  /** Years of the samples' reports (2023, 2024) and 三公 figures (2022 from a 2023 budget's narrative). */
  @Test
  void rankingPagesAreItsYearsInTurn() throws Exception {
    try (Connection c = Warehouse.open(mixedTypes())) {
      for (String metric : List.of("personnel_cost", "sanggong_budget")) {
        Filters f = Filters.NONE.withMetric(metric);
        ArrowRows whole = QueryModule.PEERS.fetch(c, f);
        List<Object[]> paged = new ArrayList<>();
        List<String> spans = new ArrayList<>();
        for (Page p = new Page(1, 1); p.number() <= 3; p = p.next()) {
          Slice slice = QueryModule.PEERS.page(c, f, p);
          assertEquals(3, slice.pages());
          spans.add(slice.span());
          paged.addAll(QueryModule.PEERS.fetch(c, slice.filters()).rows());
        }
        assertEquals(List.of("year 2022 (its peer groups whole)", "year 2023 (its peer groups whole)",
            "year 2024 (its peer groups whole)"), spans);
        assertFalse(whole.rows().isEmpty());
        assertEquals(deep(whole.rows()), deep(paged), metric); // same rows, same ranks, same order
      }
      Filters f = Filters.NONE.withMetric("personnel_cost").withYear(2024).withBasis("actual");
      ArrowRows top = QueryModule.PEERS.fetch(c, QueryModule.PEERS.page(c, f, new Page(1, 1)).filters());
      assertEquals("海东市人民政府办公室", top.rows().get(0)[7]); // 人员经费 1,668.77 万元 ranks first
      assertEquals(1, QueryModule.PEERS.page(c, f, new Page(1, 1)).pages());
      assertThrows(IllegalArgumentException.class, () -> QueryModule.PEERS.page(c, f, new Page(2, 1)));
    }
  }

  @Test
  void pagesStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> new Page(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Page(1, 0));
  }

  private static List<String> sorted(List<Object[]> rows) {
    return rows.stream().map(java.util.Arrays::toString).sorted().toList();
  }

  private static List<List<Object>> deep(List<Object[]> rows) {
    return rows.stream().map(java.util.Arrays::asList).toList(); // NULLs are values here
  }
}
