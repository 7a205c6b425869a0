package yujue.parse.model;

/** How a figure came to be: as printed, mended from damaged text, or computed from other figures. */
public enum Origin {
  REPORTED, REPAIRED, DERIVED;

  public String id() {
    return name().toLowerCase();
  }
}
