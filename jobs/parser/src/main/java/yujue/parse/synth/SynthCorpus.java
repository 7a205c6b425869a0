package yujue.parse.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import yujue.parse.model.DocKind;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.TextFamily;
import yujue.parse.render.Damage;
import yujue.parse.render.ReportRenderer;
import yujue.parse.render.Rendering;
import yujue.parse.synth.Departments.Department;

/**
 * Writes a synthetic corpus: N report texts over generated departments and years, each with the
 * ground truth of every figure it prints, and a manifest.
 *
 * <pre>
 * DIR/reports/&lt;province&gt;/&lt;name&gt;.txt   the report text (tab, markdown or flowing family, damaged or not)
 * DIR/truth/&lt;province&gt;/&lt;name&gt;.csv     every figure: fact,table,code,measure,year,amount ({@link Truth})
 * DIR/corpus.csv                       one row per report: files, region, department, year, kind,
 *                                      family, damage kinds injected, number of figures
 * DIR/corpus.json                      how the corpus was made (seed, counts, rates)
 * </pre>
 *
 * <p>Departments are drawn one after another (names must be unique), then generated, rendered and
 * written in parallel batches; every file depends only on the seed and the department's index,
 * so the same options give byte-identical output whatever the number of threads. Nothing is held
 * beyond one batch. The manifest is not named {@code manifest.csv}: the land job would take such a
 * file for metadata overrides, and a synthetic corpus is landed as real reports are, with
 * metadata read from the text.
 *
 * <p>Damage: each kind of {@link Damage} goes into a report independently with probability
 * {@code damageRate} (default 0.1), where the report has a place for it; the manifest lists the
 * kinds actually injected. Both kinds: a department-year has both its budget and its final report
 * with probability {@code bothRate} (default 0.7), else one of the two.
 */
public final class SynthCorpus {

  private SynthCorpus() {}

  public static final double DEFAULT_DAMAGE_RATE = 0.1;
  public static final double DEFAULT_BOTH_RATE = 0.7;
  public static final int FIRST_YEAR = 2019;
  public static final int LAST_YEAR = 2024;
  static final String MANIFEST = "corpus.csv";
  static final List<String> MANIFEST_COLUMNS = List.of("report", "truth", "region_code", "region_name", "department",
      "department_type", "fiscal_year", "doc_kind", "family", "damage", "figures", "department_id");
  private static final int BATCH = 64;
  /** The text families of converted reports (domain.md section 6) the renderer writes. */
  static final List<TextFamily> FAMILIES = List.of(TextFamily.TAB, TextFamily.MARKDOWN, TextFamily.FLOWING);

  public record Options(int reports, long seed, Path out, double damageRate, double bothRate, int threads) {
    public Options {
      if (reports < 0) {
        throw new IllegalArgumentException("--reports must be 0 or more");
      }
      if (damageRate < 0 || damageRate > 1 || bothRate < 0 || bothRate > 1) {
        throw new IllegalArgumentException("rates are between 0 and 1");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1");
      }
    }
  }

  public record Summary(int reports, int finals, int budgets, int departments, long figures, long bytes) {}

  /** One report the corpus will hold: a department's year and kind. */
  record Entry(int year, DocKind kind) {}

  /** A department and the reports of it the corpus holds. */
  record Plan(Department dept, int firstYear, int lastYear, List<Entry> entries) {}

  /** One written report, for the manifest. */
  private record Written(String row, DocKind kind, int figures, long bytes) {}

