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

/** Shows the rows of rs as a table (HTML, with a plain-text copy) and closes rs. */
void show(ResultSet rs) throws SQLException {
  try (rs) {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    boolean[] right = new boolean[n];
    StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      right[i - 1] = NUMERIC_CLASSES.contains(md.getColumnClassName(i));
      html.append(right[i - 1] ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">")
          .append(escapeHtml(md.getColumnLabel(i))).append("</th>");
      text.append(i > 1 ? "\t" : "").append(md.getColumnLabel(i));
    }
    html.append("</tr></thead>\n<tbody>\n");
    text.append('\n');
    long rows = 0;
    while (rs.next()) {
      rows++;
      if (rows > SHOW_MAX_ROWS) continue;
      html.append("<tr>");
      for (int i = 1; i <= n; i++) {
        String v = cellText(rs, i);
        html.append(right[i - 1] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
            .append(v == null ? "<i>NULL</i>" : escapeHtml(v)).append("</td>");
        text.append(i > 1 ? "\t" : "").append(v == null ? "NULL" : v);
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
