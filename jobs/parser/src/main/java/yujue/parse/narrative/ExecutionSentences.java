package yujue.parse.narrative;

import static yujue.parse.narrative.KeyedSearch.key;
import static yujue.parse.narrative.NarrativeExtractor.N;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.model.Amounts;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.Provenance;
import yujue.parse.narrative.KeyedSearch.Key;

/**
 * Budget execution sentences: "…（款）行政运行（项）。年初预算为765.74万元，支出决算为840.41万元，
 * 完成年初预算的109.75%". The subject is named just before; codes are resolved later against
 * the report's own tables.
 */
final class ExecutionSentences {

  private static final Pattern SENTENCE = Pattern.compile(
      "年初预算(?:数)?(?:为)?" + N + "万元[，,]?(?:支出)?决算(?:数)?(?:为)?" + N + "万元(?:[，,]?完成年初预算的" + N + "%)?");
  /** Clause ends: the subject named before the figures starts after the last of them. */
  private static final String CLAUSE_ENDS = "。；;：:";

  // What the subject scan does, as regexes (they still run for text with a line break): trailing
  // punctuation, what precedes a subject (a year, a list number), a class name before 款 and 项, a
  // leading list number, a last punctuation mark.
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[。，,]+$");
  private static final Pattern UP_TO_NUMBERING = Pattern.compile("^.*?(?:\\d{4}年度?|[（(]\\d+[)）]|\\d+[.．、])");
  private static final Pattern UP_TO_CLASS = Pattern.compile("^.*[（(]类[)）]");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:[（(]\\d+[)）]|\\d+[.．、])");
  private static final Pattern LAST_PUNCT = Pattern.compile("[。，,]$");

  /** Where {@link #SENTENCE} can start: at its opening literal (see {@link KeyedSearch}). */
  private static final List<Key> SENTENCE_KEYS = List.of(key("年初预算", 0));
  /** Punctuation the subject does not end with. */
  private static final String TRAILING = "。，,";

  private ExecutionSentences() {}

  /**
   * Text before the figures that names the subject: up to the previous clause end or list number.
   * What the regex ([^。；;：:]{0,80})$ found, as a scan: {@code before} is at most 80 chars.
   */
  private static String afterLastClauseEnd(String before) {
    int i = before.length();
    while (i > 0 && CLAUSE_ENDS.indexOf(before.charAt(i - 1)) < 0) {
      i--;
    }
    return before.substring(i);
  }

  static void read(KeyedSearch search, Narrative n, String t, NarrativeFacts f) {
    for (Matcher m = search.first(SENTENCE, SENTENCE_KEYS, t); m != null;
        m = search.next(SENTENCE, SENTENCE_KEYS, t, m.end())) {
      String subject = subject(t.substring(Math.max(0, m.start() - 80), m.start()));
      f.executions.add(new ExecutionFact(null, subject.isEmpty() ? null : subject, Amounts.parse(m.group(1)),
          Amounts.parse(m.group(2)), m.group(3) == null ? null : Amounts.parse(m.group(3)),
          Provenance.reported(null, n.lineAt(m.start()))));
    }
  }

  /**
   * The subject named in the (at most 80) chars before the figures: after the last clause end,
   * year or list number and class name, without trailing punctuation. Scanned by hand; text holding
   * a line break (U+0085, U+2028, U+2029 survive compacting) goes through the regexes as written,
   * where '.' and '$' treat it specially.
   */
  static String subject(String before) {
    if (hasLineBreak(before)) {
      return subjectByRegex(before);
    }
    String s = afterLastClauseEnd(withoutTrailing(before));
    s = s.substring(afterNumbering(s));
    s = s.substring(afterClass(s)); // "一般公共服务支出（类）（1）…（款）…（项）": keep 款 and 项
    s = s.substring(listNumberEnd(s, 0));
    return s.isEmpty() || TRAILING.indexOf(s.charAt(s.length() - 1)) < 0 ? s : s.substring(0, s.length() - 1);
  }

  static String subjectByRegex(String before) {
    String subject = afterLastClauseEnd(TRAILING_PUNCT.matcher(before).replaceAll(""));
    subject = UP_TO_NUMBERING.matcher(subject).replaceFirst("");
    subject = UP_TO_CLASS.matcher(subject).replaceFirst("");
    subject = LEADING_NUMBER.matcher(subject).replaceFirst("");
    return LAST_PUNCT.matcher(subject).replaceAll("");
  }

  private static boolean hasLineBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** {@code s} without the punctuation it ends with ({@link #TRAILING_PUNCT}). */
  private static String withoutTrailing(String s) {
    int end = s.length();
    while (end > 0 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Where {@link #UP_TO_NUMBERING} ends its match: just after the first year (2023年, 2023年度),
   * bracketed number or dotted number, tried at each position in turn; 0 when there is none.
   */
  static int afterNumbering(String s) {
    for (int p = 0; p < s.length(); p++) {
      int digits = digitsAt(s, p);
      if (digits == 4 && p + 4 < s.length() && s.charAt(p + 4) == '年') {
        return p + 5 < s.length() && s.charAt(p + 5) == '度' ? p + 6 : p + 5;
      }
      int end = listNumberEnd(s, p);
      if (end > p) {
        return end;
      }
    }
    return 0;
  }

  /**
   * Where a list number at {@code p} ends: "(1)" / "（1）" or "1." / "1．" / "1、", as
   * {@link #LEADING_NUMBER} matches it; {@code p} when there is none.
   */
  static int listNumberEnd(String s, int p) {
    if (p < s.length() && (s.charAt(p) == '（' || s.charAt(p) == '(')) {
      int digits = digitsAt(s, p + 1);
      int close = p + 1 + digits;
      return digits > 0 && close < s.length() && ")）".indexOf(s.charAt(close)) >= 0 ? close + 1 : p;
    }
    int digits = digitsAt(s, p);
    int mark = p + digits;
    return digits > 0 && mark < s.length() && ".．、".indexOf(s.charAt(mark)) >= 0 ? mark + 1 : p;
  }

  /** Where the last class name marker （类） / (类) ends ({@link #UP_TO_CLASS}); 0 when none. */
  static int afterClass(String s) {
    for (int i = s.length() - 3; i >= 0; i--) {
      if ("（(".indexOf(s.charAt(i)) >= 0 && s.charAt(i + 1) == '类' && ")）".indexOf(s.charAt(i + 2)) >= 0) {
        return i + 3;
      }
    }
    return 0;
  }

  /** How many ASCII digits (regex \\d) run from {@code p}. */
  private static int digitsAt(String s, int p) {
    int i = p;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - p;
  }
}
