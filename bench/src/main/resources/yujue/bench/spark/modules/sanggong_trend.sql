-- sanggong-trend: the Spark SQL twin of yujue/queries/sanggong_trend.sql (see it for the grain,
--   the choice of figures and the columns, which are the same here).
-- Inputs: sanggong_parts, scoped_departments (the filters).
-- Parameters (bound by name, from QueryModule.parameters as on DuckDB): :regions,
--   :department_type, :first_year, :last_year.
-- Changes from DuckDB: pct() is the temporary SQL function
--   of functions.sql; list_position([...], part) becomes array_position(array(...), part).
WITH scope AS (
  SELECT * FROM scoped_departments(:regions, :department_type, :first_year, :last_year)
),

-- sources
best_part AS (
  SELECT p.* FROM sanggong_parts p
  LEFT SEMI JOIN scope s ON s.region_code = p.region_code AND s.department_name = p.department_name
  WHERE (:department_type IS NULL OR p.department_type = :department_type) -- lets the scan skip other types' row groups
),

-- logic
parts AS (
  SELECT
    region_code, department_name, fiscal_year, part,
    max(amount) FILTER (WHERE basis = 'budget') AS budget,
    max(amount) FILTER (WHERE basis = 'actual') AS actual,
    max(source) FILTER (WHERE basis = 'budget') AS budget_source,
    max(doc_id) FILTER (WHERE basis = 'budget') AS budget_doc_id,
    max(source) FILTER (WHERE basis = 'actual') AS actual_source,
    max(doc_id) FILTER (WHERE basis = 'actual') AS actual_doc_id
  FROM best_part
  GROUP BY ALL
),
changes AS (
  SELECT
    p.*,
    prev.actual            AS prev_actual,
    p.actual - prev.actual AS actual_change,
    prev.budget            AS prev_budget,
    p.budget - prev.budget AS budget_change
  FROM parts p
  LEFT JOIN parts prev
    ON prev.region_code = p.region_code AND prev.department_name = p.department_name
   AND prev.part = p.part AND prev.fiscal_year = p.fiscal_year - 1
)

SELECT
  c.region_code,
  s.region                                                                   AS region,
  c.department_name                                                          AS department,
  s.department_type,
  c.fiscal_year                                                              AS year,
  c.part,
  CASE c.part
    WHEN 'total'             THEN '三公经费合计'
    WHEN 'outbound'          THEN '因公出国(境)费'
    WHEN 'vehicle_total'     THEN '公务用车购置及运行维护费'
    WHEN 'vehicle_purchase'  THEN '公务用车购置费'
    WHEN 'vehicle_operation' THEN '公务用车运行维护费'
    WHEN 'reception'         THEN '公务接待费'
  END                                                                        AS part_name,
  -- the year (万元, %)
  c.budget,
  c.actual,
  pct(c.actual, c.budget)                                                    AS execution_pct,
  -- on the previous year; pct() rounds toward zero below 0, so a fall is rounded on its size
  c.prev_actual,
  c.actual_change,
  CASE WHEN c.actual_change < 0 THEN -pct(-c.actual_change, c.prev_actual)
       ELSE pct(c.actual_change, c.prev_actual) END                          AS actual_change_pct,
  c.prev_budget,
  c.budget_change,
  CASE WHEN c.budget_change < 0 THEN -pct(-c.budget_change, c.prev_budget)
       ELSE pct(c.budget_change, c.prev_budget) END                          AS budget_change_pct,
  -- where each figure comes from
  c.budget_source,
  c.budget_doc_id,
  c.actual_source,
  c.actual_doc_id
FROM changes c
JOIN scope s ON s.region_code = c.region_code AND s.department_name = c.department_name
WHERE c.fiscal_year BETWEEN s.first_year AND s.last_year
ORDER BY
  c.region_code, c.department_name, c.fiscal_year,
  array_position(array('total', 'outbound', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation', 'reception'), c.part)
