package yujue.parse.validate;

import static yujue.parse.model.Amounts.nz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import yujue.parse.model.Amounts;
import yujue.parse.model.DocKind;
import yujue.parse.model.Finding;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;
import yujue.parse.tables.TableKind;

/**
 * The validation rules (domain.md section 5 and what the samples showed), by stable id. Each
 * allows the rounding its figures can carry ("尾数误差": a cent or two per summed figure).
 *
 * <p>Conventions every rule follows: a blank cell (no fact) counts as 0 where it is one part of a
 * sum, but a rule is not checked at all when the figure it checks, or every part it would sum, was
 * not read (then the report says nothing to compare, and a finding would only say the parser missed
 * a line). A finding's {@code expected} is what the identity requires (the parts' sum, the table's
 * figure) and its {@code actual} what the report prints; its message names the table, the figures
 * and what they should have come to. docs/rules.md is generated from this list ({@link RulesDoc}).
 */
public final class RuleCatalog {

  private RuleCatalog() {}

  private static final BigDecimal CENT2 = new BigDecimal("0.02");
  private static final BigDecimal CENT1 = new BigDecimal("0.01");
  /** How far a narrative figure given only to the tenth (284.1) can be from the table's cents. */
  static final BigDecimal HALF_TENTH = new BigDecimal("0.05");

  /** 人员经费 classes (domain.md section 5; the economic catalog's cost kind personnel). */
  static final List<String> PERSONNEL_CLASSES = List.of("301", "303");
  /** 公用经费 classes (domain.md section 5; the economic catalog's cost kind public). */
  static final List<String> PUBLIC_CLASSES = List.of("302", "307", "310", "399");

  public static final List<Rule> RULES = List.of(
      new Rule("F01_INCOME_SIDE", Severity.ERROR, CENT2,
          "table 01: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计; blank lines count as 0; "
              + "not checked unless 总计 and 本年收入合计 are read",
          r -> f -> sumRule(r, f, "F01", Measure.GRAND_TOTAL, Measure.INCOME_TOTAL,
              List.of(Measure.NON_FISCAL_BALANCE_USED, Measure.CARRYOVER_BEGIN))),
      new Rule("F01_EXPENDITURE_SIDE", Severity.ERROR, CENT2,
          "table 01: 本年支出合计 + 结余分配 + 年末结转和结余 = 总计; blank lines count as 0; "
              + "not checked unless 总计 and 本年支出合计 are read",
          r -> f -> sumRule(r, f, "F01", Measure.GRAND_TOTAL, Measure.EXPENDITURE_TOTAL,
              List.of(Measure.BALANCE_DISTRIBUTION, Measure.CARRYOVER_END))),
      new Rule("B1_BALANCE", Severity.ERROR, CENT2,
          "budget table 1: 本年收入合计 + 上年结转 = 收入总计; a blank 上年结转 counts as 0; "
              + "not checked unless 收入总计 and 本年收入合计 are read",
          r -> f -> sumRule(r, f, "B1", Measure.GRAND_TOTAL, Measure.INCOME_TOTAL, List.of(Measure.CARRYOVER_BEGIN))),
      new Rule("F01_F02_INCOME", Severity.ERROR, CENT1,
          "本年收入合计 of table 01 = 合计 of table 02 (the same figure printed twice)",
          r -> f -> equalRule(r, f, Measure.INCOME_TOTAL, "F01", "F02")),
      new Rule("F01_F03_EXPENDITURE", Severity.ERROR, CENT1,
          "本年支出合计 of table 01 = 合计 of table 03 (the same figure printed twice)",
          r -> f -> equalRule(r, f, Measure.EXPENDITURE_TOTAL, "F01", "F03")),
      new Rule("F06_PERSONNEL", Severity.ERROR, CENT2,
          "table 06: 人员经费合计 = " + String.join(" + ", PERSONNEL_CLASSES) + "; a class whose row is missing "
              + "is taken from its 款 rows, a class with neither counts as 0; not checked when no row of table 06 "
              + "is read",
          r -> f -> costRule(r, f, Measure.PERSONNEL_COST, PERSONNEL_CLASSES)),
      new Rule("F06_PUBLIC", Severity.ERROR, CENT2,
          "table 06: 公用经费合计 = " + String.join(" + ", PUBLIC_CLASSES) + " (the classes of 基本支出 that are "
              + "not 人员经费); missing classes as for F06_PERSONNEL",
          r -> f -> costRule(r, f, Measure.PUBLIC_COST, PUBLIC_CLASSES)),
      new Rule("F06_F05_BASIC", Severity.ERROR, CENT2,
          "人员经费合计 + 公用经费合计 of table 06 = 基本支出 of table 05's 合计 row",
          RuleCatalog::basicRule),
      new Rule("SUBJECT_TREE", Severity.ERROR, CENT2,
          "every parent subject row = the sum of its child rows (类 = Σ款, 款 = Σ项), in every column of every "
              + "function and economic table; allows 0.02 or 0.01 per child row, whichever is more",
          RuleCatalog::treeRule),
      new Rule("T09_IDENTITY", Severity.ERROR, CENT2,
          "三公 table (09, budget 7), every half (预算数 / 决算数, each year printed): 合计 = 因公出国（境）费用 + "
              + "公务用车购置及运行维护费 + 公务接待费, and 公务用车购置及运行维护费 = 购置费 + 运行维护费; blank cells "
              + "count as 0; not checked when only the total is read",
          RuleCatalog::sanggongRule),
      new Rule("F11_PARTS", Severity.ERROR, CENT2,
          "table 11: 政府采购支出合计 = 货物 + 工程 + 服务; blank lines count as 0; not checked when no part is read",
          r -> f -> sumRule(r, f, "F11", Measure.PROCUREMENT_TOTAL, null,
              List.of(Measure.PROCUREMENT_GOODS, Measure.PROCUREMENT_WORKS, Measure.PROCUREMENT_SERVICES))),
      new Rule("NARRATIVE_MATCHES_TABLE", Severity.WARNING, CENT1,
          "a figure the narrative restates (totals, costs, 三公) = the table's; a narrative figure given only to "
              + "the tenth (cent digit 0) may differ by up to 0.05",
          RuleCatalog::narrativeRule),
      new Rule("T09_VEHICLE_30231", Severity.INFO, CENT1,
          "公务用车运行维护费 (决算数) of table 09 = economic subject 30231 of table 06 (of table 10 where 06 does "
              + "not print it); they usually agree, so a difference is only noted",
          RuleCatalog::vehicleRule));

