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
    String h = header;
    TreeMap<Integer, String> found = new TreeMap<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      for (int at = h.indexOf(e.getKey()); at >= 0; at = h.indexOf(e.getKey())) {
        found.put(at, e.getValue());
        h = h.substring(0, at) + "#".repeat(e.getKey().length()) + h.substring(at + e.getKey().length());
      }
    }
    return found;
  }
}
