-- chart_sanggong_trend: 三公经费 budget and actual by year, for one trend chart per department.
-- Grain: one row per (region, department, fiscal year, basis) in sanggong.
-- Inputs: sanggong, documents, dim_region. Parameter 1: region codes, comma-separated.
-- Columns:
--   region_code: GB/T 2260 code of the region.
--   region: Region as tables print it.
--   department: Department the figures are about.
--   department_type: Catalog id of the kind of department (government_office, ...), or NULL.
--   year: Fiscal year.
--   basis: budget or actual.
--   total: 三公经费 in total, 万元; NULL when not disclosed.
--   source: table, narrative or derived (from a later report's year-over-year sentence).
WITH wanted AS (
  SELECT trim(code) AS region_code FROM unnest(string_split(?, ',')) AS t(code)
),
types AS (
  SELECT region_code, department_name, max(department_type) AS department_type
  FROM documents
  WHERE status = 'current'
  GROUP BY region_code, department_name
)
SELECT
  s.region_code,
  coalesce(r.display_name, s.region_code) AS region,
  s.department_name                       AS department,
  ty.department_type,
  s.fiscal_year                           AS year,
  s.basis,
  s.total,
  s.source
FROM sanggong s
LEFT JOIN types ty ON ty.region_code = s.region_code AND ty.department_name = s.department_name
LEFT JOIN dim_region r ON r.region_code = s.region_code
WHERE s.region_code IN (SELECT region_code FROM wanted)
ORDER BY s.region_code, s.department_name, s.fiscal_year, s.basis;
