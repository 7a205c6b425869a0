package yujue.queries.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import yujue.queries.QueryFiles;

/**
 * The charts of the comparison pack, as PNG:
 * <ul>
 *   <li>{@code sanggong-trend-<region code>-<department type>.png}: 三公经费 budget against actual
 *       by year, one chart per department (lines); the department type is the catalog id
 *       ({@code government_office}), {@code -2}, {@code -3} added when a region has several of a
 *       type, {@code department} when the type is unknown;
 *   <li>{@code unit-costs.png}: per-capita and per-unit costs of each final report (bars);
 *   <li>{@code structure-basic-project.png}: 基本/项目 shares of each report (stacked bars);
 *   <li>{@code structure-function-classes.png}: function 类 shares of each report (stacked bars).
 * </ul>
 * A figure a report does not disclose is drawn as nothing (no point, no bar), never as 0. A chart
 * with nothing to draw is not written. Data come from the {@code export/chart_*.sql} queries.
 *
 * <p>File names are ASCII: a Chinese name cannot be created when Java runs without a UTF-8
 * locale (LANG unset, as on many CI machines and containers), and unzip tools mangle them.
 */
public final class PackCharts {
  static {
    Headless.ensure();
  }

  private PackCharts() {}

  static final int TREND_WIDTH = 1000;
  static final int TREND_HEIGHT = 600;
  static final Color BUDGET = new Color(0x4472C4);
  static final Color ACTUAL = new Color(0xC0504D);
  static final Color[] SERIES = {
      new Color(0x4472C4), new Color(0xED7D31), new Color(0x70AD47), new Color(0xFFC000),
      new Color(0x5B9BD5), new Color(0xA5A5A5), new Color(0x9E480E), new Color(0x264478),
      new Color(0x636363), new Color(0x997300), new Color(0x43682B), new Color(0x7030A0)};
  static final String NOT_ZERO = "空缺 = 报告未披露（NULL），不是 0";

  /** A chart written: its file and its title. */
  public record Chart(Path file, String title) {}

  /** Writes every chart that has data into {@code dir}; returns them in writing order. */
  public static List<Chart> write(Connection c, List<String> regions, Path dir)
      throws SQLException, IOException {
    CjkFont.family(); // fail before any work when no font draws Chinese
    String codes = String.join(",", regions);
    List<Chart> charts = new ArrayList<>();
    charts.addAll(sanggongTrends(rows(c, "export/chart_sanggong_trend", codes), dir));
    add(charts, unitCosts(rows(c, "export/chart_unit_costs", codes)), dir.resolve("unit-costs.png"));
    add(charts, structure(rows(c, "export/chart_structure", codes)), dir.resolve("structure-basic-project.png"));
    add(charts, functionClasses(rows(c, "export/chart_function_classes", codes)),
        dir.resolve("structure-function-classes.png"));
    return charts;
  }

  private static void add(List<Chart> charts, JFreeChart chart, Path out) throws IOException {
    if (chart == null) return;
    ChartPng.write(chart, ChartPng.WIDTH, ChartPng.HEIGHT, out);
    charts.add(new Chart(out, chart.getTitle().getText()));
  }

  // ---- 三公 trend, one chart per department --------------------------------------------------

