package yujue.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import yujue.parse.layout.Line;
import yujue.parse.model.Amounts;

/**
 * A token of a table line: a text fragment or a number, with the tab cell it sat in (-1 in the
 * flowing family, where cell boundaries are lost). {@code repaired} marks a number joined back
 * from pieces the converter split ("2,678.8 2" -> 2678.82).
 */
public record Tok(String text, BigDecimal number, int cell, boolean repaired) {

  private static final Pattern SPLIT_TAIL = Pattern.compile("\\d{1,2}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ONE_DECIMAL = Pattern.compile("-?[\\d,]+\\.\\d");

  public boolean isNumber() {
    return number != null;
  }

  /** An integer as printed (no decimal point): a code, a row number (行次) or a count. */
  public boolean isPlainInteger() {
    return number != null && !text.contains(".") && !text.contains(",");
  }

  /** Whether any of the tokens is a number joined back from pieces. */
  static boolean anyRepaired(List<Tok> toks) {
    for (Tok t : toks) {
      if (t.repaired()) {
        return true;
      }
    }
    return false;
  }

  /** Tokens of a line: non-empty tab cells in order, or whitespace-separated words. */
  public static List<Tok> of(Line line) {
    return of(line, Integer.MAX_VALUE);
  }

  /**
   * The first {@code limit} tokens of {@link #of(Line)}: enough to tell a header line from a row
   * without reading (and parsing the figures of) the whole line.
   */
  public static List<Tok> of(Line line, int limit) {
    return line.tabbed() ? cells(line.cells(), limit) : words(line.text(), limit);
  }

  /** The first {@code limit} words of {@code t}: what lies between runs of [\s\u3000], as split() cut them. */
  private static List<Tok> words(String t, int limit) {
    List<Tok> out = new ArrayList<>(Math.min(10, limit));
    int length = t.length();
    int i = 0;
    while (i < length && out.size() < limit) {
      if (isWordSeparator(t.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < length && !isWordSeparator(t.charAt(end))) {
        end++;
      }
      out.add(word(t.substring(i, end), -1));
      i = end;
    }
    return out;
  }

  /** The tokens of the first non-empty {@code cells}, at most {@code limit}. */
  private static List<Tok> cells(List<String> cells, int limit) {
    int size = cells.size();
    List<Tok> out = new ArrayList<>(Math.min(size, limit));
    for (int i = 0; i < size && out.size() < limit; i++) {
      String c = cells.get(i);
      if (!c.isEmpty()) {
        out.add(cell(c, i));
      }
    }
    return out;
  }

  /** ASCII whitespace (the regex class \\s) and the ideographic space: what separates words. */
  private static boolean isWordSeparator(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000';
  }

  private static Tok word(String w, int cell) {
    return new Tok(w, mayBeNumber(w.charAt(0)) ? Amounts.parse(w) : null, cell, false);
  }

  /**
   * Whether text opening with {@code c} can be a printed number: {@link Amounts#parse} trims the
   * text (chars up to the space) and then wants a minus or a digit. Most words are names and skip it.
   */
  private static boolean mayBeNumber(char c) {
    return c <= ' ' || c == '-' || (c >= '0' && c <= '9');
  }

  /**
   * A tab cell; a cell holding "2,678.8 2" is one number split by the converter. A cell that reads
   * as one number has no space inside (only around it), so it is never two pieces: most figure
   * cells are settled without looking for a space.
   */
  private static Tok cell(String c, int index) {
    Tok whole = word(c, index);
    if (whole.isNumber() || !mayOpenSplitNumber(c.charAt(0)) || !hasAsciiSpace(c)) {
      return whole; // one part: no need to split
    }
    String[] parts = SPACES.split(c);
    if (parts.length == 2 && ONE_DECIMAL.matcher(parts[0]).matches() && SPLIT_TAIL.matcher(parts[1]).matches()) {
      return new Tok(c, Amounts.parse(parts[0] + parts[1]), index, true);
    }
    return whole;
  }

  /** Whether a cell opening with {@code c} can be a split number: its first part must match {@link #ONE_DECIMAL}. */
  private static boolean mayOpenSplitNumber(char c) {
    return c == '-' || c == ',' || (c >= '0' && c <= '9');
  }

  private static boolean hasAsciiSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        return true;
      }
    }
    return false;
  }

  /** Joins a number cut in two ("2,678.8" + "2"), or null when the pieces don't look like one. */
  public static Tok join(Tok head, Tok tail) {
    if (head.isNumber() && tail.isPlainInteger() && ONE_DECIMAL.matcher(head.text).matches()
        && SPLIT_TAIL.matcher(tail.text).matches()) {
      return new Tok(head.text + " " + tail.text, Amounts.parse(head.text + tail.text), head.cell, true);
    }
    return null;
  }
}
