package yujue.parse.validate;

import java.util.ArrayList;
import java.util.List;
import yujue.parse.model.Finding;

/** Runs every rule of the {@link RuleCatalog} over a report's facts. */
public final class Validator {

  private Validator() {}

  public static List<Finding> validate(ReportFacts facts) {
    List<Finding> out = new ArrayList<>();
    for (Rule r : RuleCatalog.RULES) {
      out.addAll(r.apply(facts));
    }
    return out;
  }
}
