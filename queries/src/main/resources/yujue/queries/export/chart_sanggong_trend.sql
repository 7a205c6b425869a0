-- chart_sanggong_trend: 三公经费 budget and actual by year, for one trend chart per department.
-- Grain: one row per (region, department, fiscal year, basis) in sanggong.
-- Inputs: sanggong, scoped_departments (the regions). Parameter 1: region codes, comma-separated.
-- Columns:
--   region_code: GB/T 2260 code of the region.
--   region: Region as tables print it.
--   department: Department the figures are about.
--   department_type: Catalog id of the kind of department (government_office, ...), or NULL.
--   year: Fiscal year.
--   basis: budget or actual.
--   total: 三公经费 in total, 万元; NULL when not disclosed.
--   source: table, narrative or derived (from a later report's year-over-year sentence).
SELECT
  s.region_code,
  d.region,
  s.department_name                       AS department,
  d.department_type,
  s.fiscal_year                           AS year,
  s.basis,
  s.total,
  s.source
FROM sanggong s
JOIN scoped_departments(?, NULL, NULL, NULL) d
  ON d.region_code = s.region_code AND d.department_name = s.department_name
ORDER BY s.region_code, s.department_name, s.fiscal_year, s.basis;
