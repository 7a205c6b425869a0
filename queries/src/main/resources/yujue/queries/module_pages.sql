-- Module pages: where one page of a listing module's answer lies (not a module itself; see
-- ModulePages). Pages go by department type (ids in order) and then by whole regions in code
-- order: counting a type's departments region by region, a page holds the regions whose first
-- department falls in its window of page-size departments, so about that many (more by at most
-- one region's). A type with no departments in scope has no page.
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type; 3 first year; 4 last year; 5 page size (departments); 6 page number (1 = first).
-- A department counts under each type its current reports carry (report_types, which holds its
-- own type, the largest of them): a page asks the module for one type, and the modules that scope
-- by the department's type and those that scope by the report's then find each of their rows on
-- exactly one page.
-- Columns (one row, also past the last page: then regions is NULL):
--   pages, department_type, regions (comma-separated), region_count, departments, first_region, last_region.
WITH counts AS (
  SELECT t.department_type, s.region_code, count(*) AS departments
  FROM scoped_departments($1, NULL, $3, $4) s, unnest(s.report_types) AS t(department_type)
  WHERE CAST($2 AS VARCHAR) IS NULL OR t.department_type = $2
  GROUP BY ALL
),
placed AS (
  -- the window of page-size departments the region's first department falls in, within its type
  SELECT *,
    (sum(departments) OVER (PARTITION BY department_type ORDER BY region_code) - departments)
      // CAST($5 AS BIGINT) AS slot
  FROM counts
),
numbered AS (
  SELECT *, dense_rank() OVER (ORDER BY department_type, slot) AS page FROM placed
)
SELECT
  (SELECT coalesce(max(page), 0) FROM numbered)     AS pages,
  any_value(department_type)                        AS department_type,
  string_agg(region_code, ',' ORDER BY region_code) AS regions,
  count(*)                                          AS region_count,
  sum(departments)                                  AS departments,
  min(region_code)                                  AS first_region,
  max(region_code)                                  AS last_region
FROM numbered
WHERE page = CAST($6 AS BIGINT);
