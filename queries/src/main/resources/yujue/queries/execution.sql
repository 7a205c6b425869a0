-- execution: how far spending kept to the budget: 决算 against 年初预算 per function subject and in
--   total as the final report's narrative states it (comparison stated, the percentage recomputed
--   and checked), and a budget report against the final report of the same department and year
--   (comparison budget_vs_final: headline figures and 三公).
-- Grain: one row per (region_code, department, year, comparison, item).
-- Inputs: budget_execution, doc_totals, scoped_departments and scoped_reports (the filters).
-- Parameters (bound; NULL = no filter): 1 regions, GB/T 2260 codes comma-separated;
--   2 department_type (the department's: see scoped_departments); 3 first year; 4 last year.
-- A stated sentence without a subject code is the whole appropriation (item_level total) unless
--   its name carries a （类）/（款）/（项） marker: then the parser could not resolve its code
--   (item_level unresolved). budget_vs_final appears only where both reports of the year are
--   landed; 三公 there is the budget report's own 三公 budget against the final report's own 三公
--   actual (each from its table before its narrative).
-- Columns:
--   region_code      [code]  GB/T 2260 code of the region.
--   region           [text]  Region as tables print it (西宁市城中区).
--   department       [text]  Department name.
--   department_type  [id]    Department type id (dim_department_type).
--   year             [year]  Fiscal year compared.
--   comparison       [text]  stated (narrative 年初预算 vs 决算) | budget_vs_final (budget report vs final report).
--   item_level       [text]  total | class | section | item | unresolved (stated); measure (budget_vs_final).
--   item_code        [code]  Function subject code, 'total', or the measure id (expenditure_total, sanggong_total, ...).
--   item_name        [text]  Subject as named in the sentence, or the Chinese name of the measure.
--   budget           [万元]  年初预算 (stated) or the budget report's figure.
--   final            [万元]  支出决算 (stated) or the final report's figure.
--   difference       [万元]  final - budget.
--   execution_pct    [%]     final as a percentage of budget, recomputed (0.01, DECIMAL).
--   stated_pct       [%]     完成年初预算的 … % as printed (stated only).
--   pct_difference   [%]     execution_pct - stated_pct; non-zero flags a misprint or a misread.
--   budget_doc_id    [id]    Report giving budget (documents.doc_id).
--   final_doc_id     [id]    Report giving final (documents.doc_id).
--   note             [text]  Why execution_pct is NULL; NULL when it is computed.
WITH scope AS (
  -- the departments the filters select, with the region as tables print it and their type
  SELECT * FROM scoped_departments($1, $2, $3, $4)
),
scope_reports AS (
  -- the scope by report type too: the marts are sorted by it, so a type filter skips other row groups
  SELECT * FROM scoped_reports($1, $2, $3, $4)
),

-- sources
stated_rows AS (
  -- the scope's rows only, before anything is computed on them
  SELECT x.* FROM budget_execution x
  SEMI JOIN scope_reports s
    ON s.region_code = x.region_code AND s.department_name = x.department_name AND s.report_type = x.department_type
),
reports AS (
  SELECT t.* FROM doc_totals t
  SEMI JOIN scope_reports s
    ON s.region_code = t.region_code AND s.department_name = t.department_name AND s.report_type = t.department_type
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
      WHEN regexp_matches(subject_name, '[（(](类|款|项)[）)]') THEN 'unresolved'
      ELSE 'total'
    END                                  AS item_level,
    coalesce(subject_code, CASE WHEN NOT regexp_matches(subject_name, '[（(](类|款|项)[）)]')
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
  FROM pairs p,
  LATERAL (VALUES
    ('expenditure_total',   '本年支出合计',       p.b_expenditure_total, p.f_expenditure_total, 1),
    ('basic_expenditure',   '基本支出',           p.b_basic,             p.f_basic,             2),
    ('project_expenditure', '项目支出',           p.b_project,           p.f_project,           3),
    ('personnel_cost',      '人员经费',           p.b_personnel,         p.f_personnel,         4),
    ('public_cost',         '公用经费',           p.b_public,            p.f_public,            5),
    ('operating_cost',      '机关运行经费',       p.b_operating,         p.f_operating,         6),
    ('sanggong_total',      '三公经费',           p.b_sanggong,          p.f_sanggong,          7)
  ) AS i(item_code, item_name, budget, final, sort)
),
compared AS (
  SELECT * FROM stated
  UNION ALL BY NAME
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
ORDER BY c.region_code, c.department_name, c.fiscal_year, c.comparison DESC, c.sort;
