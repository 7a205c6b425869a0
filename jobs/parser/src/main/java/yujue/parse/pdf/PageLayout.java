package yujue.parse.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One page's glyphs and rulings to lines (pure: no PDFBox here, so it is tested on made-up pages).
 *
 * <p>Ruled tables, as Tabula's lattice mode finds them: rulings are merged where collinear, grouped
 * into grids (rulings that cross), and every glyph inside a grid belongs to the cell bounded by the
 * nearest rulings around it (left, right, above, below) that actually pass its position, so merged
 * cells come out whole. A cell's glyphs are one text however many lines they wrap over (a name
 * wrapped inside its cell, a header of two lines). The cells whose top border is the same line
 * are a row; each cell goes to the column of its left border among all the grid's vertical
 * rulings, so an empty cell stays an empty cell.
 *
 * <p>Everything else is free text: glyphs grouped into lines by baseline and split into chunks
 * where the gap is wide. Where consecutive free lines look like a table without rulings (at least
 * two lines with amounts and several chunks), the chunks are aligned to columns found from the
 * horizontal extents of the data lines' chunks (Tabula's stream mode), so they too come out as
 * positioned cells. A heading wrapped over lines in a large font (a cover title) is joined into
 * one line.
 */
final class PageLayout {

  /** Positions closer than this (points) are the same line. */
  static final float SAME = 2f;
  /** A gap wider than this many font sizes separates two chunks of free text. */
  static final float CHUNK_GAP = 0.9f;
  /** A gap wider than this many font sizes is a space between words. */
  static final float WORD_GAP = 0.2f;
  /** Between two CJK characters a gap wider than this many font sizes is a space. */
  static final float CJK_GAP = 0.6f;
  /** A "cell" holding more lines than this is a framed paragraph, not a table cell. */
  static final int MAX_CELL_LINES = 8;
  /** Headings this many times larger than the body text are joined when wrapped. */
  static final float HEADING = 1.3f;

  private static final Pattern AMOUNT = Pattern.compile("^-?[\\d,]*\\d\\.\\d+%?$");

  private PageLayout() {}

  static List<PageLine> lines(List<Glyph> glyphs, List<Ruling> rawRulings, float bodySize) {
    List<Ruling> rulings = collapse(rawRulings);
    int[] grid = grids(rulings);
    Map<CellKey, List<Glyph>> cells = new LinkedHashMap<>();
    List<Glyph> free = new ArrayList<>();
    for (Glyph g : glyphs) {
      CellKey k = cellOf(g, rulings, grid);
      if (k == null) {
        free.add(g);
      } else {
        cells.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
      }
    }
    List<PageLine> out = new ArrayList<>();
    Map<CellKey, String> texts = new LinkedHashMap<>();
    for (Map.Entry<CellKey, List<Glyph>> e : cells.entrySet()) {
      List<List<Glyph>> lines = textLines(e.getValue());
      if (lines.size() > MAX_CELL_LINES) {
        free.addAll(e.getValue());
      } else {
        texts.put(e.getKey(), cellText(lines));
      }
    }
    out.addAll(tableRows(texts, cells, rulings, grid));
    List<FreeLine> freeLines = freeLines(free, bodySize, out);
    out.addAll(alignUnruled(new ArrayList<>(freeLines)));
    out.sort(Comparator.comparingDouble(PageLine::top));
    return out;
  }

  // ---------------------------------------------------------------- rulings and grids

  /** Collinear rulings that overlap or touch become one. */
  static List<Ruling> collapse(List<Ruling> in) {
    List<Ruling> out = new ArrayList<>();
    for (boolean horizontal : new boolean[] {true, false}) {
      List<Ruling> same = new ArrayList<>(in.stream().filter(r -> r.horizontal() == horizontal).toList());
      same.sort(Comparator.comparingDouble(Ruling::pos).thenComparingDouble(Ruling::from));
      List<Ruling> merged = new ArrayList<>();
      for (Ruling r : same) {
        boolean joined = false;
        for (int i = merged.size() - 1; i >= 0; i--) {
          Ruling m = merged.get(i);
          if (r.pos() - m.pos() > 1f) {
            break;
          }
          if (r.from() <= m.to() + SAME && r.to() >= m.from() - SAME) {
            merged.set(i, new Ruling(horizontal, m.pos(), Math.min(m.from(), r.from()), Math.max(m.to(), r.to())));
            joined = true;
            break;
          }
        }
        if (!joined) {
          merged.add(r);
        }
      }
      out.addAll(merged);
    }
    return out;
  }

