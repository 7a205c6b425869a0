package yujue.parse.synth;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code yujue synth --reports N --seed S --out DIR [--damage-rate R] [--both-rate R] [--threads T]}:
 * writes a synthetic corpus ({@link SynthCorpus}). Exit codes: 0 written, 1 failure, 2 bad command line.
 */
public final class SynthMain {

  private SynthMain() {}

  static final String USAGE = """
      usage: yujue synth --reports N --seed S --out DIR [--damage-rate R] [--both-rate R] [--threads T]
        --reports N       number of reports to write
        --seed S          random seed: the same seed writes the same files, byte for byte
        --out DIR         output directory (created; must be empty): reports/, truth/, corpus.csv, corpus.json
        --damage-rate R   probability that each kind of conversion damage goes into a report (default 0.1)
        --both-rate R     share of department-years with both a budget and a final report (default 0.7)
        --threads T       worker threads (default: available processors)""";

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Integer reports = null;
    Long seed = null;
    Path dir = null;
    double damage = SynthCorpus.DEFAULT_DAMAGE_RATE;
    double both = SynthCorpus.DEFAULT_BOTH_RATE;
    int threads = Runtime.getRuntime().availableProcessors();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("-h") || a.equals("--help")) {
          out.println(USAGE);
          return 0;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + a);
        }
        String v = args[++i];
        switch (a) {
          case "--reports" -> reports = Integer.parseInt(v);
          case "--seed" -> seed = Long.parseLong(v);
          case "--out" -> dir = Path.of(v);
          case "--damage-rate" -> damage = Double.parseDouble(v);
          case "--both-rate" -> both = Double.parseDouble(v);
          case "--threads" -> threads = Integer.parseInt(v);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (reports == null || seed == null || dir == null) {
        throw new IllegalArgumentException("--reports, --seed and --out are required");
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    long start = System.nanoTime();
    try {
      SynthCorpus.Summary s = SynthCorpus.write(new SynthCorpus.Options(reports, seed, dir, damage, both, threads));
      double secs = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "synth: %d reports (%d final, %d budget) of %d departments, %d figures, %.1f MB in %.1f s"
              + " -> %s%n", s.reports(), s.finals(), s.budgets(), s.departments(), s.figures(), s.bytes() / 1e6, secs,
          dir);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("error: " + e);
      return 1;
    }
  }
}
