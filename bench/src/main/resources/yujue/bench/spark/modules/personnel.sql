-- personnel: the Spark SQL twin of yujue/queries/personnel.sql (see it for the grain, the
--   headcount rule and the columns, which are the same here).
-- Inputs: doc_totals, scoped_documents (the filters), module_headcounts (module_inputs.sql).
-- Parameters (bound by name, from QueryModule.parameters as on DuckDB): :regions,
--   :department_type, :first_year, :last_year.
-- Changes from DuckDB: per() is the temporary SQL function of functions.sql; module_headcounts
--   is a view, read without "()".
WITH scope AS (
  SELECT * FROM scoped_documents(:regions, :department_type, :first_year, :last_year)
),

-- sources
reports AS (
  -- the scope's rows only, before anything is computed on them
  SELECT t.* FROM doc_totals t
  LEFT SEMI JOIN scope s ON s.doc_id = t.doc_id
  WHERE (:department_type IS NULL OR t.department_type = :department_type) -- lets the scan skip other types' row groups
),
headcounts AS (
  SELECT * FROM module_headcounts
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
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind
