// Shared setup of the Yujue notebooks. Every notebook's first code cell is:
//
//     %load setup.jsh
//
// (the kernel runs with the notebook's directory as working directory). It puts the project's
// built classes and their dependencies on the notebook's classpath, opens DuckDB over the
// warehouse as `db`, and defines small helpers to show results:
//
//   ROOT, WAREHOUSE          project root and warehouse ($YUJUE_ROOT, $YUJUE_WAREHOUSE; by default
//                            the directory above this one and its .yujue/demo-warehouse)
//   REGIONS                  the sample regions: 海东市 630200, 西宁市城中区 630103, 临夏市 622901
//   db                       java.sql.Connection from yujue.queries.Warehouse.open(WAREHOUSE)
//   query(sql, params...)    a ResultSet (PreparedStatement with the parameters bound in order)
//   show(rs) / show(sql, params...)   the rows as an HTML table (at most SHOW_MAX_ROWS)
//   showChart(chart[, w, h]) a JFreeChart as an inline PNG; charts use a CJK font (CHART_FONT)
//   showPng(path or bytes)   a PNG file, e.g. one written by the exports
//   markdown(text)           Markdown output, for text computed from the data
//   rel(path)                a path relative to ROOT, for printing without machine paths
//   rowsOf(rs)               the rows of a ResultSet (a query module's, say) as maps, to work on in Java
//   showRows(rows, cols...)  such rows as a table, the columns named (all when none)
//   asText(value)            a value for a sentence: amounts exactly, NULL as "NULL"
//   showPackChart(chart[, w, h])  a chart styled and drawn as the export pack draws its charts
//                            (yujue.queries.chart.ChartPng), shown inline
//   tempDir(prefix)          a scratch directory, removed when the kernel exits
//
// Output printed here goes to the kernel's log, not the notebook: the second cell of a notebook
// calls about() to show what was loaded. (The kernel reports a failing %load as a success with an
// error output; notebooks/run fails a notebook with any error output, so CI still catches it.)
// JFreeChart, POI and the rest come from the queries module's dependencies (classpath.txt).

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.display.DisplayData;

Path findYujueRoot() {
  String env = System.getenv("YUJUE_ROOT");
  if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath().normalize();
  for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
    if (Files.isRegularFile(p.resolve("yujue")) && Files.isDirectory(p.resolve("queries"))) return p;
  }
  throw new IllegalStateException("cannot find the Yujue project root above " + Path.of("").toAbsolutePath() + ": set YUJUE_ROOT");
}

Path ROOT = findYujueRoot();

Path WAREHOUSE = System.getenv("YUJUE_WAREHOUSE") == null || System.getenv("YUJUE_WAREHOUSE").isBlank()
    ? ROOT.resolve(".yujue/demo-warehouse")
    : ROOT.resolve(System.getenv("YUJUE_WAREHOUSE")).normalize();

/** What the notebooks load: the queries module, the warehouse module and their runtime dependencies. */
List<Path> yujueClasspath() throws java.io.IOException {
  Path list = ROOT.resolve("queries/target/classpath.txt"); // written by mvn package
  if (!Files.isRegularFile(list)) {
    throw new IllegalStateException("the project is not built: run ./yujue notebooks (or mvn -DskipTests package) in " + ROOT);
  }
  List<Path> cp = new ArrayList<>(List.of(ROOT.resolve("queries/target/classes"), ROOT.resolve("warehouse/target/classes")));
  for (String entry : Files.readString(list).strip().split(File.pathSeparator)) {
    if (!entry.isBlank()) cp.add(Path.of(entry));
  }
  return cp;
}

// The kernel is JShell: add to its classpath before the first import of a project class.
for (Path p : yujueClasspath()) MainApp.kernel.javaEngine().getShell().addToClasspath(p.toString());

import yujue.queries.QueryFiles;
import yujue.queries.Warehouse;

List<String> REGIONS = List.of("630200", "630103", "622901");

Connection db = Warehouse.open(WAREHOUSE);

String rel(Path p) {
  Path abs = p.toAbsolutePath().normalize();
  return abs.startsWith(ROOT) ? ROOT.relativize(abs).toString() : abs.toString();
}

ResultSet query(String sql, Object... params) throws SQLException {
  PreparedStatement st = db.prepareStatement(sql);
  for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
  st.closeOnCompletion(); // the statement goes with its result set
  return st.executeQuery();
}

// ---- display ------------------------------------------------------------------------------

void emit(DisplayData dd) {
  MainApp.kernel.display(dd);
}

void markdown(String text) {
  DisplayData dd = DisplayData.withType("text/markdown", text);
  dd.putText(text);
  emit(dd);
}

String escapeHtml(String s) {
  return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
}

