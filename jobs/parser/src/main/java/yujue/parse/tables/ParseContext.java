package yujue.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yujue.parse.model.Finding;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;
import yujue.parse.model.TextFamily;

/**
 * What the table readers of one report share: the facts found so far (later tables use earlier
 * ones as hints, e.g. table 01's income lines tell which columns table 02's total row fills),
 * and the findings.
 */
public final class ParseContext {

  public final TextFamily family;
  public final int fiscalYear;
  public final List<MeasureFact> measures = new ArrayList<>();
  public final List<SubjectFact> functionFacts = new ArrayList<>();
  public final List<SubjectFact> economicFacts = new ArrayList<>();
  public final List<SanggongFact> sanggong = new ArrayList<>();
  public final List<Finding> findings = new ArrayList<>();
  /** Narrative figures known before the tables are read (basic/project split, 三公 figures). */
  public final Map<String, BigDecimal> narrativeHints = new HashMap<>();

  public ParseContext(TextFamily family, int fiscalYear) {
    this.family = family;
    this.fiscalYear = fiscalYear;
  }

  public void finding(String ruleId, Severity severity, String message, BigDecimal expected, BigDecimal actual,
      String tableCode, Integer line) {
    findings.add(new Finding(ruleId, severity, message, expected, actual, tableCode, line));
  }

  /** A table measure of this report's year, if one was read. */
  public BigDecimal measure(String measure, String tableCode) {
    for (MeasureFact m : measures) {
      if (m.aboutYear() == fiscalYear && m.measure().equals(measure)
          && tableCode.equals(m.provenance().tableCode())) {
        return m.amount();
      }
    }
    return null;
  }
}
