package yujue.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataInferenceTest {

  @Test
  void cleansConversionNoiseFromDepartmentNames() {
    // a character repeated across a line break, as in the corpus' "人力资源和社会保障 障局"
    assertEquals("临夏市人力资源和社会保障局", MetadataInference.clean("临夏市人力资源和社会保障 障局"));
    // a stray English word from OCR
    assertEquals("海东市人民政府办公室", MetadataInference.clean("海东市人民政府 and 办公室"));
    assertEquals("西宁市城中区人民政府办公室", MetadataInference.clean(" 西宁市城中区人民政府办公室 "));
    // a genuinely doubled character inside a word is not noise when no break separates it
    assertEquals("海东市东湖管理委员会", MetadataInference.clean("海东市东湖管理委员会"));
    assertEquals("教育局", MetadataInference.clean("教育局*"));
    assertEquals("教育局", MetadataInference.clean("教育\u3000局"));
  }

  /** Names with nothing clean() would change skip its regexes; anything it would change does not. */
  @Test
  void onlyNamesWithoutNoiseSkipCleaning() {
    assertTrue(MetadataInference.nothingToClean("西宁市城中区人民政府办公室"));
    assertTrue(MetadataInference.nothingToClean("第1中学（分校）"));
    for (String noisy : List.of("教育局*", "教育 局", "教育\u3000局", "教育局a", "\t教育局", "教育局\u2028")) {
      assertFalse(MetadataInference.nothingToClean(noisy), noisy);
    }
  }
}
