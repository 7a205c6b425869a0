/**
 * PDF reports read directly (issue 8): the text layer with glyph positions and the ruling lines
 * of tables, via Apache PDFBox, to the same {@link yujue.parse.layout.Line}s the text readers
 * produce, so segmentation, table readers, narrative, reconciliation and validation are shared.
 *
 * <p>{@link yujue.parse.pdf.PdfLines} is the entry ({@code ReportParser.parsePdf} uses it): table
 * rows become tab-like lines whose cells sit in their table's columns (found from the ruling lines,
 * or from the data lines' extents where a table has none), so an empty cell stays empty; a name
 * wrapped inside its cell is one cell; codes in 类/款/项 columns are joined; a wrapped cover title
 * is one line; page numbers and running headers and footers are dropped. Line numbers are a running
 * index over the document ({@link yujue.parse.pdf.PdfText}), which also maps a line to its page.
 * Scanned, encrypted, broken or truncated PDFs are refused with a plain reason.
 */
package yujue.parse.pdf;
