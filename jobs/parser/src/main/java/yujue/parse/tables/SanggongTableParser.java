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
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;

/**
 * 三公 tables: final table 09 (预算数 then 决算数, six columns each, then a statistics block) and
 * budget table 7 (上年预算数 then 本年预算数). The twelve cells arrive whole (tab family), with
 * empty cells dropped (flowing) or with a number split into two cells ("27.1⇥1"); the placement
 * kept is the one that satisfies both halves' identities (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行)
 * and agrees with the narrative. Ambiguous cells stay NULL with a finding.
 */
public final class SanggongTableParser {

  private static final int HALF = 6;
  private static final Part[] PARTS = Part.values();

  private SanggongTableParser() {}

  public static boolean handles(TableKind k) {
    return k == TableKind.F09 || k == TableKind.B7;
  }

  /**
   * @param hints narrative figures by half: index 0 = first half, 1 = second half, part -> amount
   */
  public static void parse(TableBlock block, ParseContext ctx, List<Map<Part, BigDecimal>> hints) {
    String table = block.kind().code();
    boolean budgetReport = block.kind() == TableKind.B7;
    LineTokens tokens = new LineTokens(block.lines());
    int dataIndex = dataLine(block, tokens);
    if (dataIndex < 0) {
      return;
    }
    Line data = block.lines().get(dataIndex);
    List<Tok> nums = tokens.of(dataIndex); // the data line holds numbers only
    if (pairedByPart(block, data, tokens)) {
      nums = basisFirst(nums, data.tabbed());
    }
    // only placements meeting the identities are kept (and made distinct): all the rest ever did
    List<BigDecimal[]> cands = ColumnSolver.distinct(candidates(nums, data.tabbed()));
    List<BigDecimal[]> fitting = ColumnSolver.filter(cands, c -> agrees(c, hints));
    if (fitting.isEmpty()) {
      fitting = cands;
    }
    if (data.tabbed()) {
      fitting = keepIntactHalves(fitting, nums);
    }
    boolean repaired = nums.size() != countFilled(fitting.isEmpty() ? null : fitting.get(0))
        || Tok.anyRepaired(nums);
    if (fitting.isEmpty()) {
      ctx.finding("T09_UNPLACEABLE", Severity.ERROR, "the 三公 row of " + table
          + " fits no placement satisfying 合计 = 出国 + 公务用车 + 接待; its figures are left out", null, null, table,
          data.number());
      return;
    }
    if (fitting.size() > 1) {
      ctx.finding("T09_COLUMNS_AMBIGUOUS", Severity.WARNING, "the 三公 row of " + table + " allows " + fitting.size()
          + " column placements; the undecided cells are NULL", null, null, table, data.number());
    }
    BigDecimal[] cells = ColumnSolver.agreed(fitting);
    BigDecimal[] printed = positional(nums);
    if (repaired) {
      ctx.finding("T09_REPAIRED", Severity.INFO, "the 三公 row of " + table
          + " was damaged (split number or dropped cells); placed by the identities and the narrative", null, null,
          table, data.number());
    }
    for (int i = 0; i < 2 * HALF; i++) {
      if (cells[i] == null) {
        continue;
      }
      boolean first = i < HALF;
      int year = budgetReport && first ? ctx.fiscalYear - 1 : ctx.fiscalYear;
      Basis basis = budgetReport || first ? Basis.BUDGET : Basis.ACTUAL;
      boolean halfRepaired = data.tabbed() ? !sameHalf(cells, printed, first ? 0 : HALF) : repaired;
      Provenance p = halfRepaired ? Provenance.repaired(table, data.number()) : Provenance.reported(table, data.number());
      ctx.sanggong.add(new SanggongFact(year, basis, PARTS[i % HALF], cells[i], p));
    }
    if (!budgetReport) {
      statistics(block, data, tokens, ctx, table);
    }
  }

