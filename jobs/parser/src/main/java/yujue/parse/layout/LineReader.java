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
        Line line = clean(++number, text.substring(start, i));
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
  private static List<String> cells(String s) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int tab = s.indexOf('\t'); tab >= 0; tab = s.indexOf('\t', start)) {
      cells.add(s.substring(start, tab).strip());
      start = tab + 1;
    }
    cells.add(s.substring(start).strip());
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
      List<String> cells = cells(s);
      if (onlyRules(cells)) {
        return null;
      }
      return new Line(number, String.join(" ", cells).strip(), List.copyOf(cells));
    }
    String t = s.strip();
    if (t.startsWith("#")) {
      t = MARKDOWN_HEADING.matcher(t).replaceFirst("").strip();
    }
    if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches() || MARKDOWN_RULE.matcher(t).matches()) {
      return null;
    }
    return new Line(number, t, null);
  }
}
