package yujue.parse.layout;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One non-blank line of report text after cleaning (HTML tags, markdown marks and page numbers
 * removed). {@code cells} are the tab-separated cells when the converter kept tabs, else null.
 *
 * <p>A small value class rather than a record so the compact text, asked for many times per line
 * by every stage, is computed once, and so is {@link #hasAmount}. Equality, hash and string form
 * are those of the former record {@code Line(number, text, cells)}; what is cached is derived from
 * the text and not part of them. The caches are plain fields: a line belongs to one report's parse,
 * one thread, and a race could only compute the same value twice.
 */
public final class Line {

  private final int number;
  private final String text;
  private List<String> cells; // null for a line without tabs; for a tab line read from text, built when asked
  private char[] source; // a tab line's chars, read from text: its cells lie at cellBounds in it
  private int[] cellBounds; // per cell its first char and one past its last in source; -1, -1 for an empty cell
  private String compact; // lazily, from text
  private byte amount; // lazily: 0 unknown, 1 without an amount, 2 with one

  public Line(int number, String text, List<String> cells) {
    this(number, text, cells, null);
  }

  /** A line whose compact text is known already ({@code Text.compact(text)}), or null when it is not. */
  Line(int number, String text, List<String> cells, String compact) {
    this.number = number;
    this.text = text;
    this.cells = cells;
    this.compact = compact;
  }

  /**
   * A line whose compact text is known ({@code Text.compact(text)}, or null when it is not);
   * without {@code dots}, a point in its text, it holds no amount: the reader saw that as it read
   * the chars, so no stage scans such a line for one. A line with a point is scanned when asked.
   */
  Line(int number, String text, List<String> cells, String compact, boolean dots) {
    this(number, text, cells, compact);
    this.amount = dots ? (byte) 0 : (byte) 1;
  }

  /**
   * A tab line whose cells are the stripped {@code source[cellBounds[2i], cellBounds[2i + 1])}, built
   * as Strings only when asked: most stages only read a line's text, and the table readers ask for
   * the cells of their own lines alone.
   */
  Line(int number, String text, char[] source, int[] cellBounds, String compact, boolean dots) {
    this(number, text, null, compact, dots);
    this.source = source;
    this.cellBounds = cellBounds;
  }

  public int number() {
    return number;
  }

  public String text() {
    return text;
  }

  public List<String> cells() {
    List<String> c = cells;
    if (c == null && cellBounds != null) {
      c = cellsOf(source, cellBounds);
      cells = c; // source and cellBounds stay: cleared, a racing reader could see neither them nor cells
    }
    return c;
  }

  /** The cells at {@code bounds} in {@code source}: see {@link #Line(int, String, char[], int[], String, boolean)}. */
  static List<String> cellsOf(char[] source, int[] bounds) {
    String[] cells = new String[bounds.length / 2];
    for (int i = 0; i < cells.length; i++) {
      int from = bounds[2 * i];
      cells[i] = from < 0 ? "" : new String(source, from, bounds[2 * i + 1] - from);
    }
    return Collections.unmodifiableList(Arrays.asList(cells)); // a read-only view: List.of would copy the array
  }

  public boolean tabbed() {
    return cellBounds != null || cells != null;
  }

  /** The text with every kind of whitespace removed: what titles and labels are matched on. */
  public String compact() {
    String c = compact;
    if (c == null) {
      c = Text.compact(text);
      compact = c;
    }
    return c;
  }

  /**
   * Whether the text holds a printed amount ({@link Text#hasAmount}): asked of every table line by
   * the segmenter and again by the stages after it, so answered once.
   */
  public boolean hasAmount() {
    if (amount == 0) {
      amount = Text.hasAmount(text) ? (byte) 2 : (byte) 1;
    }
    return amount == 2;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Line l && number == l.number && Objects.equals(text, l.text)
        && Objects.equals(cells(), l.cells());
  }

  @Override
  public int hashCode() {
    return (31 * Integer.hashCode(number) + Objects.hashCode(text)) * 31 + Objects.hashCode(cells());
  }

  @Override
  public String toString() {
    return "Line[number=" + number + ", text=" + text + ", cells=" + cells() + "]";
  }
}
