package yujue.bench.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import yujue.bench.Stats;

/**
 * Runs {@link ParserLoops} with JMH from code and hands back plain figures. The defaults (two
 * forks, each 8 × 4 s warm-up and 5 × 4 s measured, one thread) take about seven minutes for the
 * four benchmarks: enough to compare the parse with its floor, not for a fine regression.
 *
 * <p>The fork gets this JVM's class path (JMH's default) and its JVM arguments, with the corpus
 * directory passed on as the system property {@value ReportCorpus#CORPUS_PROPERTY}.
 */
public final class ParserBenchmarks {

  private ParserBenchmarks() {}

  /** One benchmark's score: reports per second (one operation is one report) and JMH's 99.9% error. */
  public record Figure(String benchmark, double opsPerSecond, double error, String unit) {}

  /**
   * How long to run. {@code corpus} null: the synthetic corpus of {@link ReportCorpus}; else a
   * directory of report texts. {@code include}: a regex on benchmark names (null: all).
   */
  public record Settings(int forks, int warmupIterations, int warmupSeconds, int measurementIterations,
      int measurementSeconds, Path corpus, String include, VerboseMode verbosity) {

    /**
     * The parser touches a few hundred methods; C2 takes 20-30 s to compile them all (3 × 2 s of
     * warm-up measured it still climbing: 65, 160, 165, then 207 … 321 reports/s while measured).
     * Two forks: with one, the floor's 99.9 % error was ±24–29 % (2026-11-22), more than the margin
     * the 10× target is judged on.
     */
    public static final Settings DEFAULT = new Settings(2, 8, 4, 5, 4, null, null, VerboseMode.NORMAL);

    public Settings withForks(int n) {
      return new Settings(n, warmupIterations, warmupSeconds, measurementIterations, measurementSeconds, corpus,
          include, verbosity);
    }

    public Settings withCorpus(Path dir) {
      return new Settings(forks, warmupIterations, warmupSeconds, measurementIterations, measurementSeconds,
          dir, include, verbosity);
    }

    public Settings withInclude(String regex) {
      return new Settings(forks, warmupIterations, warmupSeconds, measurementIterations, measurementSeconds,
          corpus, regex, verbosity);
    }

    public Settings quiet() {
      return new Settings(forks, warmupIterations, warmupSeconds, measurementIterations, measurementSeconds,
          corpus, include, VerboseMode.SILENT);
    }
  }

  public static List<Figure> run() throws RunnerException {
    return run(Settings.DEFAULT);
  }

  /** Runs the benchmarks; JMH's own progress goes to stdout unless {@link Settings#quiet()}. */
  public static List<Figure> run(Settings s) throws RunnerException {
    String base = ParserLoops.class.getName().replace(".", "\\.") + "\\.";
    ChainedOptionsBuilder o = new OptionsBuilder()
        .include(base + (s.include() == null ? ".*" : "(" + s.include() + ")"))
        .mode(Mode.Throughput)
        .timeUnit(TimeUnit.SECONDS)
        .forks(s.forks())
        .threads(1)
        .warmupIterations(s.warmupIterations())
        .warmupTime(TimeValue.seconds(s.warmupSeconds()))
        .measurementIterations(s.measurementIterations())
        .measurementTime(TimeValue.seconds(s.measurementSeconds()))
        .shouldFailOnError(true)
        .verbosity(s.verbosity());
    if (s.corpus() != null) {
      o.jvmArgsAppend("-D" + ReportCorpus.CORPUS_PROPERTY + "=" + s.corpus().toAbsolutePath());
    }
    List<Figure> figures = new ArrayList<>();
    for (RunResult r : new Runner(o.build()).run()) {
      Result<?> primary = r.getPrimaryResult();
      String name = r.getParams().getBenchmark();
      figures.add(new Figure(name.substring(name.lastIndexOf('.') + 1), primary.getScore(),
          primary.getScoreError(), "reports/s"));
    }
    figures.sort(Comparator.comparing(Figure::benchmark));
    return figures;
  }

  /**
   * One fork of {@code parse} and one of {@code floor}, run back to back (reports/s each). The
   * machine's speed wanders by 10-20 % over minutes; two forks of parse followed by two of floor
   * put that wander into the ratio; a pair, run within two minutes, keeps most of it out.
   */
  public record Pair(double parse, double floor) {
    public double ratio() {
      return floor / parse;
    }
  }

  /**
   * {@code n} pairs of single forks with {@code s}'s iterations, the order swapped from pair to
   * pair (parse first, then floor first) so neither benchmark always runs on the warmer machine.
   */
  public static List<Pair> pairs(Settings s, int n) throws RunnerException {
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean parseFirst = i % 2 == 0;
      double first = single(s, parseFirst ? "parse" : "floor");
      double second = single(s, parseFirst ? "floor" : "parse");
      out.add(parseFirst ? new Pair(first, second) : new Pair(second, first));
    }
    return out;
  }

  /** The median of the pairs' floor ÷ parse: the middle one, or the mean of the middle two. */
  public static double medianRatio(List<Pair> pairs) {
    return Stats.median(pairs.stream().mapToDouble(Pair::ratio).toArray());
  }

  private static double single(Settings s, String benchmark) throws RunnerException {
    return run(s.withForks(1).withInclude(benchmark + "$")).get(0).opsPerSecond();
  }

  /** {@code ParserBenchmarks [corpus-dir]}: runs with the defaults and prints one line per benchmark. */
  public static void main(String[] args) throws RunnerException {
    Settings s = args.length > 0 ? Settings.DEFAULT.withCorpus(Path.of(args[0])) : Settings.DEFAULT;
    for (Figure f : run(s)) {
      System.out.printf("%-8s %12.1f ± %.1f %s%n", f.benchmark(), f.opsPerSecond(), f.error(), f.unit());
    }
  }
}
