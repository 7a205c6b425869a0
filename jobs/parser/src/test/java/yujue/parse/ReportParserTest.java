package yujue.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import yujue.parse.model.DocKind;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.ReportMeta;
import yujue.parse.text.SourceDocument;
import yujue.warehouse.catalog.DepartmentTypeCatalog;

class ReportParserTest {

  private static ReportMeta manifest(String department, String type) {
    return new ReportMeta(null, null, department, type, null, null, "manifest");
  }

  @Test
  void aManifestDepartmentWithoutTypeIsClassifiedByItsOwnName() {
    ReportMeta inferred = new ReportMeta("630200", "海东市", "海东市人民政府办公室", "government_office", 2024,
        DocKind.FINAL, "inferred");
    ReportMeta merged = ReportParser.merge(inferred, manifest("海东市教育局", null));
    assertEquals("海东市教育局", merged.departmentName());
    assertEquals("education", merged.departmentType());
    assertEquals("630200", merged.regionCode());
    assertEquals("manifest", merged.metadataSource());
  }

  @Test
  void aManifestDepartmentNoPatternKnowsIsOther() {
    ReportMeta inferred = new ReportMeta(null, null, null, null, null, null, "inferred");
    assertEquals(DepartmentTypeCatalog.OTHER,
        ReportParser.merge(inferred, manifest("海东市某某服务站", null)).departmentType());
  }

  @Test
  void aManifestTypeWinsAndNoManifestNameKeepsTheInferredType() {
    ReportMeta inferred = new ReportMeta(null, null, "海东市人民政府办公室", "government_office", null, null, "inferred");
    assertEquals("finance", ReportParser.merge(inferred, manifest("海东市教育局", "finance")).departmentType());
    assertEquals("government_office", ReportParser.merge(inferred, manifest(null, null)).departmentType());
  }

  @Test
  void aReportNamingNoDepartmentTakesTheManifestNameAndItsType() {
    byte[] text = "说明\n本年度无数据。\n".getBytes(StandardCharsets.UTF_8);
    ParsedReport r = ReportParser.parse(SourceDocument.of("x.txt", text), manifest("海东市教育局", null));
    assertEquals("海东市教育局", r.meta().departmentName());
    assertEquals("education", r.meta().departmentType());
  }
}
