-- expenditure_by_function: all spending by function subject (支出功能分类, 类/款/项).
-- Grain: one row per (current document, subject_code).
-- Inputs: documents, stg_fct_function.
-- From 支出决算表 (公开03, all funds) of a final report and 支出总表 (部门公开表3) of a budget.
-- Appropriation-only tables (05, budget 5) stay in function_facts.
-- Columns:
--   region_code, department_name, department_type, fiscal_year, doc_kind, doc_id: as in documents.
--   subject_code: function subject code: 3 digits 类, 5 款, 7 项.
--   subject_name: subject name as printed (repaired when wrapped or cut).
--   total: 合计, all spending on the subject, 万元.
--   basic: 基本支出, 万元.
--   project: 项目支出, 万元.
CREATE OR REPLACE VIEW expenditure_by_function AS
SELECT
  d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind,
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
