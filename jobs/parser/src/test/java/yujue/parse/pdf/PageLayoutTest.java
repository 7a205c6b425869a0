package yujue.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.parse.layout.Line;

/**
 * Layout on made-up pages (glyphs and rulings as PDFBox would report them): cells from rulings with
 * empty cells kept, merged and wrapped cells, side-by-side halves, tables without rulings aligned to
 * columns, wrapped cover titles, 类/款/项 code columns, page numbers and running headers.
 */
class PageLayoutTest {

  /** Glyphs of a text set from x on a baseline: CJK one em wide, other characters half an em. */
  static List<Glyph> text(String s, float x, float baseline, float size) {
    List<Glyph> out = new ArrayList<>();
    float at = x;
    for (int i = 0; i < s.length(); i++) {
      String c = s.substring(i, i + 1);
      float w = PageLayout.cjk(c.charAt(0)) ? size : size / 2;
      if (!c.isBlank()) {
        out.add(new Glyph(at, baseline, w, size, c));
      }
      at += w;
    }
    return out;
  }

  /** Right-aligned text ending at x. */
  static List<Glyph> right(String s, float x, float baseline, float size) {
    float width = 0;
    for (char c : s.toCharArray()) {
      width += PageLayout.cjk(c) ? size : size / 2;
    }
    return text(s, x - width, baseline, size);
  }

  static Ruling h(float y, float x0, float x1) {
    return new Ruling(true, y, x0, x1);
  }

  static Ruling v(float x, float y0, float y1) {
    return new Ruling(false, x, y0, y1);
  }

  @SafeVarargs
  static List<Glyph> all(List<Glyph>... parts) {
    List<Glyph> out = new ArrayList<>();
    for (List<Glyph> p : parts) {
      out.addAll(p);
    }
    return out;
  }

  @Test
  void ruledCellsKeepTheirColumnsAndWrappedNamesAreOneCell() {
    // columns at 0 | 80 | 200 | 260 | 320; rows 0-20 header, 20-50 a row whose name wraps, 50-70, 70-90 合计
    List<Ruling> rulings = new ArrayList<>(List.of(h(0, 0, 320), h(20, 0, 320), h(50, 0, 320), h(70, 0, 320),
        h(90, 0, 320), v(0, 0, 90), v(80, 0, 70), v(200, 0, 90), v(260, 0, 90), v(320, 0, 90)));
    List<Glyph> glyphs = all(
        text("科目编码", 2, 14, 10), text("科目名称", 82, 14, 10), text("合计", 202, 14, 10), text("基本支出", 262, 14, 10),
        text("2080505", 2, 39, 10), text("机关事业单位基本养老", 82, 32, 10), text("保险缴费支出", 82, 46, 10),
        right("6.18", 258, 39, 10),
        text("2080506", 2, 64, 10), text("职业年金缴费支出", 82, 64, 10), right("4.64", 318, 64, 10),
        text("合计", 30, 84, 10), right("10.82", 258, 84, 10), right("10.82", 318, 84, 10));
    List<PageLine> lines = PageLayout.lines(glyphs, rulings, 10);
    assertEquals(4, lines.size());
    assertEquals(List.of("科目编码", "科目名称", "合计", "基本支出"), lines.get(0).cells());
    assertEquals(List.of("2080505", "机关事业单位基本养老保险缴费支出", "6.18"), lines.get(1).cells());
    assertEquals(List.of("2080506", "职业年金缴费支出", "", "4.64"), lines.get(2).cells(), "an empty cell stays empty");
    assertEquals(List.of("合计", "", "10.82", "10.82"), lines.get(3).cells(), "合计 spans code and name");
  }

  @Test
  void sideBySideHalvesAreOneRowOfSixCells() {
    List<Ruling> rulings = new ArrayList<>();
    for (float y : new float[] {0, 15, 30, 45}) {
      rulings.add(h(y, 0, 480));
    }
    for (float x : new float[] {0, 40, 160, 240, 280, 400, 480}) {
      rulings.add(v(x, 0, 45));
    }
    List<Glyph> glyphs = all(
        text("301", 2, 11, 9), text("工资福利支出", 42, 11, 9), right("95.36", 238, 11, 9),
        text("302", 242, 11, 9), text("商品和服务支出", 282, 11, 9), right("10.23", 478, 11, 9),
        text("30299", 242, 26, 9), text("其他商品和服务支出", 282, 26, 9), right("0.20", 478, 26, 9),
        text("人员经费合计", 42, 41, 9), right("95.36", 238, 41, 9));
    List<PageLine> lines = PageLayout.lines(glyphs, rulings, 9);
    assertEquals(List.of("301", "工资福利支出", "95.36", "302", "商品和服务支出", "10.23"), lines.get(0).cells());
    assertEquals(List.of("", "", "", "30299", "其他商品和服务支出", "0.20"), lines.get(1).cells());
    assertEquals(List.of("", "人员经费合计", "95.36"), lines.get(2).cells());
  }

