package yujue.queries.modules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import yujue.queries.QueryFiles;

/**
 * Cuts a module's answer into {@link Page}s: a listing by department type and whole regions
 * ({@code module_pages.sql}), a ranking by fiscal year ({@code module_years.sql}); each query
 * works out where one page lies, in one row.
 */
public final class ModulePages {

  private static final String WHERE = QueryFiles.load("module_pages");
  private static final String YEARS = QueryFiles.load("module_years");

  private ModulePages() {}

  /**
   * Where one page lies: the filters to run the module with, the asked ones narrowed to the page's
   * type and regions (a listing) or to its year (a ranking).
   *
   * @param pages how many pages the answer has
   * @param span what the page covers, for a reader
   */
  public record Slice(Filters filters, int pages, String span) {}

  static Slice byYear(Connection c, Filters f, Page p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(YEARS)) {
      bindFilters(ps, f);
      ps.setInt(5, p.number());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next(); // one row, always
        int pages = rs.getInt("pages");
        int year = rs.getInt("year");
        if (pages == 0) { // nothing in scope: the whole (empty) answer is its one page
          return new Slice(f, 1, "no years");
        }
        if (rs.wasNull()) {
          throw beyond(p, pages, "years");
        }
        return new Slice(f.withYear(year), pages, "year " + year + " (its peer groups whole)");
      }
    }
  }

  static Slice byTypeAndRegions(Connection c, Filters f, Page p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(WHERE)) {
      bindFilters(ps, f);
      ps.setInt(5, p.size());
      ps.setInt(6, p.number());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next(); // one row, always
        int pages = rs.getInt("pages");
        if (pages == 0) { // nothing in scope: the whole (empty) answer is its one page
          return new Slice(f, 1, "no departments");
        }
        String regions = rs.getString("regions");
        if (regions == null) {
          throw beyond(p, pages, "about " + p.size() + " departments");
        }
        String type = rs.getString("department_type");
        int count = rs.getInt("region_count");
        String span = type + ", regions " + rs.getString("first_region")
            + (count > 1 ? "–" + rs.getString("last_region") : "")
            + " (" + count + (count == 1 ? " region, " : " regions, ") + rs.getInt("departments") + " departments)";
        Filters narrowed = f.withDepartmentType(type).withRegions(List.of(regions.split(",")));
        return new Slice(narrowed, pages, span);
      }
    }
  }

  private static void bindFilters(PreparedStatement ps, Filters f) throws SQLException {
    ps.setObject(1, f.regionList());
    ps.setObject(2, f.departmentType());
    ps.setObject(3, f.yearFrom());
    ps.setObject(4, f.yearTo());
  }

  private static IllegalArgumentException beyond(Page p, int pages, String of) {
    return new IllegalArgumentException("page " + p.number() + " asked for, but the answer has " + pages
        + (pages == 1 ? " page" : " pages") + " of " + of);
  }
}
