-- sanggong: 三公经费 (因公出国(境), 公务用车购置及运行维护, 公务接待) per department, year and basis.
-- Grain: one row per (region_code, department_name, fiscal_year, basis); basis = budget | actual.
-- Inputs: documents, stg_fct_sanggong.
-- A year can be given by its own report's table, its narrative, a budget report, or derived from
-- a later report's year-over-year sentence. Each part is taken from the best place that gives it:
-- table before narrative before derived, a final report before a budget, a later report first.
-- Columns:
--   region_code, department_name: as in documents.
--   fiscal_year: year the figures are about (a later report's sentence can give an earlier year).
--   basis: budget (预算数) | actual (决算数).
--   total: 三公经费 total, 万元.
--   outbound: 因公出国(境)费, 万元.
--   vehicle_total: 公务用车购置及运行维护费, 万元.
--   vehicle_purchase: 公务用车购置费, 万元.
--   vehicle_operation: 公务用车运行维护费, 万元.
--   reception: 公务接待费, 万元.
--   source: table | narrative | derived: the best place used for the row.
--   source_doc_id: doc_id of the report that place is in.
CREATE OR REPLACE VIEW sanggong AS
WITH facts AS (
  SELECT
    d.region_code, d.department_name, s.about_year AS fiscal_year, s.basis, s.part, s.amount, s.source,
    s.doc_id,
    CASE s.source WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END AS source_rank,
    CASE d.doc_kind WHEN 'final' THEN 0 ELSE 1 END AS kind_rank,
    d.fiscal_year AS report_year
  FROM stg_fct_sanggong s
  JOIN documents d ON d.doc_id = s.doc_id AND d.run_id = s.run_id
  WHERE d.status = 'current'
),
best_part AS (
  SELECT *
  FROM facts
  QUALIFY row_number() OVER (
    PARTITION BY region_code, department_name, fiscal_year, basis, part
    ORDER BY source_rank, kind_rank, report_year DESC, doc_id) = 1
)
SELECT
  region_code, department_name, fiscal_year, basis,
  max(amount) FILTER (WHERE part = 'total')             AS total,
  max(amount) FILTER (WHERE part = 'outbound')          AS outbound,
  max(amount) FILTER (WHERE part = 'vehicle_total')     AS vehicle_total,
  max(amount) FILTER (WHERE part = 'vehicle_purchase')  AS vehicle_purchase,
  max(amount) FILTER (WHERE part = 'vehicle_operation') AS vehicle_operation,
  max(amount) FILTER (WHERE part = 'reception')         AS reception,
  arg_min(source, source_rank * 10 + kind_rank)         AS source,
  arg_min(doc_id, source_rank * 10 + kind_rank)         AS source_doc_id
FROM best_part
GROUP BY ALL;
