-- documents: every landed report; the Spark SQL twin of yujue/warehouse/views/documents.sql.
-- Grain: one row per doc_id (content address of the source file).
-- Inputs: stg_documents.
-- Changes from DuckDB: no QUALIFY, so the first landing of a doc_id is kept by a row_number()
--   subquery.
CREATE OR REPLACE TEMPORARY VIEW documents AS
WITH landed AS (
  SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY doc_id ORDER BY landed_at, run_id) AS landing_rank
    FROM stg_documents
  ) WHERE landing_rank = 1
),
editions AS (
  SELECT *,
    row_number() OVER (
      PARTITION BY region_code, department_name, fiscal_year, doc_kind
      ORDER BY landed_at DESC, doc_id) AS edition_rank
  FROM landed
)
SELECT
  doc_id, region_code, region_name, department_name, department_type, fiscal_year, doc_kind,
  source_file, sha256,
  CASE WHEN edition_rank = 1 THEN 'current' ELSE 'superseded' END AS status,
  text_family, metadata_source, fact_count, finding_count, parser_version, run_id, landed_at
FROM editions;
