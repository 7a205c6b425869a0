package yujue.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yujue.parse.layout.Line;
import yujue.parse.layout.TableBlock;
import yujue.parse.layout.Text;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Provenance;
import yujue.parse.model.SubjectFact;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;

/**
 * Summary tables read as labelled lines: 01 and 04 (and budget 1 and 4) print income on the left
 * and expenditure by function class on the right; 11 lists procurement lines. Each label takes
 * the numbers that follow it (first the row number 行次 where the table has one).
 */
public final class SummaryTableParser {

  private SummaryTableParser() {}

  /**
   * A label and the numbers printed after it on the same line. Its key, the label as it is matched
   * ({@link Text#label}), is computed once and only when asked: most entries without figures (the
   * header cells) are passed over without it.
   */
  static final class Entry {

    private final String label;
    private final List<Tok> numbers;
    private final int line;
    private String key; // null until asked for, unless known when the entry was read

    Entry(String label, String key, List<Tok> numbers, int line) {
      this.label = label;
      this.key = key;
      this.numbers = numbers;
      this.line = line;
    }

    String label() {
      return label;
    }

    String key() {
      if (key == null) {
        key = Text.label(label);
      }
      return key;
    }

    List<Tok> numbers() {
      return numbers;
    }

    int line() {
      return line;
    }
  }

  public static boolean handles(TableKind k) {
    return k == TableKind.F01 || k == TableKind.F04 || k == TableKind.B1 || k == TableKind.B4 || k == TableKind.F11;
  }

  public static void parse(TableBlock block, ParseContext ctx) {
    TableKind kind = block.kind();
    String table = kind.code();
    StringBuilder header = new StringBuilder();
    List<Entry> entries = entries(block, header);
    boolean rowNumbers = namesRowNumbers(header, 0);
    boolean appropriation = kind == TableKind.F04 || kind == TableKind.B4;
    Set<String> seen = new HashSet<>();
    boolean inCarryover = false;
    List<Runnable> classRows = new ArrayList<>(); // placed once the income lines are known
    for (Entry e : entries) {
      List<Tok> nums = figures(e, rowNumbers);
      if (nums.isEmpty() && (kind == TableKind.F11 || e.label().indexOf('结') < 0)) {
        // without figures a class row adds nothing and a measure is not taken: only 年初结转 (its key
        // holds 结转 or 结余, so its label a 结) has an effect, and there is no label key to compute
        continue;
      }
      Subject cls = CLASSES_BY_NAME.get(e.key());
      if (cls != null) {
        classRows.add(() -> addClass(ctx, table, cls, nums, e.line(), appropriation));
        continue;
      }
      String measure = kind == TableKind.F11 ? procurementMeasure(e.key()) : summaryMeasure(e.key(), seen);
      if (measure == null) {
        continue;
      }
      if (measure.equals(Measure.CARRYOVER_BEGIN)) {
        inCarryover = true;
      } else if (inCarryover && measure.endsWith("_income")) {
        continue; // fund lines under 年初结转 split the carryover, not the income
      }
      if (nums.isEmpty() || !seen.add(measure)) {
        continue; // a header or a blank line; the first printed figure of a measure wins
      }
      Tok first = nums.get(0);
      String id = appropriation ? Measure.appropriation(measure) : measure;
      if (first.repaired()) {
        ctx.finding("SPLIT_NUMBER_REPAIRED", Severity.INFO, table + " " + e.key() + ": the amount was printed in"
            + " two pieces (" + first.text() + "); read as " + first.number().toPlainString(), null, first.number(), table,
            e.line());
      }
      ctx.measures.add(new MeasureFact(ctx.fiscalYear, id, first.number(),
          first.repaired() ? Provenance.repaired(table, e.line()) : Provenance.reported(table, e.line())));
    }
    classRows.forEach(Runnable::run);
    checkBalanced(ctx, table);
  }

  /** The entry's figures, without the row number that opens them where the table prints 行次 (a view, not a copy). */
  private static List<Tok> figures(Entry e, boolean rowNumbers) {
    List<Tok> nums = e.numbers();
    return rowNumbers && !nums.isEmpty() && nums.get(0).isPlainInteger() ? nums.subList(1, nums.size()) : nums;
  }

