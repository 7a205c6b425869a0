package yujue.queries.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;
import yujue.warehouse.views.ViewsScript;

/**
 * What every view and column means, read from the one place each is written: the header
 * comments of the view SQL files ({@code yujue/warehouse/views/*.sql}) and, for the staging views
 * {@code stg_<table>}, {@link WarehouseSchema}'s table and column docs.
 *
 * <p>In a view file's header (its leading {@code --} lines):
 * <pre>
 *   -- doc_totals: the headline figures of ...   a view's meaning: its name, a colon, one line
 *   -- Columns:                                  the columns of the file's one view, or
 *   -- Columns of measures:                      of the named view when a file has several
 *   --   income_total: 本年收入合计, 万元.          a column's meaning,
 *   --     continued on lines indented deeper
 *   --   region_code, doc_kind: as in documents. the same column's meaning in another view
 *   --   *: as in stg_fct_measure.               every column not listed: as in another view
 * </pre>
 * A block ends at a line indented less than its entries.
 */
public final class ViewDocs {

  /** Made by {@code ViewsScript}, not by a view file, so its meaning is kept here. */
  static final String COMMITTED_RUNS = "committed_runs";

  private static final Pattern CREATE_VIEW =
      Pattern.compile("(?i)CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TEMP(?:ORARY)?\\s+)?VIEW\\s+([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern VIEW_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*):\\s+(.+)");
  private static final Pattern COLUMNS_LINE = Pattern.compile("Columns(?: of ([A-Za-z_][A-Za-z0-9_]*))?:");
  private static final Pattern ENTRY = Pattern.compile(
      "(\\*|[A-Za-z_][A-Za-z0-9_]*(?:\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*):\\s+(.+)");
  private static final Pattern AS_IN = Pattern.compile("as in ([A-Za-z_][A-Za-z0-9_]*)\\.?");
  private static final String WILDCARD = "*";

  /** A view: where it is described, its meaning, and its column entries as written. */
  public record View(String name, String source, String meaning, Map<String, String> columns) {}

  private final Map<String, View> views;

  private ViewDocs(Map<String, View> views) {
    this.views = views;
  }

  /** The meanings of the warehouse's views: the view files in index order, then the staging views. */
  public static ViewDocs load() {
    Map<String, View> views = new LinkedHashMap<>();
    for (String file : ViewsScript.modelFiles()) {
      for (View v : parse(file, ViewsScript.resource(file))) views.put(v.name(), v);
    }
    for (Table t : WarehouseSchema.all()) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (Column c : t.columns()) columns.put(c.name(), c.doc());
      String name = "stg_" + t.name();
      views.put(name, new View(name, "WarehouseSchema", t.doc(), columns));
    }
    views.put(COMMITTED_RUNS, new View(COMMITTED_RUNS, "ViewsScript",
        "land runs with a commit record (_yujue/runs/*.json); the stg_ views show only their rows.",
        Map.of("run_id", "as in stg_documents")));
    return new ViewDocs(views);
  }

  /** The views one SQL file defines, described by its header. */
  static List<View> parse(String file, String sql) {
    List<String> header = new ArrayList<>();
    for (String line : sql.lines().toList()) {
      if (!line.startsWith("--")) break;
      header.add(line.substring(2));
    }
    Map<String, String> meanings = new LinkedHashMap<>();
    Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    Matcher created = CREATE_VIEW.matcher(sql);
    while (created.find()) {
      String name = created.group(1).toLowerCase(Locale.ROOT);
      meanings.put(name, null);
      columns.put(name, new LinkedHashMap<>());
    }
    int i = 0;
    while (i < header.size()) {
      String body = header.get(i).strip();
      Matcher c = COLUMNS_LINE.matcher(body);
      if (c.matches()) {
        String view = c.group(1) != null ? c.group(1).toLowerCase(Locale.ROOT) : onlyView(file, columns);
        Map<String, String> block = columns.get(view);
        if (block == null) throw new IllegalStateException(file + ": no view " + view + " is created here");
        i = readBlock(file, header, i + 1, block);
        continue;
      }
      Matcher v = VIEW_LINE.matcher(body);
      if (v.matches()) {
        String name = v.group(1).toLowerCase(Locale.ROOT);
        if (meanings.containsKey(name) && meanings.get(name) == null) meanings.put(name, v.group(2).strip());
      }
      i++;
    }
    List<View> out = new ArrayList<>();
    for (Map.Entry<String, String> m : meanings.entrySet()) {
      out.add(new View(m.getKey(), file, m.getValue(), Map.copyOf(columns.get(m.getKey()))));
    }
    return out;
  }

  /** Reads a Columns block's entries from line {@code i}; returns the first line after it. */
  private static int readBlock(String file, List<String> header, int i, Map<String, String> block) {
    int level = i < header.size() ? indent(header.get(i)) : 0;
    if (level < 2) throw new IllegalStateException(file + ": a Columns block without entries");
    while (i < header.size() && indent(header.get(i)) == level) {
      Matcher e = ENTRY.matcher(header.get(i).strip());
      if (!e.matches()) throw new IllegalStateException(file + ": not a column entry: " + header.get(i).strip());
      StringBuilder meaning = new StringBuilder(e.group(2).strip());
      for (i++; i < header.size() && indent(header.get(i)) > level && !header.get(i).isBlank(); i++) {
        meaning.append(' ').append(header.get(i).strip());
      }
      for (String name : e.group(1).split(",")) {
        if (block.put(name.strip(), meaning.toString()) != null) {
          throw new IllegalStateException(file + ": column " + name.strip() + " described twice");
        }
      }
    }
    return i;
  }

  private static String onlyView(String file, Map<String, ?> views) {
    if (views.size() != 1) {
      throw new IllegalStateException(file + " creates " + views.size()
          + " views; name the one a block describes: -- Columns of <view>:");
    }
    return views.keySet().iterator().next();
  }

  private static int indent(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    return i;
  }

  /** Views described, in order: the view files' (index order), then stg_*, then committed_runs. */
  public List<View> views() {
    return List.copyOf(views.values());
  }

  /** The view's one-line meaning. */
  public Optional<String> meaning(String view) {
    View v = views.get(view.toLowerCase(Locale.ROOT));
    return v == null ? Optional.empty() : Optional.ofNullable(v.meaning());
  }

  /** The column's meaning, following "as in ..." references. */
  public Optional<String> meaning(String view, String column) {
    return resolve(view.toLowerCase(Locale.ROOT), column, 0);
  }

  private Optional<String> resolve(String view, String column, int depth) {
    if (depth > 8) throw new IllegalStateException("column meanings refer in a circle at " + view + "." + column);
    View v = views.get(view);
    if (v == null) return Optional.empty();
    String raw = v.columns().get(column);
    if (raw == null) raw = v.columns().get(WILDCARD);
    if (raw == null) return Optional.empty();
    Matcher ref = AS_IN.matcher(raw);
    return ref.matches() ? resolve(ref.group(1).toLowerCase(Locale.ROOT), column, depth + 1) : Optional.of(raw);
  }
}