  /**
   * Whether the header pairs the two bases under each part ("合计: 预算数 决算数 | 因公出国: 预算数 决算数 |
   * …", as Shanghai's template prints it) instead of printing all six parts of one basis first: a
   * header line of two labels alternating, each a 预算数 or 决算数.
   */
  private static boolean pairedByPart(TableBlock block, Line data, LineTokens tokens) {
    for (int li = 0; li < block.lines().size(); li++) {
      if (block.lines().get(li).number() >= data.number()) {
        break;
      }
      if (!namesBasis(block.lines().get(li))) {
        continue; // no label can end with 预算数 or 决算数
      }
      List<Tok> toks = tokens.of(li);
      if (toks.size() < 4) {
        continue; // too few labels to alternate
      }
      List<String> labels = new ArrayList<>(toks.size());
      for (Tok t : toks) {
        labels.add(Text.compact(t.text()));
      }
      if (labels.get(0).equals(labels.get(1))) {
        continue;
      }
      boolean alternating = true;
      for (int i = 0; i < labels.size(); i++) {
        String x = labels.get(i);
        alternating &= x.equals(labels.get(i % 2)) && (x.endsWith("预算数") || x.endsWith("决算数"));
      }
      if (alternating) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line holds 预算数 or 决算数 once compacted: it must for a label of it to end so (the
   * compact line is its tokens' compact texts run together).
   */
  private static boolean namesBasis(Line line) {
    String c = line.compact();
    return c.contains("预算数") || c.contains("决算数");
  }

  /**
   * Part-paired cells (预算, 决算 of 合计, then of 出国, …) in the order the rest of the reader works
   * in (the six parts of the first basis, then of the second). Tab cells move by position; without
   * cell positions only a full row of twelve can be reordered.
   */
  private static List<Tok> basisFirst(List<Tok> nums, boolean tabbed) {
    if (tabbed && nums.stream().allMatch(t -> t.cell() >= 0 && t.cell() < 2 * HALF)) {
      return nums.stream().map(t -> new Tok(t.text(), t.number(), moved(t.cell()), t.repaired()))
          .sorted(java.util.Comparator.comparingInt(Tok::cell)).toList();
    }
    if (nums.size() != 2 * HALF) {
      return nums;
    }
    Tok[] out = new Tok[2 * HALF];
    for (int i = 0; i < nums.size(); i++) {
      out[moved(i)] = nums.get(i);
    }
    return List.of(out);
  }

  private static int moved(int pairedIndex) {
    return (pairedIndex % 2) * HALF + pairedIndex / 2;
  }

  /** The index of the line of twelve (or fewer) amounts: all numbers, and not the column numbers 1..12; -1 if none. */
  private static int dataLine(TableBlock block, LineTokens tokens) {
    for (int li = 0; li < block.lines().size(); li++) {
      if (!opensWithNumber(block.lines().get(li))) {
        continue; // a label or a blank: not worth cutting into all its tokens
      }
      List<Tok> toks = tokens.of(li);
      if (!allNumbers(toks)) {
        continue;
      }
      if (!columnNumbers(toks)) {
        return li;
      }
    }
    return -1;
  }

  /** Whether the tokens are the column numbers 1, 2, 3, …; the amounts of a data line fail at the first. */
  private static boolean columnNumbers(List<Tok> toks) {
    for (int i = 0; i < toks.size(); i++) {
      if (!toks.get(i).isPlainInteger() || toks.get(i).number().intValue() != i + 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensWithNumber(Line line) {
    List<Tok> first = Tok.of(line, 1);
    return !first.isEmpty() && first.get(0).isNumber();
  }

  private static boolean allNumbers(List<Tok> toks) {
    for (Tok t : toks) {
      if (!t.isNumber()) {
        return false;
      }
    }
    return true;
  }

  /** The cells as printed (tab family) and every placement of the numbers, those meeting the identities. */
  private static List<BigDecimal[]> candidates(List<Tok> nums, boolean tabbed) {
    List<BigDecimal[]> out = new ArrayList<>();
    if (tabbed && nums.stream().allMatch(t -> t.cell() < 2 * HALF)) {
      BigDecimal[] positional = new BigDecimal[2 * HALF];
      nums.forEach(t -> positional[t.cell()] = t.number());
      if (identities(positional)) {
        out.add(positional);
      }
    }
    addPlacements(nums, out);
    for (int i = 0; i + 1 < nums.size(); i++) { // one number split in two cells
      Tok joined = Tok.join(nums.get(i), nums.get(i + 1));
      if (joined != null) {
        List<Tok> merged = new ArrayList<>(nums);
        merged.set(i, joined);
        merged.remove(i + 1);
        addPlacements(merged, out);
      }
    }
    return out;
  }

  /** In the tab family a half whose cells satisfy its identities as printed is taken as printed. */
  private static BigDecimal[] positional(List<Tok> nums) {
    BigDecimal[] positional = new BigDecimal[2 * HALF];
    for (Tok t : nums) {
      if (t.cell() >= 0 && t.cell() < 2 * HALF) {
        positional[t.cell()] = t.number();
      }
    }
    return positional;
  }

  private static List<BigDecimal[]> keepIntactHalves(List<BigDecimal[]> fitting, List<Tok> nums) {
    BigDecimal[] positional = positional(nums);
    List<BigDecimal[]> kept = fitting;
    for (int o = 0; o < 2 * HALF; o += HALF) {
      if (!half(positional, o)) {
        continue;
      }
      final int off = o;
      List<BigDecimal[]> same = ColumnSolver.filter(kept, c -> sameHalf(c, positional, off));
      if (!same.isEmpty()) {
        kept = same;
      }
    }
    return kept;
  }

  private static boolean sameHalf(BigDecimal[] a, BigDecimal[] b, int o) {
    for (int i = o; i < o + HALF; i++) {
      if (a[i] == null ? b[i] != null : b[i] == null || a[i].compareTo(b[i]) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Placements meeting the identities; one whose first half fails them is given up as soon as that half is placed. */
  private static void addPlacements(List<Tok> nums, List<BigDecimal[]> out) {
    if (nums.size() <= 2 * HALF) {
      List<BigDecimal> values = new ArrayList<>(nums.size());
      for (Tok t : nums) {
        values.add(t.number());
      }
      out.addAll(ColumnSolver.placements(values, 2 * HALF, SanggongTableParser::identities, HALF, c -> half(c, 0)));
    }
  }

  /** Tolerances, built once: the identities run for every candidate placement. */
  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final BigDecimal TWO_CENTS = new BigDecimal("0.02");

  static boolean identities(BigDecimal[] c) {
    return half(c, 0) && half(c, HALF);
  }

  private static boolean half(BigDecimal[] c, int o) {
    boolean anyPart = c[o + 1] != null || c[o + 2] != null || c[o + 5] != null;
    if (c[o] == null) {
      return !anyPart && c[o + 3] == null && c[o + 4] == null;
    }
    BigDecimal tol = TWO_CENTS;
    BigDecimal parts = Amounts.nz(c[o + 1]).add(Amounts.nz(c[o + 2])).add(Amounts.nz(c[o + 5]));
    // 小计 = 购置 + 运行, unless neither part is printed (then the split is simply not disclosed)
    boolean partsPrinted = c[o + 3] != null || c[o + 4] != null;
    BigDecimal v = Amounts.nz(c[o + 3]).add(Amounts.nz(c[o + 4]));
    // a blank 小计 beside parts printed as 0.00 is a zero subtotal, as printed
    boolean vehicles = !partsPrinted || (c[o + 2] == null ? v.signum() == 0 : Amounts.close(c[o + 2], v, tol));
    return Amounts.close(c[o], parts, tol) && vehicles;
  }

  private static boolean agrees(BigDecimal[] c, List<Map<Part, BigDecimal>> hints) {
    for (int h = 0; h < 2; h++) {
      for (Map.Entry<Part, BigDecimal> e : hints.get(h).entrySet()) {
        BigDecimal cell = c[h * HALF + e.getKey().ordinal()];
        if (!Amounts.close(cell, e.getValue(), CENT)) {
          return false;
        }
      }
    }
    return true;
  }

  private static int countFilled(BigDecimal[] c) {
    int n = 0;
    if (c != null) {
      for (BigDecimal x : c) {
        n += x == null ? 0 : 1;
      }
    }
    return n;
  }

  private static final Map<String, String> STATISTICS = new LinkedHashMap<>();

  static {
    STATISTICS.put("团组数", Measure.OUTBOUND_GROUPS);
    STATISTICS.put("出国（境）人次", Measure.OUTBOUND_PERSONS);
    STATISTICS.put("公务用车购置数", Measure.VEHICLES_PURCHASED);
    STATISTICS.put("公务用车保有量", Measure.VEHICLES_HELD);
    STATISTICS.put("接待批次", Measure.RECEPTION_BATCHES);
    STATISTICS.put("接待人次", Measure.RECEPTION_PERSONS);
  }

  /** 团组数, 人次, 车辆购置数, 保有量, 接待批次, 接待人次: label followed by its count. */
  private static void statistics(TableBlock block, Line data, LineTokens tokens, ParseContext ctx, String table) {
    for (int li = 0; li < block.lines().size(); li++) {
      Line l = block.lines().get(li);
      if (l.number() <= data.number()) {
        continue;
      }
      List<Tok> toks = tokens.of(li);
      for (int i = 0; i + 1 < toks.size(); i++) {
        if (toks.get(i).isNumber() || !toks.get(i + 1).isNumber()) {
          continue;
        }
        String label = Text.fullWidthPunct(Text.compact(toks.get(i).text()));
        for (Map.Entry<String, String> e : STATISTICS.entrySet()) {
          if (label.contains(e.getKey())) {
            ctx.measures.add(new MeasureFact(ctx.fiscalYear, e.getValue(), toks.get(i + 1).number(),
                Provenance.reported(table, l.number())));
          }
        }
      }
    }
  }
}
