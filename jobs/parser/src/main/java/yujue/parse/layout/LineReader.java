package yujue.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text to {@link Line}s: drops blank lines and page numbers, strips HTML tags and markdown marks,
 * keeps tab cells. Line numbers stay those of the source text, so every fact can point back.
 */
public final class LineReader {

  private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]\\s*\\d{1,3}\\s*[-—–]$|^第\\s*\\d+\\s*页.*$");
  private static final Pattern MARKDOWN_RULE = Pattern.compile("^[-|\\s]{3,}$");

  private LineReader() {}

  public static List<Line> read(String text) {
    return scan(text).lines();
  }

  /**
   * The lines of a text and, counted in the same pass, what {@link Segmenter#detectFamily} counts:
   * lines holding a tab and lines opening with #. The counts are those of detectFamily only when
   * the text has no CR (it cuts at LF alone); decoded text never has one.
   */
  record Scan(List<Line> lines, int tabLines, int headings, boolean carriageReturns) {}

  /** Line-end and per-line flags of the ASCII chars, looked up once per char. */
  private static final int TAB = 1;
  private static final int SPECIAL = 2; // a tag's <, a bold mark's *: the general cleaning
  private static final int SPACE = 4; // whitespace Text.compact drops, besides tabs and special spaces
  private static final int LINE_END = 8;
  private static final int DOT = 16; // a point, which an amount has: without one, a line has none
  private static final byte[] ASCII_FLAGS = new byte[128];

  static {
    ASCII_FLAGS['\t'] = TAB;
    ASCII_FLAGS['<'] = SPECIAL;
    ASCII_FLAGS['*'] = SPECIAL;
    ASCII_FLAGS[' '] = SPACE;
    ASCII_FLAGS[0x0B] = SPACE;
    ASCII_FLAGS['\f'] = SPACE;
    ASCII_FLAGS['\n'] = LINE_END;
    ASCII_FLAGS['\r'] = LINE_END;
    ASCII_FLAGS['.'] = DOT;
  }

  /**
   * Lines end at \r\n, \r or \n (what split("\r\n|\r|\n", -1) cut at). One pass over the chars
   * finds each line's end and what its cleaning needs: chars past U+3000 (the bulk of a Chinese
   * text) need no test but one compare.
   */
  static Scan scan(String text) {
    char[] t = text.toCharArray();
    List<Line> lines = new ArrayList<>(t.length / 16); // some 15 chars a line, blank ones counted: room enough, no regrowth
    int number = 0;
    int tabLines = 0;
    int headings = 0;
    boolean carriageReturns = false;
    // where the text of a tab line is joined, and its compact form: reused line after line, grown
    // to the longest tab line (not the whole text, most of which is no tab line)
    char[] joined = new char[0];
    char[] compact = joined;
    for (int start = 0; start <= t.length; ) {
      int flags = 0;
      int tabs = 0;
      int end = start;
      for (; end < t.length; end++) {
        char c = t[end];
        if (c <= '\u3000') {
          int f = lineFlags(c);
          if (f == LINE_END) {
            break;
          }
          flags |= f;
          tabs += f & TAB; // TAB is 1
        }
      }
      tabLines += tabs > 0 ? 1 : 0;
      headings += start < t.length && t[start] == '#' ? 1 : 0;
      if (tabs > 0 && joined.length < end - start) {
        joined = new char[Math.max(end - start, 2 * joined.length)];
        compact = new char[joined.length];
      }
      boolean dots = (flags & DOT) != 0;
      Line line = (flags & SPECIAL) != 0 ? clean(++number, text.substring(start, end))
          : tabs > 0 ? tabLine(++number, t, start, end, tabs, joined, compact, dots)
          : plainLine(++number, t, start, end, (flags & SPACE) == 0, dots);
      if (line != null) {
        lines.add(line);
      }
      if (end < t.length && t[end] == '\r') {
        carriageReturns = true;
        if (end + 1 < t.length && t[end + 1] == '\n') {
          end++;
        }
      }
      start = end + 1;
    }
    return new Scan(lines, tabLines, headings, carriageReturns);
  }

  private static int lineFlags(char c) {
    if (c < 128) {
      return ASCII_FLAGS[c];
    }
    return c == '\u00A0' || c == '\u3000' ? SPECIAL : 0;
  }

  /**
   * {@link #clean(int, String)} of a line {@code t[start, end)} with nothing to clean but spaces
   * (no special space, tag, bold mark or tab): it is only stripped, without copying the raw line
   * first. {@code spaceless}: the line has no whitespace Text.compact drops, besides at its ends;
   * {@code dots}: it has a point, so perhaps an amount.
   */
  private static Line plainLine(int number, char[] t, int start, int end, boolean spaceless, boolean dots) {
    while (start < end && isWhitespace(t[start])) {
      start++;
    }
    while (end > start && isWhitespace(t[end - 1])) {
      end--;
    }
    return start == end ? null : plainLine(number, new String(t, start, end - start), spaceless, dots);
  }

  /**
   * The line {@code s[from, to)} holding {@code tabs} tabs and no no-break or ideographic space
   * (cleaned to plain spaces before): its stripped cells without the empty ones at the end (their
   * bounds in {@code s}, built as Strings when asked; {@code s} must not change after), and its
   * text, the cells joined by spaces (stripped); null when the cells are only markdown rules or empty
   * (a line of tabs alone is blank). Cut after its last char that is no whitespace, the line's last
   * cell is its last non-empty one. One pass over the chars finds each cell's stripped ends and
   * copies its chars that are no whitespace to {@code compact}, a buffer at least as long as the
   * line: the compact form every stage asks for a table line, built without a second look. The
   * text is joined in {@code joined}, as long, a cell at a time. {@code dots}: the line has a
   * point, so perhaps an amount; its text has the same points.
   */
  private static Line tabLine(int number, char[] s, int from, int to, int tabs, char[] joined, char[] compact,
      boolean dots) {
    while (to > from && isWhitespace(s[to - 1])) {
      tabs -= s[--to] == '\t' ? 1 : 0;
    }
    if (to == from) {
      return null;
    }
    int[] cells = new int[2 * (tabs + 1)]; // each cell's stripped bounds in s, -1, -1 for an empty one
    int n = 0;
    int length = 0;
    int leadingEmpty = 0; // the spaces join puts before the first non-empty cell, which strip drops
    int compactLength = 0;
    boolean mayBeRules = true; // every non-empty cell so far opens with - or |, as a markdown rule does
    boolean innerSpaces = false; // whitespace compact keeps (not \s) inside a cell: compacted apart
    int a = -1; // the current cell's first char that is no whitespace, -1 before one
    int b = -1; // and one past its last
    for (int i = from; i <= to; i++) {
      char c = i < to ? s[i] : '\t';
      if (c > ' ' && (c < '\u1680' || c > '\u3000')) { // no whitespace, as most chars, tested first
        a = a < 0 ? i : a;
        b = i + 1;
        compact[compactLength++] = c;
      } else if (c == '\t') {
        if (a < 0) {
          cells[2 * n] = -1;
          cells[2 * n + 1] = -1;
          leadingEmpty += leadingEmpty == n ? 1 : 0;
        } else {
          cells[2 * n] = a;
          cells[2 * n + 1] = b;
          mayBeRules &= s[a] == '-' || s[a] == '|';
        }
        if (n++ > 0) {
          joined[length++] = ' ';
        }
        if (a >= 0) {
          System.arraycopy(s, a, joined, length, b - a);
          length += b - a;
        }
        a = -1;
      } else if (!isWhitespace(c)) {
        a = a < 0 ? i : a;
        b = i + 1;
        compact[compactLength++] = c;
      } else if (!isRegexSpace(c) && a >= 0) {
        innerSpaces = true; // perhaps trailing and stripped: the rare case, compacted from the text
      }
    }
    List<String> ruleCells = mayBeRules ? Line.cellsOf(s, cells) : null; // perhaps a rule: the cells at once
    if (ruleCells != null && onlyRules(ruleCells)) {
      return null;
    }
    String text = new String(joined, leadingEmpty, length - leadingEmpty);
    String c = innerSpaces ? Text.compact(text)
        : compactLength == text.length() ? text : new String(compact, 0, compactLength);
    return ruleCells != null ? new Line(number, text, ruleCells, c, dots)
        : new Line(number, text, s, cells, c, dots);
  }

  /**
   * Whether every cell is empty or a markdown table rule (---|---). A stripped cell starts with no
   * whitespace, so only one opening with - or | can be a rule: the regex runs on those alone.
   */
  private static boolean onlyRules(List<String> cells) {
    for (String c : cells) {
      boolean rule = c.isEmpty()
          || (c.charAt(0) == '-' || c.charAt(0) == '|') && MARKDOWN_RULE.matcher(c).matches();
      if (!rule) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link Character#isWhitespace}, which no char past U+3000 is, none from the space to U+1680
   * either and, below the space, only \\t to \\r and the separators U+001C to U+001F are: most
   * chars take two or three compares.
   */
  static boolean isWhitespace(char c) {
    if (c > ' ' && (c < '\u1680' || c > '\u3000')) {
      return false;
    }
    return c <= ' ' ? c == ' ' || c >= 0x1C || c >= '\t' && c <= '\r' : Character.isWhitespace(c);
  }

  static Line clean(int number, String raw) {
    String s = raw.replace('\u00A0', ' ').replace('\u3000', ' ');
    s = withoutTags(s);
    s = s.replace("**", "");
    if (s.isBlank()) {
      return null;
    }
    if (s.indexOf('\t') >= 0) {
      char[] t = s.toCharArray();
      int tabs = 0;
      for (char c : t) {
        tabs += c == '\t' ? 1 : 0;
      }
      return tabLine(number, t, 0, t.length, tabs, new char[t.length], new char[t.length], true);
    }
    return plainLine(number, s.strip(), false, true);
  }

  /**
   * {@code s} with each HTML tag replaced by a space: what the regex {@code </?[a-zA-Z][^>]*>}
   * replaced. A tag opens with < (and a /) before a letter and runs to the first > after it, for
   * [^>]* stops at the first > and cannot give back a >; a < that opens no tag is text, and the
   * search goes on from the char after it.
   */
  static String withoutTags(String s) {
    StringBuilder out = null;
    int copied = 0; // s up to here is in out
    for (int open = s.indexOf('<'); open >= 0; ) {
      int letter = open + 1 < s.length() && s.charAt(open + 1) == '/' ? open + 2 : open + 1;
      int close = letter < s.length() && isAsciiLetter(s.charAt(letter)) ? s.indexOf('>', letter + 1) : -1;
      if (close >= 0) {
        if (out == null) {
          out = new StringBuilder(s.length());
        }
        out.append(s, copied, open).append(' ');
        copied = close + 1;
      }
      open = s.indexOf('<', close >= 0 ? close + 1 : open + 1);
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * A line without tabs from its stripped, non-empty text; null for a page number or a rule.
   * {@code spaceless}: the text holds no whitespace, so it is its own compact form. {@code dots}:
   * the text has a point (a heading mark, cut off here, is none).
   */
  private static Line plainLine(int number, String t, boolean spaceless, boolean dots) {
    if (t.startsWith("#")) {
      t = t.substring(headingMarkEnd(t)).strip();
    }
    if (t.isEmpty() || mayBePageNumberOrRule(t)
        && (PAGE_NUMBER.matcher(t).matches() || MARKDOWN_RULE.matcher(t).matches())) {
      return null;
    }
    return new Line(number, t, null, spaceless ? t : null, dots);
  }

  /**
   * Where the markdown heading mark opening {@code t} ends: the regex {@code ^#{1,6}\\s*}, whose
   * \\s* matches after any number of #s, so the greedy #{1,6} never gives one back.
   */
  static int headingMarkEnd(String t) {
    int i = 0;
    while (i < t.length() && i < 6 && t.charAt(i) == '#') {
      i++;
    }
    while (i < t.length() && isRegexSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The regex class \\s: [ \\t\\n\\x0B\\f\\r]. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * Whether a stripped, non-empty text can be a page number (- 3 -, 第 3 页) or a markdown rule
   * (---): the first regex needs a dash at both ends or 第 and a digit, the second - or | at both
   * ends (a stripped text ends in no \\s), so most lines skip both.
   */
  static boolean mayBePageNumberOrRule(String t) {
    char first = t.charAt(0);
    if (first == '第') {
      int i = 1;
      while (i < t.length() && isRegexSpace(t.charAt(i))) {
        i++;
      }
      return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }
    return isDashOrBar(first) && isDashOrBar(t.charAt(t.length() - 1));
  }

  private static boolean isDashOrBar(char c) {
    return c == '-' || c == '—' || c == '–' || c == '|';
  }
}
