package yujue.parse.tables;

import java.util.Map;
import java.util.TreeMap;

/** Finds a table's column labels in its header text, in print order. */
final class HeaderLabels {

  private HeaderLabels() {}

  /**
   * Every occurrence of each label in {@code header} (labels tried in map order, longest first, so
   * 本年收入合计 is taken before 合计), by position; a matched stretch is masked so a shorter
   * label inside it is not found again.
   */
  static TreeMap<Integer, String> scan(String header, Map<String, String> labels) {
    StringBuilder h = new StringBuilder(header); // masked in place
    TreeMap<Integer, String> found = new TreeMap<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      String label = e.getKey();
      // masking removes the match and creates none, so the next one starts after it
      for (int at = h.indexOf(label); at >= 0; at = h.indexOf(label, at + label.length())) {
        found.put(at, e.getValue());
        for (int i = at; i < at + label.length(); i++) {
          h.setCharAt(i, '#');
        }
      }
    }
    return found;
  }
}