  @Test
  void aTableWithoutRulingsIsAlignedToColumnsFromItsDataLines() {
    float s = 10;
    List<Glyph> glyphs = all(
        text("科目编码", 50, 100, s), text("科目名称", 120, 100, s), text("合计", 280, 100, s),
        text("基本支出", 320, 100, s), text("项目支出", 390, 100, s),
        text("201", 50, 120, s), text("一般公共服务支出", 120, 120, s), right("264.87", 300, 120, s),
        right("62.63", 360, 120, s), right("202.24", 430, 120, s),
        text("2013999", 50, 140, s), text("其他社会工作事务", 120, 140, s), right("202.24", 300, 140, s),
        right("202.24", 430, 140, s),
        text("支出", 120, 154, s),
        text("2013901", 50, 170, s), text("行政运行", 120, 170, s), right("51.32", 300, 170, s), right("51.32", 360, 170, s));
    List<PageLine> lines = PageLayout.lines(glyphs, List.of(), s);
    assertEquals(List.of("201", "一般公共服务支出", "264.87", "62.63", "202.24"), lines.get(1).cells());
    assertEquals(List.of("2013999", "其他社会工作事务", "202.24", "", "202.24"), lines.get(2).cells(),
        "the blank 基本支出 cell stays blank");
    assertEquals(List.of("", "支出"), lines.get(3).cells(), "the wrapped name stays in the name column");
    assertEquals(List.of("2013901", "行政运行", "51.32", "51.32"), lines.get(4).cells());
  }

  @Test
  void narrativeStaysTextAndAWrappedCoverTitleIsOneLine() {
    List<Glyph> glyphs = all(
        text("中共上海市普陀区委", 100, 300, 36), text("社会工作部2024年度", 100, 362, 36), text("部门决算", 150, 424, 36),
        text("一般公共预算财政拨款支出307.82万元，占本年支出合计的", 60, 600, 15));
    List<PageLine> lines = PageLayout.lines(glyphs, List.of(), 15);
    assertEquals(2, lines.size());
    assertEquals("中共上海市普陀区委社会工作部2024年度部门决算", lines.get(0).text());
    assertNull(lines.get(1).cells());
    assertEquals("一般公共预算财政拨款支出307.82万元，占本年支出合计的", lines.get(1).text());
  }

  @Test
  void codesInClassItemColumnsAreJoined() {
    float[] cols = {0, 30, 60, 90, 200};
    List<PageLine> in = List.of(
        row(cols, "类", "款", "项", "科目名称", "合计"),
        row(cols, "合计", "", "", "", "10.00"),
        row(cols, "201", "", "", "一般公共服务支出", "10.00"),
        row(cols, "", "06", "", "外交管理事务", "10.00"),
        row(cols, "", "", "01", "行政运行", "10.00"),
        row(cols, "208", "05", "05", "机关事业单位基本养老保险缴费支出", "6.18"));
    List<PageLine> out = CodeColumns.join(in);
    assertEquals(List.of("类款项", "科目名称", "合计"), out.get(0).cells());
    assertEquals(List.of("合计", "", "10.00"), out.get(1).cells());
    assertEquals(List.of("201", "一般公共服务支出", "10.00"), out.get(2).cells());
    assertEquals(List.of("20106", "外交管理事务", "10.00"), out.get(3).cells());
    assertEquals(List.of("2010601", "行政运行", "10.00"), out.get(4).cells());
    assertEquals(List.of("2080505", "机关事业单位基本养老保险缴费支出", "6.18"), out.get(5).cells());
    assertEquals("2010601 行政运行 10.00", out.get(4).text());
  }

  private static PageLine row(float[] cols, String... cells) {
    List<String> c = List.of(cells);
    return new PageLine(0, 0, 10, PageLayout.joinCells(c), c, cols);
  }

  @Test
  void pageNumbersAndRunningHeadersAreDroppedAndLinesNumberedOverTheDocument() {
    List<PageContent.Page> pages = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      List<Glyph> g = all(text("上海市普陀区部门决算公开", 100, 30, 9), text("第" + p + "页正文第一行", 60, 200, 15),
          text("正文第二行", 60, 230, 15), text("- " + p + " -", 280, 820, 10));
      pages.add(new PageContent.Page(p, 595, 842, g, List.of(), 0, 0, 0));
    }
    PdfText t = PdfLines.lines(pages);
    assertEquals(8, t.lines().size());
    assertEquals("第3页正文第一行", t.lines().get(4).text());
    Line last = t.lines().get(7);
    assertEquals(8, last.number());
    assertEquals(4, t.page(last.number()));
    assertEquals(0, t.page(9));
  }
}
