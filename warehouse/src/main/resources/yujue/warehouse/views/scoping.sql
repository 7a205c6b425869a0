-- Scoping macros: what a query module's filters select, with the region as tables print it and
-- the department type; every module (yujue/queries/*.sql) scopes its rows through one of them.
-- Inputs: documents, departments, dim_region.
-- Arguments, as a module binds them (NULL = no filter): filter_regions, GB/T 2260 codes
--   comma-separated; filter_type, a department type id (dim_department_type); filter_first_year
--   and filter_last_year, inclusive.
-- scoped_documents(filter_regions, filter_type, filter_first_year, filter_last_year): one row per
--   current report of the regions whose own department_type and fiscal_year are asked for, with
--   doc_id, region_code, department_name, department_type, fiscal_year and doc_kind as in
--   documents, and region: dim_region.display_name (西宁市城中区), the code where it has none.
-- scoped_departments(filter_regions, filter_type, filter_first_year, filter_last_year): one row
--   per department (region_code, department_name) with a current report in the regions whose
--   department type (the largest among its current reports) is asked for, with region as above,
--   that department_type, its report_types, and first_year and last_year, the open ends as the smallest and largest
--   INTEGER: the module keeps its rows' years between them, for a row can be about a year no
--   report of the department is for (one derived from a later report's sentence).
-- scoped_reports(filter_regions, filter_type, filter_first_year, filter_last_year): one row per
--   (region_code, department_name, report_type) of scoped_departments, report_type each type its
--   current reports carry (departments.report_types). A module semi-joins per-report rows on all
--   three: the same rows as on the department alone (every report with a department name has a
--   type: the parser classifies each named department), but the join's filter on report_type lets
--   the scan of a mart sorted by type skip the row groups of the other types.
-- In a macro a parameter hides a column of the same name (and no column may be named like one),
-- so the parameters are named apart and every column is qualified.
CREATE OR REPLACE MACRO scoped_departments(
    filter_regions, filter_type, filter_first_year, filter_last_year) AS TABLE
SELECT
  d.region_code,
  coalesce(r.display_name, d.region_code) AS region,
  d.department_name,
  d.department_type,
  d.report_types,
  coalesce(CAST(filter_first_year AS INTEGER), -2147483648) AS first_year,
  coalesce(CAST(filter_last_year AS INTEGER), 2147483647)   AS last_year
FROM departments d
LEFT JOIN dim_region r ON r.region_code = d.region_code
-- the region list as a subquery of the argument alone: a hash join (read from a CTE's column it
-- was a correlated one, re-joined per row: 30 ms instead of 3 for a 500-region page)
WHERE (CAST(filter_regions AS VARCHAR) IS NULL
       OR d.region_code IN (SELECT trim(t.code) FROM unnest(string_split(CAST(filter_regions AS VARCHAR), ',')) AS t(code)))
  AND (CAST(filter_type AS VARCHAR) IS NULL OR d.department_type = CAST(filter_type AS VARCHAR));

CREATE OR REPLACE MACRO scoped_documents(
    filter_regions, filter_type, filter_first_year, filter_last_year) AS TABLE
SELECT
  d.doc_id,
  d.region_code,
  s.region,
  d.department_name,
  d.department_type,
  d.fiscal_year,
  d.doc_kind
FROM documents d
JOIN scoped_departments(filter_regions, NULL, filter_first_year, filter_last_year) s
  ON s.region_code = d.region_code AND s.department_name = d.department_name
WHERE d.status = 'current'
  -- on the argument itself, so that the scan of the type-sorted mart skips other types' row groups
  AND (CAST(filter_type AS VARCHAR) IS NULL OR d.department_type = CAST(filter_type AS VARCHAR))
  AND d.fiscal_year BETWEEN s.first_year AND s.last_year;

CREATE OR REPLACE MACRO scoped_reports(
    filter_regions, filter_type, filter_first_year, filter_last_year) AS TABLE
SELECT s.region_code, s.department_name, unnest(s.report_types) AS report_type
FROM scoped_departments(filter_regions, filter_type, filter_first_year, filter_last_year) s;
