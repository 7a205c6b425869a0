package yujue.queries.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.queries.TestWarehouses;
import yujue.queries.Warehouse;
import yujue.queries.chart.CjkFont;
import yujue.queries.chart.PackCharts;

class ChartTest {
  @TempDir static Path shared;
  static Path warehouse;

  @BeforeAll
  static void fixture() throws Exception {
    // CI installs fonts-wqy-microhei (.ci/run), so there this never skips.
    assumeTrue(CjkFont.find().isPresent(), "no CJK font installed: " + CjkFont.INSTALL_HINT);
    warehouse = TestWarehouses.packSamples().write(shared.resolve("wh"));
  }

  @Test
  void aCjkFontDrawsTheChartWords() {
    String family = CjkFont.family();
    assertFalse(family.isBlank());
    Font f = CjkFont.font(Font.PLAIN, 14);
    assertEquals(family, f.getFamily(java.util.Locale.ROOT));
    assertEquals(-1, f.canDisplayUpTo("三公经费预算与决算海东市临夏市西宁市城中区人均人员经费"));
    assertEquals("true", System.getProperty("java.awt.headless"));
  }

  @Test
  void chartsArePngsOfTheFixedSizeAndStable(@TempDir Path a, @TempDir Path b) throws Exception {
    List<Path> first;
    List<Path> second;
    List<String> titles;
    try (Connection c = Warehouse.open(warehouse)) {
      List<PackCharts.Chart> charts = PackCharts.write(c, TestWarehouses.PACK_REGIONS, a);
      first = charts.stream().map(PackCharts.Chart::file).toList();
      titles = charts.stream().map(PackCharts.Chart::title).toList();
      second = PackCharts.write(c, TestWarehouses.PACK_REGIONS, b).stream().map(PackCharts.Chart::file).toList();
    }
    // ASCII names: a Chinese file name cannot be created when Java runs without a UTF-8 locale.
    assertEquals(List.of("sanggong-trend-622901-government_office.png",
            "sanggong-trend-630200-government_office.png", "unit-costs.png",
            "structure-basic-project.png", "structure-function-classes.png"),
        first.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals("三公经费 预算与决算 · 海东市人民政府办公室", titles.get(1));
    for (int i = 0; i < first.size(); i++) {
      BufferedImage img = ImageIO.read(first.get(i).toFile());
      boolean trend = first.get(i).getFileName().toString().startsWith("sanggong-trend");
      assertEquals(trend ? 1000 : 1200, img.getWidth(), first.get(i).toString());
      assertEquals(trend ? 600 : 700, img.getHeight(), first.get(i).toString());
      assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
          first.get(i) + " differs between two runs");
    }
  }

  @Test
  void aRegionWithoutFiguresGetsNoCharts(@TempDir Path out) throws Exception {
    try (Connection c = Warehouse.open(warehouse)) {
      assertEquals(List.of(), PackCharts.write(c, List.of("110101"), out));
    }
  }
}