  public static Optional<Rule> byId(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * total = required + optional parts. Blank parts count as 0; not checked without the total, the
   * required part (when one is named), or any part at all.
   */
  private static List<Finding> sumRule(Rule r, ReportFacts f, String table, String totalMeasure, String required,
      List<String> optional) {
    Optional<MeasureFact> t = f.tableMeasure(totalMeasure, table);
    if (t.isEmpty() || required != null && f.tableMeasure(required, table).isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    if (required != null) {
      parts.add(required);
    }
    parts.addAll(optional);
    if (parts.stream().allMatch(p -> f.tableMeasure(p, table).isEmpty())) {
      return List.of();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String p : parts) {
      sum = sum.add(f.tableMeasure(p, table).map(MeasureFact::amount).orElse(BigDecimal.ZERO));
    }
    BigDecimal printed = t.get().amount();
    BigDecimal total = sum;
    return check(r, r.tolerance(), sum, printed, table, t.get().provenance().line(),
        () -> tableName(table) + ": " + label(totalMeasure, table) + " is printed as " + fmt(printed) + ", but "
            + String.join(" + ", sumTerms(f, table, parts)) + " come to " + fmt(total));
  }

  /** "本年收入合计 2523.27", "使用非财政拨款结余 blank": the parts of a sum as a message names them. */
  private static List<String> sumTerms(ReportFacts f, String table, List<String> parts) {
    List<String> terms = new ArrayList<>();
    for (String p : parts) {
      Optional<MeasureFact> v = f.tableMeasure(p, table);
      terms.add(label(p, table) + " " + v.map(m -> fmt(m.amount())).orElse("blank"));
    }
    return terms;
  }

  /** The same measure printed by two tables; the first table's is the reference. */
  private static List<Finding> equalRule(Rule r, ReportFacts f, String measure, String t1, String t2) {
    Optional<MeasureFact> a = f.tableMeasure(measure, t1);
    Optional<MeasureFact> b = f.tableMeasure(measure, t2);
    if (a.isEmpty() || b.isEmpty()) {
      return List.of();
    }
    return check(r, r.tolerance(), a.get().amount(), b.get().amount(), t2, b.get().provenance().line(),
        () -> tableName(t2) + " prints " + label(measure, t1) + " (合计) as " + fmt(b.get().amount()) + ", but "
            + tableName(t1) + " prints " + fmt(a.get().amount()) + "; both are the same figure");
  }

  private static List<Finding> costRule(Rule r, ReportFacts f, String measure, List<String> classes) {
    Optional<MeasureFact> t = f.tableMeasure(measure, "F06");
    List<SubjectFact> rows = t.isEmpty() ? List.of() : amountRows(f.table("F06", true));
    if (rows.isEmpty()) {
      return List.of();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String c : classes) {
      BigDecimal v = classAmount(rows, c);
      sum = v == null ? sum : sum.add(v);
    }
    BigDecimal printed = t.get().amount();
    BigDecimal total = sum;
    return check(r, r.tolerance(), sum, printed, "F06", t.get().provenance().line(),
        () -> tableName("F06") + ": " + label(measure, "F06") + " is printed as " + fmt(printed) + ", but "
            + classTerms(rows, classes, total));
  }

  /** The rows of an economic table's 决算数 column. */
  private static List<SubjectFact> amountRows(List<SubjectFact> table) {
    List<SubjectFact> rows = new ArrayList<>();
    for (SubjectFact s : table) {
      if ("amount".equals(s.measure())) {
        rows.add(s);
      }
    }
    return rows;
  }

  /** A class's row, else the sum of its 款 rows; null when neither is printed. */
  private static BigDecimal classAmount(List<SubjectFact> rows, String c) {
    SubjectFact row = classRow(rows, c);
    if (row != null) {
      return row.amount();
    }
    List<SubjectFact> sections = sections(rows, c);
    return sections.isEmpty() ? null : amountOf(sections);
  }

  /** "301 工资福利支出 1476.58 + 303 … come to …": how a cost rule's message names the classes it added. */
  private static String classTerms(List<SubjectFact> rows, List<String> classes, BigDecimal sum) {
    List<String> terms = new ArrayList<>();
    List<String> blank = new ArrayList<>();
    for (String c : classes) {
      SubjectFact row = classRow(rows, c);
      List<SubjectFact> sections = sections(rows, c);
      if (row != null) {
        terms.add(subject(row) + " " + fmt(row.amount()));
      } else if (!sections.isEmpty()) {
        terms.add(c + " " + fmt(amountOf(sections)) + " (its 款 rows; the class row is missing)");
      } else {
        blank.add(c);
      }
    }
    return terms.isEmpty() ? "no row of " + String.join(", ", classes) + " is printed, so they come to 0.00"
        : String.join(" + ", terms) + " come to " + fmt(sum) + (blank.isEmpty() ? ""
            : " (" + String.join(", ", blank) + " blank)");
  }

  private static SubjectFact classRow(List<SubjectFact> rows, String c) {
    for (SubjectFact s : rows) {
      if (s.subjectCode().equals(c)) {
        return s;
      }
    }
    return null;
  }

  /** The 款 rows (5-digit codes) of a class. */
  private static List<SubjectFact> sections(List<SubjectFact> rows, String c) {
    List<SubjectFact> out = new ArrayList<>();
    for (SubjectFact s : rows) {
      if (s.subjectCode().length() == 5 && s.subjectCode().startsWith(c)) {
        out.add(s);
      }
    }
    return out;
  }

  private static Function<ReportFacts, List<Finding>> basicRule(Rule r) {
    return f -> {
      Optional<MeasureFact> p = f.tableMeasure(Measure.PERSONNEL_COST, "F06");
      Optional<MeasureFact> u = f.tableMeasure(Measure.PUBLIC_COST, "F06");
      Optional<MeasureFact> basic = f.tableMeasure(BASIC_05, "F05");
      if (p.isEmpty() || u.isEmpty() || basic.isEmpty()) {
        return List.of();
      }
      BigDecimal sum = p.get().amount().add(u.get().amount());
      BigDecimal printed = basic.get().amount();
      return check(r, r.tolerance(), sum, printed, "F05", basic.get().provenance().line(),
          () -> tableName("F05") + ": 基本支出 (合计 row) is printed as " + fmt(printed) + ", but " + tableName("F06")
              + " gives 人员经费合计 " + fmt(p.get().amount()) + " + 公用经费合计 " + fmt(u.get().amount()) + " = "
              + fmt(sum));
    };
  }

  private static final String BASIC_05 = "general_budget_basic_expenditure";

  private static Function<ReportFacts, List<Finding>> treeRule(Rule r) {
    return f -> {
      List<Finding> out = new ArrayList<>();
      for (List<SubjectFact> column : columns(f)) {
        // the first fact of each code, in code order; parents and their children are taken in that order
        List<SubjectFact> inCodeOrder = firstOfEachCode(column);
        for (int i = 0; i < inCodeOrder.size(); i++) {
          checkParent(r, inCodeOrder, i, out);
        }
      }
      return out;
    };
  }

  /**
   * SUBJECT_TREE for the row at {@code i}: its children's amounts added up in code order, as
   * {@link #children} lists them, without building the list unless a finding names them.
   */
  private static void checkParent(Rule r, List<SubjectFact> inCodeOrder, int i, List<Finding> out) {
    SubjectFact p = inCodeOrder.get(i);
    ChildSum kids = new ChildSum();
    forEachChild(inCodeOrder, i, kids::add);
    if (kids.count == 0 || p.amount() != null && kids.sum.compareTo(p.amount()) == 0) {
      return; // no children, or they add up exactly: no tolerance to work out (most parents)
    }
    BigDecimal total = kids.sum;
    BigDecimal tol = r.tolerance().max(CENT1.multiply(BigDecimal.valueOf(kids.count)));
    out.addAll(check(r, tol, total, p.amount(), p.tableCode(), p.provenance().line(), () -> {
      List<SubjectFact> listed = children(inCodeOrder, i);
      return tableName(p.tableCode()) + ", column " + column(p.measure()) + ": " + subject(p) + " is printed as "
          + fmt(p.amount()) + ", but its " + listed.size() + (listed.size() == 1 ? " child row " : " child rows ")
          + String.join(", ", listed.stream().map(SubjectFact::subjectCode).toList()) + " come to " + fmt(total);
    }));
  }

  /** Child rows counted and their amounts added up in code order, as {@link #amountOf} adds a list. */
  private static final class ChildSum {
    int count;
    BigDecimal sum = BigDecimal.ZERO;

    void add(SubjectFact kid) {
      count++;
      sum = sum.add(kid.amount());
    }
  }

  /**
   * The function and economic facts by table and column, the columns in the order of their
   * "table/column" names. A table's facts come together and its rows give their columns in the
   * same order, so the table's columns are searched from the one after the last fact's ({@link TableColumns});
   * a map finds the columns of a table met again and those not seen yet.
   */
  private static Collection<List<SubjectFact>> columns(ReportFacts f) {
    Map<String, Map<String, List<SubjectFact>>> byTable = new HashMap<>();
    TableColumns current = new TableColumns();
    for (List<SubjectFact> facts : List.of(f.functions(), f.economics())) {
      for (SubjectFact s : facts) {
        List<SubjectFact> column = current.of(s);
        if (column == null) {
          column = byTable.computeIfAbsent(s.tableCode(), t -> new HashMap<>())
              .computeIfAbsent(s.measure(), m -> new ArrayList<>());
          current.went(s, column);
        }
        column.add(s);
      }
    }
    Map<String, List<SubjectFact>> named = new TreeMap<>();
    byTable.forEach((table, columns) -> columns.forEach((measure, facts) -> named.put(table + "/" + measure, facts)));
    return named.values();
  }

  /**
   * The columns of the table being read, in the order its facts first went to them, and the one
   * the last fact went to: a row's facts go to its table's columns in the order the row before
   * gave them, so the next column is almost always the one after the last, found at once.
   */
  private static final class TableColumns {
    private String table;
    private final List<String> measures = new ArrayList<>();
    private final List<List<SubjectFact>> columns = new ArrayList<>();
    private int last = -1;

    /**
     * The column of {@code s} when it is one of the table's columns seen so far, looked for from the
     * one after the last (a row skips the columns it leaves blank); else null.
     */
    List<SubjectFact> of(SubjectFact s) {
      if (!s.tableCode().equals(table)) {
        return null;
      }
      for (int i = 1; i <= measures.size(); i++) {
        int k = (last + i) % measures.size();
        if (measures.get(k).equals(s.measure())) {
          last = k;
          return columns.get(k);
        }
      }
      return null;
    }

    /** Records the column the map gave for {@code s}. */
    void went(SubjectFact s, List<SubjectFact> column) {
      if (!s.tableCode().equals(table)) {
        table = s.tableCode();
        measures.clear();
        columns.clear();
      }
      measures.add(s.measure()); // not among the table's columns seen so far (of gave null)
      columns.add(column);
      last = columns.size() - 1;
    }
  }

  private static final Comparator<SubjectFact> BY_CODE = Comparator.comparing(SubjectFact::subjectCode);

  /**
   * The first fact of each code of a column, in code order: a stable sort keeps the first of equal
   * codes ahead of the rest (tables print their rows in code order already, which the sort finds,
   * and most print each code once, when the column itself is the answer).
   */
  private static List<SubjectFact> firstOfEachCode(List<SubjectFact> column) {
    int order = codeOrder(column);
    if (order == STRICTLY_IN_ORDER) {
      return column;
    }
    List<SubjectFact> sorted = column;
    if (order == OUT_OF_ORDER) {
      sorted = new ArrayList<>(column);
      sorted.sort(BY_CODE);
    }
    List<SubjectFact> out = new ArrayList<>(sorted.size());
    for (SubjectFact s : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).subjectCode().equals(s.subjectCode())) {
        out.add(s);
      }
    }
    return out;
  }