  /**
   * Grid id of each ruling (rulings that cross are in the same grid), or -1 for rulings in no
   * table: a grid needs three distinct horizontal and three distinct vertical positions (two rows
   * and two columns), so a frame around a paragraph or an underline is no table.
   */
  static int[] grids(List<Ruling> rulings) {
    int n = rulings.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Ruling a = rulings.get(i);
        Ruling b = rulings.get(j);
        if (a.horizontal() != b.horizontal() && (a.horizontal() ? a.meets(b, SAME) : b.meets(a, SAME))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    }
    int[] grid = new int[n];
    Arrays.fill(grid, -1);
    int id = 0;
    for (List<Integer> m : members.values()) {
      List<Ruling> rs = m.stream().map(rulings::get).toList();
      if (distinct(rs, true).length >= 3 && distinct(rs, false).length >= 3) {
        for (int i : m) {
          grid[i] = id;
        }
        id++;
      }
    }
    return grid;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Distinct positions of a grid's horizontal or vertical rulings, ascending. */
  static float[] distinct(List<Ruling> rulings, boolean horizontal) {
    float[] ps = new float[rulings.size()];
    int n = 0;
    for (Ruling r : rulings) {
      if (r.horizontal() == horizontal) {
        ps[n++] = r.pos();
      }
    }
    float[] sorted = Arrays.copyOf(ps, n);
    Arrays.sort(sorted);
    float[] out = new float[n];
    int m = 0;
    for (float p : sorted) {
      if (m == 0 || p - out[m - 1] > SAME) {
        out[m++] = p;
      }
    }
    return Arrays.copyOf(out, m);
  }

  /** A cell: the rulings bounding it (indices into the collapsed rulings) and its grid. */
  record CellKey(int grid, int left, int right, int top, int bottom) {}

  /** The cell of a grid the glyph lies in, or null when it lies in no table. */
  static CellKey cellOf(Glyph g, List<Ruling> rulings, int[] grid) {
    float cx = g.centerX();
    float cy = g.centerY();
    int left = -1;
    int right = -1;
    int top = -1;
    int bottom = -1;
    for (int i = 0; i < rulings.size(); i++) {
      if (grid[i] < 0) {
        continue;
      }
      Ruling r = rulings.get(i);
      if (!r.horizontal() && r.spans(cy, 1f)) {
        if (r.pos() <= cx && (left < 0 || r.pos() > rulings.get(left).pos())) {
          left = i;
        }
        if (r.pos() >= cx && (right < 0 || r.pos() < rulings.get(right).pos())) {
          right = i;
        }
      } else if (r.horizontal() && r.spans(cx, 1f)) {
        if (r.pos() <= cy && (top < 0 || r.pos() > rulings.get(top).pos())) {
          top = i;
        }
        if (r.pos() >= cy && (bottom < 0 || r.pos() < rulings.get(bottom).pos())) {
          bottom = i;
        }
      }
    }
    if (left < 0 || right < 0 || top < 0 || bottom < 0) {
      return null;
    }
    int gid = grid[left];
    if (grid[right] != gid || grid[top] != gid || grid[bottom] != gid) {
      return null;
    }
    return new CellKey(gid, left, right, top, bottom);
  }

  /** The rows of every grid: cells sharing a top border, each placed in its left border's column. */
  private static List<PageLine> tableRows(Map<CellKey, String> texts, Map<CellKey, List<Glyph>> glyphs,
      List<Ruling> rulings, int[] grid) {
    Map<Integer, List<Ruling>> byGrid = new HashMap<>();
    for (int i = 0; i < rulings.size(); i++) {
      if (grid[i] >= 0) {
        byGrid.computeIfAbsent(grid[i], x -> new ArrayList<>()).add(rulings.get(i));
      }
    }
    // rows keyed by grid and top border position
    Map<Integer, Map<Float, List<CellKey>>> rows = new HashMap<>();
    for (CellKey k : texts.keySet()) {
      float top = rulings.get(k.top()).pos();
      Map<Float, List<CellKey>> gr = rows.computeIfAbsent(k.grid(), x -> new HashMap<>());
      Float key = gr.keySet().stream().filter(t -> Math.abs(t - top) <= SAME).findFirst().orElse(top);
      gr.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
    }
    List<PageLine> out = new ArrayList<>();
    for (Map.Entry<Integer, Map<Float, List<CellKey>>> g : rows.entrySet()) {
      float[] columns = distinct(byGrid.get(g.getKey()), false);
      for (Map.Entry<Float, List<CellKey>> row : g.getValue().entrySet()) {
        String[] cells = new String[columns.length];
        Arrays.fill(cells, "");
        float bottom = row.getKey();
        List<Float> sizes = new ArrayList<>();
        for (CellKey k : row.getValue()) {
          int col = nearest(columns, rulings.get(k.left()).pos());
          cells[col] = cells[col].isEmpty() ? texts.get(k) : cells[col] + " " + texts.get(k);
          bottom = Math.max(bottom, rulings.get(k.bottom()).pos());
          glyphs.get(k).forEach(x -> sizes.add(x.size()));
        }
        List<String> list = trimTrailing(new ArrayList<>(Arrays.asList(cells)));
        out.add(new PageLine(row.getKey(), bottom, median(sizes), joinCells(list), List.copyOf(list), columns));
      }
    }
    return out;
  }

  static int nearest(float[] positions, float p) {
    int best = 0;
    for (int i = 1; i < positions.length; i++) {
      if (Math.abs(positions[i] - p) < Math.abs(positions[best] - p)) {
        best = i;
      }
    }
    return best;
  }

  private static List<String> trimTrailing(List<String> cells) {
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  static String joinCells(List<String> cells) {
    return String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList());
  }

  private static float median(List<Float> xs) {
    if (xs.isEmpty()) {
      return 0f;
    }
    List<Float> s = new ArrayList<>(xs);
    s.sort(null);
    return s.get(s.size() / 2);
  }

  // ---------------------------------------------------------------- text lines

  /** Glyphs grouped into lines by baseline, each line left to right, lines top to bottom. */
  static List<List<Glyph>> textLines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = null;
    float base = 0;
    for (Glyph g : sorted) {
      if (line != null && Math.abs(g.baseline() - base) <= 0.35f * Math.max(g.size(), 1f)) {
        line.add(g);
      } else {
        line = new ArrayList<>();
        line.add(g);
        lines.add(line);
        base = g.baseline();
      }
    }
    for (List<Glyph> l : lines) {
      l.sort(Comparator.comparingDouble(Glyph::x));
    }
    return lines;
  }

