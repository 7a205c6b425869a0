-- structure: spending structure per current report: shares of 基本支出 / 项目支出 and of each
--   function class (支出功能分类 类) in total spending (本年支出合计).
-- Grain: one row per (current report, component); component_kind = spending_type (basic |
--   project) | function_class (3-digit subject code).
-- Inputs: doc_totals, function_classes (expenditure_by_function's class rows), dim_function_subject, scoped_documents (the filters).
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type (the report's own); 3 first year; 4 last year.
-- Function classes are the 3-digit rows of 支出决算表 (公开03) or the budget's 支出总表 (部门公开表3),
--   named from dim_function_subject (the printed name when the catalog lacks the code). Shares are
--   of doc_totals.expenditure_total; printed class totals may differ from it by rounding (0.01).
-- Columns:
--   region_code      [code]  GB/T 2260 code of the region.
--   region           [text]  Region as tables print it (西宁市城中区).
--   department       [text]  Department name.
--   department_type  [id]    Department type id (dim_department_type).
--   year             [year]  Fiscal year of the report.
--   doc_kind         [text]  final (决算) | budget (预算).
--   component_kind   [text]  spending_type (基本/项目) | function_class (功能分类 类).
--   component        [code]  basic | project, or the 3-digit function class code.
--   component_name   [text]  基本支出 | 项目支出, or the function class name (一般公共服务支出, ...).
--   amount           [万元]  Spending of the component.
--   total            [万元]  Total spending of the report (本年支出合计).
--   share_pct        [%]     amount as a percentage of total (0.01, DECIMAL).
--   doc_id           [id]    Report (documents.doc_id).
WITH scope AS (
  -- the current reports the filters select, with the region as tables print it
  SELECT * FROM scoped_documents($1, $2, $3, $4)
),

-- sources
reports AS (
  -- the scope's rows only, before anything is computed on them
  SELECT t.* FROM doc_totals t
  SEMI JOIN scope s ON s.doc_id = t.doc_id
  WHERE (CAST($2 AS VARCHAR) IS NULL OR t.department_type = $2) -- lets the scan skip other types' row groups
),
classes AS (
  SELECT f.doc_id, f.subject_code, coalesce(s.subject_name, f.subject_name) AS subject_name, f.total
  FROM function_classes f
  SEMI JOIN scope sc ON sc.doc_id = f.doc_id
  LEFT JOIN dim_function_subject s ON s.subject_code = f.subject_code
  WHERE CAST($2 AS VARCHAR) IS NULL OR f.department_type = $2
),

-- logic
components AS (
  SELECT doc_id, 1 AS sort, 'spending_type' AS component_kind, 'basic' AS component,
         '基本支出' AS component_name, basic_expenditure AS amount
  FROM reports
  UNION ALL
  SELECT doc_id, 2, 'spending_type', 'project', '项目支出', project_expenditure
  FROM reports
  UNION ALL
  SELECT doc_id, 3, 'function_class', subject_code, subject_name, total
  FROM classes
)

SELECT
  t.region_code,
  s.region                                 AS region,
  t.department_name                        AS department,
  t.department_type,
  t.fiscal_year                            AS year,
  t.doc_kind,
  c.component_kind,
  c.component,
  c.component_name,
  c.amount,
  t.expenditure_total                      AS total,
  pct(c.amount, t.expenditure_total)       AS share_pct,
  t.doc_id
FROM components c
JOIN reports t ON t.doc_id = c.doc_id
JOIN scope s ON s.doc_id = t.doc_id
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind, c.sort, c.component;
