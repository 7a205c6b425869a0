package yujue.parse.narrative;

import java.util.List;
import yujue.parse.layout.Line;
import yujue.parse.layout.Text;

/**
 * The narrative (情况说明) as one string with all whitespace removed, so sentences wrapped over
 * lines and numbers split by a line break read whole; {@link #lineAt} maps back to source lines.
 */
public final class Narrative {

  private final String text;
  private final int[] lineOfChar;

  public Narrative(List<Line> lines) {
    StringBuilder sb = new StringBuilder();
    int[] map = new int[1024];
    for (Line l : lines) {
      String c = Text.compact(l.text()).replace('，', '，');
      for (int i = 0; i < c.length(); i++) {
        if (sb.length() >= map.length) {
          map = java.util.Arrays.copyOf(map, map.length * 2);
        }
        map[sb.length()] = l.number();
        sb.append(c.charAt(i));
      }
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
