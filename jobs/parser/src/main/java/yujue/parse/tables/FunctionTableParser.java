package yujue.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import yujue.parse.layout.Line;
import yujue.parse.layout.TableBlock;
import yujue.parse.layout.Text;
import yujue.parse.model.Amounts;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.Provenance;
import yujue.parse.model.SubjectFact;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;

/**
 * Tables by function subject (02, 03, 05, 07, 08; budget 3, 5, 8, 9): rows of code, name and one
 * amount per column. Columns come from the header labels (the template order when none are
 * found); numbers are placed into columns by {@link ColumnSolver}; truncated codes and cut names
 * are repaired from the subject's parent and the catalog, and say so.
 */
public final class FunctionTableParser {

  /** Header label -> column measure, longest label first so 本年收入合计 is not read as 合计. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("对附属单位补助支出", "affiliated_subsidy");
    LABELS.put("附属单位上缴收入", "affiliated");
    LABELS.put("事业单位经营支出", "operating_exp");
    LABELS.put("年初结转和结余", "carryover_begin");
    LABELS.put("年末结转和结余", "carryover_end");
    LABELS.put("本年收入合计", "total");
    LABELS.put("本年支出合计", "total");
    LABELS.put("上缴上级支出", "remit_upper");
    LABELS.put("财政拨款收入", "fiscal");
    LABELS.put("上级补助收入", "upper_grant");
    LABELS.put("经营支出", "operating_exp");
    LABELS.put("事业收入", "business");
    LABELS.put("经营收入", "operating");
    LABELS.put("其他收入", "other");
    LABELS.put("基本支出", "basic");
    LABELS.put("项目支出", "project");
    LABELS.put("本年收入", "income");
    LABELS.put("小计", "total");
    LABELS.put("合计", "total");
  }

  /** Columns whose sum is the total column (domain.md section 5). */
  static final Set<String> COMPONENTS = Set.of("fiscal", "upper_grant", "business", "operating", "affiliated", "other",
      "basic", "project", "remit_upper", "operating_exp", "affiliated_subsidy");

  private static final Map<TableKind, List<String>> DEFAULT_COLUMNS = Map.of(
      TableKind.F02, List.of("total", "fiscal", "upper_grant", "business", "operating", "affiliated", "other"),
      TableKind.F03, List.of("total", "basic", "project", "remit_upper", "operating_exp", "affiliated_subsidy"),
      TableKind.F05, List.of("total", "basic", "project"),
      TableKind.F07, List.of("carryover_begin", "income", "total", "basic", "project", "carryover_end"),
      TableKind.F08, List.of("carryover_begin", "income", "total", "basic", "project", "carryover_end"),
      TableKind.B3, List.of("total", "basic", "project", "operating_exp", "remit_upper", "affiliated_subsidy"),
      TableKind.B5, List.of("total", "basic", "project"),
      TableKind.B8, List.of("total", "basic", "project"),
      TableKind.B9, List.of("total", "basic", "project"));

  private FunctionTableParser() {}

  public static boolean handles(TableKind k) {
    return DEFAULT_COLUMNS.containsKey(k);
  }

