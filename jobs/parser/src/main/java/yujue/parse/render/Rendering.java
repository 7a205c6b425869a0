package yujue.parse.render;

import java.util.List;

/**
 * A rendered report and the damage actually put into it, site by site, so a test (or a synthetic
 * corpus manifest) can find each damaged spot in the text and check the parser mended it.
 *
 * @param text the report text
 * @param injected every damaged spot, in the order written
 */
public record Rendering(String text, List<Injected> injected) {

  /**
   * One damaged spot.
   *
   * @param damage the kind
   * @param table the table code (F03, B6…), or null outside tables
   * @param printed the damaged text as it stands in the report, cells separated as the family
   *     separates them (a truncated code with the start of its name; a repeated header's last line)
   * @param intended what the spot says undamaged (the whole number, the full code or name)
   */
  public record Injected(Damage damage, String table, String printed, String intended) {}

  public List<Injected> of(Damage d) {
    return injected.stream().filter(i -> i.damage() == d).toList();
  }
}
