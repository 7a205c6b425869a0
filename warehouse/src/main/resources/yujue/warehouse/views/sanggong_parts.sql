-- sanggong_parts: each part of 三公经费 per department, year and basis, from the best place that gives it.
-- Grain: one row per (region_code, department_name, fiscal_year, basis, part).
-- Inputs: documents, stg_fct_sanggong.
-- A year can be given by its own report's table, its narrative, a budget report, or derived from
-- a later report's year-over-year sentence. Each part is taken from the best place that gives it:
-- table before narrative before derived, a final report before a budget, a later report first.
-- Columns:
--   region_code, department_name: as in documents.
--   department_type: the department's type, the largest among its current reports' (as
--     scoped_departments has it).
--   fiscal_year: year the figure is about (a later report's sentence can give an earlier year).
--   basis: budget (预算数) | actual (决算数).
--   part: total | outbound | vehicle_total | vehicle_purchase | vehicle_operation | reception.
--   amount: the part, 万元.
--   source: table | narrative | derived: where the figure was read.
--   doc_id: the report it was read in.
--   doc_kind: that report's kind (final | budget).
--   report_year: that report's fiscal year.
CREATE OR REPLACE VIEW sanggong_parts AS
WITH departments AS (
  SELECT region_code, department_name, max(department_type) AS department_type
  FROM documents
  WHERE status = 'current'
  GROUP BY ALL
),
best AS (
  -- one report per department, year and kind is current, so the rank below has no ties between reports
  SELECT
    d.region_code, d.department_name, s.about_year AS fiscal_year, s.basis, s.part,
    arg_min_null({'amount': s.amount, 'source': s.source, 'doc_id': s.doc_id, 'doc_kind': d.doc_kind, 'report_year': d.fiscal_year},
      (CASE s.source WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END) * 100000
        + (CASE d.doc_kind WHEN 'final' THEN 0 ELSE 1 END) * 10000
        + (9999 - d.fiscal_year)) AS place
  FROM stg_fct_sanggong s
  JOIN documents d ON d.doc_id = s.doc_id AND d.run_id = s.run_id
  WHERE d.status = 'current'
  GROUP BY ALL
)
SELECT b.region_code, b.department_name, p.department_type, b.fiscal_year, b.basis, b.part,
  b.place.amount, b.place.source, b.place.doc_id, b.place.doc_kind, b.place.report_year
FROM best b
JOIN departments p ON p.region_code IS NOT DISTINCT FROM b.region_code
 AND p.department_name IS NOT DISTINCT FROM b.department_name;
