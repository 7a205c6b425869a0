-- personnel: 人员经费, 公用经费, headcount and 人均人员经费 per current report.
-- Grain: one row per current report (region_code, department, year, doc_kind).
-- Inputs: doc_totals, dim_region, module_staffing (a temporary table the module runner fills from
--   the researcher's staffing file; empty without one).
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type; 3 first year; 4 last year.
-- Headcount comes from the report when it states either count (在岗 / 编制), else from the staffing
--   row of the same region, department and year; never guessed. 人均人员经费 divides by the actual
--   headcount (在岗); NULL with a note saying why when it cannot be computed.
-- Columns:
--   region_code               [code]         GB/T 2260 code of the region.
--   region                    [text]         Region as tables print it (西宁市城中区).
--   department                [text]         Department name.
--   department_type           [id]           Department type id (dim_department_type).
--   year                      [year]         Fiscal year of the report.
--   doc_kind                  [text]         final (决算: actual figures) | budget (预算).
--   personnel_cost            [万元]         人员经费.
--   public_cost               [万元]         公用经费.
--   headcount_actual          [persons]      Actual staff (在岗/实有人数).
--   headcount_authorized      [persons]      Authorized staff (编制数).
--   headcount_source          [text]         Where the headcounts come from: report | staffing file; NULL when neither gives them.
--   personnel_per_capita      [万元/person]  人均人员经费: personnel_cost / headcount_actual (0.0001, DECIMAL).
--   personnel_per_authorized  [万元/person]  personnel_cost / headcount_authorized (0.0001, DECIMAL).
--   doc_id                    [id]           Report (documents.doc_id).
--   note                      [text]         Why personnel_per_capita is NULL; NULL when it is computed.
WITH params AS (
  SELECT
    CAST(? AS VARCHAR) AS regions,
    CAST(? AS VARCHAR) AS department_type,
    CAST(? AS INTEGER) AS year_from,
    CAST(? AS INTEGER) AS year_to
),
wanted_regions AS (
  SELECT DISTINCT trim(code) AS region_code
  FROM params, unnest(string_split(params.regions, ',')) AS t(code)
),

-- sources
reports AS (
  SELECT * FROM doc_totals
),
staffing AS (
  SELECT * FROM module_staffing
),

-- logic
headcounts AS (
  SELECT
    t.doc_id,
    CASE
      WHEN t.headcount_actual IS NOT NULL OR t.headcount_authorized IS NOT NULL THEN 'report'
      WHEN s.region_code IS NOT NULL THEN 'staffing file'
    END AS headcount_source,
    CASE WHEN t.headcount_actual IS NOT NULL OR t.headcount_authorized IS NOT NULL
         THEN t.headcount_actual ELSE s.actual END AS headcount_actual,
    CASE WHEN t.headcount_actual IS NOT NULL OR t.headcount_authorized IS NOT NULL
         THEN t.headcount_authorized ELSE s.authorized END AS headcount_authorized
  FROM reports t
  LEFT JOIN staffing s
    ON s.region_code = t.region_code AND s.department = t.department_name
   AND s.fiscal_year = t.fiscal_year
)

SELECT
  t.region_code,
  coalesce(r.display_name, t.region_code)             AS region,
  t.department_name                                   AS department,
  t.department_type,
  t.fiscal_year                                       AS year,
  t.doc_kind,
  -- costs (万元)
  t.personnel_cost,
  t.public_cost,
  -- staff
  h.headcount_actual,
  h.headcount_authorized,
  h.headcount_source,
  -- per head (万元 per person)
  per(t.personnel_cost, h.headcount_actual)           AS personnel_per_capita,
  per(t.personnel_cost, h.headcount_authorized)       AS personnel_per_authorized,
  t.doc_id,
  CASE
    WHEN t.personnel_cost IS NULL      THEN 'no personnel cost (人员经费) in the report'
    WHEN h.headcount_source IS NULL    THEN 'no headcount in the report and no staffing row'
    WHEN h.headcount_actual IS NULL    THEN 'the ' || h.headcount_source || ' gives no actual headcount (在岗)'
    WHEN h.headcount_actual = 0        THEN 'actual headcount is 0'
  END                                                 AS note
FROM reports t
JOIN headcounts h ON h.doc_id = t.doc_id
CROSS JOIN params p
LEFT JOIN dim_region r ON r.region_code = t.region_code
WHERE (p.regions IS NULL OR t.region_code IN (SELECT region_code FROM wanted_regions))
  AND (p.department_type IS NULL OR t.department_type = p.department_type)
  AND (p.year_from IS NULL OR t.fiscal_year >= p.year_from)
  AND (p.year_to IS NULL OR t.fiscal_year <= p.year_to)
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind;
