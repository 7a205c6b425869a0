package yujue.parse.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import yujue.parse.ReportParser;
import yujue.parse.model.ParsedReport;
import yujue.parse.text.SourceDocument;

/** The PDF samples (samples/pdf, on the test classpath under /samples/pdf). */
final class PdfSamples {

  static final String SHANGHAI = "2024-final-shanghai-putuo-social-work-department.pdf";
  static final String TEMPLATE = "shanghai-2024-final-template.pdf";

  private PdfSamples() {}

  static byte[] bytes(String name) {
    try (InputStream in = PdfSamples.class.getResourceAsStream("/samples/pdf/" + name)) {
      if (in == null) {
        throw new IllegalStateException("PDF sample not on the test classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedReport parse(String name) {
    return ReportParser.parsePdf(SourceDocument.of(name, bytes(name)));
  }
}
