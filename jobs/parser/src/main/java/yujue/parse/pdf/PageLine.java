package yujue.parse.pdf;

import java.util.List;

/**
 * A line of one page as laid out: free text ({@code cells == null}) or a table row whose cells are
 * aligned to the table's columns ({@code cells.get(i)} is column i, "" when that cell is empty).
 * {@code columns} are the table's column left edges (null for free text), so a table continued on
 * the next page can be recognized by its columns; {@code top} orders lines on the page.
 */
record PageLine(float top, float bottom, float size, String text, List<String> cells, float[] columns) {

  boolean tabbed() {
    return cells != null;
  }

  PageLine withCells(List<String> newCells) {
    return new PageLine(top, bottom, size, PageLayout.joinCells(newCells), newCells, columns);
  }
}
