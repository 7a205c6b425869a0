package yujue.parse.pdf;

import java.util.List;
import yujue.parse.layout.Line;

/**
 * A PDF report read into the line form the text readers produce. Line numbers are a running index
 * over the document: line 1 is the first line kept on page 1 (reading order: top to bottom, a
 * table row being one line however many text lines its cells wrap over), counting on across pages;
 * page numbers and running headers and footers are dropped and not counted. {@link #page(int)}
 * tells on which page a line is, so a fact's source line still points back into the PDF.
 *
 * @param lines the lines, numbered 1..n in order
 * @param pages the number of pages of the document
 * @param pageOfLine the page (1-based) of line i + 1
 * @param notes what the reader noticed and worked around (pages without text, say), as findings
 */
public record PdfText(List<Line> lines, int pages, int[] pageOfLine, List<Note> notes) {

  /** Something the reader noticed: a finding of the report ({@code page} may be null). */
  public record Note(String ruleId, String message, Integer page) {}

  /** The page (1-based) a line number is on, or 0 for a number that is no line. */
  public int page(int line) {
    return line >= 1 && line <= pageOfLine.length ? pageOfLine[line - 1] : 0;
  }

  /** The lines' text, one per line (what metadata inference searches). */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      b.append(l.text()).append('\n');
    }
    return b.toString();
  }
}
