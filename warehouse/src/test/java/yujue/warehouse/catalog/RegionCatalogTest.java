package yujue.warehouse.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import yujue.warehouse.catalog.Region.Level;

class RegionCatalogTest {

  private final RegionCatalog catalog = RegionCatalog.load();

  private Region region(String code) {
    return catalog.byCode(code).orElseThrow(() -> new AssertionError("no region " + code));
  }

  private Optional<String> resolvedCode(String department, String context) {
    return catalog.resolveDepartment(department, context).map(Region::code);
  }

  @Test
  void loadsRealRegions() {
    assertEquals(new Region("630000", "青海省", Level.PROVINCE, null, "630000"), region("630000"));
    assertEquals(new Region("630200", "海东市", Level.CITY, "630000", "630000"), region("630200"));
    assertEquals(new Region("630103", "城中区", Level.COUNTY, "630100", "630000"), region("630103"));
    assertEquals(
        new Region("622901", "临夏市", Level.COUNTY, "622900", "620000"), region("622901"));
    assertEquals("临夏回族自治州", region("622900").name());
    assertTrue(catalog.byCode("999999").isEmpty());
  }

  @Test
  void countsPerLevel() {
    Map<Level, Long> counts = catalog.all().stream()
        .collect(Collectors.groupingBy(Region::level, Collectors.counting()));
    assertEquals(31L, counts.get(Level.PROVINCE));
    assertEquals(342L, counts.get(Level.CITY));
    long counties = counts.get(Level.COUNTY);
    assertTrue(counties > 2_900 && counties < 3_100, "county-level codes: " + counties);
  }

  @Test
  void everyParentExists() {
    for (Region r : catalog.all()) {
      assertEquals(6, r.code().length(), r::toString);
      if (r.level() == Level.PROVINCE) {
        assertNull(r.parentCode(), r::toString);
      } else {
        assertTrue(catalog.byCode(r.parentCode()).isPresent(), r::toString);
      }
    }
  }

  @Test
  void lineageIsOutermostFirstWithoutPlaceholders() {
    Function<String, List<String>> names =
        code -> catalog.lineage(region(code)).stream().map(Region::name).toList();
    assertEquals(List.of("青海省", "西宁市", "城中区"), names.apply("630103"));
    assertEquals(List.of("北京市", "东城区"), names.apply("110101"));
    assertEquals(List.of("青海省"), names.apply("630000"));
  }

  @Test
  void resolvesDepartmentNames() {
    assertEquals(Optional.of("630200"), resolvedCode("海东市人民政府办公室", ""));
    assertEquals(Optional.of("630103"), resolvedCode("西宁市城中区人民政府办公室", ""));
    assertEquals(Optional.of("622901"), resolvedCode("临夏市人民政府办公室", ""));
    assertEquals(Optional.of("622900"), resolvedCode("临夏回族自治州财政局", ""));
    assertEquals(Optional.of("630000"), resolvedCode("青海省财政厅", ""));
  }

  @Test
  void followsChainsAndIgnoresWhitespace() {
    assertEquals(Optional.of("630202"), resolvedCode("青海省海东市乐都区教育局", null));
    assertEquals(Optional.of("630202"), resolvedCode("青 海 省　海东市\n乐都区教育局", null));
    assertEquals(Optional.of("110101"), resolvedCode("北京市东城区财政局", null)); // via 市辖区
    assertEquals(Optional.of("469001"), resolvedCode("海南省五指山市财政局", null)); // via 省直辖
    assertEquals(Optional.of("450202"), resolvedCode("柳州市城中区人民政府办公室", "西宁市"));
  }

  @Test
  void countyIsNotAcceptedUnderAParentThatDoesNotContainIt() {
    // 城中区 after 海东市 is not 海东市's, so only the city itself is matched.
    assertEquals(Optional.of("630200"), resolvedCode("海东市城中区人民政府", ""));
  }

  @Test
  void sharedNamesNeedDisambiguation() {
    assertEquals(Optional.empty(), resolvedCode("城中区人民政府办公室", ""));
    assertEquals(Optional.empty(), resolvedCode("城中区人民政府办公室", null));
    assertEquals(
        Optional.of("630103"), resolvedCode("城中区人民政府办公室", "2023年西宁市城中区部门决算"));
    assertEquals(Optional.of("450202"), resolvedCode("城中区人民政府办公室（柳州市）", "西宁市"));
    assertEquals(Optional.empty(), resolvedCode("城中区人民政府办公室", "西宁市 柳州市"));
  }

  @Test
  void cityRepeatedAsItsOwnCountyResolvesToTheCity() {
    assertEquals(Optional.of("620200"), resolvedCode("嘉峪关市人民政府办公室", ""));
  }

  @Test
  void unknownNamesResolveToNothing() {
    assertEquals(Optional.empty(), resolvedCode("中国共产党中央委员会办公厅", ""));
    assertEquals(Optional.empty(), resolvedCode("财政局", "西宁市"));
    assertEquals(Optional.empty(), resolvedCode("", ""));
    assertEquals(Optional.empty(), resolvedCode(null, null));
  }
}
