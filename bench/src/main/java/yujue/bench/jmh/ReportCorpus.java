package yujue.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import yujue.parse.synth.SynthCorpus;
import yujue.parse.text.TextDecoder;

/**
 * The report texts every parser benchmark reads, held as bytes so no benchmark times disk I/O.
 * By default a synthetic corpus ({@link SynthCorpus}: {@value #REPORTS} reports, seed
 * {@value #SEED}, the default damage rate), written to a temporary directory and read back since
 * the generator's in-memory entry point is package-private; with the system property
 * {@value #CORPUS_PROPERTY} set, every {@code .txt} file under that directory instead.
 */
@State(Scope.Benchmark)
public class ReportCorpus {

  public static final String CORPUS_PROPERTY = "yujue.bench.corpus";
  public static final int REPORTS = 200;
  public static final long SEED = 1;

  String[] names;
  byte[][] bytes;
  /** The decoded texts, so the segmenter benchmark does not time decoding again. */
  String[] texts;

  @Setup
  public void load() throws IOException {
    String dir = System.getProperty(CORPUS_PROPERTY);
    if (dir != null && !dir.isBlank()) {
      load(reports(Path.of(dir)));
      return;
    }
    Path tmp = Files.createTempDirectory("yujue-bench-corpus-");
    try {
      SynthCorpus.write(new SynthCorpus.Options(REPORTS, SEED, tmp.resolve("corpus"),
          SynthCorpus.DEFAULT_DAMAGE_RATE, SynthCorpus.DEFAULT_BOTH_RATE, Runtime.getRuntime().availableProcessors()));
      load(reports(tmp.resolve("corpus")));
    } finally {
      deleteTree(tmp);
    }
  }

  private void load(List<Path> files) throws IOException {
    if (files.isEmpty()) {
      throw new IllegalStateException("no .txt report to benchmark on");
    }
    names = new String[files.size()];
    bytes = new byte[files.size()][];
    texts = new String[files.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = files.get(i).getFileName().toString();
      bytes[i] = Files.readAllBytes(files.get(i));
      texts[i] = TextDecoder.decode(bytes[i]);
    }
  }

  int size() {
    return names.length;
  }

  /** Every .txt under {@code dir}, in path order, so the round robin is the same on every run. */
  static List<Path> reports(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
