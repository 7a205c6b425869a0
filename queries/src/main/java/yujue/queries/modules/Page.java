package yujue.queries.modules;

/**
 * One page of a module's answer: a national listing is 10^5–10^6 rows, more than a reader or a
 * notebook takes in at once and more than DuckDB hands to Java in a fraction of a second.
 *
 * <p>A listing module's page is one department type and whole regions in code order, about
 * {@code size} departments of the type within the filters (see {@code module_pages.sql}): the
 * module asked for that type in those regions. Pages go type by type (ids in order), the way the
 * marts are sorted, so a page reads only its type's row groups; together they hold every row of
 * the whole answer once, each page in the module's own order. {@code peers} ranks within peer
 * groups of a year, so its page is one fiscal year, the groups whole (the size does not apply):
 * its pages in turn are the whole answer, row for row. See {@link ModulePages}.
 *
 * @param number 1 for the first page
 * @param size departments per page (listings)
 */
public record Page(int number, int size) {

  /** About 15,000 rows of the widest listing (execution): 0.1 s a page at 10^5 reports (BENCHMARKS.md). */
  public static final int DEFAULT_SIZE = 500;

  public Page {
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1, not " + number);
    }
    if (size < 1) {
      throw new IllegalArgumentException("a page holds at least one department, not " + size);
    }
  }

  public Page next() {
    return new Page(number + 1, size);
  }
}
