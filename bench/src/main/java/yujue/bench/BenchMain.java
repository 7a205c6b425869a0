package yujue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yujue.bench.jmh.ParserBenchmarks;
import yujue.queries.accuracy.Accuracy;

/**
 * {@code ./yujue bench}: measures Yujue against the targets of its scale issue on this machine and
 * writes BENCHMARKS.md. Steps run in JVMs of their own ({@link Child}) so each has its own time and
 * peak memory: JMH on the parser's inner loops; synthetic corpora of each size (kept and reused,
 * since a seed always gives the same files); a full land of each; a land of 1% new reports into
 * the largest warehouse; accuracy; every query module on DuckDB and on Spark SQL; bytes per row.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark parsing, landing, queries and storage; print one table and write BENCHMARKS.md.")
public final class BenchMain implements Callable<Integer> {

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
      description = "Corpus sizes to land, in reports (default 10000,100000).")
  List<Integer> sizes;

  @Option(names = "--work", defaultValue = ".yujue/bench", description = "Where corpora and warehouses go (default .yujue/bench).")
  Path work;

  @Option(names = "--out", defaultValue = "BENCHMARKS.md", description = "The report to write (default BENCHMARKS.md).")
  Path out;

  @Option(names = "--skip-jmh", description = "Leave out the JMH parser benchmarks.")
  boolean skipJmh;

  @Option(names = "--steps", split = ",", defaultValue = "jmh,land,accuracy,incremental,storage,queries",
      description = "Steps to run (default all: jmh,land,accuracy,incremental,storage,queries); the others report what they "
          + "measured in the last run that ran them.")
  List<String> steps;

  @Option(names = "--land-heap", defaultValue = "6g", description = "Heap of the land job's JVM (default 6g).")
  String landHeap;

  static final long SEED = 20261121L;
  /** Parse/floor fork pairs of the jmh step: about 8 minutes, and one outlying pair cannot move the median far. */
  static final int PAIRS = 4;

  private final List<Result> results = new ArrayList<>();
  private final Map<String, Object> details = new LinkedHashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> machine = Machine.facts();
    Files.createDirectories(work);
    List<Integer> ordered = sizes.stream().sorted().toList();
    int n = ordered.get(ordered.size() - 1);
    Path largest = work.resolve("warehouse-" + n);
    stage("jmh", () -> {
      if (!skipJmh) {
        parser();
      }
    });
    stage("land", () -> {
      for (int size : ordered) {
        land("land " + size, List.of(corpus(size, SEED + size).resolve("reports")), work.resolve("warehouse-" + size), size,
            true);
      }
    });
    int a = accuracySize(ordered);
    stage("accuracy", () -> accuracy(corpus(a, SEED + a), work.resolve("warehouse-" + a), a));
    stage("incremental", () -> incremental(largest, n));
    stage("storage", () -> storage(largest));
    stage("queries", () -> queries(largest));
    machine.put("load average at end", Machine.loadAverage());
    // figures of steps not run now are those of their last run (results/): the load above is not theirs
    machine.put("steps run by this invocation", steps.isEmpty() ? "none" : String.join(", ", steps));
    BenchReport report = new BenchReport(machine, results, details);
    PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    report.printTable(console);
    Files.writeString(out, report.markdown(), StandardCharsets.UTF_8);
    console.println("wrote " + out.toAbsolutePath());
    return 0;
  }

  private interface Step {
    void run() throws Exception;
  }

  /**
   * Runs a step when {@code --steps} names it and keeps what it measured under results/; a step
   * not named contributes what it measured last time, so one step can be run again alone.
   */
  private void stage(String name, Step step) throws Exception {
    Path cache = work.resolve("results/" + name + ".json");
    if (steps.contains(name)) {
      int from = results.size();
      List<String> keysBefore = new ArrayList<>(details.keySet());
      step.run();
      Map<String, Object> added = new LinkedHashMap<>(details);
      added.keySet().removeAll(keysBefore);
      Files.createDirectories(cache.getParent());
      json.writerWithDefaultPrettyPrinter().writeValue(cache.toFile(),
          Map.of("results", results.subList(from, results.size()), "details", added));
    } else if (Files.exists(cache)) {
      JsonNode cached = json.readTree(cache.toFile());
      for (JsonNode r : cached.path("results")) {
        results.add(json.treeToValue(r, Result.class));
      }
      details.putAll(json.convertValue(cached.path("details"), Map.class));
    }
  }

  /** The accuracy target is set on 10^4 reports: that size when it is run, else the smallest. */
  private static int accuracySize(List<Integer> sizes) {
    return sizes.contains(10_000) ? 10_000 : sizes.get(0);
  }

  /**
   * Parse and floor as {@value #PAIRS} pairs of single forks run back to back, the ratio the median
   * of the pairs' (one pair's two forks see the same machine, two runs minutes apart may not);
   * decode and segment, the parse's first two stages, one fork each, as a breakdown.
   */
  private void parser() throws Exception {
    step("JMH: parser inner loops");
    ParserBenchmarks.Settings s = ParserBenchmarks.Settings.DEFAULT;
    List<ParserBenchmarks.Figure> stages = ParserBenchmarks.run(s.withForks(1).withInclude("decode|segment"));
    List<ParserBenchmarks.Pair> pairs = ParserBenchmarks.pairs(s, PAIRS);
    details.put("jmh", stages);
    details.put("jmh pairs (reports/s)", pairs);
    double parse = pairs.stream().mapToDouble(ParserBenchmarks.Pair::parse).average().orElseThrow();
    double floor = pairs.stream().mapToDouble(ParserBenchmarks.Pair::floor).average().orElseThrow();
    DoubleSummaryStatistics ratios = pairs.stream().mapToDouble(ParserBenchmarks.Pair::ratio).summaryStatistics();
    double median = ParserBenchmarks.medianRatio(pairs);
    results.add(Result.atLeast("parse", "reports/s on one core (JMH, text, 1 thread; mean of " + PAIRS + " forks)",
        parse, "", 1000));
    results.add(Result.of("parse", "read-and-split floor, reports/s on one core (UTF-8 decode + lines; mean of "
        + PAIRS + " forks)", Result.fmt(floor)));
    results.add(Result.atMost("parse", "floor ÷ parse, median of " + PAIRS + " back-to-back fork pairs (pairs "
        + Result.fmt(ratios.getMin()) + "–" + Result.fmt(ratios.getMax()) + "×)", median, "×", 10));
  }

  /** A synthetic corpus of n reports, written once and kept (the same seed writes the same files). */
  private Path corpus(int n, long seed) throws Exception {
    Path dir = work.resolve("corpus-" + n + "-s" + seed);
    if (Files.exists(dir.resolve("corpus.csv"))) {
      return dir;
    }
    deleteTree(dir);
    step("synth " + n + " reports");
    Child.Outcome o = Child.run("4g", work.resolve("logs/synth-" + n + ".log"), "yujue.parse.synth.SynthMain",
        "--reports", String.valueOf(n), "--seed", String.valueOf(seed), "--out", dir.toString()).orThrow("synth");
    results.add(Result.of("synth", n + " reports written (s; peak MB)", secondsAndPeak(o)));
    return dir;
  }

  /**
   * Lands the inputs into {@code wh} in a child JVM; returns its run report. {@code fresh}: a full
   * land into a new warehouse, held to the 10^5 target; else a land into the existing one.
   */
  private JsonNode land(String name, List<Path> inputs, Path wh, int n, boolean fresh) throws Exception {
    return land(name, inputs, wh, n, fresh, Map.of());
  }

  /** As above, with these environment variables (a land service's endpoint file) for the land command. */
  private JsonNode land(String name, List<Path> inputs, Path wh, int n, boolean fresh, Map<String, String> env)
      throws Exception {
    if (fresh) {
      deleteTree(wh);
    }
    step(name);
    Path report = work.resolve("logs/" + name.replace(' ', '-') + ".json");
    List<String> args = new ArrayList<>(List.of("land", "--warehouse", wh.toString(), "--report", report.toString()));
    inputs.forEach(i -> args.addAll(List.of("--input", i.toString())));
    Child.Outcome o = Child.run(env, landHeap, work.resolve("logs/" + name.replace(' ', '-') + ".log"),
        "yujue.jobs.cli.JobsMain", args.toArray(String[]::new)).orThrow(name);
    JsonNode r = json.readTree(report.toFile());
    double seconds = r.path("seconds").asDouble();
    int landed = r.path("landed").asInt();
    details.put(name, Map.of("seconds", seconds, "wall_seconds", o.seconds(), "peak_rss_mb", o.peakRssMb(),
        "landed", landed, "quarantined", r.path("quarantined").size(), "facts", r.path("facts").asLong(),
        "phase_seconds", json.convertValue(r.path("phase_seconds"), Map.class)));
    if (fresh) {
      String what = String.format("%,d reports landed, Spark local[*] (s)", n);
      results.add(n >= 100_000 ? Result.atMost("land", what, seconds, " s", 300) : Result.of("land", what, Result.fmt(seconds) + " s"));
      results.add(Result.of("land", String.format("%,d: reports/s; peak MB of the job", n),
          Result.fmt(landed / seconds) + "; " + o.peakRssMb() + " MB"));
    }
    return r;
  }

  /**
   * 1% new reports into the largest warehouse: as a fresh land command (a JVM and Spark of its own),
   * then the same batch into a copy of the warehouse as it was, through a land service that has
   * landed two other batches of that size before (a scheduled service's steady state).
   */
  private void incremental(Path wh, int n) throws Exception {
    double fullSeconds = ((Number) ((Map<?, ?>) details.get("land " + n)).get("seconds")).doubleValue();
    int extra = Math.max(1, n / 100);
    Path base = corpus(n, SEED + n);
    Path fresh = corpus(extra, SEED + 7 * n + 1);
    List<Path> inputs = List.of(base.resolve("reports"), fresh.resolve("reports"));
    Path before = work.resolve("warehouse-" + n + "-before-1%");
    deleteTree(before);
    copyTree(wh, before);
    JsonNode r = land("add 1% to " + n, inputs, wh, extra, false);
    double seconds = r.path("seconds").asDouble();
    results.add(Result.of("land", String.format("1%% new: %,d new among %,d inputs, fresh land command (s)",
        r.path("landed").asInt(), r.path("inputs").asInt()), Result.fmt(seconds) + " s"));
    results.add(Result.of("land", "1% new ÷ full land, fresh land command",
        String.format(Locale.ROOT, "%.1f %%", 100 * seconds / fullSeconds)));
    JsonNode s = throughService(inputs, before, extra, n);
    deleteTree(before);
    double served = s.path("seconds").asDouble();
    results.add(Result.of("land", "1% new through the land service, warm (s)", Result.fmt(served) + " s"));
    results.add(Result.atMost("land", "1% new ÷ full land, land service", 100 * served / fullSeconds, " %", 5));
  }

  private JsonNode throughService(List<Path> inputs, Path wh, int extra, int n) throws Exception {
    Path endpoint = work.resolve("land-service.json").toAbsolutePath();
    Files.deleteIfExists(endpoint);
    step("land service");
    Process service = Child.start(Map.of(), landHeap, work.resolve("logs/land-service.log"), "yujue.jobs.cli.JobsMain",
        "land-service", "--endpoint-file", endpoint.toString());
    try {
      for (int i = 0; i < 1200 && !Files.exists(endpoint); i++) {
        if (!service.isAlive()) {
          throw new IllegalStateException("the land service exited; see " + work.resolve("logs/land-service.log"));
        }
        Thread.sleep(100);
      }
      Map<String, String> env = Map.of("YUJUE_LAND_SERVICE", endpoint.toString());
      Path warm = corpus(extra, SEED + 11 * n + 3);
      for (int i = 1; i <= 2; i++) {
        Path scratch = work.resolve("warehouse-warm-up-" + i);
        deleteTree(scratch);
        land("warm-up " + i + " of the land service", List.of(warm.resolve("reports")), scratch, extra, false, env);
        deleteTree(scratch);
      }
      return land("add 1% to " + n + " through the land service", inputs, wh, extra, false, env);
    } finally {
      service.destroy(); // SIGTERM: the service removes its endpoint file
      service.waitFor();
    }
  }

  private void accuracy(Path corpus, Path wh, int n) throws Exception {
    step("accuracy on " + n);
    Accuracy.Summary s = Accuracy.measure(corpus, wh, 10, null);
    details.put("accuracy", Map.of("truth", s.overall().truth(), "exact", s.overall().exact(),
        "missing", s.overall().missing(), "wrong", s.overall().wrong(), "extra", s.overall().extra()));
    // Tally.accuracy() is a percentage already; three decimals, since the target sits at 99.9
    double pct = s.overall().accuracy();
    results.add(new Result("accuracy", String.format("figures landed exactly, %,d-report corpus with damage (%,d figures)",
        n, s.overall().truth()), String.format(Locale.ROOT, "%.3f %%", pct), "≥ 99.9 %", pct >= 99.9));
    s.byFamily().forEach((family, t) -> results.add(Result.of("accuracy", "  family " + family,
        String.format(Locale.ROOT, "%.3f %%", t.accuracy()))));
  }

  private void storage(Path wh) throws Exception {
    step("Parquet bytes per row");
    List<ParquetStats.TableSize> sizes = ParquetStats.of(wh);
    details.put("parquet", sizes);
    ParquetStats.TableSize facts = ParquetStats.facts(sizes);
    results.add(Result.atMost("storage", String.format("bytes per fact row (%,d rows, %,d files, %,d row groups)",
        facts.rows(), facts.files(), facts.rowGroups()), facts.bytesPerRow(), " B", 10));
  }

  private void queries(Path wh) throws Exception {
    step("query modules: DuckDB and Spark SQL");
    Path log = work.resolve("logs/modules.json");
    Child.Outcome o = Child.run("6g", work.resolve("logs/modules.log"), "yujue.bench.ModulesStep",
        "--warehouse", wh.toString(), "--json", log.toString()).orThrow("modules");
    JsonNode logged = json.readTree(log.toFile());
    JsonNode rows = logged.path("modules");
    details.put("modules", json.convertValue(rows, List.class));
    details.put("module pages", json.convertValue(logged.path("pages"), List.class));
    for (JsonNode p : logged.path("pages")) {
      results.add(Result.atMost("queries", String.format("%s (%s, page by page): DuckDB warm ms of the slowest of %,d pages"
          + " (about %,d departments each; peers: a year each) (page %d; median page %s ms; %,d rows in all, at most %,d a page)",
          p.path("module").asText(), p.path("filter").asText(), p.path("pages").asInt(), p.path("pageSize").asInt(),
          p.path("slowestPage").asInt(), Result.fmt(p.path("medianPageMs").asDouble()), p.path("rows").asInt(),
          p.path("largestPageRows").asInt()), p.path("slowestPageMs").asDouble(), " ms", 200));
    }
    for (JsonNode r : rows) {
      // the whole country in one piece is an export's worth of rows, read page by page above
      boolean whole = r.path("filter").asText().equals("none");
      String what = r.path("module").asText() + " (" + r.path("filter").asText() + ")"
          + (whole ? ", whole answer in one piece" : "");
      double duck = r.path("duckdbMs").asDouble();
      double spark = r.path("sparkMs").asDouble();
      String timed = String.format("%s: DuckDB warm ms (median of 5; %,d rows, of which reading them to the client %s ms,"
          + " %s ms of that for DuckDB to hand them over as Arrow)", what, r.path("rows").asInt(),
          Result.fmt(r.path("duckdbReadMs").asDouble()), Result.fmt(r.path("duckdbArrowMs").asDouble()));
      results.add(whole ? Result.of("queries", timed, Result.fmt(duck) + " ms") : Result.atMost("queries", timed, duck, " ms", 200));
      if (!Double.isNaN(spark) && spark > 0) {
        results.add(Result.atLeast("queries", what + ": Spark SQL ÷ DuckDB (Spark " + Result.fmt(spark) + " ms)"
            + (r.path("agree").asBoolean() ? ", same rows" : ", RESULTS DIFFER"), spark / duck, "×", 10));
      }
    }
    results.add(Result.of("queries", "peak MB of the query step (both engines)", o.peakRssMb() + " MB"));
  }

  private static String secondsAndPeak(Child.Outcome o) {
    return Result.fmt(o.seconds()) + " s; " + o.peakRssMb() + " MB";
  }

  private static void step(String name) {
    System.err.println("bench: " + name + " (load " + Machine.loadAverage() + ")");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
