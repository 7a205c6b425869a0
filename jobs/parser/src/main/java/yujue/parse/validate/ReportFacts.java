package yujue.parse.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.Source;
import yujue.parse.model.SubjectFact;

/** Read-only look-ups over one report's facts, for the rules. */
public record ReportFacts(int year, List<MeasureFact> measures, List<SubjectFact> functions,
    List<SubjectFact> economics, List<SanggongFact> sanggong) {

  public Optional<MeasureFact> tableMeasure(String measure, String table) {
    return measures.stream()
        .filter(m -> m.aboutYear() == year && m.measure().equals(measure) && table.equals(m.provenance().tableCode()))
        .findFirst();
  }

  public Optional<MeasureFact> anyTableMeasure(String measure) {
    return measures.stream()
        .filter(m -> m.aboutYear() == year && m.measure().equals(measure) && m.provenance().source() == Source.TABLE)
        .findFirst();
  }

  public Optional<MeasureFact> narrativeMeasure(String measure) {
    return measures.stream()
        .filter(m -> m.aboutYear() == year && m.measure().equals(measure)
            && m.provenance().source() == Source.NARRATIVE && m.provenance().origin() != yujue.parse.model.Origin.DERIVED)
        .findFirst();
  }

  public BigDecimal cell(String table, String code, String measure, boolean economic) {
    for (SubjectFact f : economic ? economics : functions) {
      if (f.tableCode().equals(table) && f.subjectCode().equals(code) && f.measure().equals(measure)) {
        return f.amount();
      }
    }
    return null;
  }

  public List<SubjectFact> table(String table, boolean economic) {
    List<SubjectFact> out = new ArrayList<>();
    for (SubjectFact f : economic ? economics : functions) {
      if (f.tableCode().equals(table)) {
        out.add(f);
      }
    }
    return out;
  }

  public Optional<SanggongFact> sanggong(Basis b, Part p, boolean table) {
    return sanggong.stream()
        .filter(s -> s.aboutYear() == year && s.basis() == b && s.part() == p
            && (s.provenance().source() == Source.TABLE) == table
            && s.provenance().origin() != yujue.parse.model.Origin.DERIVED)
        .findFirst();
  }
}
