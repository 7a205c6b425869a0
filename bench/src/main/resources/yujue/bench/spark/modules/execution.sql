-- execution: the Spark SQL twin of yujue/queries/execution.sql (see it for the grain, the two
--   comparisons and the columns, which are the same here).
-- Inputs: budget_execution, doc_totals, scoped_departments (the filters).
-- Parameters (bound by name, from QueryModule.parameters as on DuckDB): :regions,
--   :department_type, :first_year, :last_year.
-- Changes from DuckDB: regexp_matches(s, p) becomes s RLIKE p
--   (both search, NULL on NULL); LATERAL (VALUES ...) becomes LATERAL VIEW stack(...);
--   UNION ALL BY NAME becomes UNION ALL, the two sides having their columns in the same order;
--   pct() is the temporary SQL function of functions.sql.
WITH scope AS (
  SELECT * FROM scoped_departments(:regions, :department_type, :first_year, :last_year)
),

-- sources
stated_rows AS (
  -- the scope's rows only, before anything is computed on them
  SELECT x.* FROM budget_execution x
  LEFT SEMI JOIN scope s ON s.region_code = x.region_code AND s.department_name = x.department_name
),
reports AS (
  SELECT t.* FROM doc_totals t
  LEFT SEMI JOIN scope s ON s.region_code = t.region_code AND s.department_name = t.department_name
),
report_sanggong AS (
  -- each report's own 三公 total for its own year: budget in a budget report, actual in a final
  SELECT doc_id, sanggong_total AS amount FROM reports WHERE sanggong_total IS NOT NULL
),

-- logic
stated AS (
  SELECT
    region_code, department_name, fiscal_year, 'stated' AS comparison,
    CASE
      WHEN subject_code IS NOT NULL
        THEN CASE length(subject_code) WHEN 3 THEN 'class' WHEN 5 THEN 'section' ELSE 'item' END
      WHEN subject_name RLIKE '[（(](类|款|项)[）)]' THEN 'unresolved'
      ELSE 'total'
    END                                  AS item_level,
    coalesce(subject_code, CASE WHEN NOT subject_name RLIKE '[（(](类|款|项)[）)]'
                                THEN 'total' END) AS item_code,
    subject_name                         AS item_name,
    budget_initial                       AS budget,
    final_amount                         AS final,
    execution_pct                        AS stated_pct,
    doc_id                               AS budget_doc_id,
    doc_id                               AS final_doc_id,
    coalesce(source_line, 0)             AS sort
  FROM stated_rows
),
pairs AS (
  SELECT
    f.region_code, f.department_name, f.fiscal_year,
    b.doc_id AS budget_doc_id, f.doc_id AS final_doc_id,
    b.expenditure_total AS b_expenditure_total, f.expenditure_total AS f_expenditure_total,
    b.basic_expenditure AS b_basic, f.basic_expenditure AS f_basic,
    b.project_expenditure AS b_project, f.project_expenditure AS f_project,
    b.personnel_cost AS b_personnel, f.personnel_cost AS f_personnel,
    b.public_cost AS b_public, f.public_cost AS f_public,
    b.operating_cost AS b_operating, f.operating_cost AS f_operating,
    bs.amount AS b_sanggong, fs.amount AS f_sanggong
  FROM reports f
  JOIN reports b
    ON b.region_code = f.region_code AND b.department_name = f.department_name
   AND b.fiscal_year = f.fiscal_year AND b.doc_kind = 'budget'
  LEFT JOIN report_sanggong bs ON bs.doc_id = b.doc_id
  LEFT JOIN report_sanggong fs ON fs.doc_id = f.doc_id
  WHERE f.doc_kind = 'final'
),
budget_vs_final AS (
  SELECT
    p.region_code, p.department_name, p.fiscal_year, 'budget_vs_final' AS comparison,
    'measure' AS item_level, i.item_code, i.item_name, i.budget, i.final,
    CAST(NULL AS DECIMAL(12,2)) AS stated_pct,
    p.budget_doc_id, p.final_doc_id, i.sort
  FROM pairs p
  LATERAL VIEW stack(7,
    'expenditure_total',   '本年支出合计',       p.b_expenditure_total, p.f_expenditure_total, 1,
    'basic_expenditure',   '基本支出',           p.b_basic,             p.f_basic,             2,
    'project_expenditure', '项目支出',           p.b_project,           p.f_project,           3,
    'personnel_cost',      '人员经费',           p.b_personnel,         p.f_personnel,         4,
    'public_cost',         '公用经费',           p.b_public,            p.f_public,            5,
    'operating_cost',      '机关运行经费',       p.b_operating,         p.f_operating,         6,
    'sanggong_total',      '三公经费',           p.b_sanggong,          p.f_sanggong,          7
  ) i AS item_code, item_name, budget, final, sort
),
compared AS (
  SELECT * FROM stated
  UNION ALL
  SELECT * FROM budget_vs_final
)

SELECT
  c.region_code,
  s.region                                             AS region,
  c.department_name                                    AS department,
  s.department_type,
  c.fiscal_year                                        AS year,
  c.comparison,
  c.item_level,
  c.item_code,
  c.item_name,
  -- amounts (万元)
  c.budget,
  c.final,
  c.final - c.budget                                   AS difference,
  -- percentages (%)
  pct(c.final, c.budget)                               AS execution_pct,
  c.stated_pct,
  pct(c.final, c.budget) - c.stated_pct                AS pct_difference,
  c.budget_doc_id,
  c.final_doc_id,
  CASE
    WHEN c.budget IS NULL THEN 'no budget figure'
    WHEN c.final IS NULL  THEN 'no final figure'
    WHEN c.budget = 0     THEN 'budget is 0: no percentage'
  END                                                  AS note
FROM compared c
JOIN scope s ON s.region_code = c.region_code AND s.department_name = c.department_name
WHERE c.fiscal_year BETWEEN s.first_year AND s.last_year
ORDER BY c.region_code, c.department_name, c.fiscal_year, c.comparison DESC, c.sort
