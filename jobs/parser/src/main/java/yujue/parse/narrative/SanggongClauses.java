package yujue.parse.narrative;

import static yujue.parse.narrative.KeyedSearch.key;
import static yujue.parse.narrative.NarrativeExtractor.N;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.model.Amounts;
import yujue.parse.model.Measure;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.narrative.KeyedSearch.Key;

/**
 * The 三公 section of the narrative, read clause by clause. A clause naming a part (因公出国,
 * 公务用车购置及运行, 购置, 运行, 接待, 三公) makes it the current part; the figures of the
 * following clauses belong to it until another part is named. Clauses giving reasons (主要原因…)
 * do not switch the part: "其中 25 万元为因公出国预算数" explains the total, it does not report on
 * outbound travel.
 */
final class SanggongClauses {

  private static final Pattern START = Pattern.compile("三公”?经费[^。]{0,40}?(?:预算|决算|支出)(?:数)?(?:为)?[0-9][0-9,.]*万元");
  /** The next top-level section ("。十、机关运行经费…") ends the 三公 section. */
  private static final Pattern END = Pattern.compile("。[一二三四五六七八九十]{1,3}、");
  private static final Pattern NUMBERED = Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.．、])");
  /** Where {@link #START} and {@link #END} can start: at their opening literal (see {@link KeyedSearch}). */
  private static final List<Key> START_KEYS = List.of(key("三公", 0));
  private static final List<Key> END_KEYS = List.of(key("。", 0));

  private static final Pattern BUDGET = Pattern.compile("预算(?:数)?(?:为)?" + N + "万元");
  private static final Pattern ACTUAL = Pattern.compile("(?:决算(?:数)?|支出)(?:为)?" + N + "万元");
  private static final Pattern PLAIN = Pattern.compile("(?:费|费用|经费)(?:为)?" + N + "万元");
  /**
   * Where {@link #BUDGET}, {@link #ACTUAL} and {@link #PLAIN} can start (see {@link KeyedSearch}):
   * the latter two open with a group, for which find() tries every position of the clause.
   */
  private static final List<Key> BUDGET_KEYS = List.of(key("预算", 0));
  private static final List<Key> ACTUAL_KEYS = List.of(key("决算", 0), key("支出", 0));
  private static final List<Key> PLAIN_KEYS = List.of(key("费", 1));
  private static final Pattern GROUPS = Pattern.compile("团组" + N + "个|" + N + "个团组");
  private static final Pattern PERSONS = Pattern.compile(N + "人次?(?:[，,。；;]|$)");
  private static final Pattern PERSONS_ALONE = Pattern.compile("^" + N + "人次?[，,。；;]?$");
  private static final Pattern BATCHES = Pattern.compile("接待" + N + "批次");
  private static final Pattern VISITORS = Pattern.compile("接待" + N + "人次|接待" + N + "批次" + N + "人");
  private static final Pattern PURCHASED = Pattern.compile("购置(?:公务用车)?" + N + "辆");

  private SanggongClauses() {}

  static void read(KeyedSearch search, Narrative n, String t, Basis docBasis, NarrativeFacts f) {
    Matcher s = search.first(START, START_KEYS, t);
    if (s == null) {
      none(search, n, t, docBasis, f);
      return;
    }
    Matcher e = search.next(END, END_KEYS, t, s.start());
    int end = e != null ? e.start() + 1 : t.length();
    int offset = s.start();
    Part part = Part.TOTAL;
    boolean reasoning = false;
    for (String clause : NarrativeExtractor.clauses(t.substring(s.start(), end))) {
      int line = n.lineAt(offset);
      offset += clause.length();
      if (numbered(clause)) {
        reasoning = false;
      }
      if (clause.contains("原因")) {
        reasoning = true;
      }
      Part named = part(clause);
      if (named != null && !reasoning) {
        part = named;
      }
      if (!reasoning) {
        figures(search, clause, part, docBasis, line, f);
      } else {
        BigDecimal change = NarrativeExtractor.change(search, clause);
        if (change != null) {
          f.sanggongChange(docBasis, part, change, line);
        }
      }
      if (clause.endsWith("。") || clause.endsWith("；") || clause.endsWith(";")) {
        reasoning = false; // a reason runs to the end of its sentence or list item
      }
    }
  }

  /** Whether a clause opens a numbered list item ({@link #NUMBERED}), tried only when it opens with a bracket or digit. */
  private static boolean numbered(String clause) {
    char first = clause.isEmpty() ? ' ' : clause.charAt(0);
    boolean mayBe = first == '（' || first == '(' || first >= '0' && first <= '9';
    return mayBe && NUMBERED.matcher(clause).find();
  }

  /** "…2024年度无“三公”经费财政拨款支出。" / "本年度没有财政拨款“三公”经费支出": the department spent none. */
  private static final Pattern NONE =
      Pattern.compile("(?:无|没有)(?:财政拨款)?“?三公”?经费(?:财政拨款)?支出(?!的)");
  /** {@link #NONE} holds 三公 at most 没有财政拨款“ (7 chars) after its start. */
  private static final List<Key> NONE_KEYS = List.of(key("三公", 7));
  /** Placeholders of a blank template ("上海市XX局…无“三公”经费财政拨款支出。" is an instruction there). */
  private static final Pattern PLACEHOLDER = Pattern.compile("[XxＸｘ]{2,}");

  /**
   * A narrative that states no 三公 figure but says the department had no 三公 spending gives every
   * part as 0 (the sentence says so of each: none of the three was spent). Sentences of a blank
   * template, where the department is a placeholder, say nothing.
   */
  private static void none(KeyedSearch search, Narrative n, String t, Basis docBasis, NarrativeFacts f) {
    for (Matcher m = search.first(NONE, NONE_KEYS, t); m != null; m = search.next(NONE, NONE_KEYS, t, m.end())) {
      int from = Math.max(Math.max(t.lastIndexOf('。', m.start()), t.lastIndexOf('：', m.start())), 0);
      int to = t.indexOf('。', m.end());
      if (PLACEHOLDER.matcher(t.substring(from, to < 0 ? t.length() : to)).find()) {
        continue;
      }
      int line = n.lineAt(m.start());
      for (Part p : Part.values()) {
        f.sanggong(docBasis, p, BigDecimal.ZERO.setScale(2), line);
      }
      return;
    }
  }

  private static void figures(KeyedSearch search, String clause, Part part, Basis docBasis, int line,
      NarrativeFacts f) {
    if (clause.contains("万元")) { // every figure is in 万元
      amounts(search, clause, part, docBasis, line, f);
    }
    BigDecimal change = NarrativeExtractor.change(search, clause);
    if (change != null) {
      f.sanggongChange(docBasis, part, change, line);
    }
    counts(clause, part, line, f);
  }

  /**
   * A clause's 预算数, else its 决算数 (only in a clause that does not say 预算), else a plain
   * "…费 N 万元" on the document's basis. Each pattern runs only when the clause holds the word it
   * opens with.
   */
  private static void amounts(KeyedSearch search, String clause, Part part, Basis docBasis, int line,
      NarrativeFacts f) {
    boolean budgetWord = clause.contains("预算");
    Matcher budget = budgetWord ? search.first(BUDGET, BUDGET_KEYS, clause) : null;
    if (budget != null) {
      f.sanggong(Basis.BUDGET, part, Amounts.parse(budget.group(1)), line);
    }
    Matcher actual = !budgetWord && (clause.contains("决算") || clause.contains("支出"))
        ? search.first(ACTUAL, ACTUAL_KEYS, clause) : null;
    if (actual != null) {
      f.sanggong(Basis.ACTUAL, part, Amounts.parse(actual.group(1)), line);
    } else if (budget == null) {
      Matcher plain = clause.indexOf('费') >= 0 ? search.first(PLAIN, PLAIN_KEYS, clause) : null;
      if (plain != null) {
        f.sanggong(docBasis, part, Amounts.parse(plain.group(1)), line);
      }
    }
  }

  private static void counts(String clause, Part part, int line, NarrativeFacts f) {
    Matcher m;
    if (part == Part.OUTBOUND && clause.contains("团组") && (m = GROUPS.matcher(clause)).find()) {
      f.measure(Measure.OUTBOUND_GROUPS, Amounts.parse(firstGroup(m)), line);
    }
    if (part == Part.OUTBOUND && opensWithFigure(clause) && PERSONS_ALONE.matcher(clause).matches()
        && (m = PERSONS.matcher(clause)).find()) {
      f.measure(Measure.OUTBOUND_PERSONS, Amounts.parse(m.group(1)), line);
    }
    boolean reception = clause.contains("接待"); // both reception patterns open with it
    if (reception && clause.contains("批次") && (m = BATCHES.matcher(clause)).find()) {
      f.measure(Measure.RECEPTION_BATCHES, Amounts.parse(m.group(1)), line);
    }
    if (reception && clause.indexOf('人') >= 0 && (m = VISITORS.matcher(clause)).find()) {
      f.measure(Measure.RECEPTION_PERSONS, Amounts.parse(m.group(1) != null ? m.group(1) : m.group(3)), line);
    }
    if (clause.contains("购置") && (m = PURCHASED.matcher(clause)).find()) {
      f.measure(Measure.VEHICLES_PURCHASED, Amounts.parse(m.group(1)), line);
    }
  }

  /**
   * Whether a clause opens as a figure ({@link NarrativeExtractor#N}: a minus or a digit), as
   * {@link #PERSONS_ALONE} needs: most clauses of the outbound part are tested without a matcher.
   */
  static boolean opensWithFigure(String clause) {
    char first = clause.isEmpty() ? ' ' : clause.charAt(0);
    return first == '-' || first >= '0' && first <= '9';
  }

  private static String firstGroup(Matcher m) {
    return m.group(NarrativeExtractor.firstGroup(m));
  }

  /** The part a clause names, most specific first; null if none. */
  static Part part(String c) {
    if (c.contains("购置及运行") || c.contains("购置和运行")) {
      return Part.VEHICLE_TOTAL;
    }
    if (c.contains("公务用车购置") || c.contains("购置公务用车") || c.contains("车辆购置")) {
      return Part.VEHICLE_PURCHASE;
    }
    if (c.contains("运行维护费") || c.contains("公务用车运行")) {
      return Part.VEHICLE_OPERATION;
    }
    if (c.contains("出国")) {
      return Part.OUTBOUND;
    }
    if (c.contains("接待费") || c.contains("公务接待")) {
      return Part.RECEPTION;
    }
    if (c.contains("三公")) {
      return Part.TOTAL;
    }
    return null;
  }
}
