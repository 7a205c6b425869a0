package yujue.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentsTest {

  @Test
  void printedAmountsInCents() {
    assertEquals(267882, Cents.of(new BigDecimal("2678.82")));
    assertEquals(-3410, Cents.of(new BigDecimal("-34.1")));
    assertEquals(2700, Cents.of(new BigDecimal("27")));
    assertEquals(0, Cents.of(null));
  }

  @Test
  void figuresThatDoNotFitAreLeftToBigDecimal() {
    assertFalse(Cents.fits(new BigDecimal("1.001")));
    assertFalse(Cents.fits(new BigDecimal("1E+3")));
    assertFalse(Cents.fits(new BigDecimal("1234567890123456.00")));
    assertTrue(Cents.fits(new BigDecimal("123456789012.00")));
    List<List<BigDecimal[]>> members = List.of(List.<BigDecimal[]>of(new BigDecimal[] {new BigDecimal("0.001")}));
    assertNull(Cents.of(members, new BigDecimal("0.01")));
  }

  @Test
  void consistentWithinTheTolerance() {
    long[] parent = {300, 0};
    long[] a = {100, 0};
    long[] b = {201, 0};
    assertTrue(Cents.consistent(new long[][] {parent, a, b}, 1));
    assertFalse(Cents.consistent(new long[][] {parent, a, b}, 0));
    assertFalse(Cents.consistent(new long[][] {parent, a, new long[] {200, 5}}, 1));
  }

  @Test
  void membersInCents() {
    BigDecimal[] row = {new BigDecimal("1.50"), null};
    long[][][] cents = Cents.of(List.of(List.<BigDecimal[]>of(row), List.<BigDecimal[]>of(row, row)), new BigDecimal("0.02"));
    assertEquals(2, cents[1].length);
    assertEquals(150, cents[1][1][0]);
    assertEquals(0, cents[1][1][1]);
  }
}
