-- structure: the Spark SQL twin of yujue/queries/structure.sql (see it for the grain, the
--   components and the columns, which are the same here).
-- Inputs: doc_totals, expenditure_by_function, dim_function_subject, scoped_documents (the filters).
-- Parameters (bound by name, from QueryModule.parameters as on DuckDB): :regions,
--   :department_type, :first_year, :last_year.
-- Changes from DuckDB: pct() is the temporary SQL function of functions.sql.
WITH scope AS (
  SELECT * FROM scoped_documents(:regions, :department_type, :first_year, :last_year)
),

-- sources
reports AS (
  -- the scope's rows only, before anything is computed on them
  SELECT t.* FROM doc_totals t
  LEFT SEMI JOIN scope s ON s.doc_id = t.doc_id
  WHERE (:department_type IS NULL OR t.department_type = :department_type) -- lets the scan skip other types' row groups
),
function_classes AS (
  SELECT f.doc_id, f.subject_code, coalesce(s.subject_name, f.subject_name) AS subject_name, f.total
  FROM expenditure_by_function f
  LEFT SEMI JOIN scope sc ON sc.doc_id = f.doc_id
  LEFT JOIN dim_function_subject s ON s.subject_code = f.subject_code
  WHERE length(f.subject_code) = 3 AND (:department_type IS NULL OR f.department_type = :department_type)
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
  FROM function_classes
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
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind, c.sort, c.component
