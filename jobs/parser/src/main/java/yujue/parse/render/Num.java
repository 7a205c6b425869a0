package yujue.parse.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures are printed: amounts in 万元 with two decimals, counts as whole numbers, outline numbers in Chinese. */
final class Num {

  private Num() {}

  private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

  /** 2,678.82 as tables print it; empty for no figure. */
  static String table(BigDecimal v) {
    return v == null ? "" : new DecimalFormat("#,##0.00", US).format(v.setScale(2, RoundingMode.HALF_UP));
  }

  /** An amount in a sentence: with thousands commas or without (the tab family's narrative has none). */
  static String text(BigDecimal v, boolean commas) {
    return new DecimalFormat(commas ? "#,##0.00" : "0.00", US).format(v.setScale(2, RoundingMode.HALF_UP));
  }

  /** A count (辆, 人, 个): 8.00 prints as 8. */
  static String count(BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
  }

  /** part / whole in percent with two decimals; null when the whole is zero or unknown. */
  static String percent(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).abs().toPlainString() + "%";
  }

  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** 1..99 as Chinese outline numbers: 一, 十, 十一, 二十六. */
  static String chinese(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
  }
}
