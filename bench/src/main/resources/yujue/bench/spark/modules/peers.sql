-- peers: the Spark SQL twin of yujue/queries/peers.sql (see it for the grain, the peer groups,
--   the metrics and the columns, which are the same here).
-- Inputs: doc_totals, sanggong, expenditure_by_function, budget_execution, scoped_departments (the
--   filters), module_visitors and module_headcounts (module_inputs.sql).
-- Parameters (bound by name, from QueryModule.parameters as on DuckDB): :regions,
--   :department_type, :first_year, :last_year, :metric, :basis, :ascending, :unit.
-- Changes from DuckDB: LATERAL (VALUES ...) becomes LATERAL VIEW stack(...), and the ratios it
--   unpivots are computed a step before, in report_figures (Spark refuses a SQL function in a
--   generator);
--   regexp_matches(s, p) becomes s RLIKE p; pct() and per() are the temporary SQL functions of
--   functions.sql; module_visitors and module_headcounts are views. The exact median: Spark's
--   percentile_disc returns DOUBLE, so the lower and upper middle values are taken from the
--   sorted list of the peers' values (collect_list skips NULLs as quantile_disc does) and
--   averaged as DECIMAL, as DuckDB's quantile_disc(value) - quantile_disc(-value) does.
WITH scope AS (
  -- parameters 1-4: the departments the filters select, with the region as printed and their type
  SELECT * FROM scoped_departments(:regions, :department_type, :first_year, :last_year)
),
params AS (
  SELECT
    CAST(:metric AS STRING) AS metric,
    CAST(:basis AS STRING) AS basis,
    coalesce(CAST(:ascending AS BOOLEAN), false) AS ascending,
    CAST(:unit AS STRING) AS unit
),

-- sources
reports AS (
  -- the scope's rows only, before anything is computed on them
  SELECT t.*, CASE t.doc_kind WHEN 'final' THEN 'actual' ELSE 'budget' END AS basis
  FROM doc_totals t
  LEFT SEMI JOIN scope s ON s.region_code = t.region_code AND s.department_name = t.department_name
),
sanggong_years AS (
  SELECT g.* FROM sanggong g
  LEFT SEMI JOIN scope s ON s.region_code = g.region_code AND s.department_name = g.department_name
  WHERE (:department_type IS NULL OR g.department_type = :department_type) -- the department's type, as scope's
),
visitors AS (
  SELECT * FROM module_visitors
),
function_classes AS (
  SELECT f.doc_id, f.subject_code, f.total FROM expenditure_by_function f
  LEFT SEMI JOIN reports r ON r.doc_id = f.doc_id
  WHERE length(f.subject_code) = 3
    AND startswith(CAST(:metric AS STRING), 'function_') -- only read for its own metrics
),
stated_totals AS (
  SELECT x.doc_id, x.budget_initial, x.final_amount
  FROM budget_execution x
  LEFT SEMI JOIN scope s ON s.region_code = x.region_code AND s.department_name = x.department_name
  WHERE x.subject_code IS NULL AND NOT subject_name RLIKE '[（(](类|款|项)[）)]'
    AND CAST(:metric AS STRING) = 'execution_pct' -- only read for its own metric
),
headcounts AS (
  SELECT * FROM module_headcounts
),

