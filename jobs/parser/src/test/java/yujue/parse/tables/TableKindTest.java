package yujue.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import yujue.parse.layout.Line;

class TableKindTest {

  /** byTitle skips lines not ending in 表, so a title that does not could never be recognized. */
  @Test
  void everyTitleEndsInItsTable() {
    for (TableKind k : TableKind.values()) {
      k.titles.forEach(t -> assertTrue(t.endsWith("表"), k + ": " + t));
      k.titles.forEach(t -> assertTrue(t.length() < Long.SIZE, k + ": " + t)); // byTitle keeps their lengths in a long
    }
  }

  @Test
  void endsWithBiaoLooksPastSpacesAndBoldMarks() {
    assertTrue(TableKind.endsWithBiao("收支总表"));
    assertTrue(TableKind.endsWithBiao("收支总表 **\u3000"));
    assertFalse(TableKind.endsWithBiao("收支总表（续）"));
    assertFalse(TableKind.endsWithBiao(" * "));
    assertFalse(TableKind.endsWithBiao(""));
  }

  @Test
  void titlesAreFoundWithNumberingSpacesAndMarks() {
    assertEquals(Optional.of(TableKind.F01), TableKind.byTitle("一、收入支出决算总表"));
    assertEquals(Optional.of(TableKind.B1), TableKind.byTitle("  部门收支 总表 "));
    assertEquals(Optional.of(TableKind.F04), TableKind.byTitle("**财政拨款收入支出决算总表**"));
    assertEquals(Optional.empty(), TableKind.byTitle("收入支出决算总"));
    assertEquals(Optional.empty(), TableKind.byTitle("本年收入合计 2678.82"));
    assertEquals(Optional.empty(), TableKind.byTitle("表"));
    assertEquals(Optional.empty(), TableKind.byTitle("收入决算表".repeat(20)));
  }

  /** A line's kind, matched on its kept compact form, is that of its text. */
  @Test
  void linesAreMatchedAsTheirText() {
    for (String t : List.of("一、收入支出决算总表", "  部门收支 总表 ", "**财政拨款收入支出决算总表**", "公开 01 表", "公开9",
        "部门公开表 3", "部门公开表12", "部门职责", "公开表", "财政拨款“三公”经费支出决算表", "本年收入合计 2678.82")) {
      Line line = new Line(1, t, null);
      assertEquals(TableKind.byTitle(t), TableKind.byTitle(line), t);
      assertEquals(TableKind.byMark(t), TableKind.byMark(line), t);
    }
    assertEquals(Optional.of(TableKind.F09), TableKind.byMark(new Line(1, "公开 09 表", null)));
    assertEquals(Optional.of(TableKind.B3), TableKind.byMark(new Line(1, "部门公开表 3", null)));
    assertEquals(Optional.of(TableKind.F09), TableKind.byTitle(new Line(1, "财政拨款”三公”经费支出决算表", null)));
  }
}
