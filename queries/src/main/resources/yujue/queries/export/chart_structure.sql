-- chart_structure: 基本支出 / 项目支出 shares of each report's spending, for the structure chart.
-- Grain: one row per current report.
-- Inputs: doc_totals, dim_region. Parameter 1: region codes, comma-separated.
-- Columns:
--   region_code: GB/T 2260 code of the region.
--   region: Region as tables print it.
--   department: Department that published the report.
--   year: Fiscal year of the report.
--   kind: final or budget.
--   basic_pct: 基本支出 as a percentage of 本年支出合计, exact to 0.01.
--   project_pct: 项目支出 as a percentage of 本年支出合计, exact to 0.01.
WITH wanted AS (
  SELECT trim(code) AS region_code FROM unnest(string_split(?, ',')) AS t(code)
)
SELECT
  t.region_code,
  coalesce(r.display_name, t.region_name)             AS region,
  t.department_name                                   AS department,
  t.fiscal_year                                       AS year,
  t.doc_kind                                          AS kind,
  pct(t.basic_expenditure, t.expenditure_total)       AS basic_pct,
  pct(t.project_expenditure, t.expenditure_total)     AS project_pct
FROM doc_totals t
LEFT JOIN dim_region r ON r.region_code = t.region_code
WHERE t.region_code IN (SELECT region_code FROM wanted)
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind, t.doc_id;