  /** A cell's lines as one text: wrapped CJK text joins without a space. */
  static String cellText(List<List<Glyph>> lines) {
    StringBuilder b = new StringBuilder();
    for (List<Glyph> l : lines) {
      String t = words(l, 0, l.size());
      if (b.length() > 0 && !t.isEmpty() && asciiWord(b.charAt(b.length() - 1)) && asciiWord(t.charAt(0))) {
        b.append(' ');
      }
      b.append(t);
    }
    return b.toString().strip();
  }

  /** Glyphs from..to of a line as text: a space where the gap is a word gap, except between CJK characters. */
  static String words(List<Glyph> line, int from, int to) {
    StringBuilder b = new StringBuilder();
    Glyph prev = null;
    for (int i = from; i < to; i++) {
      Glyph g = line.get(i);
      float gap = g.x() - right(prev == null ? g : prev);
      boolean bothCjk = b.length() > 0 && cjk(b.charAt(b.length() - 1)) && cjk(g.text().charAt(0));
      // between CJK characters only a wide gap is a space ("第一部分  中共…"), not letter-spaced text
      if (prev != null && b.length() > 0 && gap > (bothCjk ? CJK_GAP : WORD_GAP) * g.size()) {
        b.append(' ');
      }
      b.append(g.text());
      prev = g;
    }
    return b.toString();
  }

  /** A glyph's right edge; glyphs that report no width are given one from their font size. */
  static float right(Glyph g) {
    if (g.width() > 0) {
      return g.right();
    }
    return g.x() + g.size() * (cjk(g.text().charAt(0)) ? 1f : 0.5f);
  }

  static boolean cjk(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
  }

