-- chart_unit_costs: per-capita and per-unit costs of each final report, for the unit-cost chart.
-- Grain: one row per current final report (what was spent; budgets are plans).
-- Inputs: doc_totals, sanggong, measures, dim_region. Parameter 1: region codes, comma-separated.
-- A ratio is NULL when its numerator or denominator is not disclosed: staff counts are rarely
-- published, and a missing count is never guessed.
-- Columns:
--   region_code: GB/T 2260 code of the region.
--   region: Region as tables print it.
--   department: Department that published the report.
--   year: Fiscal year of the report.
--   personnel_cost_per_head: 人均人员经费, personnel_cost / headcount_actual, 万元 per person.
--   public_cost_per_head: 人均公用经费, public_cost / headcount_actual, 万元 per person.
--   vehicle_operation_per_vehicle: 车均运行维护费, actual 公务用车运行维护费 / vehicles_held,
--     万元 per vehicle.
--   reception_per_visitor: 公务接待费 per visitor, actual reception / 接待人次, 万元 per visitor.
WITH wanted AS (
  SELECT trim(code) AS region_code FROM unnest(string_split(?, ',')) AS t(code)
),
visitors AS (
  SELECT doc_id, amount AS reception_persons
  FROM measures
  WHERE measure = 'reception_persons' AND about_year = fiscal_year
  QUALIFY row_number() OVER (
    PARTITION BY doc_id ORDER BY CASE source WHEN 'table' THEN 0 ELSE 1 END, amount) = 1
)
SELECT
  t.region_code,
  coalesce(r.display_name, t.region_name)            AS region,
  t.department_name                                  AS department,
  t.fiscal_year                                      AS year,
  per(t.personnel_cost, t.headcount_actual)          AS personnel_cost_per_head,
  per(t.public_cost, t.headcount_actual)             AS public_cost_per_head,
  per(s.vehicle_operation, t.vehicles_held)          AS vehicle_operation_per_vehicle,
  per(s.reception, v.reception_persons)              AS reception_per_visitor
FROM doc_totals t
LEFT JOIN sanggong s ON s.region_code = t.region_code AND s.department_name = t.department_name
  AND s.fiscal_year = t.fiscal_year AND s.basis = 'actual'
LEFT JOIN visitors v ON v.doc_id = t.doc_id
LEFT JOIN dim_region r ON r.region_code = t.region_code
WHERE t.doc_kind = 'final' AND t.region_code IN (SELECT region_code FROM wanted)
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_id;