  public static Summary write(Options o) throws IOException {
    Path out = o.out();
    if (Files.exists(out)) {
      try (var list = Files.list(out)) {
        if (list.findAny().isPresent()) {
          throw new IllegalArgumentException("output directory is not empty: " + out);
        }
      }
    }
    Files.createDirectories(out);
    Departments departments = new Departments(o.seed());
    ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
      Thread t = new Thread(r, "synth");
      t.setDaemon(true);
      return t;
    });
    int reports = 0;
    int finals = 0;
    int depts = 0;
    long figures = 0;
    long bytes = 0;
    try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      manifest.write(String.join(",", MANIFEST_COLUMNS));
      manifest.write('\n');
      int next = 0;
      while (reports < o.reports()) {
        List<Plan> batch = new ArrayList<>();
        int planned = reports;
        while (batch.size() < BATCH && planned < o.reports()) {
          Plan p = plan(o, departments.next(next++), o.reports() - planned);
          batch.add(p);
          planned += p.entries().size();
        }
        List<Future<List<Written>>> done = new ArrayList<>();
        for (Plan p : batch) {
          done.add(pool.submit(() -> generate(o, p)));
        }
        for (Future<List<Written>> f : done) {
          for (Written w : get(f)) {
            manifest.write(w.row());
            manifest.write('\n');
            reports++;
            finals += w.kind() == DocKind.FINAL ? 1 : 0;
            figures += w.figures();
            bytes += w.bytes();
          }
          depts++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Summary s = new Summary(reports, finals, reports - finals, depts, figures, bytes);
    Files.writeString(out.resolve("corpus.json"), String.format(Locale.ROOT,
        "{\"generator\": \"yujue.parse.synth\", \"seed\": %d, \"reports\": %d, \"finals\": %d, \"budgets\": %d,"
            + " \"departments\": %d, \"figures\": %d, \"damage_rate\": %s, \"both_rate\": %s,"
            + " \"years\": [%d, %d]}%n",
        o.seed(), s.reports(), s.finals(), s.budgets(), s.departments(), s.figures(), o.damageRate(), o.bothRate(),
        FIRST_YEAR, LAST_YEAR), StandardCharsets.UTF_8);
    return s;
  }

  private static <T> T get(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    }
  }

  /** The years a department reports, and which kinds, at most {@code room} reports. */
  static Plan plan(Options o, Department d, int room) {
    Rng rng = Rng.of(o.seed(), 8, d.index());
    int first = rng.between(FIRST_YEAR, LAST_YEAR);
    int last = Math.min(LAST_YEAR, first + rng.between(0, 5));
    List<Entry> entries = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      if (rng.chance(o.bothRate())) {
        entries.add(new Entry(y, DocKind.BUDGET));
        entries.add(new Entry(y, DocKind.FINAL));
      } else {
        entries.add(new Entry(y, rng.chance(0.5) ? DocKind.FINAL : DocKind.BUDGET));
      }
    }
    return new Plan(d, first, last, entries.subList(0, Math.min(room, entries.size())));
  }

  /** The reports of one department, written to disk; their manifest rows. */
  static List<Written> generate(Options o, Plan p) {
    Series series = new Series(o.seed(), p.dept(), p.firstYear(), p.lastYear());
    List<Written> out = new ArrayList<>();
    for (Entry e : p.entries()) {
      Generated g = report(o, series, e);
      String name = name(p.dept(), e);
      String province = p.dept().region().provinceCode().substring(0, 2);
      String report = "reports/" + province + "/" + name + ".txt";
      String truth = "truth/" + province + "/" + name + ".csv";
      byte[] text = g.rendering().text().getBytes(StandardCharsets.UTF_8);
      List<String> lines = Truth.lines(g.report());
      try {
        Path r = o.out().resolve(report);
        Files.createDirectories(r.getParent());
        Files.write(r, text);
        Path t = o.out().resolve(truth);
        Files.createDirectories(t.getParent());
        Files.writeString(t, Truth.HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      String row = String.join(",", report, truth, p.dept().region().code(), csv(p.dept().region().name()),
          csv(p.dept().name()), p.dept().type(), Integer.toString(e.year()), e.kind().id(), g.family().id(),
          g.damage().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|")),
          Integer.toString(lines.size()), Integer.toString(p.dept().index()));
      out.add(new Written(row, e.kind(), lines.size(), text.length));
    }
    return out;
  }

  /**
   * The reports of a corpus without writing them (tests): the same reports, in the same order,
   * as {@link #write} writes for these options ({@code out} is not used).
   */
  static List<Generated> inMemory(Options o) {
    Departments departments = new Departments(o.seed());
    List<Generated> out = new ArrayList<>();
    for (int i = 0; out.size() < o.reports(); i++) {
      Plan p = plan(o, departments.next(i), o.reports() - out.size());
      Series series = new Series(o.seed(), p.dept(), p.firstYear(), p.lastYear());
      for (Entry e : p.entries()) {
        out.add(report(o, series, e));
      }
    }
    return out;
  }

  /** A generated report: its facts, the family and damage it was rendered with, and the text. */
  record Generated(ParsedReport report, TextFamily family, Set<Damage> damage, Rendering rendering) {}

  static Generated report(Options o, Series series, Entry e) {
    Department d = series.department();
    ParsedReport facts = facts(o.seed(), series, e);
    Rng rng = Rng.of(o.seed(), 9, d.index(), e.year(), e.kind().ordinal());
    TextFamily family = FAMILIES.get(rng.nextInt(FAMILIES.size()));
    Set<Damage> asked = EnumSet.noneOf(Damage.class);
    for (Damage k : Damage.values()) {
      if (rng.chance(o.damageRate())) {
        asked.add(k);
      }
    }
    Rendering r = ReportRenderer.renderDetailed(facts, family, asked, rng.nextLong());
    Set<Damage> injected = EnumSet.noneOf(Damage.class);
    r.injected().forEach(i -> injected.add(i.damage()));
    return new Generated(facts, family, injected, r);
  }

  /** The facts of one report of the series. */
  static ParsedReport facts(long seed, Series series, Entry e) {
    Department d = series.department();
    int y = e.year();
    return e.kind() == DocKind.FINAL
        ? FactSheet.finalReport(seed, d, series.finalBook(y), series.budgetBook(y), series.finalBook(y - 1))
        : FactSheet.budgetReport(seed, d, series.budgetBook(y), series.budgetBook(y - 1), series.finalBook(y - 1));
  }

  /** e.g. 630200-d000042-2024-final: region, department, year, kind; unique in a corpus. */
  static String name(Department d, Entry e) {
    return String.format(Locale.ROOT, "%s-d%06d-%d-%s", d.region().code(), d.index(), e.year(), e.kind().id());
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