  private static boolean asciiWord(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  // ---------------------------------------------------------------- free text

  /** A run of glyphs of a free line with no wide gap inside. */
  record Chunk(float x0, float x1, String text) {}

  /** A free line as chunks, before it becomes a {@link PageLine}. */
  record FreeLine(float top, float baseline, float size, List<Chunk> chunks) {
    String text() {
      return String.join(" ", chunks.stream().map(Chunk::text).toList());
    }

    PageLine toPageLine() {
      return new PageLine(top, baseline, size, text(), null, null);
    }
  }

  /** Free glyphs as lines of chunks; wrapped large headings joined. */
  private static List<FreeLine> freeLines(List<Glyph> glyphs, float bodySize, List<PageLine> tableRows) {
    List<FreeLine> lines = new ArrayList<>();
    for (List<Glyph> l : textLines(glyphs)) {
      List<Chunk> chunks = new ArrayList<>();
      int start = 0;
      for (int i = 1; i <= l.size(); i++) {
        if (i == l.size() || l.get(i).x() - right(l.get(i - 1)) > CHUNK_GAP * l.get(i).size()) {
          String t = words(l, start, i).strip();
          if (!t.isEmpty()) {
            chunks.add(new Chunk(l.get(start).x(), right(l.get(i - 1)), t));
          }
          start = i;
        }
      }
      float size = median(l.stream().map(Glyph::size).toList());
      float top = (float) l.stream().mapToDouble(Glyph::top).min().orElse(0);
      if (!chunks.isEmpty()) {
        lines.add(new FreeLine(top, l.get(0).baseline(), size, chunks));
      }
    }
    return joinHeadings(lines, bodySize, tableRows);
  }

  /** A title in a large font wrapped over lines ("中共上海市普陀区委" / "社会工作部 2024 年度" / "部门决算") is one line. */
  private static List<FreeLine> joinHeadings(List<FreeLine> lines, float bodySize, List<PageLine> tableRows) {
    List<FreeLine> out = new ArrayList<>();
    for (FreeLine l : lines) {
      FreeLine prev = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean heading = bodySize > 0 && l.size() >= HEADING * bodySize;
      if (prev != null && heading && Math.abs(prev.size() - l.size()) <= 0.5f && l.chunks().size() == 1
          && prev.chunks().size() == 1 && l.baseline() - prev.baseline() <= 2.5f * l.size()
          && tableRows.stream().noneMatch(r -> r.top() > prev.baseline() && r.top() < l.baseline())) {
        Chunk a = prev.chunks().get(0);
        Chunk b = l.chunks().get(0);
        String sep = asciiWord(a.text().charAt(a.text().length() - 1)) && asciiWord(b.text().charAt(0)) ? " " : "";
        out.set(out.size() - 1, new FreeLine(prev.top(), l.baseline(), l.size(),
            List.of(new Chunk(Math.min(a.x0(), b.x0()), Math.max(a.x1(), b.x1()), a.text() + sep + b.text()))));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- tables without rulings

  private static boolean dataLine(FreeLine l) {
    return l.chunks().size() >= 2 && l.chunks().stream().anyMatch(c -> AMOUNT.matcher(c.text()).matches());
  }

  /**
   * Free lines that form a table without rulings become rows of cells aligned to columns: the
   * columns are the merged horizontal extents of the data lines' chunks; header lines just above
   * and lines between data lines (a wrapped name) are placed by overlap.
   */
  static List<PageLine> alignUnruled(List<FreeLine> lines) {
    List<PageLine> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!dataLine(lines.get(i))) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int j = i + 1;
      while (j < lines.size() && j - last <= 3) {
        if (dataLine(lines.get(j))) {
          last = j;
        } else if (lines.get(j).text().length() > 30) {
          break; // a paragraph: the table has ended
        }
        j++;
      }
      int dataLines = 0;
      for (int k = first; k <= last; k++) {
        dataLines += dataLine(lines.get(k)) ? 1 : 0;
      }
      if (dataLines < 2) {
        i++;
        continue;
      }
      int head = first;
      while (head - 1 >= 0 && first - (head - 1) <= 3 && lines.get(head - 1) != null
          && lines.get(head - 1).chunks().size() >= 2) {
        head--;
      }
      float[][] cols = columns(lines.subList(first, last + 1));
      if (cols.length < 2) {
        i = last + 1;
        continue;
      }
      float[] lefts = new float[cols.length];
      for (int c = 0; c < cols.length; c++) {
        lefts[c] = cols[c][0];
      }
      for (int k = head; k <= last; k++) {
        FreeLine l = lines.get(k);
        String[] cells = new String[cols.length];
        Arrays.fill(cells, "");
        for (Chunk ch : l.chunks()) {
          int c = column(cols, ch);
          cells[c] = cells[c].isEmpty() ? ch.text() : cells[c] + " " + ch.text();
        }
        List<String> list = trimTrailing(new ArrayList<>(Arrays.asList(cells)));
        lines.set(k, null);
        out.add(new PageLine(l.top(), l.baseline(), l.size(), joinCells(list), List.copyOf(list), lefts));
      }
      i = last + 1;
    }
    for (FreeLine l : lines) {
      if (l != null) {
        out.add(l.toPageLine());
      }
    }
    return out;
  }

  /** Column extents: the data lines' chunk extents, merged where they overlap. */
  private static float[][] columns(List<FreeLine> lines) {
    List<float[]> spans = new ArrayList<>();
    for (FreeLine l : lines) {
      if (l != null && dataLine(l)) {
        for (Chunk c : l.chunks()) {
          spans.add(new float[] {c.x0(), c.x1()});
        }
      }
    }
    spans.sort(Comparator.comparingDouble(s -> s[0]));
    List<float[]> merged = new ArrayList<>();
    for (float[] s : spans) {
      float[] m = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (m != null && s[0] <= m[1] + 1f) {
        m[1] = Math.max(m[1], s[1]);
      } else {
        merged.add(new float[] {s[0], s[1]});
      }
    }
    return merged.toArray(new float[0][]);
  }

  /** The column a chunk overlaps most, or the nearest one. */
  private static int column(float[][] cols, Chunk ch) {
    int best = 0;
    float bestOverlap = -Float.MAX_VALUE;
    for (int c = 0; c < cols.length; c++) {
      float overlap = Math.min(cols[c][1], ch.x1()) - Math.max(cols[c][0], ch.x0());
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = c;
      }
    }
    return best;
  }
}
