package yujue.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.Source;
import yujue.parse.model.SubjectFact;
import yujue.parse.text.SourceDocument;

/** The bundled sample reports, from the test classpath, and look-ups tests share. */
final class Samples {

  static final String HAIDONG_FINAL = "2024-final-haidong-government-office.txt";
  static final String XINING_FINAL = "2024-final-xining-chengzhong-government-office.txt";
  static final String LINXIA_FINAL = "2024-final-linxia-government-office.txt";
  static final String HAIDONG_BUDGET = "2023-budget-haidong-government-office.txt";
  static final List<String> ALL = List.of(HAIDONG_FINAL, XINING_FINAL, LINXIA_FINAL, HAIDONG_BUDGET);

  private Samples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sample not on the test classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedReport parse(String name) {
    return ReportParser.parse(SourceDocument.of(name, bytes(name)));
  }

  /** The report's own-year table figure for a measure, as doc_totals would pick it (table first). */
  static BigDecimal measure(ParsedReport r, String measure) {
    int year = r.meta().fiscalYear();
    Optional<MeasureFact> table = r.measures().stream()
        .filter(m -> m.aboutYear() == year && m.measure().equals(measure) && m.provenance().source() == Source.TABLE)
        .findFirst();
    return table.or(() -> r.measures().stream()
            .filter(m -> m.aboutYear() == year && m.measure().equals(measure)).findFirst())
        .map(MeasureFact::amount).orElse(null);
  }

  static BigDecimal derived(ParsedReport r, int year, String measure) {
    return r.measures().stream()
        .filter(m -> m.aboutYear() == year && m.measure().equals(measure) && m.provenance().origin() == Origin.DERIVED)
        .map(MeasureFact::amount).findFirst().orElse(null);
  }

  static BigDecimal sanggong(ParsedReport r, int year, Basis b, Part p, String source) {
    return r.sanggong().stream()
        .filter(s -> s.aboutYear() == year && s.basis() == b && s.part() == p && s.sourceId().equals(source))
        .map(SanggongFact::amount).findFirst().orElse(null);
  }

  static BigDecimal cell(ParsedReport r, String table, String code, String measure) {
    return r.functionFacts().stream().filter(f -> f.tableCode().equals(table) && f.subjectCode().equals(code)
            && f.measure().equals(measure))
        .map(SubjectFact::amount).findFirst()
        .orElseGet(() -> r.economicFacts().stream().filter(f -> f.tableCode().equals(table)
                && f.subjectCode().equals(code) && f.measure().equals(measure))
            .map(SubjectFact::amount).findFirst().orElse(null));
  }

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
