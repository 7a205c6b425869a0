package yujue.parse.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.parse.model.DocKind;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.TextFamily;
import yujue.parse.render.Damage;
import yujue.warehouse.catalog.Region;

/** The corpus as written: files and manifest, determinism, both kinds at the configured rate, the command line. */
class SynthCorpusTest {

  @Test
  void theSameSeedWritesTheSameFilesWhateverTheThreads(@TempDir Path tmp) throws IOException {
    SynthCorpus.write(new SynthCorpus.Options(40, 11L, tmp.resolve("a"), 0.3, 0.7, 1));
    SynthCorpus.write(new SynthCorpus.Options(40, 11L, tmp.resolve("b"), 0.3, 0.7, 2));
    SynthCorpus.write(new SynthCorpus.Options(40, 12L, tmp.resolve("c"), 0.3, 0.7, 2));
    List<Path> a = files(tmp.resolve("a"));
    List<Path> b = files(tmp.resolve("b"));
    assertEquals(a, b, "the same files");
    assertEquals(40 * 2 + 2, a.size(), "a text and a truth file per report, corpus.csv and corpus.json");
    for (Path f : a) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)),
          "byte for byte: " + f);
    }
    assertNotEquals(Files.readString(tmp.resolve("a/corpus.csv")), Files.readString(tmp.resolve("c/corpus.csv")),
        "another seed, another corpus");
  }

  @Test
  void theManifestDescribesEveryReport(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("corpus");
    SynthCorpus.Summary s = SynthCorpus.write(new SynthCorpus.Options(120, 5L, dir, 0.3, 0.7, 2));
    assertEquals(120, s.reports());
    List<String> rows = Files.readAllLines(dir.resolve("corpus.csv"), StandardCharsets.UTF_8);
    assertEquals(String.join(",", SynthCorpus.MANIFEST_COLUMNS), rows.get(0));
    assertEquals(121, rows.size());
    Set<String> families = new HashSet<>();
    Set<String> damage = new TreeSet<>();
    Set<String> kinds = new HashSet<>();
    long figures = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split(",", -1);
      assertTrue(Files.isRegularFile(dir.resolve(c[0])), c[0]);
      List<String> truth = Files.readAllLines(dir.resolve(c[1]), StandardCharsets.UTF_8);
      assertEquals(Truth.HEADER, truth.get(0));
      assertEquals(Integer.parseInt(c[10]), truth.size() - 1, "figures column = truth lines");
      assertTrue(truth.stream().skip(1).allMatch(l -> l.matches("[a-z]+,[A-Za-z0-9]+,\\d*,[a-z_.]+,\\d{4},-?\\d+\\.\\d\\d")),
          "golden format");
      String text = Files.readString(dir.resolve(c[0]));
      assertTrue(text.contains(c[4]) || text.replaceAll("\\s", "").contains(c[4]), "the department is in the text");
      families.add(c[8]);
      kinds.add(c[7]);
      if (!c[9].isEmpty()) {
        damage.addAll(List.of(c[9].split("\\|")));
      }
      figures += Integer.parseInt(c[10]);
    }
    assertEquals(Set.of("tab", "markdown", "flowing"), families);
    assertEquals(Set.of("final", "budget"), kinds);
    Set<String> all = new TreeSet<>();
    for (Damage d : Damage.values()) {
      all.add(d.name().toLowerCase());
    }
    assertEquals(all, damage, "every kind of damage injected somewhere");
    assertEquals(s.figures(), figures);
    assertTrue(Files.readString(dir.resolve("corpus.json")).contains("\"seed\": 5"));
    // nothing a land run would take for a report besides the texts, nor for a metadata manifest
    try (Stream<Path> w = Files.walk(dir)) {
      assertTrue(w.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .allMatch(n -> n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".json")));
    }
    assertTrue(Files.notExists(dir.resolve("manifest.csv")));
  }

  @Test
  void bothKindsOfADepartmentYearAtTheConfiguredRate() {
    for (double rate : new double[] {0.3, 0.7, 1.0}) {
      Map<String, Set<DocKind>> byYear = new HashMap<>();
      for (SynthCorpus.Generated g : Corpora.generate(21L, 600, 0, rate)) {
        ParsedReport r = g.report();
        byYear.computeIfAbsent(r.meta().departmentName() + "/" + r.meta().fiscalYear(), k -> EnumSet.noneOf(DocKind.class))
            .add(r.meta().docKind());
      }
      double both = byYear.values().stream().filter(k -> k.size() == 2).count() / (double) byYear.size();
      assertEquals(rate, both, 0.07, "share of department-years with both a budget and a final at rate " + rate);
    }
  }

  @Test
  void departmentsAreRealRegionsAndReadBack() {
    Departments d = new Departments(3L);
    Set<Region.Level> levels = EnumSet.noneOf(Region.Level.class);
    Set<String> types = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      Departments.Department dept = d.next(i);
      assertTrue(Departments.readsBack(dept.name(), dept.region(), dept.kind()), dept.name());
      assertTrue(dept.region().code().matches("\\d{6}"));
      assertTrue(names.add(dept.name()), "unique names");
      levels.add(dept.region().level());
      types.add(dept.type());
    }
    assertEquals(EnumSet.allOf(Region.Level.class), levels, "county, city and province departments");
    assertTrue(types.size() >= 25, "many department types: " + types);
  }

  @Test
  void familiesAreTheThreeConverterFamilies() {
    Set<TextFamily> seen = EnumSet.noneOf(TextFamily.class);
    Corpora.generate(4L, 60, 0, 0.7).forEach(g -> seen.add(g.family()));
    assertEquals(EnumSet.of(TextFamily.TAB, TextFamily.MARKDOWN, TextFamily.FLOWING), seen);
  }

  @Test
  void commandLine(@TempDir Path tmp) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, SynthMain.run(new String[] {"--reports", "3"}, o, e), "missing options");
    assertEquals(2, SynthMain.run(new String[] {"--reports", "3", "--seed", "1", "--out", tmp.toString(), "--bogus", "1"},
        o, e));
    assertEquals(2, SynthMain.run(new String[] {"--reports", "3", "--seed", "1", "--out", tmp.resolve("x").toString(),
        "--damage-rate", "2"}, o, e), "a rate above 1");
    assertEquals(0, SynthMain.run(new String[] {"--reports", "5", "--seed", "1", "--out", tmp.resolve("y").toString()},
        o, e), err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("synth: 5 reports"), out.toString(StandardCharsets.UTF_8));
    assertEquals(2, SynthMain.run(new String[] {"--reports", "5", "--seed", "1", "--out", tmp.resolve("y").toString()},
        o, e), "refuses a directory that is not empty");
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> w = Files.walk(dir)) {
      return w.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
