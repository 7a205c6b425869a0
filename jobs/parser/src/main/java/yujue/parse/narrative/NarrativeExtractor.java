package yujue.parse.narrative;

import static yujue.parse.narrative.KeyedSearch.key;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.model.Amounts;
import yujue.parse.narrative.KeyedSearch.Key;
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
  /** What {@link #CHANGE} and {@link #FLAT} hold one char after their start (see {@link KeyedSearch}). */
  private static final List<Key> CHANGE_KEYS = List.of(key("上年", 1));
  private static final List<Key> FLAT_KEYS = List.of(key("上年", 1));

  private NarrativeExtractor() {}

  public static NarrativeFacts extract(Narrative n, DocKind kind) {
    NarrativeFacts f = new NarrativeFacts();
    String t = n.text();
    KeyedSearch search = new KeyedSearch(); // one matcher per pattern for the whole report
    measures(search, n, t, f);
    SanggongClauses.read(search, n, t, kind == DocKind.BUDGET ? Basis.BUDGET : Basis.ACTUAL, f);
    ExecutionSentences.read(search, n, t, f);
    return f;
  }

  /**
   * A measure read from its first statement; with {@code changes}, also the change stated beside it.
   * {@code keys}: literals of which every match holds one, each at most its reach after the match's
   * start, so the search can begin just before the first of them (see {@link KeyedSearch}).
   */
  private record Statement(String measure, Pattern pattern, boolean changes, List<Key> keys) {
    Statement(String measure, String regex, boolean changes, Key... keys) {
      this(measure, Pattern.compile(regex), changes, List.of(keys));
    }
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

  private static void measures(KeyedSearch search, Narrative n, String t, NarrativeFacts f) {
    for (Statement s : STATEMENTS) {
      stated(search, n, t, f, s);
    }
    vehicles(search, n, t, f);
    stated(search, n, t, f, HEADCOUNT_ACTUAL);
    authorized(search, n, t, f);
  }

  /** The first statement of a measure; with {@code changes}, the year-over-year change in the same clause. */
  private static void stated(KeyedSearch search, Narrative n, String t, NarrativeFacts f, Statement s) {
    Matcher m = search.first(s.pattern(), s.keys(), t);
    if (m == null) {
      return;
    }
    String measure = s.measure();
    int g = firstGroup(m);
    f.measure(measure, Amounts.parse(m.group(g)), n.lineAt(m.start(g)));
    if (s.changes()) {
      String clause = sentence(t, m.end(), measure.equals(Measure.GRAND_TOTAL) ? 2 : 1);
      BigDecimal change = change(search, clause);
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
  private static void vehicles(KeyedSearch search, Narrative n, String t, NarrativeFacts f) {
    Matcher m = search.first(VEHICLES, VEHICLES_KEYS, t);
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
  private static void authorized(KeyedSearch search, Narrative n, String t, NarrativeFacts f) {
    BigDecimal sum = null;
    int line = 0;
    int end = -1;
    for (Matcher m = search.first(AUTHORIZED, AUTHORIZED_KEYS, t); m != null;
        m = search.next(AUTHORIZED, AUTHORIZED_KEYS, t, m.end())) {
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
  static BigDecimal change(KeyedSearch search, String clause) {
    Matcher c = clause.contains("上年") ? search.first(CHANGE, CHANGE_KEYS, clause) : null;
    Matcher flat = clause.contains("持平") ? search.first(FLAT, FLAT_KEYS, clause) : null;
    if (c == null && flat == null) {
      return bareChange(clause);
    }
    if (flat != null && (c == null || flat.start() < c.start())) {
      return BigDecimal.ZERO.setScale(2);
    }
    return signed(c.group(1), c.group(2));
  }

  /** "增加 0.60 万元" opening the clause, the change of the figure just before; null when it does not. */
  private static BigDecimal bareChange(String clause) {
    if (!clause.startsWith("增加") && !clause.startsWith("减少")) {
      return null;
    }
    Matcher bare = BARE_CHANGE.matcher(clause);
    return bare.find() ? signed(bare.group(1), bare.group(2)) : null;
  }

  private static BigDecimal signed(String direction, String amount) {
    BigDecimal v = Amounts.parse(amount);
    return direction.equals("减少") || direction.equals("下降") ? v.negate() : v;
  }

  /**
   * What ends a clause (，,。；;：:): a clause runs up to and with the next of them. A switch, for
   * every char of the section is tested.
   */
  private static boolean endsClause(char c) {
    return switch (c) {
      case '，', ',', '。', '；', ';', '：', ':' -> true;
      default -> false;
    };
  }

  /**
   * The section split after each clause-ending mark, as splitting on the lookbehind
   * (?<=[，,。；;：:]) would: no empty clause after a final mark, the whole section when it has none.
   */
  static List<String> clauses(String section) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < section.length(); i++) {
      if (endsClause(section.charAt(i))) {
        out.add(section.substring(from, i + 1));
        from = i + 1;
      }
    }
    if (from < section.length() || out.isEmpty()) {
      out.add(section.substring(from));
    }
    return out;
  }
}
