package yujue.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableKindTest {

  /** byTitle skips lines without 表, so a title without it could never be recognized. */
  @Test
  void everyTitleNamesItsTable() {
    for (TableKind k : TableKind.values()) {
      k.titles.forEach(t -> assertTrue(t.contains("表"), k + ": " + t));
    }
  }

  @Test
  void titlesAreFoundWithNumberingSpacesAndMarks() {
    assertEquals(Optional.of(TableKind.F01), TableKind.byTitle("一、收入支出决算总表"));
    assertEquals(Optional.of(TableKind.B1), TableKind.byTitle("  部门收支 总表 "));
    assertEquals(Optional.of(TableKind.F04), TableKind.byTitle("**财政拨款收入支出决算总表**"));
    assertEquals(Optional.empty(), TableKind.byTitle("收入支出决算总"));
    assertEquals(Optional.empty(), TableKind.byTitle("本年收入合计 2678.82"));
  }
}
