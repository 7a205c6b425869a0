package yujue.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import yujue.parse.layout.Line;
import yujue.parse.layout.TableBlock;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.TextFamily;
import yujue.parse.tables.ParseContext;
import yujue.parse.tables.SanggongTableParser;
import yujue.parse.tables.TableKind;

/**
 * Shanghai's 三公 table pairs 预算数 and 决算数 under each part (as its PDF header shows) instead of
 * printing the six budget figures first: the cells are read by part, each in its basis.
 */
class PairedSanggongTest {

  private static Line tabbed(int n, String... cells) {
    return new Line(n, String.join(" ", cells), List.of(cells));
  }

  @Test
  void partPairedColumnsAreReadByBasis() {
    List<Line> lines = List.of(
        tabbed(1, "合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费"),
        tabbed(2, "", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费"),
        tabbed(3, "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数",
            "决算数"),
        // 合计 10/8, 出国 2/1, 小计 5/4, 购置 0/0 (blank), 运行 5/4, 接待 3/3
        tabbed(4, "10.00", "8.00", "2.00", "1.00", "5.00", "4.00", "", "", "5.00", "4.00", "3.00", "3.00"));
    ParseContext ctx = new ParseContext(TextFamily.PDF, 2024);
    SanggongTableParser.parse(new TableBlock(TableKind.F09, 0, lines), ctx,
        List.of(new EnumMap<>(Part.class), new EnumMap<>(Part.class)));
    Map<String, BigDecimal> got = new TreeMap<>();
    for (SanggongFact s : ctx.sanggong) {
      got.put(s.basis().id() + "." + s.part().id(), s.amount());
    }
    Map<String, BigDecimal> want = new TreeMap<>(Map.of(
        "budget.total", new BigDecimal("10.00"), "budget.outbound", new BigDecimal("2.00"),
        "budget.vehicle_total", new BigDecimal("5.00"), "budget.vehicle_operation", new BigDecimal("5.00"),
        "budget.reception", new BigDecimal("3.00"), "actual.total", new BigDecimal("8.00"),
        "actual.outbound", new BigDecimal("1.00"), "actual.vehicle_total", new BigDecimal("4.00"),
        "actual.vehicle_operation", new BigDecimal("4.00"), "actual.reception", new BigDecimal("3.00")));
    assertEquals(want, got);
    assertEquals(List.of(), ctx.findings);
  }
}
