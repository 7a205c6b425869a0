package yujue.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import yujue.parse.layout.Line;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.TableBlock;
import yujue.parse.model.Finding;
import yujue.parse.model.Finding.Severity;

/** Notes on how tables were laid out that the readers handle silently, kept as findings. */
final class TableBlocks {

  /** The fewest compact chars a repeated header line has to have to be noted. */
  private static final int MIN_HEADER_CHARS = 4;
  /** The most header lines looked through one by one; a longer header is hashed. */
  private static final int MAX_LISTED_HEADER = 16;

  private TableBlocks() {}

  /**
   * A table printed over two pages repeats its header: a header line seen again after the first
   * figure. The readers skip such lines; this says where it happened. A header is a few lines, so
   * they are looked through in a list (lengths compared first) rather than hashed, unless a
   * block without figures for long makes the list long.
   */
  static List<Finding> repeatedHeaders(ReportLayout layout) {
    List<Finding> out = new ArrayList<>();
    for (TableBlock t : layout.tables()) {
      List<String> header = new ArrayList<>();
      Set<String> hashed = null; // the header hashed, once it is too long to look through
      boolean data = false;
      for (Line l : t.lines()) {
        boolean amounts = l.hasAmount();
        if (!data && !amounts) {
          if (l.compact().length() >= MIN_HEADER_CHARS) { // a shorter one could never be reported
            header.add(l.compact());
          }
        } else if (amounts) {
          if (!data && header.size() > MAX_LISTED_HEADER) {
            hashed = new HashSet<>(header);
          }
          data = true;
        } else if (l.compact().length() >= MIN_HEADER_CHARS
            && (hashed != null ? hashed.contains(l.compact()) : listed(header, l.compact()))) {
          out.add(new Finding("TABLE_HEADER_REPEATED", Severity.INFO, "table " + t.kind().code()
              + " continues after a page break with its header repeated; the repeated header is skipped",
              null, null, t.kind().code(), l.number()));
          break;
        }
      }
    }
    return out;
  }

  /** Whether {@code header} holds {@code c}; {@link String#equals} compares the lengths first. */
  private static boolean listed(List<String> header, String c) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equals(c)) {
        return true;
      }
    }
    return false;
  }
}
