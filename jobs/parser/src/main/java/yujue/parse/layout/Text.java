package yujue.parse.layout;

import java.util.regex.Pattern;

/** Small text normalizations shared by every stage. */
public final class Text {

  private Text() {}

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
  /** Leading outline numbering: 一、 二. （三） (4) 5、 6. — and markdown list or heading marks. */
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[#*\\-]+)?(?:[（(][一二三四五六七八九十]+[)）][、.．]?|[一二三四五六七八九十]+[、.．]|[（(]?\\d{1,2}[)）][、.．]?|\\d{1,2}[、.．])");

  public static String compact(String s) {
    return WHITESPACE.matcher(s).replaceAll("");
  }

  /** Compact text without its outline number: "一、一般公共预算财政拨款收入" -> "一般公共预算财政拨款收入". */
  public static String label(String s) {
    String c = compact(s).replace("*", "");
    return NUMBERING.matcher(c).replaceFirst("");
  }

  /** Half-width parentheses and quotes to the full-width forms the templates print. */
  public static String fullWidthPunct(String s) {
    return s.replace('(', '（').replace(')', '）').replace('"', '“');
  }
}