  /** Parses the block; facts go to {@code ctx.functionFacts}; the 合计 row's cells are returned by column. */
  public static Map<String, BigDecimal> parse(TableBlock block, ParseContext ctx, Map<String, BigDecimal> totalHints) {
    String table = block.kind().code();
    List<SubjectRow> rows = new ArrayList<>();
    StringBuilder header = new StringBuilder();
    for (Line line : block.lines()) {
      read(line, rows, header);
    }
    List<String> columns = columns(block.kind(), header.toString());
    if (rows.isEmpty()) {
      return Map.of();
    }
    List<List<BigDecimal[]>> cands = new ArrayList<>(rows.size());
    int total = columns.indexOf("total");
    boolean[] component = components(columns);
    for (SubjectRow r : rows) {
      cands.add(candidates(r, columns.size(), total, component));
    }
    restrictTotalRow(rows, cands, columns, totalHints);
    ColumnSolver.solveTree(cands, parents(rows));
    repairCodes(rows, ctx, table);
    Map<String, BigDecimal> totalRow = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      SubjectRow r = rows.get(i);
      if (cands.get(i).isEmpty()) {
        ctx.finding("TBL_ROW_UNPLACEABLE", Severity.ERROR,
            "row " + label(r) + " of " + table + " fits no column placement; its figures are left out",
            null, null, table, r.line);
        continue;
      }
      if (cands.get(i).size() > 1) {
        ctx.finding("TBL_COLUMNS_AMBIGUOUS", Severity.WARNING,
            "row " + label(r) + " of " + table + ": empty cells were dropped and the identities allow "
                + cands.get(i).size() + " column placements; the undecided cells are NULL",
            null, null, table, r.line);
      }
      BigDecimal[] cells = ColumnSolver.agreed(cands.get(i));
      boolean repairedNumber = Tok.anyRepaired(r.numbers);
      if (r.nameWrapped) {
        ctx.finding("NAME_WRAPPED", Severity.INFO, "row " + label(r) + " of " + table
            + ": the subject name was wrapped onto the next line and joined", null, null, table, r.line);
      }
      if (repairedNumber) {
        ctx.finding("SPLIT_NUMBER_REPAIRED", Severity.INFO, "row " + label(r) + " of " + table
            + ": an amount was printed in two pieces and read as one", null, null, table, r.line);
      }
      Provenance p = (repairedNumber || r.codeRepaired || r.nameRepaired)
          ? Provenance.repaired(table, r.line) : Provenance.reported(table, r.line);
      for (int c = 0; c < columns.size(); c++) {
        if (cells[c] == null) {
          continue;
        }
        if (r.isTotal()) {
          totalRow.put(columns.get(c), cells[c]);
          continue;
        }
        ctx.functionFacts.add(new SubjectFact(table, r.code, r.name, columns.get(c), cells[c], p));
      }
    }
    return totalRow;
  }

  private static String label(SubjectRow r) {
    return r.isTotal() ? "合计" : r.code + " " + r.name;
  }

  /** Adds a line to the rows: a new row at a code or 合计, else a continuation of the last one. */
  private static void read(Line line, List<SubjectRow> rows, StringBuilder header) {
    // above the first row most lines are header, thrown away once their first two tokens are seen
    List<Tok> toks = rows.isEmpty() ? Tok.of(line, 2) : Tok.of(line);
    if (toks.isEmpty()) {
      return;
    }
    Tok first = toks.get(0);
    boolean startsCode = first.isPlainInteger() && functionCode(first.text())
        && (line.tabbed() ? first.cell() == 0 : toks.size() > 1 && !toks.get(1).isNumber());
    boolean startsTotal = !first.isNumber() && Text.compact(first.text()).equals("合计");
    if (startsCode || startsTotal) {
      if (rows.isEmpty()) {
        toks = Tok.of(line);
      }
      SubjectRow r = new SubjectRow(startsTotal ? null : first.text(), startsTotal ? "合计" : "", line.number(),
          line.tabbed());
      addTokens(r, toks.subList(1, toks.size()), line.tabbed(), false);
      rows.add(r);
      return;
    }
    SubjectRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    if (last == null) {
      header.append(line.compact());
      return;
    }
    if (isHeaderOrNote(line)) {
      return;
    }
    addTokens(last, toks, line.tabbed(), true);
  }

  /** A 2 then 2 to 6 ASCII digits (the regex 2\\d{2,6}): a function subject code, whole or cut. */
  static boolean functionCode(String s) {
    if (s.length() < 3 || s.length() > 7 || s.charAt(0) != '2') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isHeaderOrNote(Line line) {
    String c = line.compact();
    return c.startsWith("注") || c.contains("科目") || c.contains("栏次") || c.contains("项目") || c.contains("单位：")
        || c.contains("单位:") || c.startsWith("部门") || c.contains("功能分类");
  }

  /**
   * Adds a line's tokens to a row. Name text counts on the row's own line, in the name cell of a
   * tab line below it (a wrapped name), or, in the flowing family, on a line below before the
   * row's figures; text after the figures is a piece of a repeated header, not a name.
   */
  private static void addTokens(SubjectRow r, List<Tok> toks, boolean tabbed, boolean continuation) {
    for (Tok t : toks) {
      boolean valueCell = tabbed ? t.cell() >= 2 : true;
      if (t.isNumber() && valueCell && (tabbed || !r.name.isEmpty() || r.isTotal())) {
        r.numbers.add(t);
      } else if (!t.isNumber() || !valueCell) {
        boolean name = tabbed ? t.cell() <= 1 : !continuation || r.numbers.isEmpty();
        if (name) {
          r.name = r.name + t.text();
          r.nameWrapped |= continuation;
        }
      }
    }
  }

  static List<String> columns(TableKind kind, String header) {
    Map<Integer, String> found = HeaderLabels.scan(header, LABELS);
    // a two-row header (07, 08): 小计 / 基本支出 / 项目支出 sit under 本年支出, so they go where it is
    int group = header.indexOf("本年支出");
    if (group >= 0 && !header.startsWith("本年支出合计", group)) {
      Map<Integer, String> moved = new java.util.TreeMap<>();
      int sub = 0;
      for (Map.Entry<Integer, String> e : found.entrySet()) {
        boolean underGroup = e.getKey() > group && GROUPED.contains(e.getValue());
        moved.put(underGroup ? group * 10 + 1 + sub++ : e.getKey() * 10, e.getValue());
      }
      found = moved;
    }
    List<String> cols = new ArrayList<>(found.values());
    List<String> defaults = DEFAULT_COLUMNS.get(kind);
    boolean plausible = cols.size() >= 2 && cols.contains("total") && allDifferent(cols);
    return plausible ? cols : defaults;
  }

  /** Whether no column is found twice (a handful of columns: no set needed). */
  private static boolean allDifferent(List<String> cols) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.subList(0, i).contains(cols.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The columns a two-row header prints under 本年支出. */
  private static final Set<String> GROUPED = Set.of("total", "basic", "project");

  /** Candidate placements of a row's numbers: positional for tab cells, every order-preserving one otherwise. */
  private static List<BigDecimal[]> candidates(SubjectRow r, int n, int total, boolean[] component) {
    List<Tok> nums = joinSplitNumbers(r.numbers, n);
    if (nums != r.numbers) {
      r.numbers.clear();
      r.numbers.addAll(nums); // so the row knows a number was joined
    }
    if (r.tabbed && inValueCells(nums, n)) {
      BigDecimal[] cells = new BigDecimal[n];
      for (Tok t : nums) {
        cells[t.cell() - 2] = t.number();
      }
      List<BigDecimal[]> one = new ArrayList<>();
      one.add(cells);
      return one;
    }
    if (nums.size() > n) {
      return new ArrayList<>();
    }
    List<BigDecimal> values = new ArrayList<>(nums.size());
    for (Tok t : nums) {
      values.add(t.number());
    }
    Predicate<BigDecimal[]> identity = c -> rowIdentity(c, component, total);
    if (total < 0 || values.size() < 2 || !allComponentsBut(component, total)) {
      return ColumnSolver.placements(values, n, identity);
    }
    // every other column is a component, so the components hold all figures but the total's: the
    // identity is decided once the total column is, and placements failing there are not completed
    BigDecimal sum = sum(values);
    BigDecimal tolerance = ColumnSolver.tolerance(values.size() - 1);
    return ColumnSolver.placements(values, n, identity, total + 1,
        c -> c[total] != null && Amounts.close(c[total], sum.subtract(c[total]), tolerance));
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return sum;
  }

  /** Whether every column but the total is a component. */
  private static boolean allComponentsBut(boolean[] component, int total) {
    for (int i = 0; i < component.length; i++) {
      if (i != total && !component[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether every figure sits in one of the {@code n} value cells (after code and name). */
  private static boolean inValueCells(List<Tok> nums, int n) {
    for (Tok t : nums) {
      if (t.cell() < 2 || t.cell() - 2 >= n) {
        return false;
      }
    }
    return true;
  }

  /** Which columns are {@link #COMPONENTS}, asked once per table rather than once per placement and cell. */
  private static boolean[] components(List<String> columns) {
    boolean[] out = new boolean[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = COMPONENTS.contains(columns.get(i));
    }
    return out;
  }

  /** The numbers with split ones joined while there are more than {@code columns}; {@code nums} itself when there are not. */
  private static List<Tok> joinSplitNumbers(List<Tok> nums, int columns) {
    if (nums.size() <= columns) {
      return nums;
    }
    List<Tok> out = new ArrayList<>(nums);
    for (int i = 0; out.size() > columns && i + 1 < out.size(); i++) {
      Tok joined = Tok.join(out.get(i), out.get(i + 1));
      if (joined != null) {
        out.set(i, joined);
        out.remove(i + 1);
        i--;
      }
    }
    return out;
  }

  /** Total = sum of the component columns ({@code component[i]}: column i is one); a filled component needs a filled total. */
  static boolean rowIdentity(BigDecimal[] c, boolean[] component, int total) {
    if (total < 0) {
      return true;
    }
    BigDecimal sum = BigDecimal.ZERO;
    int filled = 0;
    for (int i = 0; i < c.length; i++) {
      if (i != total && c[i] != null && component[i]) {
        sum = sum.add(c[i]);
        filled++;
      }
    }
    if (filled == 0) {
      return true;
    }
    return c[total] != null && Amounts.close(c[total], sum, ColumnSolver.tolerance(filled));
  }

  /** The 合计 row agrees with what other tables and the narrative say of it; its empty columns stay empty below. */
  private static void restrictTotalRow(List<SubjectRow> rows, List<List<BigDecimal[]>> cands, List<String> columns,
      Map<String, BigDecimal> hints) {
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).isTotal() || cands.get(i).size() < 2 || hints.isEmpty()) {
        continue;
      }
      List<BigDecimal[]> fit = ColumnSolver.filter(cands.get(i), c -> agrees(c, columns, hints));
      if (!fit.isEmpty()) {
        cands.get(i).clear();
        cands.get(i).addAll(fit);
      }
      if (cands.get(i).size() == 1) {
        BigDecimal[] t = cands.get(i).get(0);
        for (int j = 0; j < rows.size(); j++) {
          if (j != i) {
            List<BigDecimal[]> fitsTotal = ColumnSolver.filter(cands.get(j), c -> emptyWhereTotalEmpty(c, t));
            if (!fitsTotal.isEmpty()) {
              cands.get(j).clear();
              cands.get(j).addAll(fitsTotal);
            }
          }
        }
      }
    }
  }

  private static final BigDecimal HINT_TOLERANCE = new BigDecimal("0.02");

  private static boolean agrees(BigDecimal[] c, List<String> columns, Map<String, BigDecimal> hints) {
    for (int i = 0; i < c.length; i++) {
      BigDecimal hint = hints.get(columns.get(i));
      if (hint != null && hint.signum() != 0 && !Amounts.close(c[i], hint, HINT_TOLERANCE)) {
        return false;
      }
      if (hints.containsKey(columns.get(i)) && hint != null && hint.signum() == 0 && c[i] != null && c[i].signum() != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean emptyWhereTotalEmpty(BigDecimal[] c, BigDecimal[] total) {
    for (int i = 0; i < c.length; i++) {
      if (total[i] == null && c[i] != null && c[i].signum() != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parent of each row by code prefix (项 -> 款 -> 类 -> 合计): the last row above it whose code is
   * that prefix; -1 when the parent row is absent.
   */
  static int[] parents(List<SubjectRow> rows) {
    int[] parent = new int[rows.size()];
    int totalRow = -1;
    for (int i = 0; i < rows.size(); i++) {
      SubjectRow r = rows.get(i);
      parent[i] = -1;
      if (r.isTotal()) {
        totalRow = i;
        continue;
      }
      int len = r.code.length();
      parent[i] = len <= 3 ? totalRow : lastWithCode(rows, i, r.code, len >= 6 ? 5 : 3);
    }
    return parent;
  }

  /** The last row before {@code before} whose code is the first {@code length} chars of {@code code}; -1 if none. */
  private static int lastWithCode(List<SubjectRow> rows, int before, String code, int length) {
    for (int j = before - 1; j >= 0; j--) {
      String c = rows.get(j).code;
      if (c != null && c.length() == length && code.startsWith(c)) {
        return j;
      }
    }
    return -1;
  }

  /** Codes cut to 6 digits and names cut short, mended from the parent code and the catalog. */
  private static void repairCodes(List<SubjectRow> rows, ParseContext ctx, String table) {
    SubjectCatalog catalog = SubjectCatalog.function();
    for (SubjectRow r : rows) {
      if (r.isTotal()) {
        continue;
      }
      r.name = Text.fullWidthPunct(Text.compact(r.name));
      if (r.code.length() == 6) {
        String parentCode = r.code.substring(0, 5);
        Optional<Subject> s = catalog.childByName(parentCode, r.name).filter(x -> x.code().startsWith(r.code));
        if (s.isPresent()) {
          ctx.finding("CODE_TRUNCATED_REPAIRED", Severity.INFO, "code " + r.code + " (" + r.name + ") of " + table
              + " was cut to 6 digits; repaired to " + s.get().code() + " from its parent and name", null, null, table,
              r.line);
          r.code = s.get().code();
          r.codeRepaired = true;
        } else {
          ctx.finding("CODE_TRUNCATED", Severity.WARNING, "code " + r.code + " (" + r.name + ") of " + table
              + " has 6 digits and no catalog subject under " + parentCode + " matches its name", null, null, table,
              r.line);
        }
      }
      Optional<Subject> known = catalog.byCode(r.code);
      // a name cut short: the plain prefix test first, for it settles most rows without normalizing
      if (known.isPresent() && r.name.length() >= 4 && known.get().name().startsWith(r.name)
          && !SubjectNames.same(known.get().name(), r.name)) {
        r.name = known.get().name();
        r.nameRepaired = true;
      }
      if (known.isEmpty() && r.code.length() != 6) {
        ctx.finding("UNKNOWN_SUBJECT_CODE", Severity.INFO, "function subject " + r.code + " " + r.name + " of " + table
            + " is not in the subject catalog; landed as printed", null, null, table, r.line);
      }
    }
  }
}