  static List<Chart> sanggongTrends(List<Row> rows, Path dir) throws IOException {
    Map<List<String>, List<Row>> byDepartment = new LinkedHashMap<>();
    for (Row r : rows) {
      List<String> key = new ArrayList<>();
      key.add(r.text("region_code"));
      key.add(r.text("region"));
      key.add(r.text("department"));
      key.add(r.text("department_type"));
      byDepartment.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Chart> charts = new ArrayList<>();
    Map<String, Integer> names = new LinkedHashMap<>();
    for (var e : byDepartment.entrySet()) {
      List<String> k = e.getKey();
      JFreeChart chart = sanggongTrend(who(k.get(1), k.get(2)), e.getValue());
      if (chart == null) continue;
      String name = "sanggong-trend-" + k.get(0) + "-" + asciiName(k.get(3));
      int n = names.merge(name, 1, Integer::sum);
      Path out = dir.resolve(name + (n > 1 ? "-" + n : "") + ".png");
      ChartPng.write(chart, TREND_WIDTH, TREND_HEIGHT, out);
      charts.add(new Chart(out, chart.getTitle().getText()));
    }
    return charts;
  }

  /** The department type id when it is a plain ASCII id, else "department". */
  static String asciiName(String departmentType) {
    return departmentType != null && departmentType.matches("[A-Za-z0-9_]+") ? departmentType : "department";
  }

  /** Budget and actual of one department by year; null when no year has a figure. */
  static JFreeChart sanggongTrend(String who, List<Row> rows) {
    TreeSet<Integer> years = new TreeSet<>();
    Map<String, BigDecimal> budget = new TreeMap<>();
    Map<String, BigDecimal> actual = new TreeMap<>();
    List<String> derived = new ArrayList<>();
    for (Row r : rows) {
      int year = ((Number) r.get("year")).intValue();
      years.add(year);
      BigDecimal total = r.decimal("total");
      if ("budget".equals(r.text("basis"))) budget.put(String.valueOf(year), total);
      if ("actual".equals(r.text("basis"))) {
        actual.put(String.valueOf(year), total);
        if ("derived".equals(r.text("source")) && total != null) derived.add(String.valueOf(year));
      }
    }
    if (budget.values().stream().allMatch(Objects::isNull) && actual.values().stream().allMatch(Objects::isNull)) {
      return null;
    }
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (int y : years) ds.addValue(number(budget.get(String.valueOf(y))), "预算", String.valueOf(y));
    for (int y : years) ds.addValue(number(actual.get(String.valueOf(y))), "决算", String.valueOf(y));
    JFreeChart chart = ChartFactory.createLineChart(
        "三公经费 预算与决算 · " + who, "年度", "万元", ds, PlotOrientation.VERTICAL, true, false, false);
    chart.addSubtitle(ChartPng.note("三公经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；单位：万元"));
    if (!derived.isEmpty()) {
      chart.addSubtitle(ChartPng.note(String.join("、", derived) + " 年决算数由下一年报告的同比说明推算（derived）"));
    }
    ChartPng.style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
    r.setDefaultShapesVisible(true);
    r.setSeriesPaint(0, BUDGET);
    r.setSeriesPaint(1, ACTUAL);
    r.setSeriesStroke(0, ChartPng.line(2.5f, true));
    r.setSeriesStroke(1, ChartPng.line(3f, false));
    // Budget: hollow squares, values below; actual: filled circles, values above. Where the two
    // are equal (西宁 2024) both stay visible.
    r.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12));
    r.setSeriesShapesFilled(0, false);
    r.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
    labels(r, "{2}", new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    r.setSeriesPositiveItemLabelPosition(0, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
    r.setSeriesItemLabelPaint(0, BUDGET);
    r.setSeriesItemLabelPaint(1, ACTUAL);
    r.setItemLabelAnchorOffset(8); // clear of the 12-pixel squares
    finish(chart);
    return chart;
  }

  // ---- unit costs ----------------------------------------------------------------------------

  /** Measure columns of chart_unit_costs and their labels, in legend order. */
  static final Map<String, String> UNIT_COSTS = ordered(
      "personnel_cost_per_head", "人均人员经费（万元/人）",
      "public_cost_per_head", "人均公用经费（万元/人）",
      "vehicle_operation_per_vehicle", "车均公务用车运行维护费（万元/辆）",
      "reception_per_visitor", "人均公务接待费（万元/人次）");

  static JFreeChart unitCosts(List<Row> rows) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<String> none = new ArrayList<>();
    for (var m : UNIT_COSTS.entrySet()) {
      if (rows.stream().allMatch(r -> r.get(m.getKey()) == null)) {
        none.add(m.getValue().replaceFirst("（.*", ""));
        continue;
      }
      for (Row r : rows) ds.addValue(number(r.decimal(m.getKey())), m.getValue(), category(r, false));
    }
    if (ds.getRowCount() == 0) return null;
    JFreeChart chart = ChartFactory.createBarChart(
        "人均与单位成本（决算）", null, "万元 / 单位", ds, PlotOrientation.VERTICAL, true, false, false);
    chart.addSubtitle(ChartPng.note(NOT_ZERO + (none.isEmpty() ? "" : "；无一份报告披露：" + String.join("、", none))));
    ChartPng.style(chart);
    BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
    r.setItemMargin(0.05);
    seriesColors(r, ds.getRowCount());
    labels(r, "{2}", new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    finish(chart);
    return chart;
  }

  // ---- spending structure --------------------------------------------------------------------

  static JFreeChart structure(List<Row> rows) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Row> shown = rows.stream().filter(r -> r.get("basic_pct") != null || r.get("project_pct") != null).toList();
    if (shown.isEmpty()) return null;
    for (Row r : shown) ds.addValue(number(r.decimal("basic_pct")), "基本支出", category(r, true));
    for (Row r : shown) ds.addValue(number(r.decimal("project_pct")), "项目支出", category(r, true));
    return stacked("支出结构：基本支出与项目支出（占本年支出合计 %）", ds, NOT_ZERO);
  }