  private static final int STRICTLY_IN_ORDER = 0;
  private static final int IN_ORDER = 1;
  private static final int OUT_OF_ORDER = 2;

  /** Whether the facts come in code order, each code once ({@link #STRICTLY_IN_ORDER}) or with repeats side by side. */
  private static int codeOrder(List<SubjectFact> facts) {
    int order = STRICTLY_IN_ORDER;
    for (int i = 1; i < facts.size(); i++) {
      int c = facts.get(i - 1).subjectCode().compareTo(facts.get(i).subjectCode());
      if (c > 0) {
        return OUT_OF_ORDER;
      }
      order = c == 0 ? IN_ORDER : order;
    }
    return order;
  }

  /** Whether the facts come in code order already (equal codes side by side), as a stable sort would leave them. */
  static boolean inCodeOrder(List<SubjectFact> facts) {
    return codeOrder(facts) != OUT_OF_ORDER;
  }

  /**
   * The child rows of the code at {@code i} (those whose {@link #parentCode} it is), in code order.
   * Every code it prefixes follows it directly in code order, so the children are found in that run.
   */
  static List<SubjectFact> children(List<SubjectFact> inCodeOrder, int i) {
    List<SubjectFact> kids = new ArrayList<>();
    forEachChild(inCodeOrder, i, kids::add);
    return kids;
  }

