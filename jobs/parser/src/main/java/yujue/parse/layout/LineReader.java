package yujue.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text to {@link Line}s: drops blank lines and page numbers, strips HTML tags and markdown marks,
 * keeps tab cells. Line numbers stay those of the source text, so every fact can point back.
 */
public final class LineReader {

  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]\\s*\\d{1,3}\\s*[-—–]$|^第\\s*\\d+\\s*页.*$");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern MARKDOWN_RULE = Pattern.compile("^[-|\\s]{3,}$");

  private LineReader() {}

  public static List<Line> read(String text) {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    int start = 0;
    // lines end at \r\n, \r or \n (what split("\r\n|\r|\n", -1) cut at), scanned by hand
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        Line line = clean(++number, text, start, i);
        if (line != null) {
          lines.add(line);
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /** The tab cells of a line, each stripped, without the empty cells at the end. */
  private static List<String> cells(String s, int from, int to) {
    List<String> cells = new ArrayList<>();
    int start = from;
    for (int tab = s.indexOf('\t', start); tab >= 0 && tab < to; tab = s.indexOf('\t', start)) {
      cells.add(stripped(s, start, tab));
      start = tab + 1;
    }
    cells.add(stripped(s, start, to));
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
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

  /** {@code s.substring(from, to).strip()} without the intermediate string. */
  private static String stripped(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * {@link #clean(int, String)} of the line {@code text[start, end)}. Most lines hold nothing to
   * clean (no special space, tag, bold mark or tab): those are only stripped, without copying the
   * raw line first.
   */
  private static Line clean(int number, String text, int start, int end) {
    boolean tab = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u00A0' || c == '\u3000' || c == '<' || c == '*') {
        return clean(number, text.substring(start, end));
      }
      tab |= c == '\t';
    }
    if (tab) { // a tab is whitespace: a line of tabs alone is blank
      return blank(text, start, end) ? null : tabLine(number, text, start, end);
    }
    String t = stripped(text, start, end);
    return t.isEmpty() ? null : plainLine(number, t);
  }

  /** {@code s.substring(from, to).isBlank()} without the substring. */
  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A non-blank line with tabs, {@code s[from, to)}: its cells, or null when they are only markdown rules. */
  private static Line tabLine(int number, String s, int from, int to) {
    List<String> cells = cells(s, from, to);
    if (onlyRules(cells)) {
      return null;
    }
    return new Line(number, String.join(" ", cells).strip(), List.copyOf(cells));
  }

  static Line clean(int number, String raw) {
    String s = raw.replace('\u00A0', ' ').replace('\u3000', ' ');
    if (s.indexOf('<') >= 0) { // no tag without one: skip the regex on most lines
      s = HTML_TAG.matcher(s).replaceAll(" ");
    }
    s = s.replace("**", "");
    if (s.isBlank()) {
      return null;
    }
    if (s.indexOf('\t') >= 0) {
      return tabLine(number, s, 0, s.length());
    }
    return plainLine(number, s.strip());
  }

  /** A line without tabs from its stripped, non-empty text; null for a page number or a rule. */
  private static Line plainLine(int number, String t) {
    if (t.startsWith("#")) {
      t = MARKDOWN_HEADING.matcher(t).replaceFirst("").strip();
    }
    if (t.isEmpty() || mayBePageNumberOrRule(t.charAt(0))
        && (PAGE_NUMBER.matcher(t).matches() || MARKDOWN_RULE.matcher(t).matches())) {
      return null;
    }
    return new Line(number, t, null);
  }

  /**
   * Whether a stripped text opening with {@code c} can be a page number or a markdown rule: both
   * regexes fix the first character, so the rest of the lines skip them.
   */
  private static boolean mayBePageNumberOrRule(char c) {
    return c == '-' || c == '—' || c == '–' || c == '第' || c == '|';
  }
}
