package yujue.queries.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code -- Columns:} block of a query file's header comment: what each result column
 * means. The block is a list of entries, one per column, each continued on more-indented lines:
 * <pre>
 * -- Columns:
 * --   sanggong_actual: 三公经费 spent in the year (决算数), 万元; a year without its own final
 * --     report may be derived from a later report's year-over-year sentence.
 * --   actual_from: Where sanggong_actual comes from at best: table, narrative or derived.
 * </pre>
 * Several columns may share one entry ({@code doc_id, region_code: as in documents.}), as in the
 * warehouse's view files. The colon after a single name may be left out when two or more spaces
 * follow it. The block ends at
 * an empty comment line, a line less indented than its entries, or the first line of SQL.
 */
final class ColumnDefinitions {
  private ColumnDefinitions() {}

  private static final Pattern HEADER = Pattern.compile("(?i)^--\\s*Columns\\s*:\\s*$");
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  /** {@code name: text}, {@code a, b, c: text} (one text for several columns), {@code name  text}. */
  private static final Pattern ENTRY = Pattern.compile(
      "^(" + NAME + "(?:\\s*,\\s*" + NAME + ")*)\\s*:\\s*(\\S.*)$|^(" + NAME + ")\\s{2,}(\\S.*)$");

  /** Column name to definition, in the order written; empty when there is no block. */
  static Map<String, String> parse(String sql) {
    Map<String, String> defs = new LinkedHashMap<>();
    String[] lines = sql.split("\\R");
    int i = 0;
    while (i < lines.length && !HEADER.matcher(lines[i].strip()).matches()) i++;
    int entryIndent = -1;
    List<String> current = List.of(); // the names of the entry being read
    for (i++; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (!line.startsWith("--")) break;
      String body = line.substring(2);
      if (body.isBlank()) break;
      int indent = body.length() - body.stripLeading().length();
      String text = body.strip();
      if (entryIndent < 0) entryIndent = indent;
      if (indent < entryIndent) break;
      if (indent > entryIndent && !current.isEmpty()) {
        for (String name : current) defs.merge(name, text, (a, b) -> a + " " + b);
        continue;
      }
      Matcher m = ENTRY.matcher(text);
      if (!m.matches()) break;
      String names = m.group(1) != null ? m.group(1) : m.group(3);
      String def = (m.group(1) != null ? m.group(2) : m.group(4)).strip();
      current = List.of(names.split("\\s*,\\s*"));
      for (String name : current) defs.put(name, def);
    }
    return Collections.unmodifiableMap(defs);
  }
}
