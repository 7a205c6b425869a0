package yujue.parse.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import yujue.parse.model.DocKind;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.Source;
import yujue.parse.model.SubjectFact;

/**
 * The facts of a parsed report, looked up the way the renderer needs them: by table, by narrative
 * or derived origin, and subject rows in print order. Only facts are read, never the source text.
 */
final class Facts {

  /** One subject row of a table: code, name and its cells by column measure, in print order. */
  record SubjectRow(String code, String name, Map<String, BigDecimal> cells) {}

  final ParsedReport report;
  final int year;
  final DocKind kind;
  final String department;

  Facts(ParsedReport report) {
    this.report = report;
    this.year = report.meta().fiscalYear() == null ? 0 : report.meta().fiscalYear();
    this.kind = report.meta().docKind() == null ? DocKind.FINAL : report.meta().docKind();
    this.department = report.meta().departmentName() == null ? "本部门" : report.meta().departmentName();
  }

  boolean isFinal() {
    return kind == DocKind.FINAL;
  }

  /** A figure a table printed about the report's year. */
  BigDecimal table(String table, String measure) {
    return report.measures().stream()
        .filter(m -> m.aboutYear() == year && m.measure().equals(measure) && table.equals(m.provenance().tableCode())
            && m.provenance().origin() != Origin.DERIVED)
        .map(MeasureFact::amount).findFirst().orElse(null);
  }

  /** A figure the narrative states (about the report's year unless the sentence names another). */
  Optional<MeasureFact> narrative(String measure) {
    return report.measures().stream()
        .filter(m -> m.measure().equals(measure) && m.provenance().source() == Source.NARRATIVE
            && m.provenance().origin() == Origin.REPORTED)
        .findFirst();
  }

  BigDecimal narrativeAmount(String measure) {
    return narrative(measure).filter(m -> m.aboutYear() == year).map(MeasureFact::amount).orElse(null);
  }

  /** The previous year's figure derived from a year-over-year sentence. */
  BigDecimal derived(String measure) {
    return report.measures().stream()
        .filter(m -> m.aboutYear() == year - 1 && m.measure().equals(measure) && m.provenance().origin() == Origin.DERIVED
            && m.provenance().tableCode() == null)
        .map(MeasureFact::amount).findFirst().orElse(null);
  }

  /** This year's best figure as the parser reconciles it: a table's first, else the narrative's. */
  BigDecimal current(String measure) {
    MeasureFact best = null;
    for (MeasureFact m : report.measures()) {
      if (m.aboutYear() == year && m.measure().equals(measure) && m.provenance().origin() != Origin.DERIVED
          && (best == null || best.provenance().source() == Source.NARRATIVE && m.provenance().source() == Source.TABLE)) {
        best = m;
      }
    }
    return best == null ? null : best.amount();
  }

  /** The year-over-year change a sentence must state so that the parser derives {@link #derived}. */
  BigDecimal change(String measure) {
    BigDecimal prev = derived(measure);
    BigDecimal now = current(measure);
    return prev == null || now == null ? null : now.subtract(prev);
  }

  List<SubjectFact> function(String table) {
    return report.functionFacts().stream().filter(f -> f.tableCode().equals(table)).toList();
  }

  List<SubjectFact> economic(String table) {
    return report.economicFacts().stream().filter(f -> f.tableCode().equals(table)).toList();
  }

  /** Subject facts of a table gathered into rows by code, in the order the rows were printed. */
  static List<SubjectRow> rows(List<SubjectFact> facts) {
    Map<String, SubjectRow> rows = new LinkedHashMap<>();
    for (SubjectFact f : facts) {
      rows.computeIfAbsent(f.subjectCode(), c -> new SubjectRow(c, f.subjectName(), new LinkedHashMap<>()))
          .cells().putIfAbsent(f.measure(), f.amount());
    }
    return new ArrayList<>(rows.values());
  }

  /** A 三公 cell a table printed: year, basis and part as the parser files them. */
  BigDecimal sanggongTable(String table, int aboutYear, Basis basis, Part part) {
    return report.sanggong().stream()
        .filter(s -> table.equals(s.provenance().tableCode()) && s.aboutYear() == aboutYear && s.basis() == basis
            && s.part() == part && s.provenance().origin() != Origin.DERIVED)
        .map(SanggongFact::amount).findFirst().orElse(null);
  }

  BigDecimal sanggongNarrative(Basis basis, Part part) {
    return report.sanggong().stream()
        .filter(s -> s.provenance().source() == Source.NARRATIVE && s.provenance().origin() == Origin.REPORTED
            && s.aboutYear() == year && s.basis() == basis && s.part() == part)
        .map(SanggongFact::amount).findFirst().orElse(null);
  }

  BigDecimal sanggongDerived(Basis basis, Part part) {
    return report.sanggong().stream()
        .filter(s -> s.provenance().origin() == Origin.DERIVED && s.aboutYear() == year - 1 && s.basis() == basis
            && s.part() == part)
        .map(SanggongFact::amount).findFirst().orElse(null);
  }

  /** The change (this year minus last) a 三公 sentence must state for the parser to derive last year's figure. */
  BigDecimal sanggongChange(Basis basis, Part part) {
    BigDecimal prev = sanggongDerived(basis, part);
    if (prev == null) {
      return null;
    }
    SanggongFact best = null;
    for (SanggongFact s : report.sanggong()) {
      if (s.aboutYear() == year && s.basis() == basis && s.part() == part && s.provenance().origin() != Origin.DERIVED
          && (best == null || best.provenance().source() == Source.NARRATIVE && s.provenance().source() == Source.TABLE)) {
        best = s;
      }
    }
    return best == null ? null : best.amount().subtract(prev);
  }
}
