package yujue.parse.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static yujue.parse.narrative.KeyedSearch.key;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import yujue.parse.layout.Line;

/**
 * The hand scans of the narrative readers against the regexes they stand for: each gives exactly
 * what the regex gives, on real sentences and on random text made of the chars that matter.
 */
class NarrativeScansTest {

  /** Random text over the chars the patterns and scans look at. */
  private static String random(Random r, String alphabet, int max) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void subjectOfAnExecutionSentence() {
    assertEquals("政府办公厅（室）及相关机构事务（款）行政运行（项）",
        ExecutionSentences.subject("2024年度一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。"));
    assertEquals("行政运行", ExecutionSentences.subject("主要用于日常支出；（2）行政运行，"));
    assertEquals("", ExecutionSentences.subject("。，"));
  }

  @Test
  void subjectScanEqualsTheRegexes() {
    Random r = new Random(7);
    String alphabet = "0123420年度（）()类.．、。，,；;：:款项行政\u2028";
    for (int i = 0; i < 200_000; i++) {
      String before = random(r, alphabet, 30);
      assertEquals(ExecutionSentences.subjectByRegex(before), ExecutionSentences.subject(before), before);
    }
  }

  @Test
  void clausesSplitAfterEachMark() {
    assertEquals(List.of("三公经费支出5万元，", "比上年减少1万元。", "主要原因"),
        NarrativeExtractor.clauses("三公经费支出5万元，比上年减少1万元。主要原因"));
    Pattern split = Pattern.compile("(?<=[，,。；;：:])");
    Random r = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      String s = random(r, "ab，,。；;：:", 12);
      if (!s.isEmpty()) {
        assertEquals(List.of(split.split(s)), NarrativeExtractor.clauses(s), s);
      }
    }
  }

  @Test
  void changeStatedInAClause() {
    assertEquals(new BigDecimal("-9.42"), NarrativeExtractor.change(SEARCH, "比上年减少9.42万元，"));
    assertEquals(new BigDecimal("0.60"), NarrativeExtractor.change(SEARCH, "较上年决算数增加0.60万元。"));
    assertEquals(new BigDecimal("0.00"), NarrativeExtractor.change(SEARCH, "与上年持平，比上年增加1万元"));
    assertEquals(new BigDecimal("1.50"), NarrativeExtractor.change(SEARCH, "增加1.5万元"));
    assertNull(NarrativeExtractor.change(SEARCH, "主要原因是人员增加"));
  }

  @Test
  void narrativeHoldsALiteralOverLineEnds() {
    List<Line> lines = List.of(new Line(1, "1.数字政府项目自", List.of()), new Line(2, "  ", List.of()),
        new Line(3, "评 情况：", List.of()));
    assertEquals("1.数字政府项目自评情况：", new Narrative(lines).text());
    assertEquals(3, new Narrative(lines).lineAt(9));
    assertTrue(Narrative.holds(lines, "自评情况"));
    assertFalse(Narrative.holds(lines, "评价"));
    assertTrue(Narrative.startsIn(lines, 0, "自评情况")); // starts in line 1, runs on over 2 and 3
    assertFalse(Narrative.startsIn(lines, 2, "自评情况"));
    assertTrue(Narrative.startsIn(lines, 2, "情况"));
    Random r = new Random(5);
    for (int i = 0; i < 50_000; i++) {
      List<Line> some = new ArrayList<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        some.add(new Line(k, random(r, "自评情况 ", 4), List.of()));
      }
      assertEquals(new Narrative(some).text().contains("自评情况"), Narrative.holds(some, "自评情况"), some.toString());
    }
  }

  @Test
  void keyedSearchFindsWhatFindFinds() {
    Pattern change = Pattern.compile("(?:比|较|与)上年[^，。]{0,4}?(增加|减少)([0-9]+)万元");
    Pattern lookbehind = Pattern.compile("(?<!财政)总计([0-9]+)");
    Random r = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      String t = random(r, "比较与上年增加减少12万元，。财政总计", 40);
      assertEquals(finds(change, t), keyed(change, List.of(key("上年", 1)), t), t);
      assertEquals(finds(lookbehind, t), keyed(lookbehind, List.of(key("总计", 0)), t), t);
    }
  }

  @Test
  void keyedSearchFindsTheFiguresOfA三公Clause() {
    // the 决算数 and plain-cost patterns of SanggongClauses, which open with a group
    Pattern actual = Pattern.compile("(?:决算(?:数)?|支出)(?:为)?([0-9]+)万元");
    Pattern plain = Pattern.compile("(?:费|费用|经费)(?:为)?([0-9]+)万元");
    Random r = new Random(13);
    for (int i = 0; i < 50_000; i++) {
      String t = random(r, "决算数支出为费用经12万元，", 30);
      assertEquals(finds(actual, t), keyed(actual, List.of(key("决算", 0), key("支出", 0)), t), t);
      assertEquals(finds(plain, t), keyed(plain, List.of(key("费", 1)), t), t);
    }
  }

  @Test
  void onlyAClauseOpeningWithAFigureCanBeAPersonCount() {
    assertTrue(SanggongClauses.opensWithFigure("12人次，"));
    assertTrue(SanggongClauses.opensWithFigure("-3人"));
    assertFalse(SanggongClauses.opensWithFigure("出国12人次，"));
    assertFalse(SanggongClauses.opensWithFigure(""));
  }

  private static List<String> finds(Pattern p, String t) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  /** One search for all the texts of a test, as a report's narrative and clauses share one: its matchers are reused. */
  private static final KeyedSearch SEARCH = new KeyedSearch();

  private static List<String> keyed(Pattern p, List<KeyedSearch.Key> keys, String t) {
    List<String> out = new ArrayList<>();
    for (Matcher m = SEARCH.first(p, keys, t); m != null; m = SEARCH.next(p, keys, t, m.end())) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }
}
