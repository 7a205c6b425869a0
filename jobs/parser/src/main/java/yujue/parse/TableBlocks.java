package yujue.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import yujue.parse.layout.Line;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.TableBlock;
import yujue.parse.layout.Text;
import yujue.parse.model.Finding;
import yujue.parse.model.Finding.Severity;

/** Notes on how tables were laid out that the readers handle silently, kept as findings. */
final class TableBlocks {

  /** The fewest compact chars a repeated header line has to have to be noted. */
  private static final int MIN_HEADER_CHARS = 4;

  private TableBlocks() {}

  /**
   * A table printed over two pages repeats its header: a header line seen again after the first
   * figure. The readers skip such lines; this says where it happened.
   */
  static List<Finding> repeatedHeaders(ReportLayout layout) {
    List<Finding> out = new ArrayList<>();
    for (TableBlock t : layout.tables()) {
      Set<String> header = new HashSet<>();
      boolean data = false;
      for (Line l : t.lines()) {
        boolean amounts = Text.hasAmount(l.text());
        if (!data && !amounts) {
          if (l.compact().length() >= MIN_HEADER_CHARS) { // a shorter one could never be reported
            header.add(l.compact());
          }
        } else if (amounts) {
          data = true;
        } else if (!header.isEmpty() && l.compact().length() >= MIN_HEADER_CHARS && header.contains(l.compact())) {
          out.add(new Finding("TABLE_HEADER_REPEATED", Severity.INFO, "table " + t.kind().code()
              + " continues after a page break with its header repeated; the repeated header is skipped",
              null, null, t.kind().code(), l.number()));
          break;
        }
      }
    }
    return out;
  }
}
