package yujue.parse.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.model.TextFamily;
import yujue.parse.tables.TableKind;

/**
 * Lines to a {@link ReportLayout}: each public table runs from its title (or numbering mark) to the
 * next title or part heading; everything else is narrative. Table-of-contents entries also look
 * like titles, so blocks without a single amount are dropped; a table printed on two pages with
 * its header repeated is merged back into one block.
 */
public final class Segmenter {

  /** Enough tab-separated lines to call a text tab-family rather than a flowing dump. */
  private static final int MIN_TAB_LINES = 20;
  private static final int MIN_MARKDOWN_HEADINGS = 5;

  /** Where a line went, besides a block (its index): a title of none, or the narrative outside all. */
  private static final int TITLE = -2;
  private static final int OUTSIDE = -1;

  private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分");
  private static final Pattern GLUED_MARK = Pattern.compile("(部门公开表\\s*\\d{1,2}|公开\\s*\\d{2}\\s*表)\\s*$");

  private Segmenter() {}

  public static TextFamily detectFamily(String text) {
    int tabLines = 0;
    int headings = 0;
    boolean tab = false;
    // lines as split("\n") cuts them, scanned in place
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        tabLines += tab ? 1 : 0;
        tab = false;
      } else if (c == '\t') {
        tab = true;
      } else if (c == '#' && (i == 0 || text.charAt(i - 1) == '\n')) {
        headings++;
      }
    }
    return family(tabLines, headings);
  }

  /** The family of a text with {@code tabLines} lines holding a tab and {@code headings} opening with #. */
  private static TextFamily family(int tabLines, int headings) {
    if (tabLines < MIN_TAB_LINES) {
      return TextFamily.FLOWING;
    }
    return headings >= MIN_MARKDOWN_HEADINGS ? TextFamily.MARKDOWN : TextFamily.TAB;
  }

  public static ReportLayout segment(String text) {
    LineReader.Scan scan = LineReader.scan(text);
    // the scan counted lines as detectFamily cuts them, at LF, unless a CR cuts them otherwise
    TextFamily family = scan.carriageReturns() ? detectFamily(text) : family(scan.tabLines(), scan.headings());
    return segment(family, scan.lines());
  }

  public static ReportLayout segment(TextFamily family, List<Line> input) {
    Placer p = new Placer(input.size());
    List<Line> split = null; // the lines with each glued mark split off, copied from the first one on
    Matcher m = GLUED_MARK.matcher(""); // one for the report's lines, reset to each line that may have a mark
    for (int i = 0; i < input.size(); i++) {
      Line l = input.get(i);
      if (gluedMark(l, m)) {
        if (split == null) {
          split = new ArrayList<>(input.size() + 1);
          split.addAll(input.subList(0, i));
        }
        Line before = new Line(l.number(), l.text().substring(0, m.start()).strip(), null);
        Line mark = new Line(l.number(), m.group(1), null);
        split.add(before);
        split.add(mark);
        p.place(before);
        p.place(mark);
      } else {
        if (split != null) {
          split.add(l);
        }
        p.place(l);
      }
    }
    List<Line> lines = split != null ? split : input;
    Map<TableKind, Builder> merged = new LinkedHashMap<>();
    for (Builder b : p.blocks) {
      Builder first = b.hasData() ? merged.putIfAbsent(b.kind, b) : null;
      if (first != null) {
        first.lines.addAll(b.lines);
      }
    }
    List<Line> narrative = p.inNumberOrder ? narrativeInPlace(lines, p.home, p.blocks)
        : narrativeSorted(p.outside, p.blocks);
    List<TableBlock> tables = new ArrayList<>(merged.size());
    for (Builder b : merged.values()) {
      tables.add(new TableBlock(b.kind, b.titleLine, Collections.unmodifiableList(b.lines))); // no copy: b is dropped
    }
    return new ReportLayout(family, lines, List.copyOf(tables), narrative);
  }

  /**
   * Lines, one after the other, to the blocks they belong to or the narrative: each public table
   * runs from its title to the next title or part heading. Notes, as the lines come, whether those
   * that are no title come in the order of their numbers, two with one number (a glued mark split
   * off its line) going to the same place: then {@link #narrativeSorted} keeps the order they came
   * in, and {@link #narrativeInPlace} gives the same list without a sort.
   */
  private static final class Placer {
    final List<Builder> blocks = new ArrayList<>();
    final List<Line> outside = new ArrayList<>();
    int[] home; // per line placed: TITLE, OUTSIDE or the index of its block in blocks
    int placed;
    Builder current;
    boolean inNumberOrder = true;
    boolean anyPlaced; // a line that is no title placed so far, with this number and home
    int lastNumber;
    int lastHome;

    Placer(int lines) {
      home = new int[lines];
    }

    void place(Line line) {
      if (placed == home.length) { // a glued mark split off: one line more
        home = Arrays.copyOf(home, home.length + home.length / 8 + 2);
      }
      int where = where(line);
      home[placed++] = where;
      if (where != TITLE) {
        inNumberOrder &= !anyPlaced || line.number() > lastNumber
            || line.number() == lastNumber && where == lastHome;
        anyPlaced = true;
        lastNumber = line.number();
        lastHome = where;
      }
    }

    /** Where {@code line} goes: TITLE, OUTSIDE or the index of its block, opened or closed by it. */
    private int where(Line line) {
      // both match on the line's compact form after cheap tests on the text: most lines skip it here
      Optional<TableKind> mark = line.tabbed() ? Optional.empty() : TableKind.byMark(line);
      Optional<TableKind> title = line.tabbed() ? Optional.empty() : TableKind.byTitle(line);
      Optional<TableKind> kind = mark.isPresent() ? mark : title;
      if (kind.isPresent()) {
        if (current != null && !current.hasData() && (current.kind == kind.get() || mark.isPresent())) {
          current.kind = kind.get(); // the numbering mark beside a title names the same table
        } else {
          current = new Builder(kind.get(), line.number());
          blocks.add(current);
        }
        return TITLE;
      }
      if (opensWith(line.text(), '第') && PART_HEADING.matcher(line.compact()).find()) {
        current = null;
      }
      if (current != null) {
        current.add(line);
        return blocks.size() - 1; // current is always the last block made
      }
      outside.add(line);
      return OUTSIDE;
    }
  }

  /**
   * The narrative: the lines outside every block and those of the blocks without data, ordered by
   * number (a stable sort, so of two lines with one number the outside one first, else the earlier).
   */
  private static List<Line> narrativeSorted(List<Line> outside, List<Builder> blocks) {
    List<Line> narrative = new ArrayList<>(outside);
    for (Builder b : blocks) {
      if (!b.hasData()) {
        narrative.addAll(b.lines);
      }
    }
    narrative.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return narrative;
  }

  /** {@link #narrativeSorted} of lines already in the order of their numbers: those it keeps, in order. */
  private static List<Line> narrativeInPlace(List<Line> lines, int[] home, List<Builder> blocks) {
    List<Line> narrative = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (home[i] == OUTSIDE || home[i] >= 0 && !blocks.get(home[i]).hasData()) {
        narrative.add(lines.get(i));
      }
    }
    return narrative;
  }

  /**
   * Whether the first char of {@code s} that is no {@link Text#isSpace} space is {@code c}: whether
   * its compact form starts with it, without building that form.
   */
  static boolean opensWith(String s, char c) {
    for (int i = 0; i < s.length(); i++) {
      if (!Text.isSpace(s.charAt(i))) {
        return s.charAt(i) == c;
      }
    }
    return false;
  }

  /**
   * "…115.38 部门公开表4": a title glued to the previous page's text, to become its own line.
   * Whether {@code m}, reset to the line, matched a mark after some text (most lines have none).
   */
  private static boolean gluedMark(Line l, Matcher m) {
    // both marks hold 公开 and end the line in a digit or 表: the regex runs only on lines that do
    String t = l.text();
    int open = l.tabbed() || !mayEndWithMark(t) ? -1 : t.lastIndexOf("公开");
    if (open < 1) { // none, or a mark alone on its line ("公开 08 表"), glued to nothing
      return false;
    }
    m.reset(t).region(markSearchFrom(open), t.length());
    return m.find();
  }

  /**
   * Where to look for a {@link #GLUED_MARK} ending the text, its last 公开 at {@code open}: what
   * follows 公开 in a mark holds no 公开, so a mark's is the last, and 部门 before it is all it can
   * open with. A mark at the start of the line is glued to nothing, and then no other mark ends
   * the line (only the one before or at 公开 could), so the search starts at 1 at the least: a
   * mark found is one after some text, the leftmost match as the search over the whole line found.
   */
  static int markSearchFrom(int open) {
    return Math.max(1, open - 2);
  }

  /**
   * Whether {@link #GLUED_MARK} can match at the end of {@code s}: its last char that is neither a
   * regex \\s (ASCII whitespace) nor a line terminator $ may stand before is the digit or the 表
   * each mark ends with.
   */
  static boolean mayEndWithMark(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r') && c != '\u0085' && c != '\u2028' && c != '\u2029') {
        return c >= '0' && c <= '9' || c == '表';
      }
    }
    return false;
  }

  private static final class Builder {
    TableKind kind;
    final int titleLine;
    final List<Line> lines = new ArrayList<>();
    /** Whether a line added so far has an amount: kept as lines come, for it is asked on every title. */
    private boolean data;

    Builder(TableKind kind, int titleLine) {
      this.kind = kind;
      this.titleLine = titleLine;
    }

    void add(Line line) {
      lines.add(line);
      data = data || line.hasAmount();
    }

    boolean hasData() {
      return data;
    }
  }
}
