package yujue.parse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.TextFamily;

/**
 * Every sample in every family, clean and with every kind of damage: parse the sample, render its
 * facts, parse the rendering, and the facts and metadata must come back the same.
 *
 * <p>One allowance, and only for missing facts: where the re-parse itself reports that the
 * identities left a cell undecided ({@code *_AMBIGUOUS} finding on that table), the figure is
 * NULL by design (the flowing family drops empty cells, and some placements cannot be told apart).
 * Such misses are listed in the message but do not fail the test; a wrong or extra figure always does.
 */
class RoundTripTest {

  static final long SEED = 20240601L;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String sample : Reports.SAMPLES) {
      // PDF is no rendering of text: PDFs are read from the file (yujue.parse.pdf)
      for (TextFamily family : EnumSet.complementOf(EnumSet.of(TextFamily.PDF))) {
        out.add(Arguments.of(sample, family, false));
        out.add(Arguments.of(sample, family, true));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1}, all damage: {2}")
  @MethodSource("cases")
  void factsComeBackTheSame(String sample, TextFamily family, boolean damaged) {
    ParsedReport source = Reports.sample(sample);
    Set<Damage> damage = damaged ? EnumSet.allOf(Damage.class) : EnumSet.noneOf(Damage.class);
    Rendering rendering = ReportRenderer.renderDetailed(source, family, damage, SEED);
    ParsedReport back = Reports.parse(sample, rendering.text());

    assertEquals(family, back.family(), "the rendering reads as its family");
    assertEquals(Reports.meta(source), Reports.meta(back), "region, department, year, kind");
    Map<String, List<String>> diff = Reports.diff(Reports.facts(source), Reports.facts(back));
    List<String> missing = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    for (String fact : diff.get("missing")) {
      (undecidedByParser(back, fact.split(",", -1)[1]) ? undecided : missing).add(fact);
    }
    List<String> extra = diff.get("extra");
    assertTrue(missing.isEmpty() && extra.isEmpty(), sample + " as " + family + (damaged ? " with all damage" : "")
        + "\n  missing after the round trip:\n    " + String.join("\n    ", missing)
        + "\n  extra or changed after the round trip:\n    " + String.join("\n    ", extra)
        + "\n  (left NULL as undecidable by the parser, allowed:\n    " + String.join("\n    ", undecided) + ")"
        + "\n  damage: " + rendering.injected().stream().filter(i -> i.damage() != Damage.TRUNCATED_CODE).toList());
  }

  private static boolean undecidedByParser(ParsedReport back, String table) {
    return back.findings().stream()
        .anyMatch(f -> f.ruleId().endsWith("_AMBIGUOUS") && table.equals(f.tableCode()));
  }
}
