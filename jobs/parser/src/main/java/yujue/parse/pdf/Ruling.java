package yujue.parse.pdf;

/**
 * A horizontal or vertical line drawn on a page (a table border), in display coordinates: a
 * horizontal ruling lies at y = {@code pos} from x = {@code from} to {@code to}; a vertical one at
 * x = {@code pos} from y = {@code from} to {@code to}.
 */
record Ruling(boolean horizontal, float pos, float from, float to) {

  Ruling {
    if (from > to) {
      float t = from;
      from = to;
      to = t;
    }
  }

  float length() {
    return to - from;
  }

  /** Whether a point along the ruling (x for a horizontal one, y for a vertical one) lies on it. */
  boolean spans(float along, float tolerance) {
    return along >= from - tolerance && along <= to + tolerance;
  }

  /** Whether this horizontal ruling and that vertical one meet (within the tolerance). */
  boolean meets(Ruling vertical, float tolerance) {
    return spans(vertical.pos, tolerance) && vertical.spans(pos, tolerance);
  }
}
