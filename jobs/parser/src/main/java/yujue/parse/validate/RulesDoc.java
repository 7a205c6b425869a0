package yujue.parse.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/rules.md, generated from {@link RuleCatalog#RULES}, so the reference of rule ids cannot
 * drift from what validation checks. RulesDocTest regenerates it when run with
 * {@code -Dyujue.updateDocs=true}.
 */
public final class RulesDoc {

  private RulesDoc() {}

  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Yujue validation rules\n\n")
        .append("Generated from `RuleCatalog.RULES` by `yujue.parse.validate.RulesDoc`; ")
        .append("do not edit by hand (a test fails when this file is stale).\n\n")
        .append("Each rule checks one identity that holds inside a report (domain.md section 5) and, when it ")
        .append("fails, lands a row in `fct_finding` with the rule id below. Tolerances are in 万元: a ")
        .append("difference equal to the tolerance passes, one cent more fails. A blank cell counts as 0 where ")
        .append("it is one part of a sum, but a rule is not checked when the figure it checks, or every part it ")
        .append("would sum, was not read. `expected` is what the identity requires (the parts' sum, the ")
        .append("table's figure), `actual` what the report prints.\n\n")
        .append("Severities: error = the report or its reading is wrong; warning = the narrative and the ")
        .append("tables disagree; info = worth a look, often legitimate.\n\n")
        .append("| id | severity | tolerance | description |\n|---|---|---|---|\n");
    for (Rule r : RuleCatalog.RULES) {
      md.append("| ").append(r.id()).append(" | ").append(r.severity().id()).append(" | ")
          .append(r.tolerance().toPlainString()).append(" | ").append(r.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return md.toString();
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    Files.writeString(out, render(), StandardCharsets.UTF_8);
  }
}
