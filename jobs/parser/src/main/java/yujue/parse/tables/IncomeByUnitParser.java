package yujue.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import yujue.parse.layout.Line;
import yujue.parse.layout.TableBlock;
import yujue.parse.layout.Text;
import yujue.parse.model.Amounts;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Provenance;

/**
 * Budget table 2 (收入总表): income by source for each budget unit. Its 合计 row is the
 * department's income by source (小计 = 上年结转 + every income line); the per-unit rows repeat it
 * for departments with one unit and are not landed yet. Numbers are placed by the header's
 * labels, the row identity and budget table 1's lines.
 */
public final class IncomeByUnitParser {

  /** Header label -> measure, longest first so 事业单位经营收入 is not read as 事业收入. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("国有资本经营预算拨款收入", Measure.SOE_CAPITAL_INCOME);
    LABELS.put("一般公共预算拨款收入", Measure.GENERAL_BUDGET_INCOME);
    LABELS.put("政府性基金预算拨款收入", Measure.GOV_FUND_INCOME);
    LABELS.put("财政专户管理资金收入", Measure.SPECIAL_ACCOUNT_INCOME);
    LABELS.put("事业单位经营收入", Measure.OPERATING_INCOME);
    LABELS.put("附属单位上缴收入", Measure.AFFILIATED_INCOME);
    LABELS.put("上级补助收入", Measure.UPPER_GRANT_INCOME);
    LABELS.put("事业收入", Measure.BUSINESS_INCOME);
    LABELS.put("其他收入", Measure.OTHER_INCOME);
    LABELS.put("上年结转", Measure.CARRYOVER_BEGIN);
    LABELS.put("小计", Measure.GRAND_TOTAL);
    LABELS.put("合计", Measure.GRAND_TOTAL);
  }

  private IncomeByUnitParser() {}

  public static boolean handles(TableKind k) {
    return k == TableKind.B2;
  }

  public static void parse(TableBlock block, ParseContext ctx) {
    String table = block.kind().code();
    StringBuilder header = new StringBuilder();
    Line total = null;
    for (Line l : block.lines()) {
      List<Tok> toks = Tok.of(l);
      if (!toks.isEmpty() && Text.compact(toks.get(0).text()).equals("合计")) {
        total = l;
        break;
      }
      header.append(l.compact());
    }
    List<String> columns = columns(header.toString());
    if (total == null || columns.size() < 2 || !columns.get(0).equals(Measure.GRAND_TOTAL)) {
      return;
    }
    List<BigDecimal> values = Tok.of(total).stream().filter(Tok::isNumber).map(Tok::number).toList();
    if (values.size() > columns.size()) {
      return;
    }
    Map<String, BigDecimal> hints = hints(ctx, columns);
    BigDecimal tolerance = ColumnSolver.tolerance(values.size());
    // the 合计 cell is filled: placements that leave it empty are given up once the first figure is placed
    List<BigDecimal[]> fitting = ColumnSolver.placements(values, columns.size(),
        c -> c[0] != null && Amounts.close(c[0], sumOfRest(c), tolerance) && agrees(c, columns, hints),
        1, c -> c[0] != null);
    if (fitting.size() != 1) {
      ctx.finding("B2_COLUMNS_AMBIGUOUS", Severity.WARNING, "the 合计 row of budget table 2 allows " + fitting.size()
          + " column placements; its figures are left out", null, null, table, total.number());
      return;
    }
    BigDecimal[] cells = fitting.get(0);
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != null) {
        ctx.measures.add(new MeasureFact(ctx.fiscalYear, columns.get(i), cells[i], Provenance.reported(table, total.number())));
      }
    }
  }

  static List<String> columns(String header) {
    return new ArrayList<>(HeaderLabels.scan(header, LABELS).values());
  }

  /** What budget table 1 prints of each source; a blank line there is a zero here. */
  private static Map<String, BigDecimal> hints(ParseContext ctx, List<String> columns) {
    Map<String, BigDecimal> h = new LinkedHashMap<>();
    if (ctx.measure(Measure.INCOME_TOTAL, "B1") == null) {
      return h;
    }
    for (String c : columns) {
      BigDecimal v = ctx.measure(c, "B1");
      h.put(c, v == null ? BigDecimal.ZERO : v);
    }
    return h;
  }

  private static BigDecimal sumOfRest(BigDecimal[] c) {
    BigDecimal s = BigDecimal.ZERO;
    for (int i = 1; i < c.length; i++) {
      s = s.add(Amounts.nz(c[i]));
    }
    return s;
  }

  private static final BigDecimal CENT = new BigDecimal("0.01");

  private static boolean agrees(BigDecimal[] c, List<String> columns, Map<String, BigDecimal> hints) {
    for (int i = 0; i < c.length; i++) {
      BigDecimal hint = hints.get(columns.get(i));
      if (hint != null && !Amounts.close(c[i], hint, CENT)) {
        return false;
      }
    }
    return true;
  }
}
