-- doc_totals (export): the headline figures of every current report of the chosen regions.
-- Grain: one row per current report (region, department, fiscal year, kind).
-- Inputs: doc_totals, dim_region. Parameter 1: region codes, comma-separated.
-- Amounts are 万元, exact; a figure the report does not disclose is NULL, never 0.
-- Columns:
--   doc_id: Report id (first 16 hex digits of the report file's SHA-256); see the sources table.
--   region_code: GB/T 2260 code of the report's region.
--   region: Region as tables print it (a county under its city: 西宁市城中区; 临夏市 alone).
--   department: Department that published the report.
--   year: Fiscal year the report is about.
--   kind: final (部门决算, what was spent) or budget (部门预算, what was planned).
--   income_total: 本年收入合计, all income of the year, 万元.
--   fiscal_income: 财政拨款收入, appropriations from the finance bureau, 万元.
--   other_income: 其他收入, 万元.
--   carryover_begin: 年初结转和结余 (budget: 上年结转), funds carried into the year, 万元.
--   expenditure_total: 本年支出合计, all spending of the year, 万元.
--   basic_expenditure: 基本支出, spending to keep the office running (staff and routine costs), 万元.
--   project_expenditure: 项目支出, spending on specific projects, 万元.
--   carryover_end: 年末结转和结余, funds carried out of the year, 万元.
--   grand_total: 总计, income plus carry-in (equal to spending plus carry-out), 万元.
--   personnel_cost: 人员经费, salaries, allowances and social insurance (basic spending), 万元.
--   public_cost: 公用经费, office running costs within basic spending, 万元.
--   operating_cost: 机关运行经费, operating cost of the office as the report states it, 万元.
--   procurement_total: 政府采购支出总额, government procurement, 万元.
--   vehicles_held: 公务用车保有量, official vehicles held at year end (count).
--   headcount_actual: 实有人数 / 在岗, staff actually employed (count), when the report states it.
--   headcount_authorized: 编制数, authorized staff positions (count), when the report states it.
WITH wanted AS (
  SELECT trim(code) AS region_code FROM unnest(string_split(?, ',')) AS t(code)
)
SELECT
  t.doc_id,
  t.region_code,
  coalesce(r.display_name, t.region_name) AS region,
  t.department_name                       AS department,
  t.fiscal_year                           AS year,
  t.doc_kind                              AS kind,
  t.income_total, t.fiscal_income, t.other_income, t.carryover_begin,
  t.expenditure_total, t.basic_expenditure, t.project_expenditure, t.carryover_end, t.grand_total,
  t.personnel_cost, t.public_cost, t.operating_cost, t.procurement_total,
  t.vehicles_held, t.headcount_actual, t.headcount_authorized
FROM doc_totals t
LEFT JOIN dim_region r ON r.region_code = t.region_code
WHERE t.region_code IN (SELECT region_code FROM wanted)
ORDER BY t.region_code, t.department_name, t.fiscal_year, t.doc_kind, t.doc_id;
