package yujue.parse.pdf;

/**
 * One glyph of a page's text layer in display coordinates (points, origin top left, y down):
 * {@code x} its left edge, {@code baseline} the y of its baseline, {@code width} its advance and
 * {@code size} its font size. {@code text} is what it stands for (usually one character).
 */
record Glyph(float x, float baseline, float width, float size, String text) {

  float right() {
    return x + width;
  }

  float centerX() {
    return x + width / 2;
  }

  /** Middle of the glyph's body: a little above the baseline. */
  float centerY() {
    return baseline - size * 0.3f;
  }

  float top() {
    return baseline - size * 0.8f;
  }
}
