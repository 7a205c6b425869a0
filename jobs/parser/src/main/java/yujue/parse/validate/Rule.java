package yujue.parse.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import yujue.parse.model.Finding;
import yujue.parse.model.Finding.Severity;

/**
 * A validation rule: a stable id, how bad a failure is, how much rounding it allows (万元), a plain
 * description, and the check itself.
 */
public record Rule(String id, Severity severity, BigDecimal tolerance, String description,
    Function<Rule, Function<ReportFacts, List<Finding>>> check) {

  public List<Finding> apply(ReportFacts facts) {
    return check.apply(this).apply(facts);
  }

  /** A finding of this rule. */
  public Finding finding(String message, BigDecimal expected, BigDecimal actual, String table, Integer line) {
    return new Finding(id, severity, message, expected, actual, table, line);
  }
}