  /**
   * The block's entries; {@code header} receives the compacted lines up to the first that names a
   * 行次 column ({@link #namesRowNumbers}), or all of them when none does.
   */
  static List<Entry> entries(TableBlock block, StringBuilder header) {
    List<Entry> out = new ArrayList<>();
    int previousLineStart = 0;
    boolean rowNumbers = false;
    for (Line line : block.lines()) {
      if (!rowNumbers) { // the lines after the one that settles it need not be compacted
        int from = Math.max(0, header.length() - 2);
        header.append(line.compact());
        rowNumbers = namesRowNumbers(header, from);
      }
      List<Tok> toks = Tok.of(line); // once per line, for both readings
      if (isCarriedDigits(line, toks)) {
        joinCarriedDigits(out.subList(previousLineStart, out.size()), toks);
        continue;
      }
      previousLineStart = out.size();
      String label = null;
      String key = null; // Text.label(label) once asked for, null until then
      List<Tok> nums = new ArrayList<>();
      for (Tok t : toks) {
        if (t.isNumber()) {
          if (label != null) {
            nums.add(t);
          }
          continue;
        }
        boolean startsNew = label == null || !nums.isEmpty() || numbered(t.text());
        if (!startsNew) {
          key = Text.label(label);
          startsNew = known(key);
        }
        if (startsNew) {
          if (label != null) {
            out.add(new Entry(label, key, nums, line.number()));
          }
          label = t.text();
          nums = new ArrayList<>();
        } else {
          label = label + t.text(); // a label broken by a space in the flowing family
        }
        key = null;
      }
      if (label != null) {
        out.add(new Entry(label, key, nums, line.number()));
      }
    }
    return out;
  }

  /**
   * Whether the header from {@code from} on names a 行次 column: labelled 行次, or 行 alone when the
   * flowing family breaks the header ("项目 行 金额").
   */
  private static boolean namesRowNumbers(StringBuilder header, int from) {
    return header.indexOf("行次", from) >= 0 || header.indexOf("项目行", from) >= 0;
  }

