package yujue.queries.shell;

import java.util.StringJoiner;

/** DuckDB's errors as the one line a researcher reads. */
public final class Messages {
  private Messages() {}

  /** JDBC's Statement.execute wraps DuckDB errors in this line plus "Error: " before the cause. */
  private static final String JDBC_WRAPPER =
      "Invalid Input Error: Attempting to execute an unsuccessful or closed pending query result";

  /** The exception's message on one line (see below); its class name when it has no message. */
  public static String oneLine(Throwable ex) {
    return oneLine(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
  }

  /**
   * DuckDB messages span lines and end in a "LINE 1: ..." excerpt; keeps the text before it,
   * without the JDBC wrapper line, its lines joined by spaces.
   */
  public static String oneLine(String message) {
    String m = message;
    if (m.startsWith(JDBC_WRAPPER + "\nError: ")) m = m.substring(JDBC_WRAPPER.length() + 8);
    StringJoiner j = new StringJoiner(" ");
    for (String line : m.split("\\R")) {
      if (line.startsWith("LINE ")) break;
      if (!line.isBlank()) j.add(line.strip());
    }
    return j.toString();
  }
}
