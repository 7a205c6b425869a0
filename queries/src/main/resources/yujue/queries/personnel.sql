-- personnel: 人员经费, 公用经费, headcount and 人均人员经费 per current report.
-- Grain: one row per current report (region_code, department, year, doc_kind).
-- Inputs: doc_totals, scoped_documents (the filters), module_headcounts(read_types) (module_inputs.sql: over
--   module_staffing, a temporary table the module runner fills from the researcher's staffing
--   file; empty without one).
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type (the report's own); 3 first year; 4 last year.
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
WITH scope AS (
  -- the current reports the filters select, with the region as tables print it
  SELECT * FROM scoped_documents($1, $2, $3, $4)
),

-- sources
reports AS (
  -- the scope's rows only, before anything is computed on them
  SELECT t.* FROM doc_totals t
  SEMI JOIN scope s ON s.doc_id = t.doc_id
  WHERE (CAST($2 AS VARCHAR) IS NULL OR t.department_type = $2) -- lets the scan skip other types' row groups
),
headcounts AS (
  SELECT * FROM module_headcounts((SELECT list(DISTINCT department_type) FROM scope))
)

SELECT
  t.region_code,
  s.region                                            AS region,
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
JOIN scope s ON s.doc_id = t.doc_id
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind;
