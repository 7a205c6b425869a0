package yujue.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;

/**
 * Every figure of every table of each sample report against a golden file typed in from reading
 * the report (src/test/resources/golden/&lt;sample&gt;.csv), not copied from the parser's output.
 * A golden file lists, per (fact kind, table), the complete set of figures: anything the parser
 * finds beyond it or misses is a failure. Blank cells are NULL and so are absent.
 *
 * <p>Columns: {@code fact,table,code,measure,year,amount}; fact is function | economic | measure |
 * sanggong; table is a table code (F01…F11, B1…B9), {@code narrative}, or {@code derived} for a
 * figure computed from others (a previous year from a change, 财政拨款收入 as a sum); code is
 * the subject code (function, economic) or empty; measure is the column (function, economic),
 * the measure id, or basis.part for sanggong (actual.total); year is the year the figure is about.
 */
public class GoldenTest {

  static Stream<String> samples() {
    return Samples.ALL.stream().filter(s -> golden(s) != null);
  }

  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("samples")
  void everyFigureMatchesTheReport(String sample) throws IOException {
    assertMatchesGolden(sample, Samples::parse);
  }

  /**
   * The comparison above for any report: {@code parse} reads the sample (a text or a PDF) and its
   * figures must be exactly those of its golden file.
   */
  public static void assertMatchesGolden(String sample, Function<String, ParsedReport> parse) {
    List<String> expected = golden(sample);
    assertTrue(expected != null, "no golden file for " + sample);
    Set<String> scopes = new TreeSet<>();
    for (String line : expected) {
      String[] f = line.split(",", -1);
      scopes.add(f[0] + "," + f[1]);
    }
    Set<String> actual = new TreeSet<>();
    for (String fact : facts(parse.apply(sample))) {
      String[] f = fact.split(",", -1);
      if (scopes.contains(f[0] + "," + f[1])) {
        actual.add(fact);
      }
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(new TreeSet<>(expected));
    assertTrue(missing.isEmpty() && extra.isEmpty(), sample + "\n  missing (in the report, not parsed):\n    "
        + String.join("\n    ", missing) + "\n  extra (parsed, not in the report):\n    " + String.join("\n    ", extra));
  }

  /** The parser's facts in the golden format. */
  static List<String> facts(ParsedReport r) {
    List<String> out = new ArrayList<>();
    for (SubjectFact f : r.functionFacts()) {
      out.add(row("function", f.tableCode(), f.subjectCode(), f.measure(), r.meta().fiscalYear(), f.amount()));
    }
    for (SubjectFact f : r.economicFacts()) {
      out.add(row("economic", f.tableCode(), f.subjectCode(), f.measure(), r.meta().fiscalYear(), f.amount()));
    }
    for (MeasureFact m : r.measures()) {
      out.add(row("measure", table(m.provenance().origin(), m.provenance().tableCode()), "", m.measure(),
          m.aboutYear(), m.amount()));
    }
    for (SanggongFact s : r.sanggong()) {
      out.add(row("sanggong", table(s.provenance().origin(), s.provenance().tableCode()), "",
          s.basis().id() + "." + s.part().id(), s.aboutYear(), s.amount()));
    }
    return out;
  }

  /** Derived figures are "derived" whatever they were computed from; else the table, or narrative. */
  private static String table(Origin origin, String tableCode) {
    if (origin == Origin.DERIVED) {
      return "derived";
    }
    return tableCode != null ? tableCode : "narrative";
  }

  private static String row(String fact, String table, String code, String measure, int year, BigDecimal amount) {
    return String.join(",", fact, table, code, measure, Integer.toString(year), amount.setScale(2).toPlainString());
  }

  static List<String> golden(String sample) {
    String name = "/golden/" + sample.replaceFirst("\\.(txt|pdf)$", ".csv");
    try (InputStream in = GoldenTest.class.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("fact,"))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