Set<String> NUMERIC_CLASSES = Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
    "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger");

/** A cell as text: DECIMAL amounts exactly (never via floating point), SQL NULL as null. */
String cellText(ResultSet rs, int col) throws SQLException {
  Object v = rs.getObject(col);
  if (v == null) return null;
  if (v instanceof BigDecimal d) return d.toPlainString();
  if (v instanceof Double || v instanceof Float) return BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString();
  if (v instanceof Number || v instanceof Boolean) return v.toString();
  return rs.getString(col);
}

int SHOW_MAX_ROWS = 200;

/** Shows a table: the header, which columns hold numbers (right-aligned), the cells as text (null for NULL). */
void showTable(List<String> labels, boolean[] right, List<List<String>> cells, long rows) {
  StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
  StringBuilder text = new StringBuilder();
  for (int i = 0; i < labels.size(); i++) {
    html.append(right[i] ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">")
        .append(escapeHtml(labels.get(i))).append("</th>");
    text.append(i > 0 ? "\t" : "").append(labels.get(i));
  }
  html.append("</tr></thead>\n<tbody>\n");
  text.append('\n');
  for (List<String> row : cells) {
    html.append("<tr>");
    for (int i = 0; i < row.size(); i++) {
      String v = row.get(i);
      html.append(right[i] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
          .append(v == null ? "<i>NULL</i>" : escapeHtml(v)).append("</td>");
      text.append(i > 0 ? "\t" : "").append(v == null ? "NULL" : v);
    }
    html.append("</tr>\n");
    text.append('\n');
  }
  html.append("</tbody>\n</table>\n");
  String count = rows > SHOW_MAX_ROWS ? rows + " rows, the first " + SHOW_MAX_ROWS + " shown"
      : rows == 1 ? "1 row" : rows + " rows";
  html.append("<p>(").append(count).append(")</p>\n");
  text.append('(').append(count).append(")\n");
  DisplayData dd = DisplayData.fromHtml(html.toString());
  dd.putText(text.toString());
  emit(dd);
}

/** Shows the rows of rs as a table (HTML, with a plain-text copy) and closes rs. */
void show(ResultSet rs) throws SQLException {
  try (rs) {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<String> labels = new ArrayList<>();
    boolean[] right = new boolean[n];
    for (int i = 1; i <= n; i++) {
      labels.add(md.getColumnLabel(i));
      right[i - 1] = NUMERIC_CLASSES.contains(md.getColumnClassName(i));
    }
    List<List<String>> cells = new ArrayList<>();
    long rows = 0;
    while (rs.next()) {
      rows++;
      if (rows > SHOW_MAX_ROWS) continue;
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= n; i++) row.add(cellText(rs, i));
      cells.add(row);
    }
    showTable(labels, right, cells, rows);
  }
}

/** The rows of rs as maps from column label to value, in column order (amounts stay BigDecimal); closes rs. */
List<Map<String, Object>> rowsOf(ResultSet rs) throws SQLException {
  try (rs) {
    ResultSetMetaData md = rs.getMetaData();
    List<Map<String, Object>> rows = new ArrayList<>();
    while (rs.next()) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), rs.getObject(i));
      rows.add(row);
    }
    return rows;
  }
}

/** A value as show() prints it: amounts exactly, null for NULL. */
String valueText(Object v) {
  if (v == null) return null;
  if (v instanceof BigDecimal d) return d.toPlainString();
  if (v instanceof Double || v instanceof Float) return BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString();
  return v.toString();
}

/** A value for a sentence: as valueText, and "NULL" for null. */
String asText(Object v) {
  return v == null ? "NULL" : valueText(v);
}

/** Shows rows (maps, e.g. from rowsOf) as a table: the columns named, in order; all of the first row's when none. */
void showRows(List<Map<String, Object>> rows, String... columns) {
  List<String> labels = columns.length > 0 ? List.of(columns)
      : rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
  boolean[] right = new boolean[labels.size()];
  for (int i = 0; i < labels.size(); i++) {
    String label = labels.get(i);
    right[i] = rows.stream().map(r -> r.get(label)).filter(v -> v != null).findFirst()
        .map(v -> v instanceof Number).orElse(false);
  }
  List<List<String>> cells = new ArrayList<>();
  for (Map<String, Object> r : rows.subList(0, Math.min(rows.size(), SHOW_MAX_ROWS))) {
    List<String> row = new ArrayList<>();
    for (String label : labels) {
      if (!r.containsKey(label)) throw new IllegalArgumentException("no column " + label + " in " + r.keySet());
      row.add(valueText(r.get(label)));
    }
    cells.add(row);
  }
  showTable(labels, right, cells, rows.size());
}

void show(String sql, Object... params) throws SQLException {
  show(query(sql, params));
}

