package yujue.parse.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.layout.Line;
import yujue.parse.layout.Text;
import yujue.parse.model.DocKind;

/**
 * The public tables of a final report (公开01-11表) and of a budget (部门公开表1-9), with the
 * titles they are printed under. Titles are matched after {@link Text#label} normalization.
 */
public enum TableKind {
  F01(DocKind.FINAL, 1, "收入支出决算总表"),
  F02(DocKind.FINAL, 2, "收入决算表"),
  F03(DocKind.FINAL, 3, "支出决算表"),
  F04(DocKind.FINAL, 4, "财政拨款收入支出决算总表"),
  F05(DocKind.FINAL, 5, "一般公共预算财政拨款支出决算表"),
  F06(DocKind.FINAL, 6, "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算明细表"),
  F07(DocKind.FINAL, 7, "政府性基金预算财政拨款收入支出决算表"),
  F08(DocKind.FINAL, 8, "国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
      "国有资产经营预算财政拨款收入支出决算表"),
  F09(DocKind.FINAL, 9, "财政拨款“三公”经费支出决算表", "财政拨款三公经费支出决算表"),
  F10(DocKind.FINAL, 10, "机关运行经费支出情况表", "机关运行经费支出决算表"),
  F11(DocKind.FINAL, 11, "政府采购支出情况表", "政府采购支出决算表"),
  B1(DocKind.BUDGET, 1, "收支总表", "部门收支总表"),
  B2(DocKind.BUDGET, 2, "收入总表", "部门收入总表"),
  B3(DocKind.BUDGET, 3, "支出总表", "部门支出总表"),
  B4(DocKind.BUDGET, 4, "财政拨款收支总表"),
  B5(DocKind.BUDGET, 5, "一般公共预算支出表"),
  B6(DocKind.BUDGET, 6, "一般公共预算基本支出表"),
  B7(DocKind.BUDGET, 7, "一般公共预算“三公”经费支出表", "一般公共预算三公经费支出表"),
  B8(DocKind.BUDGET, 8, "政府性基金预算支出表"),
  B9(DocKind.BUDGET, 9, "国有资本经营预算支出表", "国有资本经营预算支出情况表");

  private static final Pattern FINAL_MARK = Pattern.compile("^公开0?(\\d{1,2})表?$");
  private static final Pattern BUDGET_MARK = Pattern.compile("^部门公开表(\\d{1,2})$");

  public final DocKind docKind;
  public final int number;
  public final List<String> titles;

  TableKind(DocKind docKind, int number, String... titles) {
    this.docKind = docKind;
    this.number = number;
    this.titles = List.of(titles);
  }

  /** The code facts carry: F01..F11, B1..B9. */
  public String code() {
    return name();
  }

  /** The kind whose title this line is, if any. */
  public static Optional<TableKind> byTitle(String line) {
    if (!endsWithBiao(line)) {
      return Optional.empty(); // every title ends in 表: most lines need no label work
    }
    return titled(Text.label(line));
  }

  /** {@link #byTitle(String)} of a line's text, labelled from the compact form the line keeps. */
  public static Optional<TableKind> byTitle(Line line) {
    if (!endsWithBiao(line.text())) {
      return Optional.empty();
    }
    return titled(Text.labelOfCompact(line.compact()));
  }

  private static Optional<TableKind> titled(String label) {
    if (label.length() >= Long.SIZE || (TITLE_LENGTHS & 1L << label.length()) == 0) {
      return Optional.empty(); // no title is that long: neither quotes replaced nor a hash computed
    }
    return Optional.ofNullable(BY_TITLE.get(label.replace('"', '“').replace('”', '“')));
  }

  /**
   * Whether the last char of {@code line} that is neither a space nor a bold mark * is 表: the last
   * char of its {@link Text#label}, which must equal a title to match one.
   */
  static boolean endsWithBiao(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (!Text.isSpace(c) && c != '*') {
        return c == '表';
      }
    }
    return false;
  }

  /** Titles with closing quotes as opening ones, to their kind; the first kind wins a shared title. */
  private static final Map<String, TableKind> BY_TITLE = new HashMap<>();
  /** A bit for each length a title has (all are shorter than 64 chars). */
  private static final long TITLE_LENGTHS;

  static {
    long lengths = 0;
    for (TableKind k : values()) {
      for (String t : k.titles) {
        BY_TITLE.putIfAbsent(t.replace('”', '“'), k);
        if (t.length() >= Long.SIZE) { // a shift past 63 would wrap and mark a wrong length
          throw new IllegalStateException("table title longer than the length bits hold: " + t);
        }
        lengths |= 1L << t.length();
      }
    }
    TITLE_LENGTHS = lengths;
  }

  /** The kind a numbering mark names: "公开 01 表" -> F01, "部门公开表3" -> B3. */
  public static Optional<TableKind> byMark(String line) {
    if (!opensWithMark(line)) {
      return Optional.empty(); // most lines: not even compacted
    }
    return marked(Text.compact(line));
  }

  /** {@link #byMark(String)} of a line's text, matched on the compact form the line keeps. */
  public static Optional<TableKind> byMark(Line line) {
    return opensWithMark(line.text()) ? marked(line.compact()) : Optional.empty();
  }

  /** The kind the compact text {@code c} names as a numbering mark. */
  private static Optional<TableKind> marked(String c) {
    if (!c.startsWith("公开") && !c.startsWith("部门公开表")) {
      return Optional.empty(); // neither mark can match: skip both regexes on most lines
    }
    Matcher f = FINAL_MARK.matcher(c);
    if (f.matches()) {
      return byNumber(DocKind.FINAL, Integer.parseInt(f.group(1)));
    }
    Matcher b = BUDGET_MARK.matcher(c);
    if (b.matches()) {
      return byNumber(DocKind.BUDGET, Integer.parseInt(b.group(1)));
    }
    return Optional.empty();
  }

  /** Whether the first char that is no space is the 公 or 部 both marks open with. */
  private static boolean opensWithMark(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Text.isSpace(c)) {
        return c == '公' || c == '部';
      }
    }
    return false;
  }

  static Optional<TableKind> byNumber(DocKind kind, int n) {
    for (TableKind k : values()) {
      if (k.docKind == kind && k.number == n) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
