package yujue.queries.chart;

/** Charts are drawn off-screen: AWT must start headless, so no display is ever needed. */
public final class Headless {
  private Headless() {}

  static {
    // Effective only before AWT's GraphicsEnvironment is first used; every entry point to the
    // charts runs this first (static initializers of CjkFont and ChartPng, and ExportCommand).
    System.setProperty("java.awt.headless", "true");
  }

  /** Loads this class, which sets the property; call before any AWT class is touched. */
  public static void ensure() {}
}
