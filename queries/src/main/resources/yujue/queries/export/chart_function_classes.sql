-- chart_function_classes: each function class's (支出功能分类 类) share of a report's spending.
-- Grain: one row per (current report, 3-digit function subject) with a total.
-- Inputs: expenditure_by_function, dim_function_subject, dim_region.
-- Parameter 1: region codes, comma-separated.
-- The whole is the sum of the report's class totals, so the shares of a report add up to 100
-- (give or take rounding) even where the report prints no grand total in the same table.
-- Columns:
--   region_code: GB/T 2260 code of the region.
--   region: Region as tables print it.
--   department: Department that published the report.
--   year: Fiscal year of the report.
--   kind: final or budget.
--   subject_code: 3-digit function class code (201 一般公共服务支出, 208 社会保障和就业支出, ...).
--   subject_name: Class name from the subject catalog, else as printed.
--   total: Spending in the class, 万元.
--   share_pct: total as a percentage of the report's class totals, exact to 0.01.
WITH wanted AS (
  SELECT trim(code) AS region_code FROM unnest(string_split(?, ',')) AS t(code)
),
classes AS (
  SELECT e.*, sum(e.total) OVER (PARTITION BY e.doc_id) AS whole
  FROM expenditure_by_function e
  WHERE length(e.subject_code) = 3 AND e.total IS NOT NULL
    AND e.region_code IN (SELECT region_code FROM wanted)
)
SELECT
  c.region_code,
  coalesce(r.display_name, c.region_code)  AS region,
  c.department_name                        AS department,
  c.fiscal_year                            AS year,
  c.doc_kind                               AS kind,
  c.subject_code,
  coalesce(f.subject_name, c.subject_name) AS subject_name,
  c.total,
  pct(c.total, c.whole)                    AS share_pct
FROM classes c
LEFT JOIN dim_function_subject f ON f.subject_code = c.subject_code
LEFT JOIN dim_region r ON r.region_code = c.region_code
ORDER BY c.region_code, c.department_name, c.fiscal_year, c.doc_kind, c.doc_id, c.subject_code;
