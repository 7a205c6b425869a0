package yujue.parse.tables;

import java.math.BigDecimal;
import java.util.List;

/**
 * Candidate rows as whole cents in longs, for {@link ColumnSolver}'s sibling-group test, which
 * adds up the same few figures for every combination of candidates: long sums give exactly the
 * answer of the BigDecimal ones (an empty cell counting as zero, as {@code Amounts.close} counts
 * it) without a BigDecimal per addition. Printed amounts always fit; a figure that does not
 * (more than 2 decimals or 15 digits) leaves the group to the BigDecimal test.
 */
final class Cents {

  /** Largest precision converted: below 10^17 cents, ten such figures and their difference stay far from overflow. */
  private static final int MAX_PRECISION = 15;

  private static final long[] TO_CENTS = {100, 10, 1};

  private Cents() {}

  /** Whether {@code v} is a whole number of cents small enough to add up in a long. */
  static boolean fits(BigDecimal v) {
    return v == null || v.scale() >= 0 && v.scale() <= 2 && v.precision() <= MAX_PRECISION;
  }

  /** {@code v} in cents (0 for null); only for a value that {@link #fits}. */
  static long of(BigDecimal v) {
    return v == null ? 0 : v.unscaledValue().longValue() * TO_CENTS[v.scale()];
  }

  /**
   * Each member's candidates in cents, indexed as {@code members}; null when some figure or the
   * tolerance does not {@link #fits fit}, or when there are more than 10 members (their sums could overflow).
   */
  static long[][][] of(List<List<BigDecimal[]>> members, BigDecimal tolerance) {
    if (members.size() > 10 || !fits(tolerance)) {
      return null;
    }
    long[][][] out = new long[members.size()][][];
    for (int i = 0; i < out.length; i++) {
      List<BigDecimal[]> m = members.get(i);
      out[i] = new long[m.size()][];
      for (int c = 0; c < m.size(); c++) {
        out[i][c] = row(m.get(c));
        if (out[i][c] == null) {
          return null;
        }
      }
    }
    return out;
  }

  /** A candidate row in cents, or null when a figure does not {@link #fits fit}. */
  private static long[] row(BigDecimal[] cells) {
    long[] out = new long[cells.length];
    for (int i = 0; i < cells.length; i++) {
      if (!fits(cells[i])) {
        return null;
      }
      out[i] = of(cells[i]);
    }
    return out;
  }

  /** Whether the parent row (picked[0]) is, within {@code tolerance} cents in every column, the sum of the rest. */
  static boolean consistent(long[][] picked, long tolerance) {
    long[] parent = picked[0];
    for (int col = 0; col < parent.length; col++) {
      long sum = 0;
      for (int i = 1; i < picked.length; i++) {
        sum += picked[i][col];
      }
      if (Math.abs(parent[col] - sum) > tolerance) {
        return false;
      }
    }
    return true;
  }
}
