-- peers: ranks departments on one metric against their peers: the same kind of department across
--   regions (filter department_type) or every department of a region (filter regions), per year.
-- Grain: one row per (metric, year, basis, region_code, department) in the filtered peer set.
-- Inputs: doc_totals, sanggong, function_classes, budget_execution, scoped_departments (the
--   filters), module_visitors(read_types) and module_headcounts(read_types) (module_inputs.sql; the latter over
--   module_staffing, a temporary table the module runner fills from the researcher's staffing file;
--   empty without one).
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type (the department's: see scoped_departments); 3 first year; 4 last year;
--   5 metric (required, one of Metrics below);
--   6 basis: actual | budget; 7 ascending: true ranks the smallest value first (default largest);
--   8 unit: the metric's unit as Metrics below prints it (PeerMetrics binds it from this header,
--   so the list below is the one list of metrics and their units).
-- Peers are the departments in the filtered set with the same metric, year and basis (a final
--   report's figures are actual, a budget report's budget), so budgets never rank against
--   actuals. Each metric is computed as in its module (sanggong-trend, personnel, unit-costs,
--   structure, execution). A department without the figure is listed with NULL value and rank.
-- Metrics:
--   sanggong_budget             [万元]       三公经费 budget (sanggong view, best source).
--   sanggong_actual             [万元]       三公经费 actual (sanggong view, best source).
--   sanggong_execution_pct      [%]          三公 actual as a percentage of its budget.
--   sanggong_actual_change_pct  [%]          Change of the 三公 actual on the previous year's actual.
--   expenditure_total           [万元]       本年支出合计.
--   basic_expenditure           [万元]       基本支出.
--   project_expenditure         [万元]       项目支出.
--   basic_share_pct             [%]          基本支出 as a percentage of 本年支出合计.
--   project_share_pct           [%]          项目支出 as a percentage of 本年支出合计.
--   personnel_cost              [万元]       人员经费.
--   public_cost                 [万元]       公用经费.
--   operating_cost              [万元]       机关运行经费.
--   vehicles_held               [辆]         公务用车保有量.
--   headcount_actual            [人]         Actual staff (在岗), from the report else the staffing file.
--   personnel_per_capita        [万元/人]    人均人员经费: personnel_cost / headcount_actual.
--   vehicle_cost_per_vehicle    [万元/辆]    公务用车运行维护费 / 公务用车保有量.
--   reception_cost_per_visitor  [万元/人次]  公务接待费 / 接待人次.
--   operating_cost_per_head     [万元/人]    机关运行经费 / headcount_actual.
--   execution_pct               [%]          一般公共预算财政拨款 决算 as a percentage of 年初预算 (narrative total, recomputed).
--   function_NNN_share_pct      [%]          Share of function class NNN (201, 208, ...) in 本年支出合计.
-- Columns:
--   metric                 [id]      Metric ranked (see Metrics).
--   year                   [year]    Fiscal year.
--   basis                  [text]    actual (final reports) | budget (budget reports).
--   rank                   [rank]    1 = largest value (smallest with ascending); ties share a rank; NULL without a value.
--   peers                  [count]   Departments in the peer group with a value.
--   region_code            [code]    GB/T 2260 code of the region.
--   region                 [text]    Region as tables print it (西宁市城中区).
--   department             [text]    Department name.
--   department_type        [id]      Department type id (dim_department_type).
--   value                  [unit]    The department's value, in unit.
--   peer_median            [unit]    Median of the peers' values (mean of the middle two when even; exact).
--   difference_to_median   [unit]    value - peer_median.
--   unit                   [text]    Unit of value: 万元 | % | 辆 | 人 | 万元/人 | 万元/辆 | 万元/人次.
WITH scope AS (
  -- parameters 1-4: the departments the filters select, with the region as printed and their type
  SELECT * FROM scoped_departments($1, $2, $3, $4)
),
scope_reports AS (
  -- the scope by report type too: the marts are sorted by it, so a type filter skips other row groups
  SELECT * FROM scoped_reports($1, $2, $3, $4)
),
params AS (
  SELECT
    CAST($5 AS VARCHAR) AS metric,
    CAST($6 AS VARCHAR) AS basis,
    coalesce(CAST($7 AS BOOLEAN), false) AS ascending,
    CAST($8 AS VARCHAR) AS unit
),

