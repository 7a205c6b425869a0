package yujue.parse.narrative;

import java.util.List;
import yujue.parse.layout.Line;

/**
 * The narrative (情况说明) as one string with all whitespace removed, so sentences wrapped over
 * lines and numbers split by a line break read whole; {@link #lineAt} maps back to source lines.
 */
public final class Narrative {

  private final String text;
  private final int[] lineOfChar;

  public Narrative(List<Line> lines) {
    int length = 0;
    for (Line l : lines) {
      length += l.compact().length();
    }
    StringBuilder sb = new StringBuilder(length);
    int[] map = new int[Math.max(length, 1)];
    for (Line l : lines) {
      String c = l.compact();
      java.util.Arrays.fill(map, sb.length(), sb.length() + c.length(), l.number());
      sb.append(c);
    }
    this.text = sb.toString();
    this.lineOfChar = map;
  }

  public String text() {
    return text;
  }

  public int lineAt(int offset) {
    if (text.isEmpty()) {
      return 0;
    }
    return lineOfChar[Math.max(0, Math.min(offset, text.length() - 1))];
  }
}
