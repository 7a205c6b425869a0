package yujue.parse.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.model.TextFamily;
import yujue.parse.tables.TableKind;

/**
 * Lines to a {@link ReportLayout}: each public table runs from its title (or numbering mark) to the
 * next title or part heading; everything else is narrative. Table-of-contents entries also look
 * like titles, so blocks without a single amount are dropped; a table printed on two pages with
 * its header repeated is merged back into one block.
 */
public final class Segmenter {

  /** Enough tab-separated lines to call a text tab-family rather than a flowing dump. */
  private static final int MIN_TAB_LINES = 20;
  private static final int MIN_MARKDOWN_HEADINGS = 5;

  private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分");
  private static final Pattern GLUED_MARK = Pattern.compile("(部门公开表\\s*\\d{1,2}|公开\\s*\\d{2}\\s*表)\\s*$");

  private Segmenter() {}

  public static TextFamily detectFamily(String text) {
    int tabLines = 0;
    int headings = 0;
    boolean tab = false;
    // lines as split("\n") cuts them, scanned in place
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        tabLines += tab ? 1 : 0;
        tab = false;
      } else if (c == '\t') {
        tab = true;
      } else if (c == '#' && (i == 0 || text.charAt(i - 1) == '\n')) {
        headings++;
      }
    }
    if (tabLines < MIN_TAB_LINES) {
      return TextFamily.FLOWING;
    }
    return headings >= MIN_MARKDOWN_HEADINGS ? TextFamily.MARKDOWN : TextFamily.TAB;
  }

  public static ReportLayout segment(String text) {
    return segment(detectFamily(text), LineReader.read(text));
  }

  public static ReportLayout segment(TextFamily family, List<Line> input) {
    List<Line> lines = splitGluedMarks(input);
    List<Builder> blocks = new ArrayList<>();
    List<Line> outside = new ArrayList<>();
    Builder current = null;
    for (Line line : lines) {
      // both match on compact text, so the line's cached compact form is passed
      Optional<TableKind> mark = line.tabbed() ? Optional.empty() : TableKind.byMark(line.compact());
      Optional<TableKind> title = line.tabbed() ? Optional.empty() : TableKind.byTitle(line.compact());
      Optional<TableKind> kind = mark.isPresent() ? mark : title;
      if (kind.isPresent()) {
        if (current != null && !current.hasData() && (current.kind == kind.get() || mark.isPresent())) {
          current.kind = kind.get(); // the numbering mark beside a title names the same table
        } else {
          current = new Builder(kind.get(), line.number());
          blocks.add(current);
        }
        continue;
      }
      if (line.compact().startsWith("第") && PART_HEADING.matcher(line.compact()).find()) {
        current = null;
      }
      if (current != null) {
        current.lines.add(line);
      } else {
        outside.add(line);
      }
    }
    Map<TableKind, Builder> merged = new LinkedHashMap<>();
    List<Line> narrative = new ArrayList<>(outside);
    for (Builder b : blocks) {
      if (!b.hasData()) {
        narrative.addAll(b.lines);
        continue;
      }
      Builder first = merged.putIfAbsent(b.kind, b);
      if (first != null) {
        first.lines.addAll(b.lines);
      }
    }
    narrative.sort((a, b) -> Integer.compare(a.number(), b.number()));
    List<TableBlock> tables = merged.values().stream()
        .map(b -> new TableBlock(b.kind, b.titleLine, List.copyOf(b.lines)))
        .toList();
    return new ReportLayout(family, lines, tables, narrative);
  }

  /** "…115.38 部门公开表4": a title glued to the previous page's text becomes its own line. */
  private static List<Line> splitGluedMarks(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      // both marks hold 公开: the regex runs only on lines that do
      Matcher m = l.tabbed() || !l.text().contains("公开") ? null : GLUED_MARK.matcher(l.text());
      if (m != null && m.find() && m.start() > 0) {
        out.add(new Line(l.number(), l.text().substring(0, m.start()).strip(), null));
        out.add(new Line(l.number(), m.group(1), null));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  private static final class Builder {
    TableKind kind;
    final int titleLine;
    final List<Line> lines = new ArrayList<>();

    Builder(TableKind kind, int titleLine) {
      this.kind = kind;
      this.titleLine = titleLine;
    }

    boolean hasData() {
      return lines.stream().anyMatch(l -> Text.hasAmount(l.text()));
    }
  }
}
