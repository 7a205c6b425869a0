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
    String t = s.trim();
    if (!isPrinted(t)) {
      return null;
    }
    return money(t);
  }

  /** Powers of ten a cents figure is scaled by: printed with 2, 1 or 0 decimals. */
  private static final long[] TO_CENTS = {100, 10, 1};

  /**
   * The printed number {@code t} (it passed {@link #isPrinted}) as money: read digit by digit
   * when it has at most 2 decimals and 16 digits (every printed amount), exactly the value and
   * scale {@code money(new BigDecimal(t without commas))} gives, without the intermediate strings.
   */
  private static BigDecimal money(String t) {
    long unscaled = 0;
    int digits = 0;
    int decimals = -1; // -1: no point yet
    for (int i = t.charAt(0) == '-' ? 1 : 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '.') {
        decimals = 0;
      } else if (c != ',') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        decimals += decimals >= 0 ? 1 : 0;
      }
    }
    int scale = Math.max(decimals, 0);
    if (digits > 16 || scale > 2) {
      return money(new BigDecimal(t.replace(",", "")));
    }
    long cents = unscaled * TO_CENTS[scale];
    return BigDecimal.valueOf(t.charAt(0) == '-' ? -cents : cents, 2);
  }

  /**
   * Whether {@link #NUMBER} matches the whole of {@code t}, checked by a scan: this runs for every
   * token of every table. Integer part: digits, or 1-3 digits then groups of a comma and exactly 3
   * digits; then optionally a point and at least one digit.
   */
  static boolean isPrinted(String t) {
    int n = t.length();
    int i = t.startsWith("-") ? 1 : 0;
    int digits = skipDigits(t, i) - i;
    if (digits == 0) {
      return false;
    }
    i += digits;
    if (i < n && t.charAt(i) == ',') {
      if (digits > 3) {
        return false;
      }
      while (i < n && t.charAt(i) == ',') {
        if (skipDigits(t, i + 1) - (i + 1) < 3) {
          return false;
        }
        i += 4; // a comma and the group's 3 digits; a fourth digit fails below
      }
    }
    if (i < n && t.charAt(i) == '.') {
      int fraction = skipDigits(t, i + 1) - (i + 1);
      if (fraction == 0) {
        return false;
      }
      i += 1 + fraction;
    }
    return i == n;
  }

  private static int skipDigits(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i;
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