-- sources
reports AS (
  -- the scope's rows only, before anything is computed on them
  SELECT t.*, CASE t.doc_kind WHEN 'final' THEN 'actual' ELSE 'budget' END AS basis
  FROM doc_totals t
  SEMI JOIN scope_reports s
    ON s.region_code = t.region_code AND s.department_name = t.department_name AND s.report_type = t.department_type
  WHERE t.fiscal_year BETWEEN coalesce(CAST($3 AS INTEGER), -2147483648) AND coalesce(CAST($4 AS INTEGER), 2147483647)
),
sanggong_years AS (
  SELECT g.* FROM sanggong g
  SEMI JOIN scope s ON s.region_code = g.region_code AND s.department_name = g.department_name
  WHERE (CAST($2 AS VARCHAR) IS NULL OR g.department_type = $2) -- the department's type, as scope's
    -- the years asked for and the one before (sanggong_actual_change_pct compares with it)
    AND g.fiscal_year BETWEEN coalesce(CAST($3 AS INTEGER) - 1, -2147483648) AND coalesce(CAST($4 AS INTEGER), 2147483647)
    AND (starts_with(CAST($5 AS VARCHAR), 'sanggong_') -- only read for the metrics that take it
         OR CAST($5 AS VARCHAR) IN ('vehicle_cost_per_vehicle', 'reception_cost_per_visitor'))
),
visitors AS (
  SELECT * FROM module_visitors((SELECT list(DISTINCT report_type) FROM scope_reports))
  WHERE CAST($5 AS VARCHAR) = 'reception_cost_per_visitor' -- only read for its own metric
),
classes AS (
  SELECT f.doc_id, f.subject_code, f.total FROM function_classes f
  SEMI JOIN reports r ON r.doc_id = f.doc_id
  WHERE starts_with(CAST($5 AS VARCHAR), 'function_') -- only read for its own metrics
),
stated_totals AS (
  SELECT x.doc_id, x.budget_initial, x.final_amount
  FROM budget_execution x
  SEMI JOIN scope s ON s.region_code = x.region_code AND s.department_name = x.department_name
  WHERE x.subject_code IS NULL AND NOT regexp_matches(subject_name, '[（(](类|款|项)[）)]')
    AND CAST($5 AS VARCHAR) = 'execution_pct' -- only read for its own metric
),
headcounts AS (
  SELECT * FROM module_headcounts((SELECT list(DISTINCT report_type) FROM scope_reports))
  WHERE CAST($5 AS VARCHAR) IN ('headcount_actual', 'personnel_per_capita', 'operating_cost_per_head')
),