  /**
   * A line of nothing but one- or two-digit fragments: the last digits of amounts on the line
   * above that the converter pushed onto a line of their own ("2,066.5" … next line "2").
   */
  private static boolean isCarriedDigits(Line line, List<Tok> toks) {
    if (!line.tabbed() || toks.isEmpty()) {
      return false;
    }
    for (Tok t : toks) {
      if (!t.isPlainInteger() || t.text().length() > 2) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern ONE_DECIMAL = java.util.regex.Pattern.compile("-?[\\d,]+\\.\\d");

  /** Joins the fragments, in order, to the line's amounts printed with one decimal, when they pair up exactly. */
  private static void joinCarriedDigits(List<Entry> previousLine, List<Tok> fragments) {
    List<List<Tok>> owners = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (Entry e : previousLine) {
      for (int i = 0; i < e.numbers().size(); i++) {
        if (ONE_DECIMAL.matcher(e.numbers().get(i).text()).matches()) {
          owners.add(e.numbers());
          positions.add(i);
        }
      }
    }
    if (owners.size() != fragments.size()) {
      return; // not a clean pairing: leave the figures as printed, validation will flag them
    }
    for (int i = 0; i < owners.size(); i++) {
      Tok joined = Tok.join(owners.get(i).get(positions.get(i)), fragments.get(i));
      if (joined != null) {
        owners.get(i).set(positions.get(i), joined);
      }
    }
  }

  /**
   * Whether {@code t} opens with a Chinese outline number: the regex
   * {@code ^[（(]?[一二三四五六七八九十]+[)）]?[、.．]}, by hand (no backtracking can change its answer).
   */
  private static boolean numbered(String t) {
    int i = 0;
    if (i < t.length() && (t.charAt(i) == '（' || t.charAt(i) == '(')) {
      i++;
    }
    int digits = i;
    while (i < t.length() && Text.isChineseDigit(t.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i < t.length() && (t.charAt(i) == ')' || t.charAt(i) == '）')) {
      i++;
    }
    return i < t.length() && "、.．".indexOf(t.charAt(i)) >= 0;
  }

  /** Whether a label (as {@link Text#label} gives it) names a class or a measure, so it is complete. */
  private static boolean known(String key) {
    return CLASSES_BY_NAME.containsKey(key) || summaryMeasure(key, Set.of()) != null;
  }

  /** Function classes (类) by their printed name, the first in catalog order where names repeat. */
  private static final Map<String, Subject> CLASSES_BY_NAME = new HashMap<>();

  static {
    for (Subject s : SubjectCatalog.function().all()) {
      if (s.level() == Subject.Level.CLASS) {
        CLASSES_BY_NAME.putIfAbsent(s.name(), s);
      }
    }
  }

  private static final List<String> FUND_COLUMNS = List.of("total", "general_budget", "gov_fund", "soe_capital");

  private static void addClass(ParseContext ctx, String table, Subject cls, List<Tok> nums, int line,
      boolean appropriation) {
    if (nums.isEmpty()) {
      return;
    }
    if (!appropriation) {
      ctx.functionFacts.add(new SubjectFact(table, cls.code(), cls.name(), "total", nums.get(0).number(),
          Provenance.reported(table, line)));
      return;
    }
    // 04: 合计 then one column per fund. With empty cells dropped, a single fund figure equal to
    // the total belongs to the only fund with appropriation income; anything else stays unplaced.
    boolean positional = allInCells(nums) || nums.size() == FUND_COLUMNS.size();
    if (positional) {
      int first = nums.get(0).cell();
      for (int k = 0; k < nums.size(); k++) {
        Tok n = nums.get(k);
        // tab cells keep their column: a figure's fund is its distance from the 合计 cell
        int i = n.cell() >= 0 && first >= 0 ? n.cell() - first : k;
        if (i < 0 || i >= FUND_COLUMNS.size()) {
          continue;
        }
        if (n.repaired()) {
          ctx.finding("SPLIT_NUMBER_REPAIRED", Severity.INFO, table + " " + cls.code() + " " + cls.name() + " "
              + FUND_COLUMNS.get(i) + ": the amount was printed in two pieces (" + n.text() + "); read as "
              + n.number().toPlainString(), null, n.number(), table, line);
        }
        ctx.functionFacts.add(new SubjectFact(table, cls.code(), cls.name(), FUND_COLUMNS.get(i), n.number(),
            n.repaired() ? Provenance.repaired(table, line) : Provenance.reported(table, line)));
      }
      return;
    }
    ctx.functionFacts.add(new SubjectFact(table, cls.code(), cls.name(), "total", nums.get(0).number(),
        Provenance.reported(table, line)));
    String fund = onlyFundWithIncome(ctx, table);
    if (nums.size() == 2 && fund != null && nums.get(1).number().compareTo(nums.get(0).number()) == 0) {
      ctx.functionFacts.add(new SubjectFact(table, cls.code(), cls.name(), fund, nums.get(1).number(),
          Provenance.reported(table, line)));
    } else if (nums.size() > 1) {
      ctx.finding("T04_FUNDS_UNPLACED", Severity.WARNING, "class " + cls.code() + " of " + table
          + ": the fund columns lost their empty cells and cannot be placed; they are NULL", null, null, table, line);
    }
  }

  /** Whether every figure kept its tab cell. */
  private static boolean allInCells(List<Tok> nums) {
    for (Tok t : nums) {
      if (t.cell() < 0) {
        return false;
      }
    }
    return true;
  }

  /** general_budget / gov_fund / soe_capital: the one fund whose appropriation income this table prints. */
  private static String onlyFundWithIncome(ParseContext ctx, String table) {
    Map<String, String> funds = Map.of(
        Measure.appropriation(Measure.GENERAL_BUDGET_INCOME), "general_budget",
        Measure.appropriation(Measure.GOV_FUND_INCOME), "gov_fund",
        Measure.appropriation(Measure.SOE_CAPITAL_INCOME), "soe_capital");
    List<String> withIncome = new ArrayList<>();
    for (Map.Entry<String, String> f : funds.entrySet()) {
      BigDecimal v = ctx.measure(f.getKey(), table);
      if (v != null && v.signum() != 0) {
        withIncome.add(f.getValue());
      }
    }
    return withIncome.size() == 1 ? withIncome.get(0) : null;
  }

  /** Income and expenditure line labels of tables 01/04 and budget 1/4, as {@link Text#label} gives them. */
  static String summaryMeasure(String l, Set<String> seen) {
    if (l.contains("结转") || l.contains("结余")) {
      if (l.contains("使用非财政拨款结余")) {
        return Measure.NON_FISCAL_BALANCE_USED;
      }
      if (l.contains("结余分配")) {
        return Measure.BALANCE_DISTRIBUTION;
      }
      if (l.startsWith("年初") || l.startsWith("上年结转")) {
        return Measure.CARRYOVER_BEGIN;
      }
      if (l.startsWith("年末") || l.startsWith("结转下年")) {
        return Measure.CARRYOVER_END;
      }
      return null;
    }
    if (l.equals("总计") || l.equals("收入总计") || l.equals("支出总计")) {
      return seen.contains(Measure.GRAND_TOTAL) ? "grand_total_expenditure_side" : Measure.GRAND_TOTAL;
    }
    if (l.startsWith("本年收入")) {
      return Measure.INCOME_TOTAL;
    }
    if (l.startsWith("本年支出")) {
      return Measure.EXPENDITURE_TOTAL;
    }
    if (l.contains("一般公共预算")) {
      return Measure.GENERAL_BUDGET_INCOME;
    }
    if (l.contains("政府性基金")) {
      return Measure.GOV_FUND_INCOME;
    }
    if (l.contains("国有资本经营")) {
      return Measure.SOE_CAPITAL_INCOME;
    }
    if (l.contains("财政专户")) {
      return Measure.SPECIAL_ACCOUNT_INCOME;
    }
    if (l.equals("上级补助收入")) {
      return Measure.UPPER_GRANT_INCOME;
    }
    if (l.equals("事业收入")) {
      return Measure.BUSINESS_INCOME;
    }
    if (l.equals("经营收入") || l.equals("事业单位经营收入")) {
      return Measure.OPERATING_INCOME;
    }
    if (l.equals("附属单位上缴收入")) {
      return Measure.AFFILIATED_INCOME;
    }
    if (l.equals("其他收入")) {
      return Measure.OTHER_INCOME;
    }
    return null;
  }

  /** Procurement line labels of table 11, as {@link Text#label} gives them. */
  static String procurementMeasure(String l) {
    if (l.contains("小微企业")) {
      return Measure.PROCUREMENT_SMALL_MICRO;
    }
    if (l.contains("中小企业")) {
      return Measure.PROCUREMENT_SME;
    }
    if (l.contains("货物")) {
      return Measure.PROCUREMENT_GOODS;
    }
    if (l.contains("工程")) {
      return Measure.PROCUREMENT_WORKS;
    }
    if (l.contains("服务")) {
      return Measure.PROCUREMENT_SERVICES;
    }
    if (l.contains("合计") || l.contains("总额")) {
      return Measure.PROCUREMENT_TOTAL;
    }
    return null;
  }

  /** Table 01's grand totals of both sides agree, and each side adds up (domain.md section 5). */
  public static void checkBalanced(ParseContext ctx, String table) {
    checkBalanced(ctx, table, Measure.GRAND_TOTAL, EXPENDITURE_SIDE);
    checkBalanced(ctx, table, APPROPRIATION_GRAND_TOTAL, APPROPRIATION_EXPENDITURE_SIDE);
  }

  /** The measures {@link #checkBalanced} compares, named once rather than for every table. */
  private static final String EXPENDITURE_SIDE = "grand_total_expenditure_side";
  private static final String APPROPRIATION_GRAND_TOTAL = Measure.appropriation(Measure.GRAND_TOTAL);
  private static final String APPROPRIATION_EXPENDITURE_SIDE = Measure.appropriation(EXPENDITURE_SIDE);

  private static void checkBalanced(ParseContext ctx, String table, String incomeSide, String expenditureSide) {
    BigDecimal income = ctx.measure(incomeSide, table);
    if (income == null) {
      return;
    }
    ctx.measures.removeIf(m -> m.measure().equals(expenditureSide) && table.equals(m.provenance().tableCode())
        && income.compareTo(m.amount()) == 0);
    List<MeasureFact> unbalanced = new ArrayList<>(); // almost always none: no copy of all measures to go over
    for (MeasureFact m : ctx.measures) {
      if (m.measure().equals(expenditureSide) && table.equals(m.provenance().tableCode())) {
        unbalanced.add(m);
      }
    }
    for (MeasureFact m : unbalanced) {
      ctx.finding("F01_SIDES_BALANCE", Severity.ERROR, "the two 总计 of " + table + " differ", income, m.amount(),
          table, m.provenance().line());
      ctx.measures.remove(m);
    }
  }
}
