package yujue.parse.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;

/**
 * Read-only look-ups over one report's facts, for the rules. The rules look the same few figures
 * up again and again (every narrative figure its table's, every 三公 part both ways), so the
 * measures and 三公 facts of the report's year are indexed once, when the facts are gathered: each
 * look-up answers what a scan of the lists in order would, the first fact that fits. The lists are
 * the report's and are not changed after.
 */
public final class ReportFacts {

  private final int year;
  private final List<MeasureFact> measures;
  private final List<SubjectFact> functions;
  private final List<SubjectFact> economics;
  private final List<SanggongFact> sanggong;
  /** The first measure of the year per table, then per measure. */
  private final Map<String, Map<String, MeasureFact>> byTable = new HashMap<>();
  /** The first measure of the year any table prints, per measure. */
  private final Map<String, MeasureFact> anyTable = new HashMap<>();
  /** The first 三公 fact of the year not derived, by basis, part, and table (1) or narrative (0). */
  private final SanggongFact[][][] sanggongOf = new SanggongFact[Basis.values().length][Part.values().length][2];

  public ReportFacts(int year, List<MeasureFact> measures, List<SubjectFact> functions, List<SubjectFact> economics,
      List<SanggongFact> sanggong) {
    this.year = year;
    this.measures = measures;
    this.functions = functions;
    this.economics = economics;
    this.sanggong = sanggong;
    indexMeasures();
    indexSanggong();
  }

  private void indexMeasures() {
    for (MeasureFact m : measures) {
      String table = m.provenance().tableCode();
      if (m.aboutYear() == year && table != null) {
        byTable.computeIfAbsent(table, t -> new HashMap<>()).putIfAbsent(m.measure(), m);
        anyTable.putIfAbsent(m.measure(), m);
      }
    }
  }

  private void indexSanggong() {
    for (SanggongFact s : sanggong) {
      if (s.aboutYear() == year && s.provenance().origin() != Origin.DERIVED) {
        SanggongFact[] both = sanggongOf[s.basis().ordinal()][s.part().ordinal()];
        int source = s.provenance().tableCode() != null ? 1 : 0;
        if (both[source] == null) {
          both[source] = s;
        }
      }
    }
  }

  public int year() {
    return year;
  }

  public List<MeasureFact> measures() {
    return measures;
  }

  public List<SubjectFact> functions() {
    return functions;
  }

  public List<SubjectFact> economics() {
    return economics;
  }

  public List<SanggongFact> sanggong() {
    return sanggong;
  }

  public Optional<MeasureFact> tableMeasure(String measure, String table) {
    Map<String, MeasureFact> printed = byTable.get(table);
    return Optional.ofNullable(printed == null ? null : printed.get(measure));
  }

  public Optional<MeasureFact> anyTableMeasure(String measure) {
    return Optional.ofNullable(anyTable.get(measure));
  }

  public Optional<MeasureFact> narrativeMeasure(String measure) {
    for (MeasureFact m : measures) {
      if (m.aboutYear() == year && m.measure().equals(measure) && m.provenance().tableCode() == null
          && m.provenance().origin() != Origin.DERIVED) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
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
    return Optional.ofNullable(sanggongOf[b.ordinal()][p.ordinal()][table ? 1 : 0]);
  }
}
