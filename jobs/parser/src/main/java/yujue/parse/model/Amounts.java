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
    return s != null && isPrinted(s.trim());
  }

  /** Parses a printed number; null for blank or non-numeric text. Keeps the printed scale up to 2. */
  public static BigDecimal parse(String s) {
    if (s == null) {
      return null;
    }
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) <= ' ') { // what String.trim drops, without the copy
      from++;
    }
    while (to > from && s.charAt(to - 1) <= ' ') {
      to--;
    }
    return read(s, from, to);
  }

  /** Powers of ten a cents figure is scaled by: printed with 2, 1 or 0 decimals. */
  private static final long[] TO_CENTS = {100, 10, 1};

  /**
   * The text {@code t} between {@code from} and {@code n} as money when {@link #NUMBER} matches the whole of it, else null; this runs
   * for every token of every table, so it checks and reads in one pass. Integer part: digits, or
   * 1-3 digits then groups of a comma and exactly 3 digits; then optionally a point and at least
   * one digit. The value is read digit by digit when it has at most 2 decimals and 16 digits
   * (every printed amount): exactly the value and scale {@code money(new BigDecimal(t without
   * commas))} gives, without the intermediate strings.
   */
  private static BigDecimal read(String t, int from, int n) {
    int i = from < n && t.charAt(from) == '-' ? from + 1 : from;
    long unscaled = 0;
    int lead = 0; // digits before the first comma or point
    while (i < n && isDigit(t.charAt(i))) {
      unscaled = unscaled * 10 + (t.charAt(i++) - '0');
      lead++;
    }
    if (lead == 0) {
      return null;
    }
    int digits = lead;
    if (i < n && t.charAt(i) == ',') {
      if (lead > 3) {
        return null;
      }
      while (i < n && t.charAt(i) == ',') {
        if (i + 3 >= n || !isDigit(t.charAt(i + 1)) || !isDigit(t.charAt(i + 2)) || !isDigit(t.charAt(i + 3))) {
          return null;
        }
        for (int k = i + 1; k <= i + 3; k++) {
          unscaled = unscaled * 10 + (t.charAt(k) - '0');
        }
        digits += 3;
        i += 4; // a comma and the group's 3 digits; a fourth digit fails below
      }
    }
    int decimals = 0;
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(t.charAt(i))) {
        unscaled = unscaled * 10 + (t.charAt(i++) - '0');
        decimals++;
      }
      if (decimals == 0) {
        return null;
      }
      digits += decimals;
    }
    if (i != n) {
      return null;
    }
    if (digits > 16 || decimals > 2) {
      return money(new BigDecimal(t.substring(from, n).replace(",", "")));
    }
    long cents = unscaled * TO_CENTS[decimals];
    return BigDecimal.valueOf(t.charAt(from) == '-' ? -cents : cents, 2);
  }

  /** Whether {@link #NUMBER} matches the whole of {@code t}. */
  static boolean isPrinted(String t) {
    return read(t, 0, t.length()) != null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Money always carries two decimals so 27 and 27.00 compare and print alike. */
  public static BigDecimal money(BigDecimal v) {
    return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  /**
   * Equal within a tolerance in 万元 (rounding of printed figures). Most checked figures agree
   * exactly, which compareTo settles without computing the difference.
   */
  public static boolean close(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
    if (a != null && b != null && a.compareTo(b) == 0 && tolerance.signum() >= 0) {
      return true;
    }
    return nz(a).subtract(nz(b)).abs().compareTo(tolerance) <= 0;
  }
}
