-- sources (export): every report landed for the chosen regions, so each figure can be traced.
-- Grain: one row per landed report, superseded ones included.
-- Inputs: documents, dim_region. Parameter 1: region codes, comma-separated.
-- Columns:
--   doc_id: Report id: the first 16 hex digits of the report file's SHA-256.
--   region_code: GB/T 2260 code of the report's region.
--   region: Region as tables print it (西宁市城中区, 临夏市).
--   department: Department that published the report.
--   year: Fiscal year the report is about.
--   kind: final (部门决算) or budget (部门预算).
--   status: current, or superseded (a later-landed report of the same department, year and kind
--     replaced it; superseded reports feed no figure).
--   source_file: Path of the report file as given to the land job.
--   sha256: SHA-256 of the report file's bytes, to check a copy is the same report.
WITH wanted AS (
  SELECT trim(code) AS region_code FROM unnest(string_split(?, ',')) AS t(code)
)
SELECT
  d.doc_id,
  d.region_code,
  coalesce(r.display_name, d.region_name) AS region,
  d.department_name                       AS department,
  d.fiscal_year                           AS year,
  d.doc_kind                              AS kind,
  d.status,
  d.source_file,
  d.sha256
FROM documents d
LEFT JOIN dim_region r ON r.region_code = d.region_code
WHERE d.region_code IN (SELECT region_code FROM wanted)
ORDER BY d.region_code, d.department_name, d.fiscal_year, d.doc_kind, d.status, d.doc_id;
