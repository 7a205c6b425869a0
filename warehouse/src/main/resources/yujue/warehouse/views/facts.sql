-- Long fact views of current reports, keyed like the Parquet tables, for ad-hoc SQL.
-- Grain: as their stg_ tables; rows of superseded reports left out.
-- Inputs: documents and the stg_fct_* views.
-- measures: every document-level figure (totals, costs, procurement, counts), one row per place.
-- function_facts: every amount by function subject (支出功能分类), from every table that has them.
-- economic_facts: every amount by economic subject (经济分类), from tables 06, 10 and budget 6.
-- budget_execution: 年初预算 against 决算 per function subject, as the narrative states it.
-- project_evaluations: project self-evaluations (项目支出绩效自评) of final reports, one row per project.
-- Columns of measures:
--   region_code, department_name, department_type, fiscal_year, doc_kind: as in documents.
--   *: as in stg_fct_measure.
-- Columns of function_facts:
--   region_code, department_name, department_type, fiscal_year, doc_kind: as in documents.
--   *: as in stg_fct_function.
-- Columns of economic_facts:
--   region_code, department_name, department_type, fiscal_year, doc_kind: as in documents.
--   *: as in stg_fct_economic.
-- Columns of budget_execution:
--   region_code, department_name, department_type, fiscal_year, doc_kind: as in documents.
--   *: as in stg_fct_execution.
-- Columns of project_evaluations:
--   region_code, department_name, department_type, fiscal_year, doc_kind: as in documents.
--   *: as in stg_fct_project_evaluation.
CREATE OR REPLACE VIEW measures AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind, m.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_measure m JOIN documents d ON d.doc_id = m.doc_id AND d.run_id = m.run_id
WHERE d.status = 'current';

CREATE OR REPLACE VIEW function_facts AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind, f.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_function f JOIN documents d ON d.doc_id = f.doc_id AND d.run_id = f.run_id
WHERE d.status = 'current';

CREATE OR REPLACE VIEW economic_facts AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind, e.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_economic e JOIN documents d ON d.doc_id = e.doc_id AND d.run_id = e.run_id
WHERE d.status = 'current';

CREATE OR REPLACE VIEW budget_execution AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind, x.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_execution x JOIN documents d ON d.doc_id = x.doc_id AND d.run_id = x.run_id
WHERE d.status = 'current';

CREATE OR REPLACE VIEW project_evaluations AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind, p.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_project_evaluation p JOIN documents d ON d.doc_id = p.doc_id AND d.run_id = p.run_id
WHERE d.status = 'current';
