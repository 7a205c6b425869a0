-- Module inputs: figures several query modules take alike, made on a module's connection by
-- QueryModule.prepare once module_staffing is filled (not a module itself).
-- module_headcounts(): one row per current report (doc_totals). headcount_actual (在岗) and
--   headcount_authorized (编制) come from the report when it states either count, else from the
--   staffing row of the same region, department and year; never guessed. headcount_source:
--   report | staffing file; NULL when neither gives them.
-- module_visitors(): one row per current report that states 接待人次: doc_totals.reception_persons.
CREATE OR REPLACE TEMP MACRO module_headcounts() AS TABLE
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

CREATE OR REPLACE TEMP MACRO module_visitors() AS TABLE
SELECT t.doc_id, t.reception_persons
FROM doc_totals t
WHERE t.reception_persons IS NOT NULL;
