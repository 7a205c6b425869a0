package yujue.parse.pdf;

import java.util.ArrayList;
import java.util.List;
import yujue.parse.layout.Text;

/**
 * Subject codes printed in separate 类 / 款 / 项 columns ({@code 201 | 06 | 01}) become one code
 * cell ({@code 2010601}), so every table reaches the readers with the code in one cell and the
 * name in the next, as the text families print them. A table says it prints codes so by a header
 * row with cells 类, 款 (and 项) side by side (economic tables print 类 and 款 only, once per half);
 * the same columns on the following pages (a table continued without its header) are joined too.
 * Rows that print only the parts below the level above (a 款 row printing just {@code 06}) take
 * the higher parts from the rows above.
 */
final class CodeColumns {

  private CodeColumns() {}

  /** Lines in document order; returns them with code columns joined. */
  static List<PageLine> join(List<PageLine> lines) {
    List<PageLine> out = new ArrayList<>(lines.size());
    List<int[]> groups = null; // {start column, width}
    float[] columns = null;
    String[][] context = null; // per group: last 类 and 款 seen
    for (PageLine l : lines) {
      if (!l.tabbed()) {
        out.add(l);
        continue;
      }
      List<int[]> found = headerGroups(l.cells());
      if (!found.isEmpty()) {
        groups = found;
        columns = l.columns();
        context = new String[found.size()][2];
      } else if (groups != null && !sameColumns(columns, l.columns())) {
        groups = null; // another table
      }
      out.add(groups == null ? l : l.withCells(collapse(l.cells(), groups, context)));
    }
    return out;
  }

  /** Runs of header cells 类 款 [项] in adjacent columns. */
  static List<int[]> headerGroups(List<String> cells) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < cells.size(); i++) {
      if (Text.compact(cells.get(i)).equals("类") && Text.compact(cells.get(i + 1)).equals("款")) {
        boolean item = i + 2 < cells.size() && Text.compact(cells.get(i + 2)).equals("项");
        out.add(new int[] {i, item ? 3 : 2});
        i += item ? 2 : 1;
      }
    }
    return out;
  }

  private static boolean sameColumns(float[] a, float[] b) {
    if (a == null || b == null || a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(a[i] - b[i]) > 3f) {
        return false;
      }
    }
    return true;
  }

  /** The cells with each group's columns joined into one (groups handled right to left). */
  static List<String> collapse(List<String> cells, List<int[]> groups, String[][] context) {
    List<String> c = new ArrayList<>(cells);
    for (int g = groups.size() - 1; g >= 0; g--) {
      int start = groups.get(g)[0];
      int width = groups.get(g)[1];
      if (start >= c.size()) {
        continue;
      }
      String[] parts = new String[width];
      for (int k = 0; k < width; k++) {
        parts[k] = start + k < c.size() ? Text.compact(c.get(start + k)) : "";
      }
      String joined = code(parts, context[g]);
      for (int k = Math.min(width, c.size() - start) - 1; k >= 1; k--) {
        c.remove(start + k);
      }
      c.set(start, joined);
    }
    while (!c.isEmpty() && c.get(c.size() - 1).isEmpty()) {
      c.remove(c.size() - 1);
    }
    return c;
  }

  /** 类 + 款 + 项 as one code; parts left out are those of the rows above. Other text is joined as is. */
  static String code(String[] parts, String[] context) {
    boolean digits = true;
    boolean any = false;
    for (String p : parts) {
      digits &= p.chars().allMatch(Character::isDigit);
      any |= !p.isEmpty();
    }
    if (!any) {
      return "";
    }
    if (!digits) {
      return String.join("", parts);
    }
    String cls = parts[0];
    String kuan = parts[1];
    String item = parts.length > 2 ? parts[2] : "";
    if (!cls.isEmpty()) {
      context[0] = cls;
      context[1] = kuan.isEmpty() ? null : kuan;
      return cls + kuan + item;
    }
    if (context[0] == null) {
      return kuan + item;
    }
    if (!kuan.isEmpty()) {
      context[1] = kuan;
      return context[0] + kuan + item;
    }
    return context[0] + (context[1] == null ? "" : context[1]) + item;
  }
}
