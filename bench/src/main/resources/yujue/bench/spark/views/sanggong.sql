-- sanggong: 三公经费 per department, year and basis; the Spark SQL twin of
--   yujue/warehouse/views/sanggong.sql (see it for the choice of places and the columns).
-- Grain: one row per (region_code, department_name, fiscal_year, basis).
-- Inputs: documents, stg_fct_sanggong.
-- Changes from DuckDB: no QUALIFY (row_number() subquery); arg_min becomes min_by. On a tie of
--   the key source is the same either way; source_doc_id may name another report of equal rank
--   in the two engines (no module reads it).
CREATE OR REPLACE TEMPORARY VIEW sanggong AS
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
  SELECT * FROM (
    SELECT *, row_number() OVER (
      PARTITION BY region_code, department_name, fiscal_year, basis, part
      ORDER BY source_rank, kind_rank, report_year DESC, doc_id) AS part_rank
    FROM facts
  ) WHERE part_rank = 1
)
SELECT
  region_code, department_name, fiscal_year, basis,
  max(amount) FILTER (WHERE part = 'total')             AS total,
  max(amount) FILTER (WHERE part = 'outbound')          AS outbound,
  max(amount) FILTER (WHERE part = 'vehicle_total')     AS vehicle_total,
  max(amount) FILTER (WHERE part = 'vehicle_purchase')  AS vehicle_purchase,
  max(amount) FILTER (WHERE part = 'vehicle_operation') AS vehicle_operation,
  max(amount) FILTER (WHERE part = 'reception')         AS reception,
  min_by(source, source_rank * 10 + kind_rank)          AS source,
  min_by(doc_id, source_rank * 10 + kind_rank)          AS source_doc_id
FROM best_part
GROUP BY ALL;
