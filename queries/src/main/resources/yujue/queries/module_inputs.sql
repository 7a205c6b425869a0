-- Module inputs: figures several query modules take alike, made on a module's connection by
-- QueryModule.prepare once module_staffing is filled (not a module itself).
-- Each takes read_types, the report types (doc_totals.department_type) of the reports the module
--   needs: doc_totals is sorted by it, so one type reads only its row groups instead of every
--   report's (a caller passes the distinct types of its scope; reports without a type have no
--   department name and are in no scope).
-- module_headcounts(read_types): one row per current report (doc_totals) of those types. headcount_actual (在岗) and
--   headcount_authorized (编制) come from the report when it states either count, else from the
--   staffing row of the same region, department and year; never guessed. headcount_source:
--   report | staffing file; NULL when neither gives them.
-- module_visitors(read_types): one row per current report of those types that states 接待人次:
--   doc_totals.reception_persons.
CREATE OR REPLACE TEMP MACRO module_headcounts(read_types) AS TABLE
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
 AND s.fiscal_year = t.fiscal_year
WHERE t.department_type IN (SELECT unnest(read_types));

CREATE OR REPLACE TEMP MACRO module_visitors(read_types) AS TABLE
SELECT t.doc_id, t.reception_persons
FROM doc_totals t
WHERE t.reception_persons IS NOT NULL AND t.department_type IN (SELECT unnest(read_types));
