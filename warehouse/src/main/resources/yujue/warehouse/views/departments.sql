-- departments: every department with a current report, and its type.
-- Grain: one row per (region_code, department_name) with at least one current report.
-- Inputs: documents.
-- A department's type is the largest type id among its current reports (they agree unless
-- reports of one department were classified differently). Materialized as a mart, so the
-- modules' scoping reads ~2 × 10^4 rows instead of grouping every report on each query.
-- Columns:
--   region_code, department_name: as in documents.
--   department_type: the department's type (dim_department_type).
--   report_types: the types its current reports carry, sorted: [department_type] unless they
--     were classified differently. The per-report marts (doc_totals, budget_execution, ...) are
--     sorted by the report's type, so a module that joins its rows on these as well as on the
--     department reads only the row groups of the types asked for (scoped_reports).
CREATE OR REPLACE VIEW departments AS
SELECT
  region_code, department_name, max(department_type) AS department_type,
  list_sort(list_distinct(list(department_type))) AS report_types
FROM documents
WHERE status = 'current'
GROUP BY ALL;
