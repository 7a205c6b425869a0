package yujue.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import yujue.parse.model.Amounts;

/**
 * Chooses which column each printed number belongs to when empty cells were dropped (the flowing
 * family prints "61.21 61.21" for a row of six columns). Every order-preserving placement is a
 * candidate; a row identity filters them; then the subject tree (parent = sum of children, in
 * every column) keeps only placements that fit together. What is still ambiguous is not guessed.
 */
public final class ColumnSolver {

  /** Product of candidate counts above which a sibling group is not enumerated. */
  private static final int MAX_COMBINATIONS = 50_000;

  private ColumnSolver() {}

  /** All placements of {@code values} (in order) into {@code columns} slots; null marks an empty cell. */
  public static List<BigDecimal[]> placements(List<BigDecimal> values, int columns) {
    return placements(values, columns, c -> true);
  }

  /**
   * The placements {@code keep} accepts, in the order of {@link #placements(List, int)}: the same
   * as filtering them, without copying the many that a row identity rejects.
   */
  public static List<BigDecimal[]> placements(List<BigDecimal> values, int columns, Predicate<BigDecimal[]> keep) {
    return placements(values, columns, keep, Integer.MAX_VALUE, c -> true);
  }

  /**
   * The same placements, for a {@code keep} that implies {@code keepHead}, a test of the first
   * {@code head} slots alone: once those slots are final and fail it, the placement is not
   * completed in every possible way only to be rejected (the two halves of the 三公 row).
   */
  public static List<BigDecimal[]> placements(List<BigDecimal> values, int columns, Predicate<BigDecimal[]> keep,
      int head, Predicate<BigDecimal[]> keepHead) {
    List<BigDecimal[]> out = new ArrayList<>();
    new Placer(values, keep, head, keepHead, out).place(0, new BigDecimal[columns], 0, false);
    return out;
  }

  /** The depth-first enumeration of placements, and what it tests them with. */
  private record Placer(List<BigDecimal> values, Predicate<BigDecimal[]> keep, int head,
      Predicate<BigDecimal[]> keepHead, List<BigDecimal[]> out) {

    /** Places values[next..] into slots from {@code from} on; slots before {@code from} are final. */
    void place(int next, BigDecimal[] cur, int from, boolean headChecked) {
      if (!headChecked && from >= head) {
        if (!keepHead.test(cur)) {
          return; // no completion can pass keep
        }
        headChecked = true;
      }
      if (next == values.size()) {
        if (keep.test(cur)) {
          out.add(cur.clone());
        }
        return;
      }
      int remaining = values.size() - next;
      for (int c = from; c <= cur.length - remaining; c++) {
        cur[c] = values.get(next);
        place(next + 1, cur, c + 1, headChecked);
        cur[c] = null;
      }
    }
  }

  public static List<BigDecimal[]> filter(List<BigDecimal[]> candidates, Predicate<BigDecimal[]> keep) {
    List<BigDecimal[]> kept = new ArrayList<>();
    for (BigDecimal[] c : candidates) {
      if (keep.test(c)) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * Prunes each row's candidates to those that appear in some placement of its sibling group
   * consistent with the parent (parent[i] = -1 for roots). Candidate lists are edited in place.
   */
  public static void solveTree(List<List<BigDecimal[]>> candidates, int[] parent) {
    if (!anyAmbiguous(candidates)) {
      return; // every group has a single combination, which no pruning changes (the tab family's rows)
    }
    int n = candidates.size();
    List<List<Integer>> children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children.get(parent[i]).add(i);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int p = 0; p < n; p++) {
        if (!children.get(p).isEmpty() && pruneGroup(candidates, p, children.get(p))) {
          changed = true;
        }
      }
    }
  }