  static JFreeChart functionClasses(List<Row> rows) {
    if (rows.isEmpty()) return null;
    Map<String, String> classes = new TreeMap<>(); // code -> "201 一般公共服务支出", ordered by code
    Map<String, Map<String, BigDecimal>> shares = new LinkedHashMap<>(); // category -> code -> pct
    for (Row r : rows) {
      String code = r.text("subject_code");
      classes.putIfAbsent(code, code + " " + Objects.requireNonNullElse(r.text("subject_name"), ""));
      shares.computeIfAbsent(category(r, true), k -> new TreeMap<>()).put(code, r.decimal("share_pct"));
    }
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (var cls : classes.entrySet()) {
      for (var cat : shares.entrySet()) ds.addValue(number(cat.getValue().get(cls.getKey())), cls.getValue(), cat.getKey());
    }
    return stacked("支出结构：功能分类（类）占比（%）", ds, "按支出功能分类科目（类）汇总；占比的分母为各类合计");
  }

  private static JFreeChart stacked(String title, DefaultCategoryDataset ds, String note) {
    JFreeChart chart = ChartFactory.createStackedBarChart(
        title, null, "%", ds, PlotOrientation.VERTICAL, true, false, false);
    chart.addSubtitle(ChartPng.note(note));
    ChartPng.style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setRange(0, 100);
    range.setTickUnit(new NumberTickUnit(10));
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setMaximumBarWidth(0.12);
    seriesColors(r, ds.getRowCount());
    labels(r, "{2}", new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    r.setDefaultItemLabelPaint(Color.WHITE);
    finish(chart);
    return chart;
  }

  // ---- shared ---------------------------------------------------------------------------------

  private static void labels(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer r,
      String format, ItemLabelPosition position) {
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(format, ChartPng.amounts()));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(CjkFont.font(Font.PLAIN, 12));
    r.setDefaultPositiveItemLabelPosition(position);
  }

  private static void seriesColors(BarRenderer r, int n) {
    for (int i = 0; i < n; i++) {
      Paint p = SERIES[i % SERIES.length];
      r.setSeriesPaint(i, p);
    }
  }

  private static void finish(JFreeChart chart) {
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOutlineVisible(false);
    plot.setNoDataMessage("无数据");
    CategoryAxis domain = plot.getDomainAxis();
    domain.setMaximumCategoryLabelLines(4);
    domain.setCategoryMargin(0.25);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setUpperMargin(0.12); // room for value labels above the highest point
    range.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    if (chart.getLegend() != null) {
      chart.getLegend().setFrame(BlockBorder.NONE);
      chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    }
  }

  /** "海东市人民政府办公室", or "region department" when the name does not start with the region. */
  static String who(String region, String department) {
    return department.startsWith(region) ? department : region + " " + department;
  }

  private static String category(Row r, boolean withKind) {
    String year = String.valueOf(r.get("year"));
    String kind = !withKind ? "" : "final".equals(r.text("kind")) ? " 决算" : "budget".equals(r.text("kind")) ? " 预算" : "";
    return who(r.text("region"), r.text("department")) + "\n" + year + kind;
  }

  private static Number number(BigDecimal d) {
    return d; // BigDecimal is a Number: the dataset keeps it, labels format it
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }

  // ---- rows -----------------------------------------------------------------------------------

  /** One result row by column label. */
  record Row(Map<String, Object> values) {
    Object get(String column) {
      if (!values.containsKey(column)) throw new IllegalArgumentException("no column " + column);
      return values.get(column);
    }

    String text(String column) {
      Object v = get(column);
      return v == null ? null : v.toString();
    }

    BigDecimal decimal(String column) {
      Object v = get(column);
      return v == null ? null : v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }
  }

  static List<Row> rows(Connection c, String query, String regionCodes) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(QueryFiles.load(query))) {
      ps.setString(1, regionCodes);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) m.put(md.getColumnLabel(i), rs.getObject(i));
          rows.add(new Row(m));
        }
      }
    }
    return rows;
  }
}
