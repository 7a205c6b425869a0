-- sanggong: 三公经费 (因公出国(境), 公务用车购置及运行维护, 公务接待) per department, year and basis.
-- Grain: one row per (region_code, department_name, fiscal_year, basis); basis = budget | actual.
-- Inputs: sanggong_parts (each part from the best place that gives it).
-- Columns:
--   region_code, department_name, department_type: as in sanggong_parts.
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
WITH ranked AS (
  SELECT *,
    -- as sanggong_parts ranks places: one report per department, year and kind is current
    CASE source WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END * 100000
      + CASE doc_kind WHEN 'final' THEN 0 ELSE 1 END * 10000 + (9999 - report_year) AS place_rank
  FROM sanggong_parts
)
SELECT
  region_code, department_name, department_type, fiscal_year, basis,
  max(amount) FILTER (WHERE part = 'total')             AS total,
  max(amount) FILTER (WHERE part = 'outbound')          AS outbound,
  max(amount) FILTER (WHERE part = 'vehicle_total')     AS vehicle_total,
  max(amount) FILTER (WHERE part = 'vehicle_purchase')  AS vehicle_purchase,
  max(amount) FILTER (WHERE part = 'vehicle_operation') AS vehicle_operation,
  max(amount) FILTER (WHERE part = 'reception')         AS reception,
  arg_min(source, place_rank)                           AS source,
  arg_min(doc_id, place_rank)                           AS source_doc_id
FROM ranked
GROUP BY ALL;