  /** Each of {@link #children} given to {@code kid} in turn, without building the list. */
  private static void forEachChild(List<SubjectFact> inCodeOrder, int i, Consumer<SubjectFact> kid) {
    String parent = inCodeOrder.get(i).subjectCode();
    if (parent.length() != 3 && parent.length() != 5) {
      return;
    }
    for (int j = i + 1; j < inCodeOrder.size() && inCodeOrder.get(j).subjectCode().startsWith(parent); j++) {
      if (inCodeOrder.get(j).subjectCode().length() == parent.length() + 2) {
        kid.accept(inCodeOrder.get(j));
      }
    }
  }

  /** The facts' amounts added up, in order. */
  private static BigDecimal amountOf(List<SubjectFact> facts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (SubjectFact f : facts) {
      sum = sum.add(f.amount());
    }
    return sum;
  }

  static String parentCode(String code) {
    return switch (code.length()) {
      case 7 -> code.substring(0, 5);
      case 5 -> code.substring(0, 3);
      default -> null;
    };
  }

  /** The parts 合计 and 公务用车购置及运行维护费 add up, in the order they are added. */
  private static final List<Part> SANGGONG_PARTS = List.of(Part.OUTBOUND, Part.VEHICLE_TOTAL, Part.RECEPTION);
  private static final List<Part> VEHICLE_PARTS = List.of(Part.VEHICLE_PURCHASE, Part.VEHICLE_OPERATION);

