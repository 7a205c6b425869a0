package yujue.parse.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import yujue.parse.model.TextFamily;
import yujue.parse.render.Doc.Cell;
import yujue.parse.render.Doc.CellKind;
import yujue.parse.render.Doc.Row;
import yujue.parse.render.Doc.Table;
import yujue.parse.render.Rendering.Injected;

/**
 * SPLIT_NUMBER: one or two amounts printed in two pieces, the last digit apart ("27.1⇥1",
 * "2,678.8 2"). Only where a reader can tell the pieces are one number:
 * <ul>
 *   <li>the 三公 row, in every family: the figures must satisfy 合计 = 出国 + 车 + 接待 and agree
 *       with the narrative, which only the joined number does when its last digit is 3 or more (a
 *       smaller one hides within the cent or two of rounding those checks allow); in the tab
 *       families the tail takes the next cell when that one is blank, as converters do;</li>
 *   <li>tab and markdown: any amount of a summary or subject table, both pieces in one cell;</li>
 *   <li>flowing: a subject line with every column filled, where one number too many can only be
 *       a split one.</li>
 * </ul>
 */
final class NumberSplitter {

  private static final Set<String> SANGGONG = Set.of("F09", "B7");
  private static final Set<String> CELL_TABLES = Set.of("F01", "F04", "B1", "B4", "F11", "F02", "F03", "F05", "B3", "B5");
  private static final Set<String> FULL_ROW_TABLES = Set.of("F02", "F03", "F05", "B3", "B5");

  private final TextFamily family;
  private final Random rng;
  private final List<Injected> log;

  NumberSplitter(TextFamily family, Random rng, List<Injected> log) {
    this.family = family;
    this.rng = rng;
    this.log = log;
  }

  private record Site(Table table, Row row, int cell) {}

  void split(List<Table> tables) {
    List<Site> sites = new ArrayList<>();
    for (Table t : tables) {
      for (Row r : t.rows) {
        if (!r.data) {
          continue;
        }
        for (int i = 0; i < r.cells.size(); i++) {
          if (eligible(t, r, i)) {
            sites.add(new Site(t, r, i));
          }
        }
      }
    }
    Collections.shuffle(sites, rng);
    int wanted = 1 + rng.nextInt(2);
    Set<String> used = new HashSet<>();
    Set<Row> rows = new HashSet<>();
    for (Site s : sites) {
      if (wanted > 0 && !used.contains(s.table().code) && !rows.contains(s.row())) {
        apply(s);
        used.add(s.table().code);
        rows.add(s.row());
        wanted--;
      }
    }
  }

  private boolean eligible(Table t, Row r, int i) {
    Cell c = r.cells.get(i);
    if (c.kind != CellKind.AMOUNT || c.isEmpty() || !c.text.matches("-?[\\d,]+\\.\\d\\d")) {
      return false;
    }
    if (SANGGONG.contains(t.code)) {
      return c.text.charAt(c.text.length() - 1) >= '3';
    }
    if (family != TextFamily.FLOWING) {
      return CELL_TABLES.contains(t.code);
    }
    if (!FULL_ROW_TABLES.contains(t.code) || r.cells.get(0).kind != CellKind.CODE || r.wrapTail != null) {
      return false;
    }
    return r.cells.subList(2, r.cells.size()).stream().noneMatch(Cell::isEmpty);
  }

  private void apply(Site s) {
    Cell c = s.row().cells.get(s.cell());
    String whole = c.text;
    String head = whole.substring(0, whole.length() - 1);
    String tail = whole.substring(whole.length() - 1);
    boolean tabbed = family != TextFamily.FLOWING;
    int next = s.cell() + 1;
    if (tabbed && SANGGONG.contains(s.table().code) && next < s.row().cells.size() && s.row().cells.get(next).isEmpty()) {
      c.text = head;
      s.row().cells.get(next).text = tail;
      log.add(new Injected(Damage.SPLIT_NUMBER, s.table().code, head + "\t" + tail, whole));
    } else {
      c.text = head + " " + tail;
      log.add(new Injected(Damage.SPLIT_NUMBER, s.table().code, c.text, whole));
    }
  }
}
