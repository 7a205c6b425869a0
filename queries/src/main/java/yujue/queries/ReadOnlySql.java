package yujue.queries;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Admits exactly one read statement: SELECT / WITH / FROM-first / VALUES / DESCRIBE / SHOW /
 * SUMMARIZE, optionally under EXPLAIN [ANALYZE], or {@code PRAGMA table_info(...)}; and refuses
 * the few functions a SELECT can call that change the session or write files.
 *
 * <p>DuckDB's parser does the classifying: {@code json_serialize_sql} parses the text and
 * serializes it only if every statement is a SELECT (DESCRIBE/SHOW/SUMMARIZE parse as SELECTs),
 * so comments, string literals and {@code ;} inside them are handled by DuckDB, not by us. The
 * functions called are read from that same parse tree. EXPLAIN and PRAGMA are recognized by their
 * leading keyword and their inner query checked the same way.
 *
 * <p>This is one layer of two. Which files a statement can read is confined by DuckDB itself on
 * every connection {@link Warehouse#open} returns (external access off, only the warehouse
 * directory allowed, configuration locked). DuckDB's allow-list does not tell reading from
 * writing, though: writes into the warehouse directory ({@code COPY ... TO}, {@code ATTACH},
 * {@code enable_logging()}) are stopped by this class alone.
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
   * Functions a SELECT may call that are not reads, with why they are refused. Checked by
   * DuckDB 1.5.6: {@code enable_logging(storage_path=...)} and {@code enable_profiling(save_location=...)}
   * change settings even under {@code lock_configuration} and write files into any allowed
   * directory; {@code arrow_scan} dereferences pointers given as numbers; {@code query} and
   * {@code json_execute_serialized_sql} run SQL text this check cannot see into.
   * ConfinementTest fails when a DuckDB upgrade brings a table function nobody has reviewed.
   */
  static final Map<String, String> REFUSED_FUNCTIONS = Map.ofEntries(
      Map.entry("enable_logging", "it changes logging settings and can write log files"),
      Map.entry("disable_logging", "it changes logging settings"),
      Map.entry("truncate_duckdb_logs", "it deletes logs"),
      Map.entry("write_log", "it writes log entries"),
      Map.entry("enable_profiling", "it changes profiling settings and can write files"),
      Map.entry("disable_profiling", "it changes profiling settings"),
      Map.entry("checkpoint", "it writes the database"),
      Map.entry("force_checkpoint", "it writes the database"),
      Map.entry("arrow_scan", "it reads memory at addresses given as numbers"),
      Map.entry("arrow_scan_dumb", "it reads memory at addresses given as numbers"),
      Map.entry("query", "it runs SQL given as text, which cannot be checked"),
      Map.entry("json_execute_serialized_sql", "it runs SQL given as text, which cannot be checked"));

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Returns the SQL to run, or throws {@link RefusedStatementException} with a one-line reason.
   * Syntax errors come back from DuckDB as {@link SQLException}. {@code c} may be any DuckDB
   * connection; nothing is executed on it but the parse.
   */
  public static String vet(Connection c, String sql) throws SQLException {
    refuseControlCharacters(sql);
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

  /**
   * NUL and other control characters have no place in a statement, and a NUL could end the text
   * early on one side of the JNI boundary and not on the other; tab, line and page breaks are fine.
   */
  private static void refuseControlCharacters(String sql) {
    for (int i = 0; i < sql.length(); i++) {
      char ch = sql.charAt(i);
      if (Character.isISOControl(ch) && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') {
        throw new RefusedStatementException(
            String.format("the statement contains a control character (U+%04X)", (int) ch));
      }
    }
  }

  private static void requireSingleSelect(Connection c, String sql) throws SQLException {
    // On a parsed non-SELECT, json_serialize_sql reports error_type "not implemented";
    // real syntax errors have error_type "parser".
    String q = "SELECT j->>'error', j->>'error_type', j->>'error_message',"
        + " json_array_length(j->'statements'), j::VARCHAR"
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
        refuseFunctions(rs.getString(5));
      }
    }
  }

  /** Every {@code function_name} in the parse tree: scalar, aggregate and table functions alike. */
  private static void refuseFunctions(String parseTree) {
    try (JsonParser p = JSON.createParser(parseTree)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && "function_name".equals(p.currentName())
            && p.nextToken() == JsonToken.VALUE_STRING) {
          String name = p.getText().toLowerCase(Locale.ROOT);
          String why = REFUSED_FUNCTIONS.get(name);
          if (why != null) {
            throw new RefusedStatementException("function " + name + "() is not allowed: " + why);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstWord(String sql) {
    Matcher m = WORD.matcher(LEADING_COMMENTS.matcher(sql).replaceFirst(""));
    return m.find() ? m.group().toUpperCase(Locale.ROOT) : "";
  }
}
