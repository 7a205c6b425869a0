-- unit-costs: cost per unit per current report: 公务用车运行维护费 per vehicle held, 公务接待费 per
--   visitor received, 机关运行经费 per head; each with its numerator and denominator.
-- Grain: one row per (current report, measure); measure = vehicle_cost_per_vehicle |
--   reception_cost_per_visitor | operating_cost_per_head.
-- Inputs: doc_totals, sanggong, scoped_documents (the filters), module_visitors(read_types) and
--   module_headcounts(read_types) (module_inputs.sql; the latter over module_staffing, a temporary table the
--   module runner fills from the researcher's staffing file; empty without one).
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type (the report's own); 3 first year; 4 last year.
-- A final report's unit costs use the year's actual 三公 figures, a budget report's its budget
--   figures (sanggong view, best source per part). Counts come from the report: 公务用车保有量
--   (doc_totals.vehicles_held), 接待人次 (measure reception_persons, chosen like doc_totals: table
--   before narrative, reported before repaired) and the actual headcount (在岗), which falls back
--   to the staffing file when the report states no headcount. Nothing is guessed: a value that
--   cannot be computed is NULL and note says why.
-- Columns:
--   region_code         [code]      GB/T 2260 code of the region.
--   region              [text]      Region as tables print it (西宁市城中区).
--   department          [text]      Department name.
--   department_type     [id]        Department type id (dim_department_type).
--   year                [year]      Fiscal year of the report.
--   doc_kind            [text]      final (actual figures) | budget (budget figures).
--   measure             [id]        vehicle_cost_per_vehicle | reception_cost_per_visitor | operating_cost_per_head.
--   measure_name        [text]      Chinese name of the measure.
--   numerator           [万元]      公务用车运行维护费 | 公务接待费 | 机关运行经费.
--   denominator         [count]     Vehicles held (辆) | visitors received (人次) | actual headcount (人).
--   denominator_source  [text]      report | staffing file (headcount only); NULL when there is no denominator.
--   value               [万元/unit] numerator / denominator (0.0001, DECIMAL).
--   unit                [text]      Unit of value: 万元/辆 | 万元/人次 | 万元/人.
--   doc_id              [id]        Report (documents.doc_id).
--   note                [text]      Why value is NULL; NULL when it is computed.
WITH scope AS (
  -- the current reports the filters select, with the region as tables print it
  SELECT * FROM scoped_documents($1, $2, $3, $4)
),

-- sources
reports AS (
  -- the scope's rows only, before anything is computed on them
  SELECT t.*, CASE t.doc_kind WHEN 'final' THEN 'actual' ELSE 'budget' END AS basis
  FROM doc_totals t
  SEMI JOIN scope s ON s.doc_id = t.doc_id
  WHERE (CAST($2 AS VARCHAR) IS NULL OR t.department_type = $2) -- lets the scan skip other types' row groups
),
sanggong_years AS (
  SELECT g.* FROM sanggong g
  SEMI JOIN scope s ON s.region_code = g.region_code AND s.department_name = g.department_name
),
visitors AS (
  SELECT * FROM module_visitors((SELECT list(DISTINCT department_type) FROM scope))
),
headcounts AS (
  SELECT * FROM module_headcounts((SELECT list(DISTINCT department_type) FROM scope))
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
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind, x.sort;
