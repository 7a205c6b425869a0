package yujue.parse.model;

/** The PDF converter family a text came from (domain.md section 6). */
public enum TextFamily {
  /** Tables as tab-separated lines, plain headings. */
  TAB,
  /** Markdown headings, tab tables, {@code <b>} around totals. */
  MARKDOWN,
  /** A PDF text dump: cells separated by single spaces, empty cells absent. */
  FLOWING,
  /** Read from the PDF itself (yujue.parse.pdf): table cells placed in their columns by position. */
  PDF;

  public String id() {
    return name().toLowerCase();
  }
}