-- logic
report_figures AS (
  SELECT
    t.*, h.headcount_actual AS headcount, v.reception_persons,
    g.vehicle_operation, g.reception
  FROM reports t
  LEFT JOIN headcounts h ON h.doc_id = t.doc_id
  LEFT JOIN visitors v ON v.doc_id = t.doc_id
  LEFT JOIN sanggong_years g
    ON g.region_code = t.region_code AND g.department_name = t.department_name
   AND g.fiscal_year = t.fiscal_year AND g.basis = t.basis
),
sanggong_changes AS (
  SELECT
    a.*, a.total - prev.total AS change, prev.total AS prev_total, b.total AS budget_total
  FROM sanggong_years a
  LEFT JOIN sanggong_years prev
    ON prev.region_code = a.region_code AND prev.department_name = a.department_name
   AND prev.fiscal_year = a.fiscal_year - 1 AND prev.basis = 'actual'
  LEFT JOIN sanggong_years b
    ON b.region_code = a.region_code AND b.department_name = a.department_name
   AND b.fiscal_year = a.fiscal_year AND b.basis = 'budget'
  WHERE a.basis = 'actual'
),
metric_values AS (
  -- every branch casts to DECIMAL(18,4): a union of DECIMAL(38,2) and (38,4) would fall back to
  -- (38,2), and VALUES takes its first row's type
  -- 三公 (sanggong view)
  SELECT region_code, department_name, fiscal_year, basis,
         'sanggong_' || basis AS metric, CAST(total AS DECIMAL(18,4)) AS value
  FROM sanggong_years
  WHERE CAST($5 AS VARCHAR) IN ('sanggong_budget', 'sanggong_actual') -- only computed for its own metrics
  UNION ALL
  SELECT region_code, department_name, fiscal_year, 'actual', 'sanggong_execution_pct',
         CAST(pct(total, budget_total) AS DECIMAL(18,4))
  FROM sanggong_changes
  WHERE CAST($5 AS VARCHAR) = 'sanggong_execution_pct'
  UNION ALL
  SELECT region_code, department_name, fiscal_year, 'actual', 'sanggong_actual_change_pct',
         CAST(CASE WHEN change < 0 THEN -pct(-change, prev_total) ELSE pct(change, prev_total) END
              AS DECIMAL(18,4))
  FROM sanggong_changes
  WHERE CAST($5 AS VARCHAR) = 'sanggong_actual_change_pct'
  UNION ALL
  -- report figures (doc_totals): the asked metric only, not every one unpivoted (14 rows per report)
  SELECT region_code, department_name, fiscal_year, basis, metric, figure.value
  FROM (
  SELECT f.region_code, f.department_name, f.fiscal_year, f.basis, CAST($5 AS VARCHAR) AS metric,
    -- a struct, so that a metric this list does not give (NULL) differs from a NULL figure
    CASE CAST($5 AS VARCHAR)
      WHEN 'expenditure_total'          THEN {'value': CAST(f.expenditure_total AS DECIMAL(18,4))}
      WHEN 'basic_expenditure'          THEN {'value': CAST(f.basic_expenditure AS DECIMAL(18,4))}
      WHEN 'project_expenditure'        THEN {'value': CAST(f.project_expenditure AS DECIMAL(18,4))}
      WHEN 'basic_share_pct'            THEN {'value': CAST(pct(f.basic_expenditure, f.expenditure_total) AS DECIMAL(18,4))}
      WHEN 'project_share_pct'          THEN {'value': CAST(pct(f.project_expenditure, f.expenditure_total) AS DECIMAL(18,4))}
      WHEN 'personnel_cost'             THEN {'value': CAST(f.personnel_cost AS DECIMAL(18,4))}
      WHEN 'public_cost'                THEN {'value': CAST(f.public_cost AS DECIMAL(18,4))}
      WHEN 'operating_cost'             THEN {'value': CAST(f.operating_cost AS DECIMAL(18,4))}
      WHEN 'vehicles_held'              THEN {'value': CAST(f.vehicles_held AS DECIMAL(18,4))}
      WHEN 'headcount_actual'           THEN {'value': CAST(f.headcount AS DECIMAL(18,4))}
      WHEN 'personnel_per_capita'       THEN {'value': CAST(per(f.personnel_cost, f.headcount) AS DECIMAL(18,4))}
      WHEN 'vehicle_cost_per_vehicle'   THEN {'value': CAST(per(f.vehicle_operation, f.vehicles_held) AS DECIMAL(18,4))}
      WHEN 'reception_cost_per_visitor' THEN {'value': CAST(per(f.reception, f.reception_persons) AS DECIMAL(18,4))}
      WHEN 'operating_cost_per_head'    THEN {'value': CAST(per(f.operating_cost, f.headcount) AS DECIMAL(18,4))}
    END AS figure
  FROM report_figures f
  ) WHERE figure IS NOT NULL
  UNION ALL
  -- function classes (function_classes)
  SELECT t.region_code, t.department_name, t.fiscal_year, t.basis,
         'function_' || c.subject_code || '_share_pct',
         CAST(pct(c.total, t.expenditure_total) AS DECIMAL(18,4))
  FROM classes c
  JOIN reports t ON t.doc_id = c.doc_id
  UNION ALL
  -- execution (budget_execution, the stated total)
  SELECT t.region_code, t.department_name, t.fiscal_year, t.basis, 'execution_pct',
         CAST(pct(x.final_amount, x.budget_initial) AS DECIMAL(18,4))
  FROM stated_totals x
  JOIN reports t ON t.doc_id = x.doc_id
),
peer_set AS (
  SELECT m.*, s.region, s.department_type, p.ascending, p.unit
  FROM metric_values m
  JOIN scope s ON s.region_code = m.region_code AND s.department_name = m.department_name
  CROSS JOIN params p
  WHERE m.metric = p.metric
    AND (p.basis IS NULL OR m.basis = p.basis)
    AND m.fiscal_year BETWEEN s.first_year AND s.last_year
),
peer_groups AS (
  -- per peer group, once (as window aggregates DuckDB would compute them again for every row)
  SELECT
    metric, fiscal_year, basis,
    count(value) AS peer_count,
    -- exact median: the mean of the lower and upper middle values (equal when the count is odd)
    (quantile_disc(value, 0.5) - quantile_disc(-value, 0.5)) * 0.5 AS peer_median
  FROM peer_set
  GROUP BY ALL
),
ranked AS (
  SELECT
    p.*,
    CASE WHEN p.value IS NOT NULL THEN rank() OVER (
      PARTITION BY p.metric, p.fiscal_year, p.basis
      ORDER BY CASE WHEN p.ascending THEN p.value END ASC NULLS LAST, p.value DESC NULLS LAST) END AS rank,
    g.peer_count,
    g.peer_median
  FROM peer_set p
  JOIN peer_groups g USING (metric, fiscal_year, basis)
)

SELECT
  k.metric,
  k.fiscal_year                             AS year,
  k.basis,
  k.rank,
  k.peer_count                              AS peers,
  k.region_code,
  k.region,
  k.department_name                         AS department,
  k.department_type,
  k.value,
  k.peer_median,
  k.value - k.peer_median                   AS difference_to_median,
  k.unit
FROM ranked k
ORDER BY k.metric, k.fiscal_year, k.basis, k.rank NULLS LAST, k.region_code, k.department_name;
