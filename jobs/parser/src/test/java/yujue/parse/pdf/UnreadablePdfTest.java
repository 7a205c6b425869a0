package yujue.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import yujue.parse.ReportParser;
import yujue.parse.text.SourceDocument;
import yujue.parse.text.TextDecoder.UnreadableTextException;

/**
 * PDFs that cannot be read are refused with a plain reason (what the land job quarantines with):
 * scanned pages without a text layer, a password, broken or truncated files. Made here with PDFBox.
 */
class UnreadablePdfTest {

  private static String reason(byte[] pdf) {
    return assertThrows(UnreadableTextException.class,
        () -> ReportParser.parsePdf(SourceDocument.of("x.pdf", pdf))).getMessage();
  }

  @Test
  void aScannedPdfHasNoTextLayer() throws IOException {
    String r = reason(imageOnly(3));
    assertEquals("scanned PDF: no text layer on any of its 3 pages, only images (OCR is not supported)", r);
  }

  @Test
  void aPdfThatNeedsAPasswordIsEncrypted() throws IOException {
    assertEquals("encrypted PDF: a password is needed to open it", reason(withText("Hello 2024", "secret")));
  }

  @Test
  void aPdfEncryptedWithOnlyAnOwnerPasswordOpensAndReads() throws IOException {
    PdfText t = PdfLines.read(withText("Hello 2024", ""));
    assertEquals("Hello 2024", t.lines().get(0).text());
  }

  @Test
  void aTruncatedPdfIsRefused() {
    byte[] whole = PdfSamples.bytes(PdfSamples.SHANGHAI);
    String r = reason(Arrays.copyOf(whole, whole.length / 2));
    assertTrue(r.startsWith("truncated PDF: "), r);
  }

  @Test
  void aBrokenPdfIsRefused() {
    byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    String r = reason(junk);
    assertTrue(r.startsWith("broken PDF: "), r);
  }

  @Test
  void emptyAndNonPdfBytesAreRefused() {
    assertEquals("empty file: the file has no bytes", reason(new byte[0]));
    assertEquals("not a PDF: the file does not start with %PDF-", reason("年度部门决算".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPdfOfBlankPagesHasNoText() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      assertEquals("PDF without text: none of its 1 pages has any text", reason(save(doc)));
    }
  }

  @Test
  void aScannedPageInsideATextPdfIsAFinding() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, "2024");
      addImagePage(doc);
      PdfText t = PdfLines.read(save(doc));
      assertEquals(1, t.notes().size());
      assertEquals("PDF_PAGES_WITHOUT_TEXT", t.notes().get(0).ruleId());
      assertTrue(t.notes().get(0).message().startsWith("page 2 of the PDF has no text layer"), t.notes().toString());
    }
  }

  // ---- PDFs made with PDFBox ----

  static byte[] imageOnly(int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        addImagePage(doc);
      }
      return save(doc);
    }
  }

  private static void addImagePage(PDDocument doc) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 100);
    g.setColor(Color.BLACK);
    g.drawLine(10, 50, 190, 50); // a scanned page: pixels, no text
    g.dispose();
    PDImageXObject x = LosslessFactory.createFromImage(doc, img);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(x, 50, 500, 400, 200);
    }
  }

  private static void addTextPage(PDDocument doc, String text) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(72, 700);
      cs.showText(text);
      cs.endText();
    }
  }

  /** One page of text, encrypted: with a user password it needs one to open, without it opens freely. */
  static byte[] withText(String text, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, text);
      StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      p.setEncryptionKeyLength(128);
      doc.protect(p);
      return save(doc);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
