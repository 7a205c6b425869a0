-- sanggong (export): 三公经费 budget and actual per department and year, of the chosen regions.
-- Grain: one row per (region, department, fiscal year, basis).
-- Inputs: sanggong, dim_region. Parameter 1: region codes, comma-separated.
-- Each part comes from the best place that gives that year (table, then narrative, then derived
-- from a later report's year-over-year sentence). Amounts are 万元; NULL = not disclosed.
-- Columns:
--   region_code: GB/T 2260 code of the region.
--   region: Region as tables print it (西宁市城中区, 临夏市).
--   department: Department the figures are about.
--   year: Fiscal year the figures are about.
--   basis: budget (预算数, planned) or actual (决算数, spent).
--   total: 三公经费 in total: 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费, 万元.
--   outbound: 因公出国(境)费, official travel abroad (incl. Hong Kong, Macao, Taiwan), 万元.
--   vehicle_total: 公务用车购置及运行维护费, official vehicles bought and run, 万元.
--   vehicle_purchase: 公务用车购置费, official vehicles bought, 万元.
--   vehicle_operation: 公务用车运行维护费, running official vehicles (fuel, repair, insurance), 万元.
--   reception: 公务接待费, official hospitality, 万元.
--   source: Where the row's figures come from at best: table (the year's own 三公 table),
--     narrative (the report's text), or derived (a later report's year-over-year sentence).
--   source_doc_id: Report the best figure of the row comes from; see the sources table.
WITH wanted AS (
  SELECT trim(code) AS region_code FROM unnest(string_split(?, ',')) AS t(code)
)
SELECT
  s.region_code,
  coalesce(r.display_name, s.region_code) AS region,
  s.department_name                       AS department,
  s.fiscal_year                           AS year,
  s.basis,
  s.total, s.outbound, s.vehicle_total, s.vehicle_purchase, s.vehicle_operation, s.reception,
  s.source,
  s.source_doc_id
FROM sanggong s
LEFT JOIN dim_region r ON r.region_code = s.region_code
WHERE s.region_code IN (SELECT region_code FROM wanted)
ORDER BY s.region_code, s.department_name, s.fiscal_year, s.basis;
