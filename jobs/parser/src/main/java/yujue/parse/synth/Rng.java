package yujue.parse.synth;

import java.util.List;

/**
 * A small deterministic random source (SplitMix64). Every stream is derived from the corpus seed
 * and a few keys (department index, year, purpose), so what one department gets never depends on
 * how many others were generated before it, or on which thread generated it.
 */
final class Rng {

  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** A stream for the seed and keys: the same arguments always give the same stream. */
  static Rng of(long seed, long... keys) {
    long s = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (long k : keys) {
      s = mix(s ^ mix(k + 0x632BE59BD9B4E019L));
    }
    return new Rng(s);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    return (int) ((nextLong() >>> 1) % bound);
  }

  /** Uniform in [lo, hi]. */
  int between(int lo, int hi) {
    return lo + nextInt(hi - lo + 1);
  }

  /** Uniform in [lo, hi). */
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * nextDouble();
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  /** Standard normal (Box-Muller, one of the pair). */
  double gaussian() {
    double u = Math.max(nextDouble(), 1e-12);
    double v = nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around a median, sigma in log units. */
  double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * gaussian());
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }
}
