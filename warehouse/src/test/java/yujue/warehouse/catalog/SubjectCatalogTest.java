package yujue.warehouse.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SubjectCatalogTest {

  private static final SubjectCatalog FUNCTION = SubjectCatalog.function();
  private static final SubjectCatalog ECONOMIC = SubjectCatalog.economic();

  static Stream<SubjectCatalog> catalogs() {
    return Stream.of(FUNCTION, ECONOMIC);
  }

  @Test
  void functionByCode() {
    Subject s = FUNCTION.byCode("2010301").orElseThrow();
    assertEquals("行政运行", s.name());
    assertEquals(Subject.Level.ITEM, s.level());
    assertEquals("20103", s.parentCode());
    assertEquals("政府办公厅（室）及相关机构事务", FUNCTION.byCode("20103").orElseThrow().name());
    assertEquals("一般公共服务支出", FUNCTION.byCode("201").orElseThrow().name());
    assertTrue(FUNCTION.byCode("201030").isEmpty(), "a cut code is not a code");
  }

  @Test
  void functionClassesOfTable01() {
    assertEquals(30, FUNCTION.all().stream().filter(s -> s.level() == Subject.Level.CLASS).count());
    assertEquals("抗疫特别国债安排的支出", FUNCTION.byCode("234").orElseThrow().name());
  }

  @Test
  void childByNameExactAndCut() {
    assertEquals("2010301", FUNCTION.childByName("20103", "行政运行").orElseThrow().code());
    assertEquals("2010399",
        FUNCTION.childByName("20103", "其他政府办公厅（室）及相关机构事务支").orElseThrow().code());
    assertEquals("2010399",
        FUNCTION.childByName("20103", "其他政府办公厅 (室) 及相关机构事务").orElseThrow().code());
    // exact match wins over the prefix rule; two children starting with "事业单位" would be ambiguous
    assertEquals("2101102", FUNCTION.childByName("21011", "事业单位医疗").orElseThrow().code());
    assertTrue(FUNCTION.childByName("20103", "行政").isEmpty(), "too short to match by prefix");
    assertTrue(FUNCTION.childByName("20103", "住房公积金").isEmpty(), "not a child of 20103");
  }

  @Test
  void byNameOnlyWhenUnique() {
    assertEquals("30101", ECONOMIC.byName("基本工资").orElseThrow().code());
    assertEquals("21011", FUNCTION.byName("行政事业单位医疗").orElseThrow().code());
    assertTrue(FUNCTION.byName("行政运行").isEmpty(), "行政运行 recurs under every 款");
    assertTrue(ECONOMIC.byName("其他支出").isEmpty(), "399 and 39999");
    // table 06 of the linxia report prints the class code on every row: the name picks the section
    assertEquals("39999", ECONOMIC.childByName("399", "其他支出").orElseThrow().code());
    assertEquals("30201", ECONOMIC.childByName("302", "办公费").orElseThrow().code());
  }

  @Test
  void costKind() {
    assertEquals(Optional.of("public"), ECONOMIC.costKind("30201"));
    assertEquals(Optional.of("personnel"), ECONOMIC.costKind("30302"));
    assertEquals(Optional.of("personnel"), ECONOMIC.costKind("301"));
    assertEquals(Optional.of("public"), ECONOMIC.costKind("31002"));
    assertEquals(Optional.of("public"), ECONOMIC.costKind("30230"), "unknown section inherits");
    assertTrue(ECONOMIC.costKind("312").isEmpty());
    assertTrue(FUNCTION.costKind("2010301").isEmpty());
  }

  @Test
  void normalizeName() {
    assertEquals("维修（护）费", SubjectCatalog.normalizeName(" 维修 (护)\u3000费 "));
  }

  @ParameterizedTest
  @MethodSource("catalogs")
  void everyParentExistsOneLevelUp(SubjectCatalog catalog) {
    for (Subject s : catalog.all()) {
      if (s.level() == Subject.Level.CLASS) {
        assertNull(s.parentCode(), s.code());
        continue;
      }
      Subject parent = catalog.byCode(s.parentCode()).orElse(null);
      assertNotNull(parent, "parent of " + s.code());
      assertEquals(s.level().ordinal() - 1, parent.level().ordinal(), s.code());
      assertTrue(s.code().startsWith(parent.code()), s.code());
    }
  }

  @ParameterizedTest
  @MethodSource("catalogs")
  void codeLengthMatchesLevel(SubjectCatalog catalog) {
    for (Subject s : catalog.all()) {
      assertEquals(s.level().digits(), s.code().length(), s.code());
      assertEquals(Optional.of(s.level()), Subject.Level.ofCode(s.code()));
    }
  }

  @Test
  void namesUseFullWidthParenthesesAndNoSpaces() {
    for (SubjectCatalog c : List.of(FUNCTION, ECONOMIC)) {
      for (Subject s : c.all()) {
        assertEquals(SubjectCatalog.normalizeName(s.name()), s.name(), s.code());
      }
    }
  }

  @Test
  void economicCostKindsFollowTheClasses() {
    for (Subject s : ECONOMIC.all()) {
      String cls = s.code().substring(0, 3);
      String expected = switch (cls) {
        case "301", "303" -> "personnel";
        case "302", "307", "310", "399" -> "public";
        default -> null;
      };
      assertEquals(expected, s.costKind(), s.code());
    }
  }

  @Test
  void normalizeNameKeepsAPlainNameAndCatchesEverySpace() {
    String plain = "政府办公厅（室）及相关机构事务";
    assertTrue(plain == SubjectCatalog.normalizeName(plain), "nothing to change: the name itself");
    assertEquals("基本工资", SubjectCatalog.normalizeName("基本\u00A0工资"));
    assertEquals("基本工资", SubjectCatalog.normalizeName("基本\u2003工资"));
    assertEquals("基本工资", SubjectCatalog.normalizeName("基本\u205F工资\n"));
    assertEquals("", SubjectCatalog.normalizeName(null));
    for (char c = 0; c < 0xFFFF; c++) { // the shortcut agrees with the Unicode tables on every char
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      String name = "甲" + c + "乙";
      String expected = space ? "甲乙" : c == '(' ? "甲（乙" : c == ')' ? "甲）乙" : name;
      if (!Character.isSurrogate(c)) {
        assertEquals(expected, SubjectCatalog.normalizeName(name), Integer.toHexString(c));
      }
    }
  }

  @Test
  void normalizedNameOfASubject() {
    Subject s = FUNCTION.byCode("2010399").orElseThrow();
    assertEquals("其他政府办公厅（室）及相关机构事务支出", FUNCTION.normalizedName(s));
    assertEquals(SubjectCatalog.normalizeName(s.name()), FUNCTION.normalizedName(s));
  }

  @Test
  void digitKeysTellCodesApart() {
    assertEquals(3301, SubjectCatalog.digitKey("301"));
    assertEquals(40301, SubjectCatalog.digitKey("0301"));
    assertEquals(72010301, SubjectCatalog.digitKey("2010301"));
    assertEquals(-1, SubjectCatalog.digitKey(""));
    assertEquals(-1, SubjectCatalog.digitKey("301a"));
    assertEquals(-1, SubjectCatalog.digitKey("123456789"));
    assertEquals(-1, SubjectCatalog.digitKey("３０１"), "full-width digits are not ASCII");
  }

  @Test
  void byCodeFindsEveryCodeStrippedAndNothingElse() {
    for (SubjectCatalog c : List.of(FUNCTION, ECONOMIC)) {
      for (Subject s : c.all()) {
        assertEquals(s, c.byCode(s.code()).orElseThrow());
        assertEquals(s, c.byCode(" " + s.code() + "\u3000").orElseThrow());
      }
    }
    assertEquals("30101", ECONOMIC.byCode("30101").orElseThrow().code());
    assertTrue(ECONOMIC.byCode("30100").isEmpty());
    assertTrue(ECONOMIC.byCode("0301").isEmpty());
    assertTrue(ECONOMIC.byCode("301 01").isEmpty());
    assertTrue(ECONOMIC.byCode(null).isEmpty());
    assertTrue(FUNCTION.byCode("合计").isEmpty());
  }
}
