package yujue.parse.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ColumnSolverTest {

  private static List<BigDecimal> values(String... v) {
    List<BigDecimal> out = new ArrayList<>();
    for (String s : v) {
      out.add(new BigDecimal(s));
    }
    return out;
  }

  @Test
  void everyOrderPreservingPlacement() {
    List<BigDecimal[]> all = ColumnSolver.placements(values("1", "2"), 3);
    assertEquals(3, all.size());
    assertArrayEquals(new BigDecimal[] {new BigDecimal("1"), new BigDecimal("2"), null}, all.get(0));
    assertArrayEquals(new BigDecimal[] {new BigDecimal("1"), null, new BigDecimal("2")}, all.get(1));
    assertArrayEquals(new BigDecimal[] {null, new BigDecimal("1"), new BigDecimal("2")}, all.get(2));
  }

  /** Giving up on a failed head keeps exactly the placements, in order, that filtering them all keeps. */
  @Test
  void aFailedHeadIsNotCompleted() {
    // each half: slot 0 = slot 1 + slot 2, empty cells counting as zero
    Predicate<BigDecimal[]> head = c -> sumFits(c, 0);
    Predicate<BigDecimal[]> keep = c -> sumFits(c, 0) && sumFits(c, 3);
    List<BigDecimal> v = values("3", "1", "2", "5", "5");
    List<BigDecimal[]> filtered = ColumnSolver.filter(ColumnSolver.placements(v, 6), keep);
    List<BigDecimal[]> pruned = ColumnSolver.placements(v, 6, keep, 3, head);
    assertEquals(filtered.size(), pruned.size());
    for (int i = 0; i < filtered.size(); i++) {
      assertArrayEquals(filtered.get(i), pruned.get(i));
    }
    assertEquals(2, pruned.size()); // 5 beside 5 in the second half, in slot 1 or 2
  }

  private static boolean sumFits(BigDecimal[] c, int o) {
    BigDecimal parts = nz(c[o + 1]).add(nz(c[o + 2]));
    return nz(c[o]).compareTo(parts) == 0;
  }

  private static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  @Test
  void treeKeepsPlacementsThatAddUp() {
    List<List<BigDecimal[]>> cands = new ArrayList<>();
    cands.add(new ArrayList<>(List.<BigDecimal[]>of(new BigDecimal[] {new BigDecimal("3"), null})));
    cands.add(new ArrayList<>(ColumnSolver.placements(values("3"), 2)));
    ColumnSolver.solveTree(cands, new int[] {-1, 0});
    assertEquals(1, cands.get(1).size());
    assertArrayEquals(new BigDecimal[] {new BigDecimal("3"), null}, cands.get(1).get(0));
  }

  @Test
  void solveTreeCarriesAPruningUpTheTree() {
    // row 2 pins row 1 (its parent) to the first column; only then is row 0, above it, pinned too
    List<List<BigDecimal[]>> cands = new ArrayList<>();
    cands.add(new ArrayList<>(ColumnSolver.placements(values("3"), 2)));
    cands.add(new ArrayList<>(ColumnSolver.placements(values("3"), 2)));
    cands.add(new ArrayList<>(List.<BigDecimal[]>of(new BigDecimal[] {new BigDecimal("3"), null})));
    ColumnSolver.solveTree(cands, new int[] {-1, 0, 1});
    for (List<BigDecimal[]> row : cands) {
      assertEquals(1, row.size());
      assertArrayEquals(new BigDecimal[] {new BigDecimal("3"), null}, row.get(0));
    }
  }
}
