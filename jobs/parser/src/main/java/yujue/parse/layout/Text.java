package yujue.parse.layout;

import java.util.regex.Pattern;

/** Small text normalizations shared by every stage. */
public final class Text {

  private Text() {}

  /** Leading outline numbering: 一、 二. （三） (4) 5、 6. — and markdown list or heading marks. */
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[#*\\-]+)?(?:[（(][一二三四五六七八九十]+[)）][、.．]?|[一二三四五六七八九十]+[、.．]|[（(]?\\d{1,2}[)）][、.．]?|\\d{1,2}[、.．])");

  /**
   * The text without whitespace: ASCII whitespace (the regex class \\s), no-break and ideographic
   * spaces. A hand loop because this runs on every line many times; most lines have no space at
   * all and come back as they are.
   */
  public static String compact(String s) {
    int first = 0;
    while (first < s.length() && !isSpace(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() - 1);
    b.append(s, 0, first);
    for (int i = first + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The whitespace {@link #compact} removes: [ \\t\\n\\x0B\\f\\r], U+00A0 and U+3000. */
  public static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u3000';
  }

  /** Compact text without its outline number: "一、一般公共预算财政拨款收入" -> "一般公共预算财政拨款收入". */
  public static String label(String s) {
    String c = compact(s).replace("*", "");
    if (c.isEmpty() || !mayOpenNumbering(c.charAt(0))) {
      return c; // the common case, without running the regex
    }
    return NUMBERING.matcher(c).replaceFirst("");
  }

  /** Whether {@link #NUMBERING} can match text opening with {@code c} (its first char class). */
  private static boolean mayOpenNumbering(char c) {
    return (c >= '0' && c <= '9') || "#*-（(一二三四五六七八九十".indexOf(c) >= 0;
  }

  /**
   * Whether {@code s} holds a digit, a point and a digit in a row (the regex \\d\\.\\d found
   * anywhere): what a printed amount has. A scan from point to point, for it runs on every table line.
   */
  public static boolean hasAmount(String s) {
    for (int i = s.indexOf('.', 1); i > 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
      if (isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Half-width parentheses and quotes to the full-width forms the templates print. */
  public static String fullWidthPunct(String s) {
    return s.replace('(', '（').replace(')', '）').replace('"', '“');
  }
}
