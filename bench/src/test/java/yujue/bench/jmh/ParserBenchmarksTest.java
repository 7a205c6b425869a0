package yujue.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.bench.jmh.ParserBenchmarks.Pair;

/** The ratio the jmh step holds to the 10× target: the median of back-to-back fork pairs. */
class ParserBenchmarksTest {

  @Test
  void evenCountTakesTheMeanOfTheMiddleTwo() {
    // the four pairs of 2026-11-22 11:00-11:09 UTC (reports/s): ratios 10.217, 8.809, 10.231, 10.801
    List<Pair> pairs = List.of(new Pair(2575.227, 26310.747), new Pair(2565.544, 22598.705),
        new Pair(2347.526, 24016.601), new Pair(2162.534, 23357.066));
    assertEquals((26310.747 / 2575.227 + 24016.601 / 2347.526) / 2, ParserBenchmarks.medianRatio(pairs), 1e-12);
    assertEquals(10.224, ParserBenchmarks.medianRatio(pairs), 0.001);
  }

  @Test
  void oddCountTakesTheMiddleOneWhateverTheOrder() {
    List<Pair> pairs = List.of(new Pair(100, 1200), new Pair(100, 900), new Pair(100, 1000));
    assertEquals(10.0, ParserBenchmarks.medianRatio(pairs), 1e-12);
  }

  @Test
  void oneBadPairDoesNotMoveTheMedianPastTheOthers() {
    List<Pair> pairs = List.of(new Pair(100, 990), new Pair(100, 995), new Pair(100, 2000));
    assertEquals(9.95, ParserBenchmarks.medianRatio(pairs), 1e-12);
  }
}
