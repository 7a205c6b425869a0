package yujue.parse.model;

import java.math.BigDecimal;

/** Something validation or repair found in a report; see the rule catalog for ids. */
public record Finding(
    String ruleId, Severity severity, String message, BigDecimal expected, BigDecimal actual, String tableCode, Integer line) {

  public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
      return name().toLowerCase();
    }
  }
}
