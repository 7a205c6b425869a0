package yujue.parse.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A report laid out as blocks (headings, paragraphs, contents entries, tables, page breaks) before
 * any family's formatting. Part writers append blocks; damage edits the tables' cells; a
 * {@link Formatter} turns the whole into text in one family.
 */
final class Doc {

  sealed interface Block permits Heading, Para, Item, PageBreak, Table {}

  /** A heading; level 1 for 第X部分, 2 for sections, 3 for subsections. */
  record Heading(int level, String text) implements Block {}

  record Para(String text) implements Block {}

  /** A contents (目录) entry. */
  record Item(String text) implements Block {}

  record PageBreak() implements Block {}

  /** What a cell holds, so damage knows where it may go. */
  enum CellKind { LABEL, CODE, NAME, AMOUNT, INT }

  /** One cell; text may be edited by damage. Empty text is an empty cell. */
  static final class Cell {
    String text;
    final CellKind kind;
    final boolean bold;

    Cell(String text, CellKind kind, boolean bold) {
      this.text = text == null ? "" : text;
      this.kind = kind;
      this.bold = bold;
    }

    static Cell label(String t) {
      return new Cell(t, CellKind.LABEL, false);
    }

    static Cell total(String t) {
      return new Cell(t, CellKind.LABEL, true);
    }

    static Cell code(String t) {
      return new Cell(t, CellKind.CODE, false);
    }

    static Cell name(String t) {
      return new Cell(t, CellKind.NAME, false);
    }

    static Cell amount(String t) {
      return new Cell(t, CellKind.AMOUNT, false);
    }

    static Cell integer(String t) {
      return new Cell(t, CellKind.INT, false);
    }

    static Cell empty() {
      return new Cell("", CellKind.LABEL, false);
    }

    boolean isEmpty() {
      return text.isEmpty();
    }
  }

  /**
   * A line of a table: data cells, or a plain text line (a note, a caption) when {@code plain}.
   * {@code wrapTail} set by damage moves the end of the name cell to a line of its own.
   */
  static final class Row {
    final List<Cell> cells;
    final boolean plain;
    /** Whether this row restates figures of the table (so damage may touch it). */
    final boolean data;
    String wrapTail;

    Row(List<Cell> cells, boolean plain, boolean data) {
      this.cells = cells;
      this.plain = plain;
      this.data = data;
    }

    static Row data(Cell... cells) {
      return new Row(new ArrayList<>(List.of(cells)), false, true);
    }

    static Row data(List<Cell> cells) {
      return new Row(new ArrayList<>(cells), false, true);
    }

    /** A tabbed line that is not a figure row (a statistics caption, column numbers). */
    static Row other(String... cells) {
      List<Cell> cs = new ArrayList<>();
      for (String c : cells) {
        cs.add(Cell.label(c));
      }
      return new Row(cs, false, false);
    }

    static Row text(String line) {
      return new Row(new ArrayList<>(List.of(Cell.label(line))), true, false);
    }

    int nameCell() {
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).kind == CellKind.NAME) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * A public table: title, numbering mark, header in two shapes (tab cells for the tab and markdown
   * families, broken lines for the flowing one) and its lines. {@code repeatHeaderAt} set by damage
   * starts a new page before that line, with the header printed again.
   */
  static final class Table implements Block {
    final String code;
    final int number;
    final String title;
    final List<List<String>> tabHeader = new ArrayList<>();
    final List<String> flowHeader = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    int repeatHeaderAt = -1;

    Table(String code, int number, String title) {
      this.code = code;
      this.number = number;
      this.title = title;
    }

    boolean isFinal() {
      return code.startsWith("F");
    }

    Table header(List<String> tabCells, String... flowLines) {
      tabHeader.add(tabCells);
      flowHeader.addAll(List.of(flowLines));
      return this;
    }

    Table tabHeader(String... cells) {
      tabHeader.add(List.of(cells));
      return this;
    }

    Table flowHeader(String... lines) {
      flowHeader.addAll(List.of(lines));
      return this;
    }

    int dataRows() {
      return (int) rows.stream().filter(r -> r.data).count();
    }
  }

  final List<Block> blocks = new ArrayList<>();

  Doc add(Block b) {
    blocks.add(b);
    return this;
  }

  Doc heading(int level, String text) {
    return add(new Heading(level, text));
  }

  Doc para(String text) {
    return add(new Para(text));
  }

  List<Table> tables() {
    return blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
  }
}