  /**
   * Both identities of a 三公 row, for every (year, basis) half a table prints. A half's parts in an
   * EnumMap: the order of a TreeMap of them, without its nodes.
   */
  private static Function<ReportFacts, List<Finding>> sanggongRule(Rule r) {
    return f -> {
      Map<String, Map<Part, SanggongFact>> halves = new TreeMap<>();
      for (SanggongFact s : f.sanggong()) {
        if (s.provenance().tableCode() != null && s.provenance().origin() != Origin.DERIVED) {
          halves.computeIfAbsent(s.aboutYear() + "/" + s.basis().ordinal(), k -> new EnumMap<>(Part.class))
              .putIfAbsent(s.part(), s);
        }
      }
      List<Finding> out = new ArrayList<>();
      for (Map<Part, SanggongFact> c : halves.values()) {
        SanggongFact any = c.values().iterator().next();
        Supplier<String> half = () -> tableName(any.provenance().tableCode()) + ", " + basis(any.basis()) + " "
            + any.aboutYear() + ": ";
        out.addAll(sanggongSum(r, c, Part.TOTAL, SANGGONG_PARTS, half));
        out.addAll(sanggongSum(r, c, Part.VEHICLE_TOTAL, VEHICLE_PARTS, half));
      }
      return out;
    };
  }

