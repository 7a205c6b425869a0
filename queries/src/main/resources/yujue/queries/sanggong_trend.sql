-- sanggong-trend: 三公经费 budget and actual per department, year and part, with execution, the
--   change on the previous year and the source of every figure.
-- Grain: one row per (region_code, department, year, part) that any current report gives a budget
--   or an actual for; part = total | outbound | vehicle_total | vehicle_purchase |
--   vehicle_operation | reception.
-- Inputs: sanggong_parts, scoped_departments (the filters).
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type (the department's: see scoped_departments); 3 first year; 4 last year.
-- Each figure is chosen exactly as the sanggong view chooses it (table before narrative before
--   derived, a final report before a budget, a later report first), but per part, so the source
--   of every figure is shown: the view's row-level source is the best one among the parts only.
--   Years combine a year's own final table, budget reports (上年预算数 / 本年预算数) and actuals
--   derived from a later report's year-over-year sentence. The previous year is computed before
--   the year filter, so the first year shown still has its change.
-- Columns:
--   region_code          [code]    GB/T 2260 code of the region.
--   region               [text]    Region as tables print it (西宁市城中区).
--   department           [text]    Department name.
--   department_type      [id]      Department type id (dim_department_type).
--   year                 [year]    Fiscal year the figures are about.
--   part                 [id]      total | outbound | vehicle_total | vehicle_purchase | vehicle_operation | reception.
--   part_name            [text]    Chinese name of the part (三公经费合计, 因公出国(境)费, ...).
--   budget               [万元]    Budget (预算数) of the part for the year; NULL when no report gives it.
--   actual               [万元]    Actual (决算数) of the part for the year; NULL when no report gives it.
--   execution_pct        [%]       actual as a percentage of budget (0.01, DECIMAL).
--   prev_actual          [万元]    Actual of the part in the previous year.
--   actual_change        [万元]    actual - prev_actual.
--   actual_change_pct    [%]       actual_change as a percentage of prev_actual.
--   prev_budget          [万元]    Budget of the part in the previous year.
--   budget_change        [万元]    budget - prev_budget.
--   budget_change_pct    [%]       budget_change as a percentage of prev_budget.
--   budget_source        [text]    Where budget comes from: table | narrative | derived.
--   budget_doc_id        [id]      Report (documents.doc_id) that gives budget.
--   actual_source        [text]    Where actual comes from: table | narrative | derived (a later report's year-over-year sentence).
--   actual_doc_id        [id]      Report (documents.doc_id) that gives actual.
WITH scope AS (
  -- the departments the filters select, with the region as tables print it and their type
  SELECT * FROM scoped_departments($1, $2, $3, $4)
),

-- sources
best_part AS (
  -- the sanggong view's choice, kept per part
  SELECT p.* FROM sanggong_parts p
  SEMI JOIN scope s ON s.region_code = p.region_code AND s.department_name = p.department_name
  WHERE (CAST($2 AS VARCHAR) IS NULL OR p.department_type = $2) -- lets the scan skip other types' row groups
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
  list_position(['total', 'outbound', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation', 'reception'], c.part);
