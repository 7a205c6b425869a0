package yujue.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.parse.layout.Line;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.TableBlock;
import yujue.parse.model.Finding;
import yujue.parse.model.TextFamily;
import yujue.parse.tables.TableKind;

class TableBlocksTest {

  @Test
  void aHeaderSeenAgainAfterTheFiguresIsNoted() {
    List<Finding> found = TableBlocks.repeatedHeaders(layout(List.of("项目 金额", "单位：万元", "合计 1.00",
        "支出 2.00", "续表", "项目 金额", "收入 3.00")));
    assertEquals(1, found.size());
    assertEquals("TABLE_HEADER_REPEATED", found.get(0).ruleId());
    assertEquals(Integer.valueOf(6), found.get(0).line());
  }

  @Test
  void shortLinesAndLinesAfterTheFiguresAloneAreNoHeader() {
    assertEquals(List.of(), TableBlocks.repeatedHeaders(layout(List.of("项目", "合计 1.00", "项目", "续表说明", "续表说明"))));
  }

  /** A long header is hashed rather than looked through: the same finding. */
  @Test
  void aLongHeaderIsFoundAsWell() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("表头第" + i + "行");
    }
    texts.add("合计 1.00");
    texts.add("表头第7行");
    List<Finding> found = TableBlocks.repeatedHeaders(layout(texts));
    assertEquals(1, found.size());
    assertEquals(Integer.valueOf(42), found.get(0).line());
  }

  private static ReportLayout layout(List<String> texts) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      lines.add(new Line(i + 1, texts.get(i), null));
    }
    return new ReportLayout(TextFamily.FLOWING, lines, List.of(new TableBlock(TableKind.F01, 0, lines)), List.of());
  }
}