  private static List<Finding> sanggongSum(Rule r, Map<Part, SanggongFact> c, Part total, List<Part> parts,
      Supplier<String> half) {
    SanggongFact t = c.get(total);
    if (t == null || !anyOf(c, parts)) {
      return List.of();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Part p : parts) {
      SanggongFact v = c.get(p);
      sum = sum.add(v == null ? BigDecimal.ZERO : v.amount());
    }
    BigDecimal all = sum;
    return check(r, r.tolerance(), sum, t.amount(), t.provenance().tableCode(), t.provenance().line(),
        () -> half.get() + part(total) + " is printed as " + fmt(t.amount()) + ", but "
            + String.join(" + ", sanggongTerms(c, parts)) + " come to " + fmt(all));
  }

  /** Whether the half prints any of the parts (a loop: this runs for every half of every report). */
  private static boolean anyOf(Map<Part, SanggongFact> c, List<Part> parts) {
    for (Part p : parts) {
      if (c.containsKey(p)) {
        return true;
      }
    }
    return false;
  }

  /** "因公出国（境）费用 blank", "公务接待费 7.95": the parts of a 三公 sum as a message names them. */
  private static List<String> sanggongTerms(Map<Part, SanggongFact> c, List<Part> parts) {
    List<String> terms = new ArrayList<>();
    for (Part p : parts) {
      SanggongFact v = c.get(p);
      terms.add(part(p) + " " + (v == null ? "blank" : fmt(v.amount())));
    }
    return terms;
  }

  private static Function<ReportFacts, List<Finding>> narrativeRule(Rule r) {
    return f -> {
      List<Finding> out = new ArrayList<>();
      for (MeasureFact n : f.measures()) {
        if (n.aboutYear() != f.year() || n.provenance().tableCode() != null || n.provenance().origin() == Origin.DERIVED) {
          continue;
        }
        f.anyTableMeasure(n.measure()).ifPresent(t -> out.addAll(check(r, narrativeTolerance(r, n.amount()),
            t.amount(), n.amount(), null, n.provenance().line(),
            () -> "the narrative (line " + n.provenance().line() + ") states " + label(n.measure(), null) + " "
                + fmt(n.amount()) + ", but " + tableName(t.provenance().tableCode())
                + (t.provenance().origin() == Origin.DERIVED ? " adds up to " : " prints ") + fmt(t.amount())
                + "; the narrative should restate the table")));
      }
      for (Basis b : Basis.values()) {
        for (Part p : Part.values()) {
          Optional<SanggongFact> t = f.sanggong(b, p, true);
          Optional<SanggongFact> n = f.sanggong(b, p, false);
          if (t.isPresent() && n.isPresent()) {
            out.addAll(check(r, narrativeTolerance(r, n.get().amount()), t.get().amount(), n.get().amount(), null,
                n.get().provenance().line(),
                () -> "the narrative (line " + n.get().provenance().line() + ") states 三公 " + part(p) + " " + basis(b) + " "
                    + fmt(n.get().amount()) + ", but " + tableName(t.get().provenance().tableCode()) + " prints "
                    + fmt(t.get().amount()) + "; the narrative should restate the table"));
          }
        }
      }
      return out;
    };
  }

