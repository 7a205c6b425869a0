package yujue.parse.narrative;

import static yujue.parse.narrative.NarrativeExtractor.N;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.model.Amounts;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.Provenance;

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

  // Compiled once (they run for every sentence): clause ends before the figures, what precedes a
  // subject (a year, a list number), a class name before 款 and 项, a leading list number.
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[。，,]+$");
  private static final Pattern UP_TO_NUMBERING = Pattern.compile("^.*?(?:\\d{4}年度?|[（(]\\d+[)）]|\\d+[.．、])");
  private static final Pattern UP_TO_CLASS = Pattern.compile("^.*[（(]类[)）]");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:[（(]\\d+[)）]|\\d+[.．、])");
  private static final Pattern LAST_PUNCT = Pattern.compile("[。，,]$");

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

  static void read(Narrative n, String t, NarrativeFacts f) {
    Matcher m = SENTENCE.matcher(t);
    while (m.find()) {
      String before = TRAILING_PUNCT.matcher(t.substring(Math.max(0, m.start() - 80), m.start())).replaceAll("");
      String subject = afterLastClauseEnd(before);
      subject = UP_TO_NUMBERING.matcher(subject).replaceFirst("");
      subject = UP_TO_CLASS.matcher(subject).replaceFirst(""); // "一般公共服务支出（类）（1）…（款）…（项）": keep 款 and 项
      subject = LEADING_NUMBER.matcher(subject).replaceFirst("");
      subject = LAST_PUNCT.matcher(subject).replaceAll("");
      f.executions.add(new ExecutionFact(null, subject.isEmpty() ? null : subject, Amounts.parse(m.group(1)),
          Amounts.parse(m.group(2)), m.group(3) == null ? null : Amounts.parse(m.group(3)),
          Provenance.reported(null, n.lineAt(m.start()))));
    }
  }
}
