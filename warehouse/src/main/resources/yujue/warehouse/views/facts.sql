-- Long fact views of current reports, keyed like the Parquet tables, for ad-hoc SQL.
-- Grain: as their stg_ tables; rows of superseded reports left out.
-- Inputs: documents and the stg_fct_* views.
CREATE OR REPLACE VIEW measures AS
SELECT d.region_code, d.department_name, d.fiscal_year, d.doc_kind, m.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_measure m JOIN documents d ON d.doc_id = m.doc_id AND d.run_id = m.run_id
WHERE d.status = 'current';

CREATE OR REPLACE VIEW function_facts AS
SELECT d.region_code, d.department_name, d.fiscal_year, d.doc_kind, f.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_function f JOIN documents d ON d.doc_id = f.doc_id AND d.run_id = f.run_id
WHERE d.status = 'current';

CREATE OR REPLACE VIEW economic_facts AS
SELECT d.region_code, d.department_name, d.fiscal_year, d.doc_kind, e.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_economic e JOIN documents d ON d.doc_id = e.doc_id AND d.run_id = e.run_id
WHERE d.status = 'current';

CREATE OR REPLACE VIEW budget_execution AS
SELECT d.region_code, d.department_name, d.fiscal_year, d.doc_kind, x.* EXCLUDE (run_id, fiscal_year, region_code)
FROM stg_fct_execution x JOIN documents d ON d.doc_id = x.doc_id AND d.run_id = x.run_id
WHERE d.status = 'current';
