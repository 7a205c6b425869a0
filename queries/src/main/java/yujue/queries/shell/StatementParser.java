package yujue.queries.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells the line reader when the input is complete: a dot command is one line, a statement
 * continues over lines until it ends in {@code ;} outside string literals, quoted names and
 * comments. Only the end is judged here; what the statement is, DuckDB's parser decides.
 */
final class StatementParser implements Parser {

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !complete(line)) {
      throw new EOFError(-1, -1, "the statement goes on until ';'", ";");
    }
    return new Line(line, cursor);
  }

  /** Whether no more input is needed: blank, a dot command, or a statement ended by ';'. */
  static boolean complete(String input) {
    String s = input.strip();
    if (s.isEmpty() || s.startsWith(".")) return true;
    char last = lastSignificant(s);
    return last == 0 || last == ';';
  }

  /** Whether the input holds nothing but white space and comments. */
  static boolean blank(String input) {
    return lastSignificant(input) == 0;
  }

  /**
   * The last character outside comments, or 0 if none; a string literal, quoted name or
   * dollar-quoted string left open counts as {@code '\''}, so it never ends a statement.
   */
  private static char lastSignificant(String s) {
    char last = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
        int eol = s.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int depth = 1; // DuckDB's block comments nest
        i += 2;
        while (i < n && depth > 0) {
          if (s.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (s.startsWith("*/", i)) {
            depth--;
            i += 2;
          } else {
            i++;
          }
        }
      } else if (c == '\'' || c == '"') {
        boolean backslashes = c == '\'' && i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e')
            && (i < 2 || !Character.isLetterOrDigit(s.charAt(i - 2)));
        int end = closing(s, i + 1, c, backslashes);
        if (end < 0) return '\'';
        last = c;
        i = end + 1;
      } else if (c == '$' && dollarTag(s, i) != null) {
        String tag = dollarTag(s, i);
        int end = s.indexOf(tag, i + tag.length());
        if (end < 0) return '\'';
        last = '$';
        i = end + tag.length();
      } else {
        if (!Character.isWhitespace(c)) last = c;
        i++;
      }
    }
    return last;
  }

  /** Index of the quote closing a literal that starts at {@code from}, or -1. */
  private static int closing(String s, int from, char quote, boolean backslashes) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (backslashes && c == '\\') {
        i++;
      } else if (c == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i++; // doubled quote inside the literal
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** {@code $tag$} or {@code $$} starting at {@code i}, or null ({@code $1} is a parameter). */
  private static String dollarTag(String s, int i) {
    int j = i + 1;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
    if (j >= s.length() || s.charAt(j) != '$') return null;
    if (j > i + 1 && Character.isDigit(s.charAt(i + 1))) return null;
    return s.substring(i, j + 1);
  }

  /** The whole input as one word: nothing here completes words. */
  private record Line(String line, int cursor) implements CompletingParsedLine {
    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return 0;
    }

    @Override
    public int rawWordLength() {
      return 0;
    }

    @Override
    public String word() {
      return "";
    }

    @Override
    public int wordCursor() {
      return 0;
    }

    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(line);
    }
  }
}
