package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.queries.modules.ModuleRows.only;
import static yujue.queries.modules.SanggongTrendTest.assertAmount;
import static yujue.queries.TestWarehouses.HAIDONG_DEPT;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonnelTest {
  private static final QueryModule M = QueryModule.PERSONNEL;

  @TempDir Path tmp;

  @Test
  void linxiaStatesItsHeadcount() throws Exception {
    var row = only(ModuleRows.run(M, Filters.NONE.withRegions("622901")), "year", 2024);
    assertAmount("577.04", row.get("personnel_cost"));
    assertAmount("187.57", row.get("public_cost"));
    assertAmount("49.00", row.get("headcount_actual"));
    assertAmount("40.00", row.get("headcount_authorized"));
    assertEquals("report", row.get("headcount_source"));
    assertAmount("11.7763", row.get("personnel_per_capita")); // 577.04 / 49 = 11.77632...
    assertAmount("14.4260", row.get("personnel_per_authorized")); // 577.04 / 40
    assertNull(row.get("note"));
  }

  @Test
  void withoutHeadcountThePerCapitaIsNullAndSaysWhy() throws Exception {
    var row = only(ModuleRows.run(M, Filters.NONE.withRegions("630200")), "year", 2024);
    assertAmount("1668.77", row.get("personnel_cost"));
    assertNull(row.get("headcount_actual"));
    assertNull(row.get("headcount_source"));
    assertNull(row.get("personnel_per_capita"));
    assertEquals("no headcount in the report and no staffing row", row.get("note"));
  }

  @Test
  void aStaffingFileFillsTheGapButNeverOverridesTheReport() throws Exception {
    Path csv = tmp.resolve("staffing.csv");
    Files.writeString(csv, "\uFEFFregion_code,department,fiscal_year,authorized,actual\n"
        + "630200," + HAIDONG_DEPT + ",2024,60,55\n"
        + "622901,临夏市人民政府办公室,2024,1,1\n"
        + "630103,西宁市城中区人民政府办公室,2024,45,\n");
    var rows = ModuleRows.run(M, Filters.NONE.withStaffing(Staffing.read(csv)).withYear(2024));
    var haidong = only(rows, "region_code", "630200");
    assertEquals("staffing file", haidong.get("headcount_source"));
    assertAmount("55.00", haidong.get("headcount_actual"));
    assertAmount("30.3413", haidong.get("personnel_per_capita")); // 1668.77 / 55 = 30.34127...
    assertNull(haidong.get("note"));
    var linxia = only(rows, "region_code", "622901");
    assertEquals("report", linxia.get("headcount_source"));
    assertAmount("11.7763", linxia.get("personnel_per_capita"));
    var xining = only(rows, "region_code", "630103");
    assertAmount("45.00", xining.get("headcount_authorized"));
    assertNull(xining.get("personnel_per_capita"));
    assertEquals("the staffing file gives no actual headcount (在岗)", xining.get("note"));
    // the 2023 budget report has no staffing row for its year
    assertEquals(3, rows.size());
  }

  @Test
  void staffingFileErrorsNameTheLine() throws Exception {
    Path csv = tmp.resolve("bad.csv");
    Files.writeString(csv, "region_code,department,fiscal_year,authorized,actual\n630200,x,2024,ten,5\n");
    var e = assertThrows(IllegalArgumentException.class, () -> Staffing.read(csv));
    assertTrue(e.getMessage().startsWith(csv + " line 2: "), e.getMessage());
    Files.writeString(csv, "region,department\n630200,x\n");
    e = assertThrows(IllegalArgumentException.class, () -> Staffing.read(csv));
    assertTrue(e.getMessage().endsWith("needs the header region_code,department,fiscal_year,authorized,actual"));
    Files.writeString(csv, "region_code,department,fiscal_year,authorized,actual\n630200,x,2024,1,1\n630200,x,2024,2,2\n");
    e = assertThrows(IllegalArgumentException.class, () -> Staffing.read(csv));
    assertTrue(e.getMessage().contains("line 3: a second row for x in 2024"), e.getMessage());
  }

  @Test
  void staffingRowsAreBoundNotSpliced() throws Exception {
    var quote = new StaffingRow("630200", "x'); DROP TABLE module_staffing; --", 2024, BigDecimal.ONE, BigDecimal.ONE);
    var rows = ModuleRows.run(M, Filters.NONE.withStaffing(List.of(quote)));
    assertEquals(4, rows.size());
  }
}
