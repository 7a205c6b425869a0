-- unit-costs: the Spark SQL twin of yujue/queries/unit_costs.sql (see it for the grain, where
--   each numerator and denominator comes from, and the columns, which are the same here).
-- Inputs: doc_totals, sanggong, scoped_documents (the filters), module_visitors and
--   module_headcounts (module_inputs.sql).
-- Parameters (bound by name, from QueryModule.parameters as on DuckDB): :regions,
--   :department_type, :first_year, :last_year.
-- Changes from DuckDB: per() is the temporary SQL function of functions.sql; module_visitors and
--   module_headcounts are views, read without "()".
WITH scope AS (
  SELECT * FROM scoped_documents(:regions, :department_type, :first_year, :last_year)
),

-- sources
reports AS (
  -- the scope's rows only, before anything is computed on them
  SELECT t.*, CASE t.doc_kind WHEN 'final' THEN 'actual' ELSE 'budget' END AS basis
  FROM doc_totals t
  LEFT SEMI JOIN scope s ON s.doc_id = t.doc_id
  WHERE (:department_type IS NULL OR t.department_type = :department_type) -- lets the scan skip other types' row groups
),
sanggong_years AS (
  SELECT g.* FROM sanggong g
  LEFT SEMI JOIN scope s ON s.region_code = g.region_code AND s.department_name = g.department_name
),
visitors AS (
  SELECT * FROM module_visitors
),
headcounts AS (
  SELECT * FROM module_headcounts
),

-- logic
ratios AS (
  SELECT
    t.doc_id, 1 AS sort, 'vehicle_cost_per_vehicle' AS measure, '每辆公务用车运行维护费' AS measure_name,
    g.vehicle_operation AS numerator, '公务用车运行维护费' AS numerator_name,
    t.vehicles_held AS denominator, '公务用车保有量 (vehicles held)' AS denominator_name,
    CASE WHEN t.vehicles_held IS NOT NULL THEN 'report' END AS denominator_source,
    '万元/辆' AS unit
  FROM reports t
  LEFT JOIN sanggong_years g
    ON g.region_code = t.region_code AND g.department_name = t.department_name
   AND g.fiscal_year = t.fiscal_year AND g.basis = t.basis
  UNION ALL
  SELECT
    t.doc_id, 2, 'reception_cost_per_visitor', '每人次公务接待费',
    g.reception, '公务接待费',
    v.reception_persons, '接待人次 (visitors received)',
    CASE WHEN v.reception_persons IS NOT NULL THEN 'report' END,
    '万元/人次'
  FROM reports t
  LEFT JOIN sanggong_years g
    ON g.region_code = t.region_code AND g.department_name = t.department_name
   AND g.fiscal_year = t.fiscal_year AND g.basis = t.basis
  LEFT JOIN visitors v ON v.doc_id = t.doc_id
  UNION ALL
  SELECT
    t.doc_id, 3, 'operating_cost_per_head', '人均机关运行经费',
    t.operating_cost, '机关运行经费',
    h.headcount_actual, 'actual headcount (在岗)',
    CASE WHEN h.headcount_actual IS NOT NULL THEN h.headcount_source END,
    '万元/人'
  FROM reports t
  JOIN headcounts h ON h.doc_id = t.doc_id
)

SELECT
  t.region_code,
  s.region                                 AS region,
  t.department_name                        AS department,
  t.department_type,
  t.fiscal_year                            AS year,
  t.doc_kind,
  x.measure,
  x.measure_name,
  x.numerator,
  x.denominator,
  x.denominator_source,
  per(x.numerator, x.denominator)          AS value,
  x.unit,
  t.doc_id,
  CASE
    WHEN x.numerator IS NULL THEN 'no ' || x.numerator_name || ' for the year'
    WHEN x.denominator IS NULL AND x.measure = 'operating_cost_per_head'
      THEN 'no headcount in the report and no staffing row'
    WHEN x.denominator IS NULL THEN 'no ' || x.denominator_name || ' in the report'
    WHEN x.denominator = 0 THEN x.denominator_name || ' is 0'
  END                                      AS note
FROM ratios x
JOIN reports t ON t.doc_id = x.doc_id
JOIN scope s ON s.doc_id = t.doc_id
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind, x.sort
