package yujue.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;
import yujue.parse.ReportParser;
import yujue.parse.layout.Segmenter;
import yujue.parse.text.SourceDocument;
import yujue.parse.text.TextDecoder;

/**
 * The parser's inner loops, one report per operation, reports taken in turn from
 * {@link ReportCorpus}. {@code floor} is what any parser must at least do with the same bytes
 * (decode UTF-8, split into lines), so {@code parse / floor} says how much of a report's time is
 * parsing proper; {@code decode} and {@code segment} are the first two stages of {@code parse}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserLoops {

  /** The whole parse, as the land job calls it (SHA-256 of the bytes included, as SourceDocument.of does it). */
  @Benchmark
  public void parse(ReportCorpus corpus, Cursor cursor, Blackhole bh) {
    int i = cursor.next(corpus.size());
    bh.consume(ReportParser.parse(SourceDocument.of(corpus.names[i], corpus.bytes[i])));
  }

  /** UTF-8 decode and split into lines, each line a String: the least any parser does. */
  @Benchmark
  public void floor(ReportCorpus corpus, Cursor cursor, Blackhole bh) {
    String text = new String(corpus.bytes[cursor.next(corpus.size())], StandardCharsets.UTF_8);
    int start = 0;
    for (int end; (end = text.indexOf('\n', start)) >= 0; start = end + 1) {
      bh.consume(text.substring(start, end));
    }
    bh.consume(text.substring(start));
  }

  /** Stage 1: encoding detection, decoding and mending ({@link TextDecoder#read}). */
  @Benchmark
  public void decode(ReportCorpus corpus, Cursor cursor, Blackhole bh) {
    bh.consume(TextDecoder.read(corpus.bytes[cursor.next(corpus.size())]));
  }

  /** Stage 2: lines to tables and narrative ({@link Segmenter#segment}), on already decoded text. */
  @Benchmark
  public void segment(ReportCorpus corpus, Cursor cursor, Blackhole bh) {
    bh.consume(Segmenter.segment(corpus.texts[cursor.next(corpus.size())]));
  }
}
