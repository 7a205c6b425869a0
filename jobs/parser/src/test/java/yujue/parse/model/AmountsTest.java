package yujue.parse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

  /** The one-pass read agrees with the NUMBER pattern and with BigDecimal on every shape. */
  @Test
  void parseMatchesThePatternAndBigDecimal() {
    String[] texts = {"2,678.82", "341.7", "0.00", "-12", "-0.50", " 27 ", "1,234,567.891", "12345678901234567.5",
        "1,23", "1234,567", "12.", ".5", "-", "", "1,234.", "12a", "1,2345", "１２", "3.14159", "007", "-,123"};
    for (String t : texts) {
      boolean matches = Amounts.NUMBER.matcher(t.trim()).matches();
      assertEquals(matches, Amounts.isNumber(t), t);
      BigDecimal expected = matches ? Amounts.money(new BigDecimal(t.trim().replace(",", ""))) : null;
      BigDecimal got = Amounts.parse(t);
      assertEquals(expected, got, t);
    }
    assertEquals(new BigDecimal("2678.82"), Amounts.parse("2,678.82"));
    assertEquals(new BigDecimal("-0.50"), Amounts.parse("-0.5"));
    assertEquals(new BigDecimal("3.14"), Amounts.parse("3.14159"));
  }

  @Test
  void closeWithinTolerance() {
    BigDecimal cent = new BigDecimal("0.01");
    assertTrue(Amounts.close(new BigDecimal("1.00"), new BigDecimal("1"), BigDecimal.ZERO));
    assertTrue(Amounts.close(new BigDecimal("1.01"), new BigDecimal("1.00"), cent));
    assertFalse(Amounts.close(new BigDecimal("1.02"), new BigDecimal("1.00"), cent));
    assertTrue(Amounts.close(null, BigDecimal.ZERO, BigDecimal.ZERO));
    assertFalse(Amounts.close(new BigDecimal("1.00"), new BigDecimal("1.00"), new BigDecimal("-0.01")));
  }
}
