package yujue.parse.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What PDFBox gives of each page: the glyphs of the text layer with their positions (a
 * {@link PDFTextStripper} that keeps the {@link TextPosition}s instead of writing text, so overlapping
 * duplicates of fake-bold text are already dropped) and the horizontal and vertical lines drawn on
 * it (stroked lines and rectangles, and thin filled rectangles: how table borders are drawn), both
 * in display coordinates (origin at the top left of the crop box, y down).
 */
final class PageContent {

  /** A thin filled rectangle up to this thick (points) is a line. */
  private static final float MAX_FILLED_LINE = 3f;
  /** Drawn segments shorter than this (points) are not rulings (ticks, bullets, glyph parts). */
  private static final float MIN_RULING = 3f;

  /**
   * One page: its display size, glyphs, rulings, how many images it draws, whether it is rotated
   * (rulings are then left out: the readers fall back to positions of text alone) and how many
   * glyphs have no Unicode mapping.
   */
  record Page(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings, int images,
      int rotation, int unmapped) {}

  private PageContent() {}

  static List<Page> read(PDDocument doc) throws IOException {
    GlyphStripper stripper = new GlyphStripper();
    stripper.getText(doc); // fills stripper.glyphs page by page
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      PDPage page = doc.getPage(i);
      PDRectangle crop = page.getCropBox();
      int rotation = ((page.getRotation() % 360) + 360) % 360;
      boolean turned = rotation == 90 || rotation == 270;
      float width = turned ? crop.getHeight() : crop.getWidth();
      float height = turned ? crop.getWidth() : crop.getHeight();
      RulingCollector rc = new RulingCollector(page, crop);
      rc.processPage(page);
      List<Glyph> glyphs = stripper.glyphs.getOrDefault(i + 1, List.of());
      int unmapped = stripper.unmapped.getOrDefault(i + 1, 0);
      pages.add(new Page(i + 1, width, height, glyphs, rotation == 0 ? rc.rulings : List.of(), rc.images, rotation,
          unmapped));
    }
    return pages;
  }

  /** Keeps every page's text positions; writes nothing. */
  private static final class GlyphStripper extends PDFTextStripper {
    final Map<Integer, List<Glyph>> glyphs = new HashMap<>();
    final Map<Integer, Integer> unmapped = new HashMap<>();

    GlyphStripper() {
      setSortByPosition(false);
      setSuppressDuplicateOverlappingText(true);
    }

    @Override
    public String getText(PDDocument doc) throws IOException {
      StringWriter ignored = new StringWriter();
      writeText(doc, ignored);
      return "";
    }

    @Override
    protected void writePage() {
      List<TextPosition> all = new ArrayList<>();
      for (List<TextPosition> article : getCharactersByArticle()) {
        all.addAll(article);
      }
      // the main text direction of the page; glyphs in other directions (a diagonal watermark,
      // a rotated margin note) are not part of the report's text flow
      Map<Float, Integer> dirs = new HashMap<>();
      for (TextPosition t : all) {
        dirs.merge(t.getDir(), 1, Integer::sum);
      }
      float main = dirs.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
      List<Glyph> out = new ArrayList<>();
      int bad = 0;
      for (TextPosition t : all) {
        String s = t.getUnicode();
        if (s == null || s.isBlank() || t.getDir() != main) {
          continue;
        }
        if (!mapped(s)) {
          bad++;
        }
        float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(t.getHeightDir(), 1f);
        out.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, normalize(s)));
      }
      glyphs.put(getCurrentPageNo(), out);
      unmapped.put(getCurrentPageNo(), bad);
    }
  }

  /** Whether a glyph's text is real characters (not U+FFFD, private use or control characters). */
  static boolean mapped(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Kangxi radicals and CJK compatibility ideographs (fonts of some converters map 支 to ⽀ U+2F40)
   * become the unified ideographs they stand for; everything else (full-width punctuation
   * included) stays as printed.
   */
  static String normalize(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean compat = (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
      if (compat && b == null) {
        b = new StringBuilder(s.substring(0, i));
      }
      if (b != null) {
        String one = new String(Character.toChars(cp));
        b.append(compat ? java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFKC) : one);
      }
      i += Character.charCount(cp);
    }
    return b == null ? s : b.toString();
  }

  /** Collects the axis-parallel lines a page strokes or fills, and counts the images it draws. */
  private static final class RulingCollector extends PDFGraphicsStreamEngine {
    final List<Ruling> rulings = new ArrayList<>();
    int images;
    private final PDRectangle crop;
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();
    private List<Point2D> current;
    private Point2D currentPoint = new Point2D.Float();

    RulingCollector(PDPage page, PDRectangle crop) {
      super(page);
      this.crop = crop;
    }

    private Point2D display(Point2D p) {
      return new Point2D.Float((float) (p.getX() - crop.getLowerLeftX()), (float) (crop.getUpperRightY() - p.getY()));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      List<Point2D> r = new ArrayList<>(List.of(display(p0), display(p1), display(p2), display(p3)));
      subpaths.add(r);
      closed.add(true);
      current = null;
      currentPoint = p0;
    }

    @Override
    public void moveTo(float x, float y) {
      current = new ArrayList<>();
      current.add(display(new Point2D.Float(x, y)));
      subpaths.add(current);
      closed.add(false);
      currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      if (current == null) {
        moveTo((float) currentPoint.getX(), (float) currentPoint.getY());
      }
      current.add(display(new Point2D.Float(x, y)));
      currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      // a curve is no ruling: the subpath keeps its straight segments only up to here
      current = null;
      moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return currentPoint;
    }

    @Override
    public void closePath() {
      if (!closed.isEmpty()) {
        closed.set(closed.size() - 1, true);
      }
    }

    @Override
    public void endPath() {
      subpaths.clear();
      closed.clear();
      current = null;
    }

    @Override
    public void strokePath() {
      for (int s = 0; s < subpaths.size(); s++) {
        List<Point2D> pts = subpaths.get(s);
        int n = pts.size();
        for (int i = 0; i + 1 < n; i++) {
          segment(pts.get(i), pts.get(i + 1));
        }
        if (closed.get(s) && n > 2) {
          segment(pts.get(n - 1), pts.get(0));
        }
      }
      endPath();
    }

    @Override
    public void fillPath(int windingRule) {
      for (List<Point2D> pts : subpaths) {
        thinRectangle(pts);
      }
      endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      List<List<Point2D>> paths = new ArrayList<>(subpaths);
      List<Boolean> c = new ArrayList<>(closed);
      for (List<Point2D> pts : paths) {
        thinRectangle(pts);
      }
      subpaths.clear();
      subpaths.addAll(paths);
      closed.clear();
      closed.addAll(c);
      strokePath();
    }

    private void segment(Point2D a, Point2D b) {
      float dx = (float) Math.abs(a.getX() - b.getX());
      float dy = (float) Math.abs(a.getY() - b.getY());
      if (dy < 1f && dx >= MIN_RULING) {
        rulings.add(new Ruling(true, (float) (a.getY() + b.getY()) / 2, (float) a.getX(), (float) b.getX()));
      } else if (dx < 1f && dy >= MIN_RULING) {
        rulings.add(new Ruling(false, (float) (a.getX() + b.getX()) / 2, (float) a.getY(), (float) b.getY()));
      }
    }

    /** A filled rectangle thin in one direction is a line along the other. */
    private void thinRectangle(List<Point2D> pts) {
      if (pts.size() < 4 || pts.size() > 5) {
        return;
      }
      double minX = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (Point2D p : pts) {
        minX = Math.min(minX, p.getX());
        maxX = Math.max(maxX, p.getX());
        minY = Math.min(minY, p.getY());
        maxY = Math.max(maxY, p.getY());
      }
      float w = (float) (maxX - minX);
      float h = (float) (maxY - minY);
      if (h <= MAX_FILLED_LINE && w >= MIN_RULING) {
        rulings.add(new Ruling(true, (float) (minY + maxY) / 2, (float) minX, (float) maxX));
      } else if (w <= MAX_FILLED_LINE && h >= MIN_RULING) {
        rulings.add(new Ruling(false, (float) (minX + maxX) / 2, (float) minY, (float) maxY));
      }
    }

    // text is read by the stripper; here it is skipped, so its glyphs are not decoded twice
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(COSArray array) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
      images++;
    }

    @Override
    public void clip(int windingRule) {
      // a clipping path is not drawn; the endPath that follows clears it
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // shadings are backgrounds, not lines
    }
  }
}