-- logic
report_figures AS (
  SELECT
    t.*, h.headcount_actual AS headcount, v.reception_persons,
    g.vehicle_operation, g.reception,
    -- the ratios, here because Spark takes no SQL function inside stack() below
    pct(t.basic_expenditure, t.expenditure_total)   AS basic_share,
    pct(t.project_expenditure, t.expenditure_total) AS project_share,
    per(t.personnel_cost, h.headcount_actual)       AS personnel_per_head,
    per(g.vehicle_operation, t.vehicles_held)       AS vehicle_cost_per_vehicle,
    per(g.reception, v.reception_persons)           AS reception_cost_per_visitor,
    per(t.operating_cost, h.headcount_actual)       AS operating_cost_per_head
  FROM reports t
  JOIN headcounts h ON h.doc_id = t.doc_id
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
  -- every branch casts to DECIMAL(18,4), as on DuckDB
  -- 三公 (sanggong view)
  SELECT region_code, department_name, fiscal_year, basis,
         'sanggong_' || basis AS metric, CAST(total AS DECIMAL(18,4)) AS value
  FROM sanggong_years
  UNION ALL
  SELECT region_code, department_name, fiscal_year, 'actual', 'sanggong_execution_pct',
         CAST(pct(total, budget_total) AS DECIMAL(18,4))
  FROM sanggong_changes
  UNION ALL
  SELECT region_code, department_name, fiscal_year, 'actual', 'sanggong_actual_change_pct',
         CAST(CASE WHEN change < 0 THEN -pct(-change, prev_total) ELSE pct(change, prev_total) END
              AS DECIMAL(18,4))
  FROM sanggong_changes
  UNION ALL
  -- report figures (doc_totals), unpivoted
  SELECT f.region_code, f.department_name, f.fiscal_year, f.basis, m.metric, m.value
  FROM report_figures f
  LATERAL VIEW stack(14,
    'expenditure_total',          CAST(f.expenditure_total AS DECIMAL(18,4)),
    'basic_expenditure',          CAST(f.basic_expenditure AS DECIMAL(18,4)),
    'project_expenditure',        CAST(f.project_expenditure AS DECIMAL(18,4)),
    'basic_share_pct',            CAST(f.basic_share AS DECIMAL(18,4)),
    'project_share_pct',          CAST(f.project_share AS DECIMAL(18,4)),
    'personnel_cost',             CAST(f.personnel_cost AS DECIMAL(18,4)),
    'public_cost',                CAST(f.public_cost AS DECIMAL(18,4)),
    'operating_cost',             CAST(f.operating_cost AS DECIMAL(18,4)),
    'vehicles_held',              CAST(f.vehicles_held AS DECIMAL(18,4)),
    'headcount_actual',           CAST(f.headcount AS DECIMAL(18,4)),
    'personnel_per_capita',       CAST(f.personnel_per_head AS DECIMAL(18,4)),
    'vehicle_cost_per_vehicle',   CAST(f.vehicle_cost_per_vehicle AS DECIMAL(18,4)),
    'reception_cost_per_visitor', CAST(f.reception_cost_per_visitor AS DECIMAL(18,4)),
    'operating_cost_per_head',    CAST(f.operating_cost_per_head AS DECIMAL(18,4))
  ) m AS metric, value
  UNION ALL
  -- function classes (expenditure_by_function)
  SELECT t.region_code, t.department_name, t.fiscal_year, t.basis,
         'function_' || c.subject_code || '_share_pct',
         CAST(pct(c.total, t.expenditure_total) AS DECIMAL(18,4))
  FROM function_classes c
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
ranked AS (
  SELECT
    *,
    CASE WHEN value IS NOT NULL THEN rank() OVER (
      PARTITION BY metric, fiscal_year, basis
      ORDER BY CASE WHEN ascending THEN value END ASC NULLS LAST, value DESC NULLS LAST) END AS rank,
    count(value) OVER peers AS peer_count,
    sort_array(collect_list(value) OVER peers) AS peer_values
  FROM peer_set
  WINDOW peers AS (PARTITION BY metric, fiscal_year, basis)
),
medians AS (
  -- exact median: the mean of the lower and upper middle values (equal when the count is odd)
  SELECT
    *,
    CASE WHEN peer_count > 0 THEN
      (element_at(peer_values, CAST((peer_count + 1) div 2 AS INT))
       + element_at(peer_values, CAST(peer_count div 2 + 1 AS INT))) * 0.5
    END AS peer_median
  FROM ranked
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
FROM medians k
ORDER BY k.metric, k.fiscal_year, k.basis, k.rank NULLS LAST, k.region_code, k.department_name
