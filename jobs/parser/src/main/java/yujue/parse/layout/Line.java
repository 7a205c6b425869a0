package yujue.parse.layout;

import java.util.List;

/**
 * One non-blank line of report text after cleaning (HTML tags, markdown marks and page numbers
 * removed). {@code cells} are the tab-separated cells when the converter kept tabs, else null.
 */
public record Line(int number, String text, List<String> cells) {

  public boolean tabbed() {
    return cells != null;
  }

  /** The text with every kind of whitespace removed: what titles and labels are matched on. */
  public String compact() {
    return Text.compact(text);
  }
}
