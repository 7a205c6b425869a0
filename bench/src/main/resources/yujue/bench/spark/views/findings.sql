-- findings: what validation and repair found in each current report; the Spark SQL twin of
--   yujue/warehouse/views/findings.sql.
-- Grain: one row per finding.
-- Inputs: documents, stg_fct_finding.
-- Changes from DuckDB: none.
CREATE OR REPLACE TEMPORARY VIEW findings AS
SELECT
  f.doc_id, f.rule_id, f.severity, f.message, f.expected, f.actual, f.table_code, f.source_line,
  d.region_code, d.department_name, d.fiscal_year, d.doc_kind
FROM stg_fct_finding f
JOIN documents d ON d.doc_id = f.doc_id AND d.run_id = f.run_id
WHERE d.status = 'current';
