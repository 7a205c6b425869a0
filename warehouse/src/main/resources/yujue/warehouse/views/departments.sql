-- departments: every department with a current report, and its type.
-- Grain: one row per (region_code, department_name) with at least one current report.
-- Inputs: documents.
-- A department's type is the largest type id among its current reports (they agree unless
-- reports of one department were classified differently). Materialized as a mart, so the
-- modules' scoping reads ~2 × 10^4 rows instead of grouping every report on each query.
-- Columns:
--   region_code, department_name: as in documents.
--   department_type: the department's type (dim_department_type).
CREATE OR REPLACE VIEW departments AS
SELECT region_code, department_name, max(department_type) AS department_type
FROM documents
WHERE status = 'current'
GROUP BY ALL;
