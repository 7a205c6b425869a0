-- expenditure_by_function: all spending by function subject; the Spark SQL twin of
--   yujue/warehouse/views/expenditure_by_function.sql (see it for the columns).
-- Grain: one row per (current document, subject_code).
-- Inputs: documents, stg_fct_function.
-- Changes from DuckDB: none (any_value and GROUP BY ALL exist in Spark too).
CREATE OR REPLACE TEMPORARY VIEW expenditure_by_function AS
SELECT
  d.region_code, d.department_name, d.fiscal_year, d.doc_kind,
  f.subject_code,
  any_value(f.subject_name)                         AS subject_name,
  max(f.amount) FILTER (WHERE f.measure = 'total')   AS total,
  max(f.amount) FILTER (WHERE f.measure = 'basic')   AS basic,
  max(f.amount) FILTER (WHERE f.measure = 'project') AS project,
  d.doc_id
FROM stg_fct_function f
JOIN documents d ON d.doc_id = f.doc_id AND d.run_id = f.run_id
WHERE d.status = 'current' AND f.table_code IN ('F03', 'B3')
GROUP BY ALL;
