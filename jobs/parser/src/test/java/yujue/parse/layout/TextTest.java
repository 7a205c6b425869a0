package yujue.parse.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void labelDropsSpacesBoldMarksAndNumbering() {
    assertEquals("一般公共预算财政拨款收入", Text.label(" 一、**一般公共 预算财政拨款收入** "));
    assertEquals("基本支出", Text.label("（二）\u3000基本支出"));
    assertEquals("合计", Text.label("合\u00A0计"));
    assertEquals("", Text.label(" ** "));
    String plain = "支出合计";
    assertSame(plain, Text.label(plain));
  }

  /** The label of a compact text is the label of the text it was compacted from. */
  @Test
  void labelOfCompactIsLabelOfText() {
    for (String s : List.of(" 一、**一般公共 预算** ", "（二）\u3000基本支出", "3. 其他", "**", "收支总表", "- (4)项目")) {
      assertEquals(Text.label(s), Text.labelOfCompact(Text.compact(s)), s);
    }
  }

  @Test
  void lineKnowsWhetherItHoldsAnAmount() {
    Line amount = new Line(1, "合计 2,678.82", null);
    assertTrue(amount.hasAmount());
    assertTrue(amount.hasAmount()); // asked again, answered from the field
    assertFalse(new Line(2, "项目 2023年", null).hasAmount());
    assertFalse(new Line(3, ".5 和 3.", null).hasAmount());
  }

  @Test
  void numberingCharsAreThoseOfTheRegexClasses() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals("一二三四五六七八九十".indexOf(c) >= 0, Text.isChineseDigit(c));
      assertEquals((c >= '0' && c <= '9') || "#*-（(一二三四五六七八九十".indexOf(c) >= 0, Text.mayOpenNumbering(c));
    }
    assertEquals("三、支出", Text.label("（二）三、支出"));
    assertEquals("123.收入", Text.label("123.收入"));
    assertEquals("收入", Text.label("-12)、收入"));
  }

  @Test
  void fullWidthPunctIsThatOfTheReplaces() {
    for (String s : List.of("", "收入", "(一)\"项目\"(2)", "合计)", "\"")) {
      assertEquals(s.replace('(', '（').replace(')', '）').replace('"', '“'), Text.fullWidthPunct(s), s);
    }
    String plain = "一般公共服务";
    assertSame(plain, Text.fullWidthPunct(plain));
  }
}
