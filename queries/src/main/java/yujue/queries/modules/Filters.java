package yujue.queries.modules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a module is asked for. Every filter left empty (an empty list, {@code null}) means "no
 * filter"; the SQL receives it as NULL. Module options: {@code staffing} (personnel, unit-costs,
 * peers), {@code metric}, {@code basis} and {@code ascending} (peers).
 *
 * <pre>{@code
 * Filters f = Filters.NONE.withRegions("630200", "622901").withYears(2023, 2024);
 * try (ResultSet rs = QueryModule.PERSONNEL.run(connection, f)) { ... }
 * }</pre>
 *
 * @param regions GB/T 2260 six-digit region codes
 * @param departmentType department type id (dim_department_type), e.g. government_office
 * @param yearFrom first fiscal year, inclusive
 * @param yearTo last fiscal year, inclusive
 * @param staffing headcounts supplied by the researcher, used where a report states none
 * @param metric peers: the metric to rank on
 * @param basis peers: actual | budget
 * @param ascending peers: rank the smallest value first
 */
public record Filters(
    List<String> regions, String departmentType, Integer yearFrom, Integer yearTo,
    List<StaffingRow> staffing, String metric, String basis, boolean ascending) {

  public static final Filters NONE = new Filters(List.of(), null, null, null, List.of(), null, null, false);

  private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

  public Filters {
    regions = List.copyOf(regions == null ? List.of() : regions.stream().map(String::strip).toList());
    staffing = List.copyOf(staffing == null ? List.of() : staffing);
    for (String code : regions) {
      if (!REGION_CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("not a GB/T 2260 region code (six digits): '" + code + "'");
      }
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException("first year " + yearFrom + " is after last year " + yearTo);
    }
    if (basis != null && !basis.equals("actual") && !basis.equals("budget")) {
      throw new IllegalArgumentException("basis must be actual or budget, not '" + basis + "'");
    }
  }

  public Filters withRegions(String... codes) {
    return withRegions(List.of(codes));
  }

  public Filters withRegions(List<String> codes) {
    return new Filters(codes, departmentType, yearFrom, yearTo, staffing, metric, basis, ascending);
  }

  public Filters withDepartmentType(String type) {
    return new Filters(regions, type, yearFrom, yearTo, staffing, metric, basis, ascending);
  }

  /** Fiscal years {@code from} to {@code to}, inclusive; either may be null for an open end. */
  public Filters withYears(Integer from, Integer to) {
    return new Filters(regions, departmentType, from, to, staffing, metric, basis, ascending);
  }

  public Filters withYear(int year) {
    return withYears(year, year);
  }

  public Filters withStaffing(List<StaffingRow> rows) {
    return new Filters(regions, departmentType, yearFrom, yearTo, rows, metric, basis, ascending);
  }

  public Filters withMetric(String name) {
    return new Filters(regions, departmentType, yearFrom, yearTo, staffing, name, basis, ascending);
  }

  public Filters withBasis(String b) {
    return new Filters(regions, departmentType, yearFrom, yearTo, staffing, metric, b, ascending);
  }

  public Filters withAscending(boolean asc) {
    return new Filters(regions, departmentType, yearFrom, yearTo, staffing, metric, basis, asc);
  }

  /** The regions as the SQL takes them: one comma-separated string, or null for all regions. */
  String regionList() {
    return regions.isEmpty() ? null : String.join(",", regions);
  }
}
