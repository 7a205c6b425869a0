package yujue.warehouse.catalog;

/** Text normalization the catalogs' look-ups share. */
final class CatalogText {

  private CatalogText() {}

  /**
   * The text without whitespace or space separators (U+3000, NBSP): PDF text breaks names anywhere
   * (人力资源和社会保障 局). Text without any comes back as it is (most names: the parser has
   * compacted them already), without building a copy.
   */
  static String stripWhitespace(String s) {
    int i = 0;
    while (i < s.length() && !isSpace(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> !isSpace(c)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
