package yujue.queries.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a module's SQL file says about itself in its leading comment: the first line
 * ({@code -- name: description}, continued on indented lines) and the {@code -- Columns:} and
 * {@code -- Metrics:} blocks, one {@code --   name  [unit]  meaning} entry per line.
 */
public record ModuleHeader(String name, String description, List<ColumnDoc> columns, List<ColumnDoc> metrics) {

  private static final Pattern FIRST = Pattern.compile("^-- ([a-z][a-z-]*): (.+)$");
  private static final Pattern CONTINUED = Pattern.compile("^--\\s{2,}(\\S.*)$");
  private static final Pattern ENTRY = Pattern.compile("^--\\s{2,}(\\w+)\\s+\\[([^\\]]+)\\]\\s+(.+)$");

  public ModuleHeader {
    columns = List.copyOf(columns);
    metrics = List.copyOf(metrics);
  }

  public static ModuleHeader parse(String sql) {
    List<String> lines = sql.lines().takeWhile(l -> l.startsWith("--")).toList();
    Matcher first = lines.isEmpty() ? null : FIRST.matcher(lines.get(0));
    if (first == null || !first.matches()) {
      throw new IllegalArgumentException("module SQL must start with '-- <name>: <description>'");
    }
    StringBuilder description = new StringBuilder(first.group(2).strip());
    for (int i = 1; i < lines.size(); i++) {
      Matcher m = CONTINUED.matcher(lines.get(i));
      if (!m.matches()) break;
      description.append(' ').append(m.group(1).strip());
    }
    return new ModuleHeader(first.group(1), description.toString(),
        block(lines, "-- Columns:"), block(lines, "-- Metrics:"));
  }

  /** Entries under {@code title}; an indented line that is no entry continues the previous one. */
  private static List<ColumnDoc> block(List<String> lines, String title) {
    List<ColumnDoc> docs = new ArrayList<>();
    int start = lines.indexOf(title);
    if (start < 0) return docs;
    for (String line : lines.subList(start + 1, lines.size())) {
      Matcher entry = ENTRY.matcher(line);
      Matcher continued = CONTINUED.matcher(line);
      if (entry.matches()) {
        docs.add(new ColumnDoc(entry.group(1), entry.group(2).strip(), entry.group(3).strip()));
      } else if (continued.matches() && !docs.isEmpty()) {
        ColumnDoc last = docs.remove(docs.size() - 1);
        docs.add(new ColumnDoc(last.name(), last.unit(), last.meaning() + " " + continued.group(1).strip()));
      } else {
        break;
      }
    }
    return docs;
  }
}