/** Shows PNG bytes inline, at displayWidth pixels wide (0: as they are). */
void showPng(byte[] png, int displayWidth) {
  DisplayData dd = DisplayData.withType("image/png", Base64.getEncoder().encodeToString(png));
  if (displayWidth > 0) dd.putMetaData("image/png", Map.of("width", displayWidth));
  emit(dd);
}

void showPng(byte[] png) {
  showPng(png, 0);
}

void showPng(Path file) throws java.io.IOException {
  showPng(Files.readAllBytes(file), 0);
}

// ---- charts (JFreeChart) ------------------------------------------------------------------

/** A font that renders Chinese; fails rather than draw boxes. */
Font findCjkFont() {
  String probe = "三公经费预算决算海东西宁城中区临夏万元";
  List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
  List<String> candidates = new ArrayList<>(List.of("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC",
      "WenQuanYi Zen Hei", "Noto Sans SC", "AR PL UMing CN"));
  candidates.retainAll(installed);
  candidates.addAll(installed); // then any family that has the glyphs
  for (String name : candidates) {
    if (Set.of("Dialog", "DialogInput", "SansSerif", "Serif", "Monospaced").contains(name)) continue; // logical fonts
    Font font = new Font(name, Font.PLAIN, 12);
    if (font.canDisplayUpTo(probe) == -1) return font;
  }
  throw new IllegalStateException("no font that renders Chinese is installed (Debian: apt-get install fonts-wqy-microhei)");
}

Font CHART_FONT = findCjkFont();

void useCjkChartTheme() {
  var theme = (org.jfree.chart.StandardChartTheme) org.jfree.chart.StandardChartTheme.createJFreeTheme();
  theme.setExtraLargeFont(CHART_FONT.deriveFont(Font.BOLD, 18f));
  theme.setLargeFont(CHART_FONT.deriveFont(Font.PLAIN, 14f));
  theme.setRegularFont(CHART_FONT.deriveFont(Font.PLAIN, 12f));
  theme.setSmallFont(CHART_FONT.deriveFont(Font.PLAIN, 10f));
  theme.setChartBackgroundPaint(Color.WHITE);
  theme.setPlotBackgroundPaint(Color.WHITE);
  theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
  theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
  theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
  theme.setShadowVisible(false);
  org.jfree.chart.ChartFactory.setChartTheme(theme);
}

useCjkChartTheme();

/** Shows a chart inline as a PNG drawn at twice the size (sharp on high-density screens). */
void showChart(org.jfree.chart.JFreeChart chart, int width, int height) throws java.io.IOException {
  var image = chart.createBufferedImage(2 * width, 2 * height, width, height, null);
  var png = new ByteArrayOutputStream();
  ImageIO.write(image, "png", png);
  showPng(png.toByteArray(), width);
}

void showChart(org.jfree.chart.JFreeChart chart) throws java.io.IOException {
  showChart(chart, 800, 420);
}

/**
 * Shows a chart drawn the way the export pack draws its PNGs (yujue.queries.chart.ChartPng: its
 * CJK font, fixed size and rendering). Style the chart with ChartPng.style(chart) before adjusting
 * its renderers; this only draws it.
 */
void showPackChart(org.jfree.chart.JFreeChart chart, int width, int height) throws java.io.IOException {
  Path file = Files.createTempFile("yujue-chart-", ".png");
  try {
    yujue.queries.chart.ChartPng.write(chart, width, height, file);
    showPng(Files.readAllBytes(file), 0);
  } finally {
    Files.deleteIfExists(file);
  }
}

void showPackChart(org.jfree.chart.JFreeChart chart) throws java.io.IOException {
  showPackChart(chart, yujue.queries.chart.ChartPng.WIDTH, yujue.queries.chart.ChartPng.HEIGHT);
}

/** A new scratch directory (name starting with prefix) under the system's temp directory, removed when the kernel exits. */
Path tempDir(String prefix) throws java.io.IOException {
  Path dir = Files.createTempDirectory(prefix);
  Runtime.getRuntime().addShutdownHook(new Thread(() -> {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | RuntimeException e) {
      // best effort: it is a temp directory
    }
  }));
  return dir;
}

/** Prints what this setup loaded: Java, DuckDB, the warehouse and its reports, the chart font. */
void about() throws SQLException {
  long docs;
  try (ResultSet rs = query("SELECT count(*) FROM documents WHERE status = 'current'")) {
    rs.next();
    docs = rs.getLong(1);
  }
  System.out.println("Java " + Runtime.version().feature() + ", DuckDB " + db.getMetaData().getDatabaseProductVersion());
  System.out.println("warehouse: " + rel(WAREHOUSE) + " (" + docs + " current reports)");
  System.out.println("chart font: " + CHART_FONT.getFamily());
}
