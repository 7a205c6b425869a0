package yujue.queries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Admits exactly one read statement: SELECT / WITH / FROM-first / VALUES / DESCRIBE / SHOW /
 * SUMMARIZE, optionally under EXPLAIN [ANALYZE], or {@code PRAGMA table_info(...)}.
 *
 * <p>DuckDB's parser does the classifying: {@code json_serialize_sql} parses the text and
 * serializes it only if every statement is a SELECT (DESCRIBE/SHOW/SUMMARIZE parse as SELECTs),
 * so comments, string literals and {@code ;} inside them are handled by DuckDB, not by us.
 * EXPLAIN and PRAGMA are recognized by their leading keyword and their inner query checked the
 * same way.
 *
 * <p>Limitation: this confines the statement kind only. A SELECT can still call table functions
 * that read arbitrary local files (read_csv, read_parquet...); confining those is a later issue.
 */
public final class ReadOnlySql {
  private ReadOnlySql() {}

  private static final String ALLOWED =
      "SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN or PRAGMA table_info";
  private static final Set<String> READ_WORDS =
      Set.of("SELECT", "WITH", "FROM", "VALUES", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN");
  private static final Pattern WORD = Pattern.compile("\\A[A-Za-z_]+");
  private static final Pattern LEADING_COMMENTS =
      Pattern.compile("\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*", Pattern.DOTALL);
  private static final Pattern EXPLAIN =
      Pattern.compile("(?i)EXPLAIN(?:\\s+ANALYZE)?\\s+(.*)", Pattern.DOTALL);
  private static final Pattern TABLE_INFO =
      Pattern.compile("(?i)PRAGMA\\s+table_info\\s*(\\(.*)", Pattern.DOTALL);

  /**
   * Returns the SQL to run, or throws {@link RefusedStatementException} with a one-line reason.
   * Syntax errors come back from DuckDB as {@link SQLException}. {@code c} may be any DuckDB
   * connection; nothing is executed on it but the parse.
   */
  public static String vet(Connection c, String sql) throws SQLException {
    String body = LEADING_COMMENTS.matcher(sql).replaceFirst("");
    Matcher m = EXPLAIN.matcher(body);
    if (m.matches()) {
      requireSingleSelect(c, m.group(1));
      return sql;
    }
    m = TABLE_INFO.matcher(body);
    if (m.matches()) {
      // Run the equivalent table function, so what runs is exactly what was checked.
      String rewritten = "SELECT * FROM pragma_table_info" + m.group(1);
      requireSingleSelect(c, rewritten);
      return rewritten;
    }
    requireSingleSelect(c, body);
    return sql;
  }

  private static void requireSingleSelect(Connection c, String sql) throws SQLException {
    // On a parsed non-SELECT, json_serialize_sql reports error_type "not implemented";
    // real syntax errors have error_type "parser".
    String q = "SELECT j->>'error', j->>'error_type', j->>'error_message',"
        + " json_array_length(j->'statements')"
        + " FROM (SELECT json_serialize_sql(?::VARCHAR)::JSON AS j)";
    try (PreparedStatement ps = c.prepareStatement(q)) {
      ps.setString(1, sql);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if ("true".equals(rs.getString(1))) {
          if ("not implemented".equals(rs.getString(2))) {
            String w = firstWord(sql);
            // A read keyword first means a later statement in the text is the culprit.
            throw new RefusedStatementException("only a single read statement (" + ALLOWED
                + ") is allowed" + (w.isEmpty() || READ_WORDS.contains(w) ? "" : "; got " + w));
          }
          throw new SQLException(rs.getString(3));
        }
        long n = rs.getLong(4);
        if (n == 0) throw new RefusedStatementException("no SQL statement given");
        if (n > 1) {
          throw new RefusedStatementException("only a single statement is allowed; got " + n);
        }
      }
    }
  }

  private static String firstWord(String sql) {
    Matcher m = WORD.matcher(LEADING_COMMENTS.matcher(sql).replaceFirst(""));
    return m.find() ? m.group().toUpperCase(Locale.ROOT) : "";
  }
}
