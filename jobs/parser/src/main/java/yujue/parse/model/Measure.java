package yujue.parse.model;

/**
 * Ids of document-level measures ({@code fct_measure.measure}). Money in 万元 unless the id says
 * otherwise (counts end in _held, _count, _persons, _batches, _groups, headcount_*).
 */
public final class Measure {

  private Measure() {}

  // Income lines of table 01 / budget table 1 (收入)
  public static final String GENERAL_BUDGET_INCOME = "general_budget_income"; // 一般公共预算财政拨款收入
  public static final String GOV_FUND_INCOME = "gov_fund_income"; // 政府性基金预算财政拨款收入
  public static final String SOE_CAPITAL_INCOME = "soe_capital_income"; // 国有资本经营预算财政拨款收入
  public static final String SPECIAL_ACCOUNT_INCOME = "special_account_income"; // 财政专户管理资金收入
  public static final String UPPER_GRANT_INCOME = "upper_grant_income"; // 上级补助收入
  public static final String BUSINESS_INCOME = "business_income"; // 事业收入
  public static final String OPERATING_INCOME = "operating_income"; // 经营收入
  public static final String AFFILIATED_INCOME = "affiliated_income"; // 附属单位上缴收入
  public static final String OTHER_INCOME = "other_income"; // 其他收入
  public static final String FISCAL_INCOME = "fiscal_income"; // 财政拨款收入 (lines 1-3 together)
  public static final String INCOME_TOTAL = "income_total"; // 本年收入合计
  public static final String NON_FISCAL_BALANCE_USED = "non_fiscal_balance_used"; // 使用非财政拨款结余
  public static final String CARRYOVER_BEGIN = "carryover_begin"; // 年初结转和结余 / 上年结转
  public static final String GRAND_TOTAL = "grand_total"; // 总计

  // Expenditure side
  public static final String EXPENDITURE_TOTAL = "expenditure_total"; // 本年支出合计
  public static final String BASIC_EXPENDITURE = "basic_expenditure"; // 基本支出
  public static final String PROJECT_EXPENDITURE = "project_expenditure"; // 项目支出
  public static final String BALANCE_DISTRIBUTION = "balance_distribution"; // 结余分配
  public static final String CARRYOVER_END = "carryover_end"; // 年末结转和结余 / 结转下年

  // Appropriations only (table 04 / budget table 4), prefixed so they never mix with all-funds totals
  public static final String APPROPRIATION_PREFIX = "appropriation_";

  // Costs
  public static final String PERSONNEL_COST = "personnel_cost"; // 人员经费
  public static final String PUBLIC_COST = "public_cost"; // 公用经费
  public static final String OPERATING_COST = "operating_cost"; // 机关运行经费
  public static final String GENERAL_BUDGET_EXPENDITURE = "general_budget_expenditure"; // 一般公共预算财政拨款支出

  // Procurement (政府采购, table 11 or narrative)
  public static final String PROCUREMENT_TOTAL = "procurement_total";
  public static final String PROCUREMENT_GOODS = "procurement_goods";
  public static final String PROCUREMENT_WORKS = "procurement_works";
  public static final String PROCUREMENT_SERVICES = "procurement_services";
  public static final String PROCUREMENT_SME = "procurement_sme"; // 授予中小企业合同金额
  public static final String PROCUREMENT_SMALL_MICRO = "procurement_small_micro"; // 授予小微企业合同金额

  // Counts
  public static final String VEHICLES_HELD = "vehicles_held"; // 公务用车保有量 (辆)
  public static final String VEHICLES_PURCHASED = "vehicles_purchased"; // 公务用车购置数 (辆)
  public static final String OUTBOUND_GROUPS = "outbound_groups"; // 因公出国（境）团组数
  public static final String OUTBOUND_PERSONS = "outbound_persons"; // 因公出国（境）人次数
  public static final String RECEPTION_BATCHES = "reception_batches"; // 国内公务接待批次
  public static final String RECEPTION_PERSONS = "reception_persons"; // 国内公务接待人次
  public static final String HEADCOUNT_AUTHORIZED = "headcount_authorized"; // 编制人数
  public static final String HEADCOUNT_ACTUAL = "headcount_actual"; // 实有 / 在岗人数

  public static String appropriation(String measure) {
    return APPROPRIATION_PREFIX + measure;
  }
}
