package yujue.parse.narrative;

import java.util.Arrays;
import java.util.List;
import yujue.parse.layout.Line;

/**
 * The narrative (情况说明) as one string with all whitespace removed, so sentences wrapped over
 * lines and numbers split by a line break read whole; {@link #lineAt} maps back to source lines.
 */
public final class Narrative {

  private final String text;
  /** Per non-empty line, in order: where its text starts, and its source line number. */
  private final int[] starts;
  private final int[] numbers;
  private final int count;

  public Narrative(List<Line> lines) {
    String[] texts = new String[lines.size()];
    int[] from = new int[lines.size()];
    int[] number = new int[lines.size()];
    int n = 0;
    int at = 0;
    for (Line l : lines) {
      String c = l.compact();
      if (!c.isEmpty()) { // an empty line owns no char
        texts[n] = c;
        from[n] = at;
        number[n++] = l.number();
        at += c.length();
      }
    }
    // String.join sizes and copies the result once, in the narrowest coder the lines allow
    this.text = String.join("", Arrays.copyOf(texts, n));
    this.starts = from;
    this.numbers = number;
    this.count = n;
  }

  /**
   * Whether the narrative of {@code lines} would hold {@code literal}, found without building it
   * (the literal may run over line ends, as in the narrative's text).
   */
  public static boolean holds(List<Line> lines, String literal) {
    for (int k = 0; k < lines.size(); k++) {
      if (startsIn(lines, k, literal)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code literal} starts in line {@code k}'s compact text (it may run on over the next
   * lines): {@link #holds} one line at a time, for a caller testing each line for other things too.
   */
  public static boolean startsIn(List<Line> lines, int k, String literal) {
    if (lines.get(k).text().indexOf(literal.charAt(0)) < 0) {
      return false; // compact text only drops spaces: the raw text tells, without building it
    }
    String c = lines.get(k).compact();
    for (int i = c.indexOf(literal.charAt(0)); i >= 0; i = c.indexOf(literal.charAt(0), i + 1)) {
      if (startsAt(lines, k, i, literal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code literal} starts at char {@code i} of line {@code k}'s compact text, read on over the next lines. */
  private static boolean startsAt(List<Line> lines, int k, int i, String literal) {
    String c = lines.get(k).compact();
    int line = k;
    int at = i;
    for (int matched = 0; matched < literal.length(); matched++, at++) {
      while (at == c.length()) {
        if (++line == lines.size()) {
          return false;
        }
        c = lines.get(line).compact();
        at = 0;
      }
      if (c.charAt(at) != literal.charAt(matched)) {
        return false;
      }
    }
    return true;
  }

  public String text() {
    return text;
  }

  public int lineAt(int offset) {
    if (text.isEmpty()) {
      return 0;
    }
    int at = Math.max(0, Math.min(offset, text.length() - 1));
    int k = Arrays.binarySearch(starts, 0, count, at);
    return numbers[k >= 0 ? k : -k - 2]; // the last line starting at or before the char
  }
}
