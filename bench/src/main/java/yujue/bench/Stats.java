package yujue.bench;

import java.util.Arrays;

/** What the steps summarize repeated measurements by. */
public final class Stats {

  private Stats() {}

  /** The middle value, or the mean of the middle two; NaN for none. The argument is left as it was. */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
