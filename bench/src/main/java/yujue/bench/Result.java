package yujue.bench;

import java.util.Locale;

/**
 * One measured figure: what was measured, its value as shown, the target it is held to (empty
 * when none) and whether it met it (null when there is no target).
 */
record Result(String section, String what, String value, String target, Boolean met) {

  static Result of(String section, String what, String value) {
    return new Result(section, what, value, "", null);
  }

  /** A figure that must be at most {@code limit}. */
  static Result atMost(String section, String what, double value, String unit, double limit) {
    return new Result(section, what, fmt(value) + unit, "≤ " + fmt(limit) + unit, value <= limit);
  }

  /** A figure that must be at least {@code limit}. */
  static Result atLeast(String section, String what, double value, String unit, double limit) {
    return new Result(section, what, fmt(value) + unit, "≥ " + fmt(limit) + unit, value >= limit);
  }

  String verdict() {
    return met == null ? "" : met ? "met" : "MISSED";
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
  }
}