  /** Whether some row has more than one candidate placement. */
  private static boolean anyAmbiguous(List<List<BigDecimal[]>> candidates) {
    for (List<BigDecimal[]> c : candidates) {
      if (c.size() > 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean pruneGroup(List<List<BigDecimal[]>> cands, int p, List<Integer> kids) {
    List<List<BigDecimal[]>> members = new ArrayList<>(kids.size() + 1); // the parent's candidates, then each child's
    members.add(cands.get(p));
    for (int kid : kids) {
      members.add(cands.get(kid));
    }
    long combos = 1;
    for (List<BigDecimal[]> m : members) {
      combos *= Math.max(1, m.size());
      if (combos > MAX_COMBINATIONS || m.isEmpty()) {
        return false;
      }
    }
    if (combos == 1) {
      return false;
    }
    BitSet[] used = new BitSet[members.size()];
    for (int i = 0; i < used.length; i++) {
      used[i] = new BitSet();
    }
    int[] pick = new int[members.size()];
    BigDecimal[][] picked = new BigDecimal[members.size()][];
    BigDecimal tolerance = tolerance(kids.size());
    long[][][] cents = Cents.of(members, tolerance); // the same sums in long cents, when every figure fits
    long toleranceCents = cents == null ? 0 : Cents.of(tolerance);
    long[][] pickedCents = new long[members.size()][];
    boolean any = false;
    int[] sizes = new int[members.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = members.get(i).size();
    }
    for (long k = 0; k < combos; k++, advance(pick, sizes)) {
      for (int i = 0; i < pick.length; i++) {
        if (cents != null) {
          pickedCents[i] = cents[i][pick[i]];
        } else {
          picked[i] = members.get(i).get(pick[i]);
        }
      }
      if (cents != null ? Cents.consistent(pickedCents, toleranceCents) : consistent(picked, tolerance)) {
        any = true;
        for (int i = 0; i < pick.length; i++) {
          used[i].set(pick[i]);
        }
      }
    }
    if (!any) {
      return false; // the report contradicts itself here; validation will say so
    }
    boolean changed = false;
    for (int i = 0; i < members.size(); i++) {
      List<BigDecimal[]> list = members.get(i);
      if (used[i].cardinality() < list.size()) {
        List<BigDecimal[]> kept = new ArrayList<>();
        for (int c = 0; c < list.size(); c++) {
          if (used[i].get(c)) {
            kept.add(list.get(c));
          }
        }
        list.clear();
        list.addAll(kept);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Moves {@code pick} to the next combination of candidates, counting in mixed radix ({@code
   * sizes}) with the first member's candidate turning fastest: no division per member and combination.
   */
  private static void advance(int[] pick, int[] sizes) {
    for (int i = 0; i < pick.length; i++) {
      if (++pick[i] < sizes[i]) {
        return;
      }
      pick[i] = 0;
    }
  }

  /** Whether the picked parent row is, in every column, the sum of the picked child rows (picked[1..]). */
  private static boolean consistent(BigDecimal[][] picked, BigDecimal tol) {
    BigDecimal[] parent = picked[0];
    for (int col = 0; col < parent.length; col++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 1; i < picked.length; i++) {
        BigDecimal v = picked[i][col];
        if (v != null) { // an empty cell adds nothing; close() compares values, not scales
          sum = sum.add(v);
        }
      }
      if (!Amounts.close(parent[col], sum, tol)) {
        return false;
      }
    }
    return true;
  }

  /** Rounding allowance for a parent against the sum of {@code children} printed figures. */
  public static BigDecimal tolerance(int children) {
    return children >= 0 ? TOLERANCES[Math.min(children, 8)]
        : new BigDecimal("0.01").multiply(BigDecimal.valueOf(children + 1));
  }

  /** 0.01 × (n + 1) for n = 0..8, computed once. */
  private static final BigDecimal[] TOLERANCES = new BigDecimal[9];

  static {
    for (int n = 0; n < TOLERANCES.length; n++) {
      TOLERANCES[n] = new BigDecimal("0.01").multiply(BigDecimal.valueOf(n + 1));
    }
  }

  /** Candidates without repeats (the same placement can arise from two readings of a row). */
  public static List<BigDecimal[]> distinct(List<BigDecimal[]> candidates) {
    if (candidates.size() < 2) {
      return new ArrayList<>(candidates); // nothing to repeat: the common case of a single reading
    }
    // keyed by the cells as a list: BigDecimal equality is that of their printed form (value and scale)
    java.util.Map<List<BigDecimal>, BigDecimal[]> seen = new java.util.LinkedHashMap<>();
    for (BigDecimal[] c : candidates) {
      seen.putIfAbsent(java.util.Arrays.asList(c), c);
    }
    return new ArrayList<>(seen.values());
  }

  /** Cells all remaining candidates agree on; null where they differ (ambiguous, left undisclosed). */
  public static BigDecimal[] agreed(List<BigDecimal[]> candidates) {
    BigDecimal[] first = candidates.get(0).clone();
    for (BigDecimal[] c : candidates) {
      for (int i = 0; i < first.length; i++) {
        if (first[i] != null && (c[i] == null || c[i].compareTo(first[i]) != 0)) {
          first[i] = null;
        }
      }
    }
    return first;
  }
}
