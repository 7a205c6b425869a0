package yujue.warehouse.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepartmentTypeCatalogTest {

  private static final DepartmentTypeCatalog CATALOG = DepartmentTypeCatalog.load();

  @ParameterizedTest
  @CsvSource({
    "海东市人民政府办公室, government_office",
    "西宁市城中区人民政府办公室, government_office",
    "临夏市人民政府办公室, government_office",
    "青海省人民政府办公厅, government_office",
    "上海市普陀区社会工作部, social_work",
    "中共上海市普陀区委社会工作部, social_work",
    "临夏市人力资源和社会保障局, hrss",
    "临夏市人力资源和社会保障 障局, hrss",
    "某市政协办公室, cppcc",
    "政协海东市委员会办公室, cppcc",
    "中国人民政治协商会议西宁市城中区委员会办公室, cppcc",
    "海东市人大常委会办公室, people_congress",
    "海东市人民代表大会常务委员会办公室, people_congress",
    "中共海东市委办公室, party_committee_office",
    "中国共产党临夏市委员会办公室, party_committee_office",
    "中共西宁市城中区委办公室, party_committee_office",
    "海东市卫生健康委员会, health",
    "海东市发展和改革委员会, development_reform",
    "海东市中级人民法院, court",
    "临夏市人民检察院, procuratorate",
    "临夏市市场监督管理局, market_regulation",
    "海东市自然资源和规划局, natural_resources",
    "海东市文化广电和旅游局, culture_tourism",
    "海东市退役军人事务局, veterans",
  })
  void classifies(String name, String type) {
    assertEquals(type, CATALOG.classify(name).orElseThrow().id(), name);
  }

  @Test
  void otherCommitteeOfficesAreNotThePartyOffice() {
    // "委员会办公室" alone would catch these
    assertTrue(CATALOG.classify("海东市机构编制委员会办公室").isEmpty());
    assertTrue(CATALOG.classify("中共海东市委网络安全和信息化委员会办公室").isEmpty());
    assertEquals("health", CATALOG.classify("海东市卫生健康委员会办公室").orElseThrow().id());
  }

  @Test
  void unknownIsEmptyAndOtherIsNeverMatched() {
    assertTrue(CATALOG.classify("海东市某某服务中心").isEmpty());
    assertTrue(CATALOG.classify(null).isEmpty());
    DepartmentType other = CATALOG.all().get(CATALOG.all().size() - 1);
    assertEquals(DepartmentTypeCatalog.OTHER, other.id());
    assertTrue(other.patterns().isEmpty());
  }

  @Test
  void aReportRecordsTheTypeIdOrOtherAndNoneWithoutAName() {
    assertEquals("government_office", CATALOG.typeId("海东市人民政府办公室"));
    assertEquals(DepartmentTypeCatalog.OTHER, CATALOG.typeId("海东市某某服务中心"));
    assertNull(CATALOG.typeId(null));
  }

  @Test
  void idsAreUniqueAndEveryTypeButOtherHasPatterns() {
    Set<String> ids = new HashSet<>();
    for (DepartmentType t : CATALOG.all()) {
      assertTrue(ids.add(t.id()), "duplicate " + t.id());
      assertEquals(t.id().equals(DepartmentTypeCatalog.OTHER), t.patterns().isEmpty(), t.id());
    }
  }
}