  /**
   * The rule's tolerance, or half a tenth for a figure whose cent digit is 0: the narrative may give
   * a figure to one decimal ("284.1") and that is all the parsed amount can still tell.
   */
  static BigDecimal narrativeTolerance(Rule r, BigDecimal stated) {
    // ten times it is whole: it has at most one decimal once trailing zeros go (printed 2.50, 3, 0.00)
    boolean toTheTenth = stated.scale() <= 1 || stated.stripTrailingZeros().scale() <= 1;
    return toTheTenth ? r.tolerance().max(HALF_TENTH) : r.tolerance();
  }

  private static Function<ReportFacts, List<Finding>> vehicleRule(Rule r) {
    return f -> {
      Optional<SanggongFact> op = f.sanggong(Basis.ACTUAL, Part.VEHICLE_OPERATION, true);
      if (op.isEmpty()) {
        return List.of();
      }
      for (String table : List.of("F06", "F10")) {
        Optional<SubjectFact> e = f.table(table, true).stream()
            .filter(s -> s.subjectCode().equals("30231") && "amount".equals(s.measure())).findFirst();
        if (e.isPresent()) {
          return check(r, r.tolerance(), op.get().amount(), e.get().amount(), table, e.get().provenance().line(),
              () -> tableName(table) + " prints " + subject(e.get()) + " as " + fmt(e.get().amount()) + ", but "
                  + tableName(op.get().provenance().tableCode()) + " prints 公务用车运行维护费 决算数 "
                  + fmt(op.get().amount()) + "; the two usually agree");
        }
      }
      return List.of();
    };
  }

  /** No finding within the tolerance; else one, its message ending with the difference and the tolerance. */
  private static List<Finding> check(Rule r, BigDecimal tolerance, BigDecimal expected, BigDecimal actual,
      String table, Integer line, String message) {
    return check(r, tolerance, expected, actual, table, line, () -> message);
  }

  /**
   * {@link #check} with the message built only when there is a finding: most checks pass, and for
   * the rules checked many times per report (every parent row) building it was a measurable cost.
   */
  private static List<Finding> check(Rule r, BigDecimal tolerance, BigDecimal expected, BigDecimal actual,
      String table, Integer line, Supplier<String> message) {
    if (Amounts.close(expected, actual, tolerance)) {
      return List.of();
    }
    BigDecimal diff = nz(actual).subtract(nz(expected)).abs();
    return List.of(r.finding(message.get() + " (off by " + fmt(diff) + "; rounding allows " + fmt(tolerance) + ")",
        expected, actual, table, line));
  }

  // ---- plain words for messages ----

  private static String fmt(BigDecimal v) {
    return Amounts.money(nz(v)).toPlainString();
  }

  /** "table 01 (收入支出决算总表)", "budget table 1 (收支总表)"; the code itself when unknown. */
  static String tableName(String code) {
    if (code == null) {
      return "the table";
    }
    String known = TABLE_NAMES.get(code);
    return known != null ? known : describeTable(code);
  }

  /** {@link #tableName} of every table kind, formatted once: messages name tables all the time. */
  private static final Map<String, String> TABLE_NAMES = new HashMap<>();

  static {
    for (TableKind k : TableKind.values()) {
      TABLE_NAMES.put(k.name(), describeTable(k.name()));
    }
  }

  private static String describeTable(String code) {
    try {
      TableKind k = TableKind.valueOf(code);
      String number = k.docKind == DocKind.FINAL ? String.format("table %02d", k.number) : "budget table " + k.number;
      return number + " (" + k.titles.get(0) + ")";
    } catch (IllegalArgumentException e) {
      return "table " + code;
    }
  }

