-- doc_totals: the headline figures of each current report.
-- Grain: one row per current document.
-- Inputs: documents, stg_fct_measure, stg_fct_sanggong.
-- Each figure is about the report's own fiscal year; when several places print it, a table
-- (01/03 for a final, 1/3 for a budget, then 06/10/11) beats the narrative, and a reported figure
-- beats a repaired one (place_rank). A figure the report does not disclose is NULL.
-- Columns:
--   doc_id, region_code, region_name, department_name: as in documents.
--   department_type, fiscal_year, doc_kind: as in documents.
--   income_total: 本年收入合计, 万元.
--   fiscal_income: 财政拨款收入 (general budget, government fund and state capital appropriations
--     together), 万元.
--   other_income: 其他收入, 万元.
--   carryover_begin: 年初结转和结余 (上年结转 in a budget), 万元.
--   expenditure_total: 本年支出合计, 万元.
--   basic_expenditure: 基本支出, 万元.
--   project_expenditure: 项目支出, 万元.
--   carryover_end: 年末结转和结余 (结转下年 in a budget), 万元.
--   grand_total: 总计 of the income and expenditure summary (table 01 / budget table 1), 万元.
--   personnel_cost: 人员经费, 万元.
--   public_cost: 公用经费, 万元.
--   operating_cost: 机关运行经费, 万元.
--   procurement_total: 政府采购 total, 万元.
--   vehicles_held: 公务用车保有量, vehicles.
--   headcount_actual: 实有人数 (staff in post), persons.
--   headcount_authorized: 编制人数 (authorized posts), persons.
--   reception_persons: 公务接待人次 (visitors received), persons.
--   sanggong_total: the report's own 三公经费 total for its own year (budget in a budget report,
--     actual in a final), chosen like the other figures, 万元.
CREATE OR REPLACE VIEW doc_totals AS
WITH current_docs AS (
  SELECT * FROM documents WHERE status = 'current'
),
best AS (
  SELECT m.doc_id, m.measure, arg_min_null(m.amount, place_rank(m.source, m.provenance, m.source_line)) AS amount
  FROM stg_fct_measure m
  JOIN current_docs d ON d.doc_id = m.doc_id AND d.run_id = m.run_id
  WHERE m.about_year = d.fiscal_year
  GROUP BY ALL
),
own_sanggong AS (
  SELECT s.doc_id, arg_min_null(s.amount, place_rank(s.source, s.provenance, s.source_line)) AS amount
  FROM stg_fct_sanggong s
  JOIN current_docs d ON d.doc_id = s.doc_id AND d.run_id = s.run_id
  WHERE s.about_year = d.fiscal_year AND s.part = 'total'
    AND s.basis = CASE d.doc_kind WHEN 'final' THEN 'actual' ELSE 'budget' END
  GROUP BY ALL
)
SELECT
  d.doc_id, d.region_code, d.region_name, d.department_name, d.department_type, d.fiscal_year, d.doc_kind,
  -- income (万元)
  max(b.amount) FILTER (WHERE b.measure = 'income_total')        AS income_total,
  max(b.amount) FILTER (WHERE b.measure = 'fiscal_income')       AS fiscal_income,
  max(b.amount) FILTER (WHERE b.measure = 'other_income')        AS other_income,
  max(b.amount) FILTER (WHERE b.measure = 'carryover_begin')     AS carryover_begin,
  -- expenditure (万元)
  max(b.amount) FILTER (WHERE b.measure = 'expenditure_total')   AS expenditure_total,
  max(b.amount) FILTER (WHERE b.measure = 'basic_expenditure')   AS basic_expenditure,
  max(b.amount) FILTER (WHERE b.measure = 'project_expenditure') AS project_expenditure,
  max(b.amount) FILTER (WHERE b.measure = 'carryover_end')       AS carryover_end,
  max(b.amount) FILTER (WHERE b.measure = 'grand_total')         AS grand_total,
  -- costs (万元)
  max(b.amount) FILTER (WHERE b.measure = 'personnel_cost')      AS personnel_cost,
  max(b.amount) FILTER (WHERE b.measure = 'public_cost')         AS public_cost,
  max(b.amount) FILTER (WHERE b.measure = 'operating_cost')      AS operating_cost,
  max(b.amount) FILTER (WHERE b.measure = 'procurement_total')   AS procurement_total,
  -- counts
  max(b.amount) FILTER (WHERE b.measure = 'vehicles_held')       AS vehicles_held,
  max(b.amount) FILTER (WHERE b.measure = 'headcount_actual')    AS headcount_actual,
  max(b.amount) FILTER (WHERE b.measure = 'headcount_authorized') AS headcount_authorized,
  max(b.amount) FILTER (WHERE b.measure = 'reception_persons')   AS reception_persons,
  -- 三公 (万元)
  any_value(g.amount)                                            AS sanggong_total
FROM current_docs d
LEFT JOIN best b ON b.doc_id = d.doc_id
LEFT JOIN own_sanggong g ON g.doc_id = d.doc_id
GROUP BY ALL;
