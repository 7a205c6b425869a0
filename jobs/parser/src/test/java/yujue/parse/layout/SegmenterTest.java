package yujue.parse.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.parse.model.TextFamily;
import yujue.parse.tables.TableKind;

class SegmenterTest {

  private static Line line(int number, String text) {
    return new Line(number, text, null);
  }

  /** A table-of-contents entry (a title without figures) stays narrative, in line order. */
  @Test
  void narrativeKeepsLineOrderAroundTables() {
    ReportLayout layout = Segmenter.segment(String.join("\n", "目录", "收支总表", "说明一", "收入总表",
        "项目 金额", "合计 1.50", "第二部分 说明", "说明二"));
    assertEquals(List.of("目录", "说明一", "第二部分 说明", "说明二"),
        layout.narrative().stream().map(Line::text).toList());
    assertEquals(List.of(TableKind.B2), layout.tables().stream().map(TableBlock::kind).toList());
    assertEquals(List.of(5, 6), layout.tables().get(0).lines().stream().map(Line::number).toList());
  }

  /** Lines given out of order (not as the reader gives them) still come out of the narrative by number. */
  @Test
  void narrativeOfLinesOutOfOrderIsSortedByNumber() {
    List<Line> lines = List.of(line(9, "说明九"), line(2, "收支总表"), line(3, "说明三"), line(1, "说明一"));
    ReportLayout layout = Segmenter.segment(TextFamily.FLOWING, lines);
    assertEquals(List.of(1, 3, 9), layout.narrative().stream().map(Line::number).toList());
  }

  /** A mark glued to the end of a line is split off: both pieces keep the line's number. */
  @Test
  void gluedMarkStartsItsTable() {
    ReportLayout layout = Segmenter.segment("说明 115.38 部门公开表4\n项目 金额\n合计 2.00\n");
    assertEquals(List.of(new Line(1, "说明 115.38", null), new Line(1, "部门公开表4", null)),
        layout.lines().subList(0, 2));
    assertEquals(List.of("说明 115.38"), layout.narrative().stream().map(Line::text).toList());
    assertEquals(TableKind.B4, layout.tables().get(0).kind());
  }

  /** The mark is found after the line's last 公开, whatever comes before; a mark alone is no glued one. */
  @Test
  void gluedMarkIsTheLastOne() {
    List<Line> lines = Segmenter.segment("公开 部门公开表2 合计 1.00 部门公开表 12 \n部门公开表4\n说明 公开 08 表\n").lines();
    assertEquals(List.of("公开 部门公开表2 合计 1.00", "部门公开表 12", "部门公开表4", "说明", "公开 08 表"),
        lines.stream().map(Line::text).toList());
  }
}
