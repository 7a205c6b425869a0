package yujue.parse.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import yujue.parse.layout.Line;
import yujue.parse.layout.Text;
import yujue.parse.text.TextDecoder.UnreadableTextException;

/**
 * A PDF's text layer to the {@link Line}s the text readers produce, so segmentation, table
 * readers, narrative, reconciliation and validation are shared with the text families.
 *
 * <p>Each page is read with its glyph positions and its ruling lines ({@link PageContent}) and laid
 * out by {@link PageLayout}: table rows come out as tab-like lines whose cells sit in the columns of
 * the table (an empty cell stays an empty cell), names wrapped inside a cell are one cell, other
 * text comes out line by line. Then across the document: page numbers and running headers and
 * footers are dropped; codes printed in separate 类/款/项 columns are joined ({@link CodeColumns});
 * lines are numbered 1..n over the whole document ({@link PdfText}). A table continued on the next
 * page simply goes on with its rows (a repeated header is left to the readers, which skip it).
 *
 * <p>What cannot be read is refused with a plain reason ({@link UnreadableTextException}, which
 * the land job quarantines with): not a PDF, broken or truncated files, PDFs that need a password,
 * and PDFs without a text layer (scanned pages; there is no OCR).
 */
public final class PdfLines {

  /** Share of the page height at the top and bottom where page numbers, headers and footers sit. */
  static final float MARGIN = 0.08f;
  /** More than this share of glyphs without a Unicode mapping and the text layer is unreadable. */
  static final int MAX_UNMAPPED_PERCENT = 20;

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^[-—–－]?\\s*\\d{1,4}\\s*[-—–－]?$|^第\\s*\\d{1,4}\\s*页.*$|^\\d{1,4}\\s*/\\s*\\d{1,4}$|^[-—–－]\\s*[IVXivx]+\\s*[-—–－]$");

  private PdfLines() {}

  /** Whether the bytes are a PDF (they start with {@code %PDF-}, perhaps after a little junk). */
  public static boolean isPdf(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    return new String(bytes, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-");
  }

  public static PdfText read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new UnreadableTextException("empty file: the file has no bytes");
    }
    if (!isPdf(bytes)) {
      throw new UnreadableTextException("not a PDF: the file does not start with %PDF-");
    }
    if (!endsWithEof(bytes)) {
      throw new UnreadableTextException("truncated PDF: the file ends before its end-of-file marker (%%EOF), "
          + "so pages are missing or damaged");
    }
    List<PageContent.Page> pages;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() == 0) {
        throw new UnreadableTextException("broken PDF: the document has no pages");
      }
      pages = PageContent.read(doc);
    } catch (InvalidPasswordException e) {
      throw new UnreadableTextException("encrypted PDF: a password is needed to open it");
    } catch (IOException e) {
      throw new UnreadableTextException("broken PDF: " + plain(e));
    } catch (RuntimeException e) {
      if (e instanceof UnreadableTextException u) {
        throw u;
      }
      throw new UnreadableTextException("broken PDF: " + plain(e));
    }
    return lines(pages); // outside the try: a layout bug is a parser failure, not a broken file
  }

  private static String plain(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
  }

  /** %%EOF in the last kilobyte (a file cut short loses it). */
  private static boolean endsWithEof(byte[] bytes) {
    int from = Math.max(0, bytes.length - 1024);
    return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
  }

  /** Pages as read by PDFBox to numbered lines (package-private for tests on made-up pages). */
  static PdfText lines(List<PageContent.Page> pages) {
    int glyphs = pages.stream().mapToInt(p -> p.glyphs().size()).sum();
    int images = pages.stream().mapToInt(PageContent.Page::images).sum();
    if (glyphs == 0) {
      throw new UnreadableTextException(images > 0
          ? String.format(Locale.ROOT, "scanned PDF: no text layer on any of its %d pages, only images "
              + "(OCR is not supported)", pages.size())
          : String.format(Locale.ROOT, "PDF without text: none of its %d pages has any text", pages.size()));
    }
    int unmapped = pages.stream().mapToInt(PageContent.Page::unmapped).sum();
    if (unmapped * 100L > (long) glyphs * MAX_UNMAPPED_PERCENT) {
      throw new UnreadableTextException(String.format(Locale.ROOT, "unreadable text layer: %d of %d characters "
          + "have no Unicode mapping in their fonts", unmapped, glyphs));
    }
    float body = bodySize(pages);
    List<PdfText.Note> notes = new ArrayList<>();
    List<Integer> imageOnly = new ArrayList<>();
    List<List<PageLine>> perPage = new ArrayList<>();
    for (PageContent.Page p : pages) {
      if (p.glyphs().isEmpty() && p.images() > 0) {
        imageOnly.add(p.number());
      }
      perPage.add(PageLayout.lines(p.glyphs(), p.rulings(), body));
    }
    if (!imageOnly.isEmpty()) {
      notes.add(new PdfText.Note("PDF_PAGES_WITHOUT_TEXT", "page" + (imageOnly.size() > 1 ? "s " : " ")
          + join(imageOnly) + " of the PDF " + (imageOnly.size() > 1 ? "have" : "has")
          + " no text layer, only images (scanned?): what they show is not read", imageOnly.get(0)));
    }
    dropMargins(pages, perPage);
    List<PageLine> all = new ArrayList<>();
    List<Integer> pageOf = new ArrayList<>();
    for (int i = 0; i < perPage.size(); i++) {
      for (PageLine l : perPage.get(i)) {
        all.add(l);
        pageOf.add(pages.get(i).number());
      }
    }
    all = CodeColumns.join(all);
    List<Line> lines = new ArrayList<>(all.size());
    int[] pageOfLine = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      PageLine l = all.get(i);
      lines.add(new Line(i + 1, l.text(), l.tabbed() ? List.copyOf(l.cells()) : null));
      pageOfLine[i] = pageOf.get(i);
    }
    return new PdfText(List.copyOf(lines), pages.size(), pageOfLine, List.copyOf(notes));
  }

  private static String join(List<Integer> pages) {
    return String.join(", ", pages.stream().map(String::valueOf).toList());
  }

  /** The font size most of the text is set in. */
  static float bodySize(List<PageContent.Page> pages) {
    Map<Integer, Integer> bySize = new HashMap<>();
    for (PageContent.Page p : pages) {
      for (Glyph g : p.glyphs()) {
        bySize.merge(Math.round(g.size() * 2), 1, Integer::sum);
      }
    }
    return bySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
  }

  /**
   * Page numbers in the top or bottom margin, and running headers and footers (the same text, digits
   * aside, in the margin of at least three pages and half of them) are no part of the report.
   */
  static void dropMargins(List<PageContent.Page> pages, List<List<PageLine>> perPage) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      for (PageLine l : perPage.get(i)) {
        if (!l.tabbed() && inMargin(l, pages.get(i).height())) {
          seen.computeIfAbsent(key(l), k -> new HashSet<>()).add(i);
        }
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      float h = pages.get(i).height();
      perPage.get(i).removeIf(l -> !l.tabbed() && inMargin(l, h) && (PAGE_NUMBER.matcher(l.text().strip()).matches()
          || repeated(seen.get(key(l)), pages.size())));
    }
  }

  private static boolean repeated(Set<Integer> onPages, int pages) {
    return onPages != null && onPages.size() >= 3 && onPages.size() * 2 >= pages;
  }

  private static boolean inMargin(PageLine l, float height) {
    return l.bottom() < height * MARGIN || l.top() > height * (1 - MARGIN);
  }

  private static String key(PageLine l) {
    return Text.compact(l.text()).replaceAll("\\d+", "#");
  }
}
