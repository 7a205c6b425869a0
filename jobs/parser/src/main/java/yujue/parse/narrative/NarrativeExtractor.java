package yujue.parse.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.model.Amounts;
import yujue.parse.model.DocKind;
import yujue.parse.model.Measure;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;

/**
 * Reads figures from the narrative: totals, costs, procurement, vehicles and staff, the 三公
 * section clause by clause, and the year-over-year changes that give the previous year.
 * Patterns are written against whitespace-free text (see {@link Narrative}).
 */
public final class NarrativeExtractor {

  static final String N = "(-?[0-9][0-9,]*(?:\\.[0-9]+)?)";
  /** "比上年增加 0.60 万元" / "较上年决算数减少 9.42 万元": sign and size of this year minus last. */
  private static final Pattern CHANGE = Pattern.compile("(?:比|较|与)上年(?:度)?(?:相比[，,]?)?[^，,。；;]{0,16}?(增加|减少|增长|下降)" + N + "万元");
  private static final Pattern FLAT = Pattern.compile("(?:与|较|和)上年[^，,。；;]{0,12}持平");
  private static final Pattern BARE_CHANGE = Pattern.compile("^(增加|减少)" + N + "万元");

  private NarrativeExtractor() {}

  public static NarrativeFacts extract(Narrative n, DocKind kind) {
    NarrativeFacts f = new NarrativeFacts();
    String t = n.text();
    measures(n, t, f);
    SanggongClauses.read(n, t, kind == DocKind.BUDGET ? Basis.BUDGET : Basis.ACTUAL, f);
    ExecutionSentences.read(n, t, f);
    return f;
  }

  /**
   * A measure read from its first statement; with {@code changes}, also the change stated beside it.
   * {@code keys}: literals of which every match holds one, each at most its reach after the match's
   * start, so the search can begin just before the first of them (see {@link #firstMatch}).
   */
  private record Statement(String measure, Pattern pattern, boolean changes, List<Key> keys) {
    Statement(String measure, String regex, boolean changes, Key... keys) {
      this(measure, Pattern.compile(regex), changes, List.of(keys));
    }
  }

  /** A literal a match holds, starting at most {@code reach} chars after the match's start. */
  private record Key(String literal, int reach) {}

  private static Key key(String literal, int reach) {
    return new Key(literal, reach);
  }

  /**
   * The first match of {@code p} in {@code t}, as {@code p.matcher(t).find()} gives it, searched
   * from where a match can start at the earliest: no match starts more than a key's reach before
   * that key's first occurrence, and without any key there is none. The skipped text is most of
   * the narrative for the patterns that open with a group (no fast literal search of their own).
   * Transparent bounds let lookbehinds see before the search start.
   */
  private static Matcher firstMatch(Pattern p, List<Key> keys, String t) {
    return nextMatch(p, keys, t, 0);
  }

