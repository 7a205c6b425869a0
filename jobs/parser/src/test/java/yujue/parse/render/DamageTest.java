package yujue.parse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.SubjectFact;
import yujue.parse.model.TextFamily;
import yujue.parse.render.Rendering.Injected;

/**
 * Each kind of damage on its own, in each family: it is really in the text, the facts survive it
 * (the same as the clean rendering's in that family), and the parse records the mend (a finding or
 * provenance 'repaired'). The sample for each kind is one where the damage has places to go;
 * TRUNCATED_CODE uses 临夏, whose table 06 prints every amount (0.00 included) as the corpus's one
 * truncated table does; class codes after blank amounts are exercised by {@link RoundTripTest}.
 */
class DamageTest {

  static final long SEED = 7L;

  private static final Map<Damage, String> SAMPLE = Map.of(
      Damage.SPLIT_NUMBER, Reports.HAIDONG_FINAL,
      Damage.TRUNCATED_CODE, Reports.LINXIA_FINAL,
      Damage.WRAPPED_NAME, Reports.HAIDONG_FINAL,
      Damage.CUT_NAME, Reports.XINING_FINAL,
      Damage.REPEATED_HEADER, Reports.HAIDONG_BUDGET,
      Damage.PAGE_NUMBERS, Reports.LINXIA_FINAL,
      Damage.OCR_NOISE, Reports.XINING_FINAL,
      Damage.MISSING_TITLE, Reports.HAIDONG_BUDGET);

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Damage d : Damage.values()) {
      for (TextFamily f : TextFamily.values()) {
        out.add(Arguments.of(d, f));
      }
    }
    return out.stream();
  }

  /** Damage kinds whose mend leaves nothing to record: page-number lines are simply not text. */
  static Stream<Arguments> mended() {
    return cases().filter(a -> a.get()[0] != Damage.PAGE_NUMBERS);
  }

  private record Case(ParsedReport source, Rendering clean, Rendering damaged, ParsedReport cleanBack,
      ParsedReport back) {}

  private static Case run(Damage d, TextFamily family) {
    ParsedReport source = Reports.sample(SAMPLE.get(d));
    Rendering clean = ReportRenderer.renderDetailed(source, family, EnumSet.noneOf(Damage.class), SEED);
    Rendering damaged = ReportRenderer.renderDetailed(source, family, EnumSet.of(d), SEED);
    return new Case(source, clean, damaged, Reports.parse("clean.txt", clean.text()),
        Reports.parse("damaged.txt", damaged.text()));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("cases")
  void damageIsInTheText(Damage d, TextFamily family) {
    Case c = run(d, family);
    List<Injected> spots = c.damaged().of(d);
    assertFalse(spots.isEmpty(), d + " found no place to go");
    assertTrue(c.damaged().injected().stream().allMatch(i -> i.damage() == d), "only the damage asked for");
    assertTrue(c.clean().injected().isEmpty(), "a clean rendering is clean");
    String text = c.damaged().text();
    switch (d) {
      case REPEATED_HEADER -> {
        String header = spots.get(0).printed();
        assertTrue(lines(text, header) > lines(c.clean().text(), header), "the header is printed again: " + header);
      }
      case MISSING_TITLE -> {
        String title = Reports.meta(c.source()).contains("BUDGET") ? "年部门预算" : "年度部门决算";
        assertTrue(c.clean().text().lines().anyMatch(l -> l.endsWith(title)), "the clean rendering has a title");
        assertFalse(text.lines().anyMatch(l -> l.endsWith(title)), "no title line");
        assertTrue(text.contains("部门名称：" + c.source().meta().departmentName())
            || text.contains("部门：" + c.source().meta().departmentName()), "the department is in the table headers");
      }
      default -> spots.forEach(s -> assertTrue(text.contains(s.printed()), "in the text: " + s.printed()));
    }
    if (d == Damage.TRUNCATED_CODE) {
      assertTrue(spots.stream().anyMatch(s -> s.intended().length() == 7 && s.printed().matches("\\d{6}\\s.*")),
          "a 6-digit code where the fact has 7 digits");
      assertTrue(spots.stream().anyMatch(s -> s.intended().length() == 5 && s.printed().matches("3\\d\\d\\s.*")),
          "an economic code cut to its class");
    }
    if (d == Damage.OCR_NOISE) {
      String noisy = spots.get(0).printed();
      assertEquals(1, text.split(noisy, -1).length - 1, "the noise is in the title only");
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("cases")
  void factsSurvive(Damage d, TextFamily family) {
    Case c = run(d, family);
    assertEquals(Reports.meta(c.cleanBack()), Reports.meta(c.back()), "region, department, year, kind");
    Map<String, List<String>> diff = Reports.diff(Reports.facts(c.cleanBack()), Reports.facts(c.back()));
    assertTrue(diff.get("missing").isEmpty() && diff.get("extra").isEmpty(), d + " in " + family
        + " changed the facts\n  missing: " + diff.get("missing") + "\n  extra: " + diff.get("extra")
        + "\n  damage: " + c.damaged().injected());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("mended")
  void repairIsRecorded(Damage d, TextFamily family) {
    Case c = run(d, family);
    ParsedReport back = c.back();
    for (Injected s : c.damaged().of(d)) {
      switch (d) {
        case SPLIT_NUMBER -> assertTrue(back.findings().stream().anyMatch(f -> s.table().equals(f.tableCode())
                && (f.ruleId().equals("SPLIT_NUMBER_REPAIRED") || f.ruleId().equals("T09_REPAIRED"))),
            "no finding records the split number " + s.printed() + " of " + s.table());
        case TRUNCATED_CODE -> truncated(back, s);
        case CUT_NAME -> {
          List<SubjectFact> facts = facts(back, s.table(), s.printed().split("\\s")[0]);
          assertFalse(facts.isEmpty(), "no fact for " + s.printed());
          facts.forEach(f -> assertEquals(s.intended(), f.subjectName(), "the cut name is completed"));
          facts.forEach(f -> assertEquals(Origin.REPAIRED, f.provenance().origin(), "provenance of " + s.printed()));
        }
        case WRAPPED_NAME -> {
          List<SubjectFact> facts = back.functionFacts().stream()
              .filter(f -> f.tableCode().equals(s.table()) && f.subjectName().equals(s.intended())).toList();
          assertFalse(facts.isEmpty(), "the wrapped name is read whole: " + s.intended());
          assertTrue(facts.stream().allMatch(f -> f.provenance().origin() == Origin.REPAIRED)
                  || hasFinding(back, s.table(), "WRAP"),
              "parser gap: a name wrapped onto the next line is joined silently, no finding and provenance "
                  + facts.get(0).provenance().origin() + " (" + s.table() + " " + s.intended() + ")");
        }
        case REPEATED_HEADER -> assertTrue(hasFinding(back, s.table(), "HEADER"),
            "parser gap: a header repeated after a page break (" + s.table() + ") is skipped silently, no finding");
        case OCR_NOISE -> {
          assertEquals(s.intended(), back.meta().departmentName(), "the department name is cleaned");
          assertTrue(back.findings().stream().anyMatch(f -> f.message().contains(s.printed())
                  || f.message().contains(s.intended())),
              "parser gap: the title's noisy name '" + s.printed() + "' is cleaned silently, no finding");
        }
        case MISSING_TITLE -> {
          assertEquals(Reports.meta(c.source()), Reports.meta(back), "metadata from the table headers");
          assertTrue(back.findings().stream().anyMatch(f -> f.ruleId().contains("TITLE")),
              "parser gap: a report without a title line gets its metadata from table headers silently, no finding");
        }
        default -> { }
      }
    }
  }

  private static void truncated(ParsedReport back, Injected s) {
    String cut = s.printed().split("\\s")[0];
    if (s.intended().length() == 7) {
      assertTrue(back.findings().stream().anyMatch(f -> f.ruleId().equals("CODE_TRUNCATED_REPAIRED")
          && s.table().equals(f.tableCode()) && f.message().contains(cut) && f.message().contains(s.intended())),
          "no CODE_TRUNCATED_REPAIRED for " + cut + " -> " + s.intended() + " in " + s.table());
    } else {
      List<SubjectFact> facts = back.economicFacts().stream()
          .filter(f -> f.tableCode().equals(s.table()) && f.subjectCode().equals(s.intended())).toList();
      facts.forEach(f -> assertEquals(Origin.REPAIRED, f.provenance().origin(), "provenance of " + s.intended()));
    }
  }

  private static List<SubjectFact> facts(ParsedReport r, String table, String code) {
    return r.functionFacts().stream().filter(f -> f.tableCode().equals(table) && f.subjectCode().equals(code)).toList();
  }

  private static boolean hasFinding(ParsedReport r, String table, String ruleWord) {
    return r.findings().stream()
        .anyMatch(f -> table.equals(f.tableCode()) && f.ruleId().contains(ruleWord));
  }

  private static long lines(String text, String line) {
    return text.lines().filter(l -> l.equals(line)).count();
  }
}
