package yujue.parse.layout;

/** Small text normalizations shared by every stage. */
public final class Text {

  private Text() {}

  /**
   * The text without whitespace: ASCII whitespace (the regex class \\s), no-break and ideographic
   * spaces. A hand loop because this runs on every line many times; most lines have no space at
   * all and come back as they are.
   */
  public static String compact(String s) {
    return without(s, false);
  }

  /**
   * {@code s} without {@link #isSpace} spaces and, if {@code stars}, bold marks *: the text back as
   * it is when it has none.
   */
  private static String without(String s, boolean stars) {
    int first = 0;
    while (first < s.length() && !dropped(s.charAt(first), stars)) {
      first++;
    }
    if (first == s.length()) {
      return s;
    }
    char[] b = new char[s.length() - 1]; // a char array: no Latin-1 builder to widen on the first Chinese char
    s.getChars(0, first, b, 0);
    int n = first;
    for (int i = first + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!dropped(c, stars)) {
        b[n++] = c;
      }
    }
    return new String(b, 0, n);
  }

  private static boolean dropped(char c, boolean stars) {
    return isSpace(c) || stars && c == '*';
  }

  /** The whitespace {@link #compact} removes: [ \\t\\n\\x0B\\f\\r], U+00A0 and U+3000. */
  public static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u3000';
  }

  /** Compact text without its outline number: "一、一般公共预算财政拨款收入" -> "一般公共预算财政拨款收入". */
  public static String label(String s) {
    return unnumbered(without(s, true)); // compact(s).replace("*", "") in one pass
  }

  /** {@link #label} of a text whose {@link #compact} form {@code c} is at hand: no second compaction. */
  public static String labelOfCompact(String c) {
    return unnumbered(c.replace("*", ""));
  }

  /** Compact text, without bold marks, less its outline number. */
  private static String unnumbered(String c) {
    if (c.isEmpty() || !mayOpenNumbering(c.charAt(0))) {
      return c; // the common case, without running the regex
    }
    return c.substring(numberingEnd(c));
  }

  /**
   * Where the leading outline numbering of {@code c} ends; 0 when {@code c} opens with none. Outline
   * numbering: 一、 二. （三） (4) 5、 6. — and markdown list or heading marks. The
   * regex {@code ^(?:[#*\\-]+)?(?:[（(][一二三四五六七八九十]+[)）][、.．]?|[一二三四五六七八九十]+[、.．]
   * |[（(]?\\d{1,2}[)）][、.．]?|\\d{1,2}[、.．])}, matched here by hand: its
   * alternatives open differently, so no backtracking can change which one matches or where it ends.
   */
  static int numberingEnd(String c) {
    int i = 0;
    while (i < c.length() && (c.charAt(i) == '#' || c.charAt(i) == '*' || c.charAt(i) == '-')) {
      i++;
    }
    boolean paren = i < c.length() && (c.charAt(i) == '（' || c.charAt(i) == '(');
    int from = paren ? i + 1 : i;
    int chinese = chineseDigits(c, from);
    int digits = digits(c, from);
    int end;
    if (chinese > 0) { // （三） or 三、
      end = paren ? closing(c, from + chinese) : punct(c, from + chinese, false);
    } else if (digits == 1 || digits == 2) { // (4) 4) or 5、
      end = closing(c, from + digits);
      if (end < 0 && !paren) {
        end = punct(c, from + digits, false);
      }
    } else {
      end = -1;
    }
    return Math.max(end, 0);
  }

  /** How many Chinese digits ({@link #isChineseDigit}) run from {@code from}. */
  private static int chineseDigits(String c, int from) {
    int i = from;
    while (i < c.length() && isChineseDigit(c.charAt(i))) {
      i++;
    }
    return i - from;
  }

  /** How many digits 0-9 run from {@code from}, counting at most 3. */
  private static int digits(String c, int from) {
    int i = from;
    while (i < c.length() && i - from < 3 && isDigit(c.charAt(i))) {
      i++;
    }
    return i - from;
  }

  /** Whether {@code c} is a Chinese digit of outline numbering, 一 to 十: a switch, not a search of a string. */
  public static boolean isChineseDigit(char c) {
    switch (c) {
      case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
        return true;
      default:
        return false;
    }
  }

  /** After a closing bracket at {@code at}, an optional 、.．: the end; -1 without the bracket. */
  private static int closing(String c, int at) {
    if (at < c.length() && (c.charAt(at) == ')' || c.charAt(at) == '）')) {
      return punct(c, at + 1, true);
    }
    return -1;
  }

  /** After a 、.． at {@code at}: the end past it; without one, {@code at} if optional, else -1. */
  private static int punct(String c, int at, boolean optional) {
    if (at < c.length() && "、.．".indexOf(c.charAt(at)) >= 0) {
      return at + 1;
    }
    return optional ? at : -1;
  }

  /** Whether the numbering can open text opening with {@code c} (the regex's first char class). */
  static boolean mayOpenNumbering(char c) {
    return isDigit(c) || c == '#' || c == '*' || c == '-' || c == '（' || c == '(' || isChineseDigit(c);
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
    int i = 0;
    while (i < s.length() && fullWidth(s.charAt(i)) == s.charAt(i)) {
      i++;
    }
    if (i == s.length()) {
      return s; // the common case: nothing to replace, no copy (as String.replace)
    }
    char[] b = s.toCharArray();
    for (; i < b.length; i++) {
      b[i] = fullWidth(b[i]);
    }
    return new String(b);
  }

  /** ( ) " to （ ） “, in one pass: what the three replaces gave, none of them making a char another replaces. */
  private static char fullWidth(char c) {
    switch (c) {
      case '(':
        return '（';
      case ')':
        return '）';
      case '"':
        return '“';
      default:
        return c;
    }
  }
}
