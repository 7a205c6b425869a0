-- compare_regions: the cross-region comparison the demo prints.
-- Grain: one row per (region, department, fiscal year) that any current report speaks of,
--        including years known only from a later report's year-over-year sentences.
-- Inputs: sanggong, doc_totals, dim_region. Parameter 1: region codes, comma-separated.
-- 三公 budget and actual come from the sanggong view (best source per part); personnel cost and
-- total expenditure from that year's final report, else its budget (totals_from says which).
WITH wanted AS (
  SELECT trim(code) AS region_code FROM unnest(string_split(?, ',')) AS t(code)
),
years AS (
  SELECT region_code, department_name, fiscal_year FROM sanggong
  UNION
  SELECT region_code, department_name, fiscal_year FROM doc_totals
),
finals AS (SELECT * FROM doc_totals WHERE doc_kind = 'final'),
budgets AS (SELECT * FROM doc_totals WHERE doc_kind = 'budget')
SELECT
  coalesce(r.display_name, y.region_code)                       AS region,
  y.department_name                                             AS department,
  y.fiscal_year                                                 AS year,
  b.total                                                       AS sanggong_budget,
  a.total                                                       AS sanggong_actual,
  pct(a.total, b.total)                                         AS sanggong_execution_pct,
  a.source                                                      AS actual_from,
  coalesce(f.personnel_cost, bu.personnel_cost)                 AS personnel_cost,
  coalesce(f.expenditure_total, bu.expenditure_total)           AS expenditure_total,
  CASE WHEN f.doc_id IS NOT NULL THEN 'final'
       WHEN bu.doc_id IS NOT NULL THEN 'budget' END             AS totals_from
FROM years y
JOIN wanted w ON w.region_code = y.region_code
LEFT JOIN sanggong b ON b.region_code = y.region_code AND b.department_name = y.department_name
  AND b.fiscal_year = y.fiscal_year AND b.basis = 'budget'
LEFT JOIN sanggong a ON a.region_code = y.region_code AND a.department_name = y.department_name
  AND a.fiscal_year = y.fiscal_year AND a.basis = 'actual'
LEFT JOIN finals f ON f.region_code = y.region_code AND f.department_name = y.department_name
  AND f.fiscal_year = y.fiscal_year
LEFT JOIN budgets bu ON bu.region_code = y.region_code AND bu.department_name = y.department_name
  AND bu.fiscal_year = y.fiscal_year
LEFT JOIN dim_region r ON r.region_code = y.region_code
ORDER BY y.region_code, y.department_name, y.fiscal_year;
