package yujue.queries.format;

/** How query results are printed. */
public enum ResultFormat {
  /** Aligned text table for people at a terminal. */
  TABLE,
  /** RFC 4180 CSV, with {@code \n} line endings. */
  CSV,
  /** One JSON array of row objects, one row per line. */
  JSON
}
