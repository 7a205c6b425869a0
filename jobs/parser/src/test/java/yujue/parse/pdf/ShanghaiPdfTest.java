package yujue.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import yujue.parse.GoldenTest;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.Segmenter;
import yujue.parse.model.DocKind;
import yujue.parse.model.Finding;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.ReportMeta;
import yujue.parse.model.TextFamily;
import yujue.parse.tables.TableKind;

/**
 * The real 2024 final report of 中共上海市普陀区委社会工作部, read from its PDF: every figure of its
 * tables and narrative against a golden file typed from the rendered pages
 * (golden/2024-final-shanghai-putuo-social-work-department.csv), its metadata, and where facts
 * point back to; and the blank Shanghai template, which lands with no figures and says so.
 */
class ShanghaiPdfTest {

  @Test
  void everyFigureMatchesThePdf() {
    GoldenTest.assertMatchesGolden(PdfSamples.SHANGHAI, PdfSamples::parse);
  }

  @Test
  void metadataIsReadFromTheCoverTitle() {
    ParsedReport r = PdfSamples.parse(PdfSamples.SHANGHAI);
    ReportMeta m = r.meta();
    assertEquals("310107", m.regionCode());
    assertEquals("普陀区", m.regionName());
    assertEquals("中共上海市普陀区委社会工作部", m.departmentName());
    assertEquals("social_work", m.departmentType());
    assertEquals(2024, m.fiscalYear());
    assertEquals(DocKind.FINAL, m.docKind());
    assertEquals(TextFamily.PDF, r.family());
  }

  @Test
  void theSixTablesWithFiguresAreFoundAndTheEmptyOnesAreNot() {
    PdfText pdf = PdfLines.read(PdfSamples.bytes(PdfSamples.SHANGHAI));
    assertEquals(24, pdf.pages());
    ReportLayout layout = Segmenter.segment(TextFamily.PDF, pdf.lines());
    // 07, 08 and 09 print only their headers and a note (本表无数据): no block with an amount
    assertEquals(List.of(TableKind.F01, TableKind.F02, TableKind.F03, TableKind.F04, TableKind.F05, TableKind.F06),
        layout.tables().stream().map(t -> t.kind()).toList());
  }

  @Test
  void factsPointBackToTheirPage() {
    ParsedReport r = PdfSamples.parse(PdfSamples.SHANGHAI);
    PdfText pdf = PdfLines.read(PdfSamples.bytes(PdfSamples.SHANGHAI));
    MeasureFact personnel = r.measures().stream()
        .filter(m -> m.measure().equals("personnel_cost") && "F06".equals(m.provenance().tableCode()))
        .findFirst().orElseThrow();
    assertEquals(13, pdf.page(personnel.provenance().line()), "人员经费合计 is printed on page 13");
    assertTrue(pdf.lines().get(personnel.provenance().line() - 1).text().contains("人员经费合计"));
    // a finding with a line says its page
    assertTrue(r.findings().stream().filter(f -> f.line() != null).allMatch(f -> f.message().contains("(PDF page ")));
  }

  @Test
  void theReportReadsWithoutWarnings() {
    ParsedReport r = PdfSamples.parse(PdfSamples.SHANGHAI);
    List<Finding> serious = r.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO).toList();
    assertEquals(List.of(), serious);
  }

  @Test
  void theBlankTemplateLandsWithNoFiguresAndSaysSo() {
    ParsedReport r = PdfSamples.parse(PdfSamples.TEMPLATE);
    assertEquals(0, r.measures().size() + r.functionFacts().size() + r.economicFacts().size() + r.sanggong().size());
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("NO_FIGURES")
        && f.message().equals("the report prints no figures (a blank template?)")), r.findings().toString());
    assertEquals(2024, r.meta().fiscalYear());
    assertEquals(DocKind.FINAL, r.meta().docKind());
  }

  /**
   * Not a timed assertion: prints how many pages a second the whole parse of the Shanghai PDF takes
   * (PDFBox reading, layout and every later stage), once cold and then on a warmed-up JVM.
   */
  @Test
  void pagesPerSecond() {
    byte[] bytes = PdfSamples.bytes(PdfSamples.SHANGHAI);
    int pages = PdfLines.read(bytes).pages();
    long cold = System.nanoTime();
    PdfSamples.parse(PdfSamples.SHANGHAI);
    double coldSeconds = (System.nanoTime() - cold) / 1e9;
    for (int i = 0; i < 10; i++) {
      PdfSamples.parse(PdfSamples.SHANGHAI); // warm-up
    }
    int runs = 20;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      PdfSamples.parse(PdfSamples.SHANGHAI);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(String.format(Locale.ROOT, "PDF parse speed (%s, %d pages, one thread): warm %.1f pages/s "
        + "(%.0f ms per report over %d runs); this JVM's first parse after the probe %.0f ms", PdfSamples.SHANGHAI,
        pages, pages * runs / seconds, seconds * 1000 / runs, runs, coldSeconds * 1000));
  }
}
