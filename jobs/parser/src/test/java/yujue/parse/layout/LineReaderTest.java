package yujue.parse.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.parse.model.TextFamily;

class LineReaderTest {

  @Test
  void plainLinesAreStrippedAndKeepTheirNumbers() {
    List<Line> lines = LineReader.read("  一、部门职责 \r\n\r\n第 3 页\r- 12 -\n---\n第一部分 概况\n\n");
    assertEquals(List.of(new Line(1, "一、部门职责", null), new Line(6, "第一部分 概况", null)), lines);
  }

  @Test
  void headingMarksAreDropped() {
    List<Line> lines = LineReader.read("## 二、收入\n####### 七\n#\n");
    assertEquals(List.of(new Line(1, "二、收入", null), new Line(2, "# 七", null)), lines);
  }

  @Test
  void tabCellsAreStrippedWithoutTheEmptyOnesAtTheEnd() {
    List<Line> lines = LineReader.read("\t\t项目 \t 1.00\t\t\n \t \n---\t|---|\n收入\t\t2.50\n");
    assertEquals(List.of(
        new Line(1, "项目 1.00", List.of("", "", "项目", "1.00")),
        new Line(4, "收入  2.50", List.of("收入", "", "2.50"))), lines);
  }

  @Test
  void tabCellsBuiltWhenAskedAreThoseOfTheirLine() {
    Line line = LineReader.read("标题\n\t一般公共服务支出 \t\t12.50\t\n").get(1);
    assertTrue(line.tabbed());
    assertEquals("一般公共服务支出  12.50", line.text());
    assertEquals("一般公共服务支出12.50", line.compact());
    assertEquals(List.of("", "一般公共服务支出", "", "12.50"), line.cells());
    assertEquals(List.of("", "一般公共服务支出", "", "12.50"), line.cells()); // built once, kept
    assertEquals(new Line(2, "一般公共服务支出  12.50", List.of("", "一般公共服务支出", "", "12.50")), line);
    assertEquals(new Line(2, "一般公共服务支出  12.50", List.of("", "一般公共服务支出", "", "12.50")).hashCode(),
        LineReader.read("标题\n\t一般公共服务支出 \t\t12.50\t\n").get(1).hashCode());
  }

  @Test
  void htmlTagsGoAsTheRegexRemovedThem() {
    java.util.regex.Pattern tag = java.util.regex.Pattern.compile("</?[a-zA-Z][^>]*>");
    java.util.Random random = new java.util.Random(7);
    String alphabet = "<</>>abZ1中 \t";
    assertEquals(" 合计 \t1.00", LineReader.withoutTags("<b>合计</b>\t1.00"));
    for (String s : List.of("a<1 and b> c </>< <br/>", "x < y", "<</td x> 合计", "<b", "</", "<")) {
      assertEquals(tag.matcher(s).replaceAll(" "), LineReader.withoutTags(s), s);
    }
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(tag.matcher(s).replaceAll(" "), LineReader.withoutTags(s), s);
    }
  }

  @Test
  void tabLinesOfRulesAloneAreDropped() {
    List<Line> lines = LineReader.read("---\t|---|\t\n|--\t合计\t-1.00\n-\t|\n");
    assertEquals(List.of(new Line(2, "|-- 合计 -1.00", List.of("|--", "合计", "-1.00")),
        new Line(3, "- |", List.of("-", "|"))), lines);
  }

  @Test
  void specialSpacesTagsAndBoldMarksAreCleaned() {
    List<Line> lines = LineReader.read("\u3000<b>**收支总表**</b>\u00A0\n<br>\t合计\t3.00\n");
    assertEquals(List.of(new Line(1, "收支总表", null), new Line(2, "合计 3.00", List.of("", "合计", "3.00"))),
        lines);
  }

  /** The compact text the reader knows already is the one Text.compact gives. */
  @Test
  void compactTextIsThatOfText() {
    for (Line l : LineReader.read("一、收入\n 收 入 \n\f合\u000B计\f\n\u3000总表\n项目\t金 额\n合计\t1.00\n"
        + "\t\t支出 \t\u000B3.0\f0\t\n\u00A0基本\t支 出\t\u3000\n项\u2002目\t2.00\n"
        + "收入\u2002\t\u001C1.00\u001F\t\n\u2003\t合 计\u2003\u2003\t\u2028\n")) {
      assertEquals(Text.compact(l.text()), l.compact(), l.text());
    }
  }

  /** What the scan found of a line's amount is what the text says, in every kind of line. */
  @Test
  void amountFoundInTheScanIsThatOfText() {
    String text = "合计 2,678.82\n## 3.5 亿元\n项目\t1.\t5\n项目\t 1.50 \t\n.5 和 3.\n1\t.5\n<b>合计</b>\t3.00\n"
        + "\u3000总额 12.5\n第 3.5 页\n2023年\n收入\t\t2.50\t\t\n3**.**5\n8.\n9\n末行 7.25";
    List<Line> lines = LineReader.read(text);
    assertEquals(List.of(true, true, false, true, false, false, true, true, true, false, true, true, false, false, true),
        lines.stream().map(Line::hasAmount).toList());
    for (Line l : lines) {
      assertEquals(Text.hasAmount(l.text()), l.hasAmount(), l.text());
    }
  }

  @Test
  void pageNumbersAndRulesNeedTheirMarksAtBothEnds() {
    assertTrue(LineReader.mayBePageNumberOrRule("- 3 -"));
    assertTrue(LineReader.mayBePageNumberOrRule("第 3 页"));
    assertTrue(LineReader.mayBePageNumberOrRule("|---|"));
    assertFalse(LineReader.mayBePageNumberOrRule("第一部分"));
    assertFalse(LineReader.mayBePageNumberOrRule("- 一、部门职责"));
    assertNull(LineReader.clean(1, "第 12 页 共 30 页"));
  }

  @Test
  void whitespaceIsThatOfCharacter() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.isWhitespace(c), LineReader.isWhitespace(c), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void headingMarkEndsAfterSixHashesAndTheSpaces() {
    assertEquals(3, LineReader.headingMarkEnd("## 收入"));
    assertEquals(6, LineReader.headingMarkEnd("#######"));
    assertEquals(1, LineReader.headingMarkEnd("#"));
  }

  /** The family counted while reading the lines is the one detectFamily counts. */
  @Test
  void familyIsCountedWhileReading() {
    String tab = "收入\t1.00\n".repeat(20);
    String markdown = "# 一\n".repeat(5) + tab;
    for (String text : List.of("收入 1.00\n", tab, markdown, tab.replace("\n", "\r\n"), "#\t\n".repeat(25))) {
      assertEquals(Segmenter.detectFamily(text), Segmenter.segment(text).family());
    }
    assertEquals(TextFamily.MARKDOWN, Segmenter.segment(markdown).family());
    assertEquals(TextFamily.TAB, Segmenter.segment(tab).family());
  }

  @Test
  void gluedMarksNeedADigitOrBiaoAtTheEnd() {
    assertTrue(Segmenter.mayEndWithMark("115.38 部门公开表4 "));
    assertTrue(Segmenter.mayEndWithMark("公开 01 表\u2028"));
    assertFalse(Segmenter.mayEndWithMark("部门公开表（续）"));
    assertTrue(Segmenter.opensWith(" \u3000第一部分", '第'));
    assertFalse(Segmenter.opensWith("一、第", '第'));
  }
}
