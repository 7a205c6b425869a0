-- Long fact views of current reports, keyed like the Parquet tables; the Spark SQL twin of
--   yujue/warehouse/views/facts.sql (measures, function_facts, economic_facts,
--   project_evaluations; budget_execution is read from its mart).
-- Grain: as their stg_ tables; rows of superseded reports left out.
-- Inputs: documents and the stg_fct_* views.
-- Changes from DuckDB: Spark has no "* EXCLUDE (...)", so each view lists its stg_ table's
--   columns but run_id, fiscal_year and region_code, in the table's order (WarehouseSchema).
CREATE OR REPLACE TEMPORARY VIEW measures AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind,
  m.doc_id, m.about_year, m.measure, m.amount, m.source, m.table_code, m.provenance, m.source_line
FROM stg_fct_measure m JOIN documents d ON d.doc_id = m.doc_id AND d.run_id = m.run_id
WHERE d.status = 'current';

CREATE OR REPLACE TEMPORARY VIEW function_facts AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind,
  f.doc_id, f.table_code, f.subject_code, f.subject_name, f.measure, f.amount, f.provenance, f.source_line
FROM stg_fct_function f JOIN documents d ON d.doc_id = f.doc_id AND d.run_id = f.run_id
WHERE d.status = 'current';

CREATE OR REPLACE TEMPORARY VIEW economic_facts AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind,
  e.doc_id, e.table_code, e.subject_code, e.subject_name, e.measure, e.amount, e.provenance, e.source_line
FROM stg_fct_economic e JOIN documents d ON d.doc_id = e.doc_id AND d.run_id = e.run_id
WHERE d.status = 'current';

CREATE OR REPLACE TEMPORARY VIEW project_evaluations AS
SELECT d.region_code, d.department_name, d.department_type, d.fiscal_year, d.doc_kind,
  p.doc_id, p.project_name, p.budget_initial, p.budget_full_year, p.executed, p.execution_pct, p.score,
  p.table_code, p.provenance, p.source_line
FROM stg_fct_project_evaluation p JOIN documents d ON d.doc_id = p.doc_id AND d.run_id = p.run_id
WHERE d.status = 'current';
