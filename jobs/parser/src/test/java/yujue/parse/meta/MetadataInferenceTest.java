package yujue.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  }
}
