package yujue.warehouse.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CatalogTextTest {

  @Test
  void stripsEveryKindOfSpaceAndKeepsANameWithoutAny() {
    assertEquals("人力资源和社会保障局", CatalogText.stripWhitespace("人力资源和社会保障 局"));
    assertEquals("西宁市城中区", CatalogText.stripWhitespace("\u3000西宁市\u00A0城中区\t\n"));
    assertEquals("𠀀局", CatalogText.stripWhitespace("𠀀 局")); // a supplementary char is kept whole
    String name = "海东市人民政府办公室";
    assertSame(name, CatalogText.stripWhitespace(name));
    assertEquals("", CatalogText.stripWhitespace(" \u3000 "));
  }
}
