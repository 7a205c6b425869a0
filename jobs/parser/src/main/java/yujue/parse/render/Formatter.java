package yujue.parse.render;

import java.util.ArrayList;
import java.util.List;
import yujue.parse.model.TextFamily;
import yujue.parse.render.Doc.Block;
import yujue.parse.render.Doc.Cell;
import yujue.parse.render.Doc.Row;
import yujue.parse.render.Doc.Table;

/**
 * A laid-out report to text in one family (domain.md section 6):
 * <ul>
 *   <li>TAB: plain headings, tables as tab-separated cells with empty cells kept;</li>
 *   <li>MARKDOWN: {@code #} headings, tab tables, {@code <b>} around 合计 / 总计 labels;</li>
 *   <li>FLOWING: a PDF text dump, cells separated by single spaces with empty cells absent, header
 *       words broken across lines, paragraphs hard-wrapped, a blank line after every line.</li>
 * </ul>
 * Page numbers ("- 7 -") are printed at page breaks only when asked.
 */
final class Formatter {

  /** Characters per line of a flowing paragraph, about what an A4 page holds. */
  private static final int FLOW_WIDTH = 30;

  private final TextFamily family;
  private final boolean pageNumbers;
  /** The 部门 line under each table title: "部门：… 2024 年度 金额单位：万元"; null for the unit alone. */
  private final String departmentLine;
  private final StringBuilder out = new StringBuilder();
  private int page = 1;

  Formatter(TextFamily family, boolean pageNumbers, String departmentLine) {
    this.family = family;
    this.pageNumbers = pageNumbers;
    this.departmentLine = departmentLine;
  }

  String format(Doc doc) {
    for (Block b : doc.blocks) {
      if (b instanceof Doc.Heading h) {
        heading(h);
      } else if (b instanceof Doc.Para p) {
        para(p.text());
      } else if (b instanceof Doc.Item i) {
        line(flowing() ? i.text() : "- " + i.text());
      } else if (b instanceof Doc.PageBreak) {
        pageBreak();
      } else if (b instanceof Table t) {
        table(t);
      }
    }
    return out.toString();
  }

  private boolean flowing() {
    return family == TextFamily.FLOWING;
  }

  private void line(String s) {
    out.append(s).append('\n');
    if (flowing()) {
      out.append('\n');
    }
  }

  private void blank() {
    if (!flowing()) {
      out.append('\n');
    }
  }

  private void heading(Doc.Heading h) {
    blank();
    line(family == TextFamily.MARKDOWN ? "#".repeat(h.level()) + " " + h.text() : h.text());
    blank();
  }

  private void para(String raw) {
    String text = raw.strip();
    if (!flowing()) {
      line(text);
      blank();
      return;
    }
    for (int i = 0; i < text.length(); i += FLOW_WIDTH) {
      line(text.substring(i, Math.min(text.length(), i + FLOW_WIDTH)));
    }
  }

  private void pageBreak() {
    page++;
    if (pageNumbers) {
      blank();
      line("- " + page + " -");
      blank();
    }
  }

  private void table(Table t) {
    String mark = t.isFinal() ? (family == TextFamily.MARKDOWN ? String.format("公开%02d表", t.number)
        : String.format("公开 %02d 表", t.number)) : "部门公开表" + t.number;
    String unit = departmentLine != null ? departmentLine
        : family == TextFamily.MARKDOWN ? "金额单位：万元" : "单位：万元";
    if (flowing()) {
      if (t.isFinal()) {
        line(Num.chinese(t.number) + "、" + t.title);
        line(mark);
      } else {
        line(mark);
        line(t.title);
      }
      line(unit);
    } else {
      blank();
      line(family == TextFamily.MARKDOWN ? "## " + t.title : t.title);
      blank();
      line(mark);
      blank();
      line(unit);
      blank();
    }
    header(t);
    for (int i = 0; i < t.rows.size(); i++) {
      if (i == t.repeatHeaderAt) {
        pageBreak();
        blank();
        header(t);
      }
      row(t.rows.get(i));
    }
    blank();
  }

  private void header(Table t) {
    if (flowing()) {
      t.flowHeader.forEach(this::line);
    } else {
      t.tabHeader.forEach(cells -> line(String.join("\t", cells)));
    }
  }

  private void row(Row r) {
    if (r.plain) {
      line(r.cells.get(0).text);
      return;
    }
    List<String> cells = new ArrayList<>();
    for (Cell c : r.cells) {
      cells.add(c.bold && family == TextFamily.MARKDOWN && !c.isEmpty() ? "<b>" + c.text + "</b>" : c.text);
    }
    int name = r.nameCell();
    if (r.wrapTail == null || name < 0) {
      line(join(cells));
      return;
    }
    // a wrapped name: the row up to the name's head, then the tail (and in the tab families the
    // rest of the row with it, in the name's column; in the flowing one the figures on a third line)
    List<String> first = new ArrayList<>(cells.subList(0, name + 1));
    List<String> rest = new ArrayList<>(cells.subList(name + 1, cells.size()));
    line(join(first));
    if (flowing()) {
      line(r.wrapTail);
      if (rest.stream().anyMatch(s -> !s.isEmpty())) {
        line(join(rest));
      }
    } else {
      List<String> second = new ArrayList<>();
      for (int i = 0; i < name; i++) {
        second.add("");
      }
      second.add(r.wrapTail);
      second.addAll(rest);
      line(join(second));
    }
  }

  /** Tab families keep every cell; the flowing family keeps the non-empty ones, space-separated. */
  private String join(List<String> cells) {
    if (!flowing()) {
      return String.join("\t", cells);
    }
    List<String> kept = cells.stream().filter(s -> !s.isEmpty()).toList();
    return String.join(" ", kept);
  }
}
