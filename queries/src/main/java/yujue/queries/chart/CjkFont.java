package yujue.queries.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an installed font that draws Chinese, so chart labels never come out as boxes. The
 * families below are tried in order; then any other installed family that draws the probe text
 * (sorted by name, so the choice is stable on a machine). Java's logical fonts (Dialog, SansSerif,
 * ...) are never chosen: what they draw depends on the platform's fallback configuration.
 */
public final class CjkFont {
  static {
    Headless.ensure();
  }

  private CjkFont() {}

  public static final List<String> PREFERRED = List.of(
      "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
      "Source Han Sans", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN",
      "AR PL UKai CN", "Microsoft YaHei", "SimHei", "PingFang SC", "Hiragino Sans GB");

  /** Text every chart font must draw: the words the charts print most. */
  public static final String PROBE = "三公经费海东西宁临夏";

  private static final Set<String> LOGICAL =
      Set.of("dialog", "dialoginput", "monospaced", "serif", "sansserif");

  public static final String INSTALL_HINT = "install one, e.g. on Debian/Ubuntu: apt-get install "
      + "fonts-wqy-microhei (or fonts-noto-cjk); on macOS and Windows one is preinstalled";

  private static volatile String found;

  /** The family name to draw Chinese with; throws with what to install when there is none. */
  public static String family() {
    String f = found;
    if (f == null) {
      f = find().orElseThrow(() -> new IllegalStateException(
          "no installed font can draw Chinese (" + PROBE + ") for the charts; " + INSTALL_HINT));
      found = f;
    }
    return f;
  }

  /** The family name, or empty when no installed font draws Chinese. */
  public static Optional<String> find() {
    String[] installed =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
    Arrays.sort(installed);
    List<String> names = Arrays.asList(installed);
    for (String p : PREFERRED) {
      if (names.contains(p) && drawsProbe(p)) return Optional.of(p);
    }
    return names.stream()
        .filter(n -> !LOGICAL.contains(n.toLowerCase(Locale.ROOT)))
        .filter(CjkFont::drawsProbe)
        .findFirst();
  }

  private static boolean drawsProbe(String familyName) {
    Font f = new Font(familyName, Font.PLAIN, 12);
    // new Font() silently falls back to Dialog for an unknown family; require the real one.
    return f.getFamily(Locale.ROOT).equals(familyName) && f.canDisplayUpTo(PROBE) == -1;
  }

  public static Font font(int style, float size) {
    return new Font(family(), style, Math.round(size));
  }
}
