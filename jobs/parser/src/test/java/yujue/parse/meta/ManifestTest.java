package yujue.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.parse.ReportParser;
import yujue.parse.model.DocKind;
import yujue.parse.model.ParsedReport;
import yujue.parse.text.SourceDocument;

class ManifestTest {

  @TempDir Path dir;

  /** The haidong final without its two title lines: nothing in the text names the department. */
  private static byte[] untitledHaidong() throws IOException {
    try (InputStream in = ManifestTest.class.getResourceAsStream("/samples/2024-final-haidong-government-office.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replaceFirst("海东市人民政府办公室\\s*\\n\\s*\\n2024 年度部门决算", "").getBytes(StandardCharsets.UTF_8);
    }
  }

  @Test
  void fillsWhatTheTextDoesNotSay() throws IOException {
    byte[] bytes = untitledHaidong();
    ParsedReport bare = ReportParser.parse(SourceDocument.of("r.txt", bytes));
    assertNull(bare.meta().departmentName(), "the test text must really lack its title");
    assertFalse(bare.meta().complete());

    Path csv = dir.resolve("manifest.csv");
    Files.writeString(csv, "file,region_code,department,fiscal_year,doc_kind\n"
        + "reports/r.txt,630200,海东市人民政府办公室,2024,final\n", StandardCharsets.UTF_8);
    Manifest m = Manifest.read(csv);
    Manifest.Entry e = m.lookup(dir.resolve("reports/r.txt")).orElseThrow();
    ParsedReport r = ReportParser.parse(SourceDocument.of("r.txt", bytes), e.toMeta());

    assertTrue(r.meta().complete());
    assertEquals("630200", r.meta().regionCode());
    assertEquals("海东市", r.meta().regionName());
    assertEquals("government_office", r.meta().departmentType());
    assertEquals(2024, r.meta().fiscalYear());
    assertEquals(DocKind.FINAL, r.meta().docKind());
    assertEquals("manifest", r.meta().metadataSource());
    assertEquals(new java.math.BigDecimal("2678.82"), r.measures().stream()
        .filter(x -> x.measure().equals("income_total")).findFirst().orElseThrow().amount());
  }

  @Test
  void emptyFieldsLeaveInferenceAlone() throws IOException {
    Path csv = dir.resolve("m.csv");
    Files.writeString(csv, "file,region_code,department,fiscal_year,doc_kind\nx.txt,,,2023,\n", StandardCharsets.UTF_8);
    Manifest.Entry e = Manifest.read(csv).lookup(Path.of("elsewhere/x.txt")).orElseThrow();
    assertNull(e.toMeta().regionCode());
    assertEquals(2023, e.toMeta().fiscalYear());
  }

  @Test
  void refusesRowsThatCannotBeTrue() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "file,region_code,department,fiscal_year,doc_kind\nx.txt,999999,某局,2024,final\n",
        StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Manifest.read(csv));
    assertTrue(e.getMessage().contains("999999"), e.getMessage());
  }
}
