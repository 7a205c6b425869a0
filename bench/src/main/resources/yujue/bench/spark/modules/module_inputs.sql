-- Module inputs (module_headcounts, module_visitors): the Spark SQL twin of
--   yujue/queries/module_inputs.sql (see it for what they hold); made before every module run,
--   once module_staffing is registered, as on DuckDB.
-- Changes from DuckDB: table macros without arguments become temporary views (called without
--   the "()").
CREATE OR REPLACE TEMPORARY VIEW module_headcounts AS
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
FROM doc_totals t
LEFT JOIN module_staffing s
  ON s.region_code = t.region_code AND s.department = t.department_name
 AND s.fiscal_year = t.fiscal_year;

CREATE OR REPLACE TEMPORARY VIEW module_visitors AS
SELECT doc_id, reception_persons FROM doc_totals WHERE reception_persons IS NOT NULL;
