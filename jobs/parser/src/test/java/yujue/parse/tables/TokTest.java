package yujue.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.parse.layout.Line;

class TokTest {

  @Test
  void tabCellsNamesNumbersAndSplitNumbers() {
    List<Tok> t = Tok.of(new Line(7, "", List.of("2010301", "行政运行", "", "2,678.8 2", " 12", "工资 福利", "-1.5")));
    assertEquals(6, t.size());
    assertEquals(new BigDecimal("2010301.00"), t.get(0).number());
    assertNull(t.get(1).number());
    assertEquals(1, t.get(1).cell());
    assertEquals(new BigDecimal("2678.82"), t.get(2).number());
    assertTrue(t.get(2).repaired());
    assertEquals(3, t.get(2).cell());
    assertEquals(new BigDecimal("12.00"), t.get(3).number(), "trimmed before it is read");
    assertNull(t.get(4).number());
    assertFalse(t.get(4).repaired());
    assertEquals(new BigDecimal("-1.50"), t.get(5).number());
  }

  @Test
  void aNumberWithSpacesAroundItIsOneNumber() {
    List<Tok> t = Tok.of(new Line(1, "", List.of("12.5 ", " 3.4", "1.2 3 4", "1.2\t3")));
    assertEquals(new BigDecimal("12.50"), t.get(0).number());
    assertFalse(t.get(0).repaired());
    assertEquals(new BigDecimal("3.40"), t.get(1).number());
    assertNull(t.get(2).number(), "three pieces are not a split number");
    assertEquals(new BigDecimal("1.23"), t.get(3).number());
    assertTrue(t.get(3).repaired());
  }

  @Test
  void flowingWords() {
    List<Tok> t = Tok.of(new Line(3, "合计\u3000 61.21  财政拨款 -0.5", null));
    assertEquals(List.of("合计", "61.21", "财政拨款", "-0.5"), t.stream().map(Tok::text).toList());
    assertEquals(new BigDecimal("61.21"), t.get(1).number());
    assertNull(t.get(2).number());
    assertEquals(-1, t.get(0).cell());
  }

  @Test
  void theFirstTokensOnly() {
    List<Tok> tab = Tok.of(new Line(7, "", List.of("", "2010301", "", "行政运行", "12.5")), 2);
    assertEquals(List.of("2010301", "行政运行"), tab.stream().map(Tok::text).toList());
    assertEquals(3, tab.get(1).cell());
    List<Tok> words = Tok.of(new Line(3, " 合计\u3000 61.21  财政拨款", null), 2);
    assertEquals(List.of("合计", "61.21"), words.stream().map(Tok::text).toList());
    assertEquals(new BigDecimal("61.21"), words.get(1).number());
    assertEquals(1, Tok.of(new Line(3, "合计", null), 2).size());
  }
}