  private static final Map<String, String> MEASURE_LABELS = Map.ofEntries(
      Map.entry(Measure.INCOME_TOTAL, "本年收入合计"),
      Map.entry(Measure.NON_FISCAL_BALANCE_USED, "使用非财政拨款结余"),
      Map.entry(Measure.CARRYOVER_BEGIN, "年初结转和结余"),
      Map.entry(Measure.GRAND_TOTAL, "总计"),
      Map.entry(Measure.EXPENDITURE_TOTAL, "本年支出合计"),
      Map.entry(Measure.BALANCE_DISTRIBUTION, "结余分配"),
      Map.entry(Measure.CARRYOVER_END, "年末结转和结余"),
      Map.entry(Measure.BASIC_EXPENDITURE, "基本支出"),
      Map.entry(Measure.PROJECT_EXPENDITURE, "项目支出"),
      Map.entry(Measure.GENERAL_BUDGET_INCOME, "一般公共预算财政拨款收入"),
      Map.entry(Measure.FISCAL_INCOME, "财政拨款收入"),
      Map.entry(Measure.GENERAL_BUDGET_EXPENDITURE, "一般公共预算财政拨款支出"),
      Map.entry(BASIC_05, "一般公共预算财政拨款基本支出"),
      Map.entry(Measure.PERSONNEL_COST, "人员经费合计"),
      Map.entry(Measure.PUBLIC_COST, "公用经费合计"),
      Map.entry(Measure.OPERATING_COST, "机关运行经费"),
      Map.entry(Measure.PROCUREMENT_TOTAL, "政府采购支出合计"),
      Map.entry(Measure.PROCUREMENT_GOODS, "货物"),
      Map.entry(Measure.PROCUREMENT_WORKS, "工程"),
      Map.entry(Measure.PROCUREMENT_SERVICES, "服务"),
      Map.entry(Measure.PROCUREMENT_SME, "授予中小企业合同金额"),
      Map.entry(Measure.PROCUREMENT_SMALL_MICRO, "授予小微企业合同金额"),
      Map.entry(Measure.VEHICLES_HELD, "公务用车保有量"),
      Map.entry(Measure.VEHICLES_PURCHASED, "公务用车购置数"),
      Map.entry(Measure.RECEPTION_BATCHES, "国内公务接待批次"),
      Map.entry(Measure.RECEPTION_PERSONS, "国内公务接待人次"),
      Map.entry(Measure.OUTBOUND_GROUPS, "因公出国（境）团组数"),
      Map.entry(Measure.OUTBOUND_PERSONS, "因公出国（境）人次数"),
      Map.entry(Measure.HEADCOUNT_AUTHORIZED, "编制人数"),
      Map.entry(Measure.HEADCOUNT_ACTUAL, "实有人数"));

  /** The line label a measure is printed under; budget table 1 says 上年结转 and 收入总计. */
  static String label(String measure, String table) {
    if ("B1".equals(table) && measure.equals(Measure.CARRYOVER_BEGIN)) {
      return "上年结转";
    }
    if ("B1".equals(table) && measure.equals(Measure.GRAND_TOTAL)) {
      return "收入总计";
    }
    return MEASURE_LABELS.getOrDefault(measure, measure);
  }

  private static final Map<String, String> COLUMN_LABELS = Map.ofEntries(
      Map.entry("total", "合计"), Map.entry("amount", "决算数"), Map.entry("income", "本年收入"),
      Map.entry("fiscal", "财政拨款收入"), Map.entry("upper_grant", "上级补助收入"), Map.entry("business", "事业收入"),
      Map.entry("operating", "经营收入"), Map.entry("affiliated", "附属单位上缴收入"), Map.entry("other", "其他收入"),
      Map.entry("basic", "基本支出"), Map.entry("project", "项目支出"), Map.entry("remit_upper", "上缴上级支出"),
      Map.entry("operating_exp", "经营支出"), Map.entry("affiliated_subsidy", "对附属单位补助支出"),
      Map.entry("carryover_begin", "年初结转和结余"), Map.entry("carryover_end", "年末结转和结余"),
      Map.entry("personnel", "人员经费"), Map.entry("public", "公用经费"), Map.entry("general_budget", "一般公共预算"),
      Map.entry("gov_fund", "政府性基金预算"), Map.entry("soe_capital", "国有资本经营预算"));

  private static String column(String measure) {
    return COLUMN_LABELS.getOrDefault(measure, measure);
  }

  private static String subject(SubjectFact s) {
    String name = s.subjectName() == null ? "" : s.subjectName().strip();
    return name.isEmpty() ? s.subjectCode() : s.subjectCode() + " " + name;
  }

  private static String basis(Basis b) {
    return b == Basis.BUDGET ? "预算数" : "决算数";
  }

  private static String part(Part p) {
    return switch (p) {
      case TOTAL -> "合计";
      case OUTBOUND -> "因公出国（境）费用";
      case VEHICLE_TOTAL -> "公务用车购置及运行维护费";
      case VEHICLE_PURCHASE -> "公务用车购置费";
      case VEHICLE_OPERATION -> "公务用车运行维护费";
      case RECEPTION -> "公务接待费";
    };
  }
}
