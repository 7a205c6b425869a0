package yujue.parse.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Reading printed amounts (2,678.82 / 341.7 / 0.00) exactly, as BigDecimal scaled to 万元 cents. */
public final class Amounts {

  private Amounts() {}

  /** A printed number: optional minus, digits with optional thousands commas, optional decimals. */
  public static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

  public static boolean isNumber(String s) {
    return s != null && NUMBER.matcher(s.trim()).matches();
  }

  /** Parses a printed number; null for blank or non-numeric text. Keeps the printed scale up to 2. */
  public static BigDecimal parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    if (!NUMBER.matcher(t).matches()) {
      return null;
    }
    return money(new BigDecimal(t.replace(",", "")));
  }

  /** Money always carries two decimals so 27 and 27.00 compare and print alike. */
  public static BigDecimal money(BigDecimal v) {
    return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  /** Equal within a tolerance in 万元 (rounding of printed figures). */
  public static boolean close(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
    return nz(a).subtract(nz(b)).abs().compareTo(tolerance) <= 0;
  }
}
