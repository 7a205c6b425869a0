package yujue.queries.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;

/**
 * Styles a chart with a font that draws Chinese and writes it as PNG. Same chart, same bytes:
 * a fixed size, fixed rendering hints, and ImageIO's PNG writer, which stores no time or
 * software chunk.
 */
public final class ChartPng {
  static {
    Headless.ensure();
  }

  private ChartPng() {}

  public static final int WIDTH = 1200;
  public static final int HEIGHT = 700;
  static final Color GRID = new Color(0xD9D9D9);

  /** Number format of value labels: two decimals, more only when the value has them. */
  static NumberFormat amounts() {
    return new DecimalFormat("0.00##", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** Applies the Yujue theme (CJK font, white background, flat bars) to everything in the chart. */
  public static void style(JFreeChart chart) {
    String family = CjkFont.family();
    StandardChartTheme t = new StandardChartTheme("yujue");
    t.setExtraLargeFont(new Font(family, Font.BOLD, 22));
    t.setLargeFont(new Font(family, Font.BOLD, 15));
    t.setRegularFont(new Font(family, Font.PLAIN, 14));
    t.setSmallFont(new Font(family, Font.PLAIN, 12));
    t.setChartBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setShadowVisible(false);
    t.apply(chart);
    for (Object sub : chart.getSubtitles()) {
      if (sub instanceof TextTitle tt) tt.setFont(new Font(family, Font.PLAIN, 14));
    }
  }

  /** A subtitle line in the chart's font (call before {@link #write}; style() also restyles it). */
  static TextTitle note(String text) {
    TextTitle t = new TextTitle(text);
    t.setPaint(new Color(0x555555));
    return t;
  }

  static BasicStroke line(float width, boolean dashed) {
    return dashed
        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f)
        : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /**
   * Draws {@code chart} at {@code width} x {@code height} and writes it as PNG. Style the chart
   * with {@link #style} first, then adjust its renderers: the theme resets what it covers.
   */
  public static void write(JFreeChart chart, int width, int height, Path out) throws IOException {
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      chart.draw(g, new Rectangle(width, height));
    } finally {
      g.dispose();
    }
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
    try {
      try (OutputStream o = Files.newOutputStream(tmp)) {
        if (!ImageIO.write(img, "png", o)) throw new IOException("no PNG writer in this Java runtime");
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
