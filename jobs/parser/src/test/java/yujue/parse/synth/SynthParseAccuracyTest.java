package yujue.parse.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.TextFamily;
import yujue.parse.render.Damage;

/**
 * Parse accuracy on a small synthetic corpus, with the parser alone (no Spark): 60 reports in all
 * three families with damage on, each parsed from its text and compared with its truth. Prints the
 * figure, per family and per kind of damage; at least 99% of figures must come back exactly
 * (missing and extra figures count against it).
 */
class SynthParseAccuracyTest {

  private static final class Slice {
    int reports;
    int truth;
    int exact;
    int extra;

    void add(Corpora.Diff d) {
      reports++;
      truth += d.truth();
      exact += d.exact();
      extra += d.extra().size();
    }

    double accuracy() {
      return truth + extra == 0 ? 100 : 100.0 * exact / (truth + extra);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%3d reports %6d figures %6d exact %4d extra  %.3f%%", reports, truth, exact,
          extra, accuracy());
    }
  }

  @Test
  void atLeast99PercentOfFiguresComeBackExactly() {
    List<SynthCorpus.Generated> corpus = Corpora.generate(2024L, 60, 0.25, 0.7);
    Slice all = new Slice();
    Map<String, Slice> byFamily = new TreeMap<>();
    Map<String, Slice> byDamage = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    EnumSet<TextFamily> families = EnumSet.noneOf(TextFamily.class);
    EnumSet<Damage> damage = EnumSet.noneOf(Damage.class);
    for (SynthCorpus.Generated g : corpus) {
      ParsedReport back = Corpora.parse(g);
      Corpora.Diff d = Corpora.diff(Truth.lines(g.report()), Truth.lines(back));
      all.add(d);
      byFamily.computeIfAbsent(g.family().id(), k -> new Slice()).add(d);
      for (Damage k : g.damage().isEmpty() ? List.<Damage>of() : List.copyOf(g.damage())) {
        byDamage.computeIfAbsent(k.name().toLowerCase(), x -> new Slice()).add(d);
      }
      if (g.damage().isEmpty()) {
        byDamage.computeIfAbsent("none", x -> new Slice()).add(d);
      }
      families.add(g.family());
      damage.addAll(g.damage());
      String name = g.report().meta().departmentName() + " " + g.report().meta().fiscalYear() + " "
          + g.report().meta().docKind() + " " + g.family() + " " + g.damage();
      d.missing().forEach(m -> misses.add(name + "  missing " + m));
      d.extra().forEach(m -> misses.add(name + "  extra   " + m));
    }
    System.out.println("synthetic parse accuracy (60 reports, damage rate 0.25): " + all);
    byFamily.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-16s %s%n", k, v));
    byDamage.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-16s %s%n", k, v));
    misses.stream().limit(30).forEach(m -> System.out.println("  " + m));
    assertEquals(EnumSet.of(TextFamily.TAB, TextFamily.MARKDOWN, TextFamily.FLOWING), families);
    assertTrue(damage.size() >= 6, "damage of most kinds went in: " + damage);
    assertTrue(all.accuracy() >= 99.0, "parse accuracy " + all + "\n" + String.join("\n", misses));
  }
}
