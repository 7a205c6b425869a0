package yujue.parse.narrative;

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
    int length = 0;
    for (Line l : lines) {
      length += l.compact().length();
    }
    char[] chars = new char[length]; // not a builder: no Latin-1 buffer to widen at the first Chinese char
    int[] from = new int[lines.size()];
    int[] number = new int[lines.size()];
    int n = 0;
    int at = 0;
    for (Line l : lines) {
      String c = l.compact();
      if (!c.isEmpty()) { // an empty line owns no char
        from[n] = at;
        number[n++] = l.number();
        c.getChars(0, c.length(), chars, at);
        at += c.length();
      }
    }
    this.text = new String(chars);
    this.starts = from;
    this.numbers = number;
    this.count = n;
  }

  public String text() {
    return text;
  }

  public int lineAt(int offset) {
    if (text.isEmpty()) {
      return 0;
    }
    int at = Math.max(0, Math.min(offset, text.length() - 1));
    int k = java.util.Arrays.binarySearch(starts, 0, count, at);
    return numbers[k >= 0 ? k : -k - 2]; // the last line starting at or before the char
  }
}
