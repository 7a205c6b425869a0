package yujue.parse.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Sentence pieces the narrative writers share: amounts in 万元, year-over-year clauses, shares.
 * Every figure a sentence states is one the parser will read back, so pieces are only written for
 * facts the report has.
 */
final class Prose {

  private final boolean commas;
  private final boolean spaced;
  private final String year;
  private final boolean isFinal;

  /**
   * @param commas thousands separators in amounts
   * @param spaced "2024 年度" with spaces around the year, as the tab family prints it
   */
  Prose(boolean commas, boolean spaced, int year, boolean isFinal) {
    this.commas = commas;
    this.spaced = spaced;
    this.year = spaced ? year + " " : Integer.toString(year);
    this.isFinal = isFinal;
  }

  /** The year at the start of a line, followed by 年 in the caller: "2024 " or "2024". */
  String year() {
    return year;
  }

  /** The year after other text: " 2024 " or "2024". */
  String yearMid() {
    return spaced ? " " + year : year;
  }

  String partTwo() {
    return isFinal ? "第二部分 " + year + "年度部门决算公开报表" : "第二部分 " + year + "年部门预算表";
  }

  String partThree() {
    return isFinal ? "第三部分 " + year + "年度部门决算情况说明" : "第三部分 " + year + "年部门预算情况说明";
  }

  /** " 2678.82 万元" (the tab family spaces figures and has no commas) or "2,678.82万元". */
  String wan(BigDecimal v) {
    return spaced ? " " + Num.text(v, commas) + " 万元" : Num.text(v, commas) + "万元";
  }

  /**
   * The change of this year against last as the reports put it: "比上年减少23.29万元，下降0.86%",
   * "比上年增加0.60万元" or "与上年持平". {@code prev} only gives the percentage; null when unknown.
   */
  String change(BigDecimal change, BigDecimal prev, String against) {
    if (change.signum() == 0) {
      return "与上年持平";
    }
    boolean up = change.signum() > 0;
    String s = "比上年" + against + (up ? "增加" : "减少") + wan(change.abs());
    String pct = Num.percent(change, prev);
    return pct == null ? s : s + "，" + (up ? "增长" : "下降") + pct;
  }

  /** ", 占 x%" when both figures are known. */
  static String share(BigDecimal part, BigDecimal whole) {
    String p = Num.percent(part, whole);
    return p == null ? "" : "，占" + p;
  }

  /** Clauses joined by a separator, skipping absent ones. */
  static final class Clauses {
    private final List<String> parts = new ArrayList<>();

    Clauses add(String s) {
      if (s != null && !s.isEmpty()) {
        parts.add(s);
      }
      return this;
    }

    boolean isEmpty() {
      return parts.isEmpty();
    }

    String join(String sep) {
      StringJoiner j = new StringJoiner(sep);
      parts.forEach(j::add);
      return j.toString();
    }
  }
}