  /**
   * {@link #firstMatch} among matches starting at {@code from} or later, as successive find() calls
   * give them. Every match starts at most a key's reach before an occurrence of that key, so the
   * regex is tried only at those starts, in order, each tried as find() would try it there
   * (lookingAt): a statement whose keys occur without a match no longer scans the rest of the text.
   */
  private static Matcher nextMatch(Pattern p, List<Key> keys, String t, int from) {
    Matcher m = null;
    for (int at = nextStart(keys, t, from); at >= 0; at = nextStart(keys, t, at + 1)) {
      m = m == null ? p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false) : m;
      if (m.region(at, t.length()).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /** The first position at or after {@code from} within a key's reach before an occurrence of it; -1 when none. */
  private static int nextStart(List<Key> keys, String t, int from) {
    int start = Integer.MAX_VALUE;
    for (Key k : keys) {
      int at = t.indexOf(k.literal(), from);
      if (at >= 0) {
        start = Math.min(start, Math.max(from, at - k.reach()));
      }
    }
    return start == Integer.MAX_VALUE ? -1 : start;
  }

  /** Statements in the order they are read (compiled once, not per report). */
  private static final List<Statement> STATEMENTS = List.of(
      new Statement(Measure.GRAND_TOTAL, "(?<!财政拨款)(?<!财政拨款收入、)(?:收入、?支出|收、?支)总计(?:均为|各为|为)?" + N + "万元"
          + "|(?<!财政拨款)收支总预算(?:为)?" + N + "万元", true, key("总计", 5), key("收支总预算", 0)),
      new Statement(Measure.INCOME_TOTAL, "(?:本年|年度)收入合计" + N + "万元", false, key("收入合计", 2)),
      new Statement(Measure.EXPENDITURE_TOTAL, "(?:本年|年度)支出合计" + N + "万元|\\d{4}年支出预算(?:为)?" + N + "万元", false,
          key("支出合计", 2), key("年支出预算", 4)),
      new Statement(Measure.BASIC_EXPENDITURE, "(?:其中：?|，)基本支出" + N + "万元", false, key("基本支出", 3)),
      new Statement(Measure.PROJECT_EXPENDITURE, "项目支出" + N + "万元", false, key("项目支出", 0)),
      new Statement(Measure.PERSONNEL_COST, "人员经费(?:合计)?(?:为)?" + N + "万元", true, key("人员经费", 0)),
      new Statement(Measure.PUBLIC_COST, "公用经费(?:合计)?(?:为)?" + N + "万元", true, key("公用经费", 0)),
      new Statement(Measure.OPERATING_COST, "机关运行经费(?:财政拨款)?(?:支出|预算)(?:决算)?(?:数)?(?:为)?" + N + "万元", true,
          key("机关运行经费", 0)),
      // "政府采购支出总额为…" or, in Shanghai's template, "政府采购金额（以合同签订为准）为…，其中：货物采购金额…"
      new Statement(Measure.PROCUREMENT_TOTAL, "政府采购(?:支出|预算)?(?:总额|合计)(?:为)?" + N + "万元"
          + "|政府采购金额(?:（以合同签订为准）)?(?:为)?" + N + "万元", false, key("政府采购", 0)),
      new Statement(Measure.PROCUREMENT_GOODS, "采购货物(?:支出|预算)(?:为)?" + N + "万元|货物采购金额(?:为)?" + N + "万元", false,
          key("采购货物", 0), key("货物采购金额", 0)),
      new Statement(Measure.PROCUREMENT_WORKS, "采购工程(?:支出|预算)(?:为)?" + N + "万元|工程采购金额(?:为)?" + N + "万元", false,
          key("采购工程", 0), key("工程采购金额", 0)),
      new Statement(Measure.PROCUREMENT_SERVICES, "采购服务(?:支出|预算)(?:为)?" + N + "万元|服务采购金额(?:为)?" + N + "万元", false,
          key("采购服务", 0), key("服务采购金额", 0)),
      new Statement(Measure.PROCUREMENT_SME, "授予中小企业合同金额(?:为)?" + N + "万元", false, key("授予中小企业合同金额", 0)),
      new Statement(Measure.PROCUREMENT_SMALL_MICRO, "授予小微企业合同金额(?:为)?" + N + "万元", false,
          key("授予小微企业合同金额", 0)));

  private static final Statement HEADCOUNT_ACTUAL = new Statement(Measure.HEADCOUNT_ACTUAL,
      "(?:实有|实际在岗|在岗|在职)(?:人员|人数)?(?:为)?" + N + "(?:人|名)", false,
      key("实有", 0), key("在岗", 2), key("在职", 0));
  private static final Pattern AUTHORIZED = Pattern.compile("(?:行政|事业|工勤|机关)?编制(?:人数|数)?(?:为)?" + N + "(?:人|名)");
  private static final List<Key> AUTHORIZED_KEYS = List.of(key("编制", 2));

  private static void measures(Narrative n, String t, NarrativeFacts f) {
    for (Statement s : STATEMENTS) {
      stated(n, t, f, s);
    }
    vehicles(n, t, f);
    stated(n, t, f, HEADCOUNT_ACTUAL);
    authorized(n, t, f);
  }

  /** The first statement of a measure; with {@code changes}, the year-over-year change in the same clause. */
  private static void stated(Narrative n, String t, NarrativeFacts f, Statement s) {
    Matcher m = firstMatch(s.pattern(), s.keys(), t);
    if (m == null) {
      return;
    }
    String measure = s.measure();
    int g = firstGroup(m);
    f.measure(measure, Amounts.parse(m.group(g)), n.lineAt(m.start(g)));
    if (s.changes()) {
      String clause = sentence(t, m.end(), measure.equals(Measure.GRAND_TOTAL) ? 2 : 1);
      BigDecimal change = change(clause);
      if (change != null) {
        f.measureChange(measure, change, n.lineAt(m.end()));
      }
    }
  }

  private static final Pattern VEHICLES = Pattern.compile(
      "(?:公务用车保有量(?:为)?|共有车辆|车辆总数(?:为)?)" + N + "辆|共有" + N + "辆公务用车");
  private static final List<Key> VEHICLES_KEYS = List.of(key("公务用车保有量", 0), key("共有", 0), key("车辆总数", 0));
  private static final Pattern AS_OF = Pattern.compile("截至((?:19|20)\\d{2})年");

  /** 公务用车保有量; a stock "截至2022年12月底" is about that year, not the report's. */
  private static void vehicles(Narrative n, String t, NarrativeFacts f) {
    Matcher m = firstMatch(VEHICLES, VEHICLES_KEYS, t);
    if (m == null) {
      return;
    }
    int g = firstGroup(m);
    int sentenceStart = Math.max(t.lastIndexOf('。', m.start()), t.lastIndexOf('；', m.start())) + 1;
    Matcher asOf = AS_OF.matcher(t.substring(sentenceStart, m.start()));
    Integer year = asOf.find() ? Integer.valueOf(asOf.group(1)) : null;
    f.measure(Measure.VEHICLES_HELD, Amounts.parse(m.group(g)), n.lineAt(m.start(g)), year);
  }

  static int firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return g;
      }
    }
    throw new IllegalStateException("a match without a group");
  }

  /** 编制: 行政编制 20 人，事业编制 20 人 add up; a single 编制人数 stands alone. */
  private static void authorized(Narrative n, String t, NarrativeFacts f) {
    BigDecimal sum = null;
    int line = 0;
    int end = -1;
    for (Matcher m = firstMatch(AUTHORIZED, AUTHORIZED_KEYS, t); m != null;
        m = nextMatch(AUTHORIZED, AUTHORIZED_KEYS, t, m.end())) {
      if (end >= 0 && t.substring(end, m.start()).contains("。")) {
        break;
      }
      sum = Amounts.nz(sum).add(Amounts.parse(m.group(1)));
      line = line == 0 ? n.lineAt(m.start()) : line;
      end = m.end();
    }
    if (sum != null) {
      f.measure(Measure.HEADCOUNT_AUTHORIZED, sum, line);
    }
  }

  /** Text from {@code from} to the end of its sentence (or of the {@code sentences}-th sentence). */
  static String sentence(String t, int from, int sentences) {
    int end = from;
    for (int i = 0; i < sentences; i++) {
      int dot = t.indexOf('。', end);
      end = dot < 0 ? t.length() : dot + 1;
    }
    return t.substring(from, Math.min(end, t.length()));
  }

  /** This year minus last year as a clause states it, 0 for 持平; null when it says nothing. */
  static BigDecimal change(String clause) {
    if (!clause.contains("上年")) { // CHANGE and FLAT both need it: only BARE_CHANGE can match
      Matcher bare = clause.startsWith("增加") || clause.startsWith("减少") ? BARE_CHANGE.matcher(clause) : null;
      return bare != null && bare.find() ? signed(bare.group(1), bare.group(2)) : null;
    }
    Matcher c = CHANGE.matcher(clause);
    Matcher flat = FLAT.matcher(clause);
    Matcher bare = BARE_CHANGE.matcher(clause);
    int ci = c.find() ? c.start() : Integer.MAX_VALUE;
    int fi = flat.find() ? flat.start() : Integer.MAX_VALUE;
    if (ci == Integer.MAX_VALUE && fi == Integer.MAX_VALUE) {
      return bare.find() ? signed(bare.group(1), bare.group(2)) : null;
    }
    if (fi < ci) {
      return BigDecimal.ZERO.setScale(2);
    }
    return signed(c.group(1), c.group(2));
  }

  private static BigDecimal signed(String direction, String amount) {
    BigDecimal v = Amounts.parse(amount);
    return direction.equals("减少") || direction.equals("下降") ? v.negate() : v;
  }

  /** Splits after each clause-ending mark (compiled once: String.split would compile it per call). */
  private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，,。；;：:])");

  static List<String> clauses(String section) {
    return List.of(CLAUSE_END.split(section));
  }
}
