package yujue.parse.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.layout.Line;
import yujue.parse.model.Amounts;
import yujue.parse.model.ProjectEvaluation;
import yujue.parse.model.Provenance;
import yujue.parse.narrative.Narrative;

/**
 * The narrative paragraph on each project: "1. “数字政府运营指挥中心建设维护费”项目绩效自评情况：
 * … 项目绩效自评得分为 87.88 分。项目全年预算数为 45 万元,执行数为 44.47 万元,完成预算的 98.82%".
 * The heading names the project; figures are read up to the next heading or the project's table.
 * Patterns are written against whitespace-free text (see {@link Narrative}).
 */
final class EvaluationSentences {

  private static final String N = "(-?[0-9][0-9,]*(?:\\.[0-9]+)?)";
  private static final Pattern HEADING =
      Pattern.compile("(?<![0-9.．])\\d{1,2}[.．、]([^。；;：:，,]{2,80}?)(?:项目)?(?:绩效)?自评情况[：:]?");
  /** The literal every {@link #HEADING} holds, and how far after a heading's start it can begin at most. */
  private static final String MARKER = "自评情况";
  private static final int HEADING_REACH = 2 + 1 + 80 + "项目绩效".length(); // number, mark, name, 项目绩效
  private static final Pattern SCORE = Pattern.compile("自评得分(?:为)?" + N + "分");
  private static final Pattern INITIAL = Pattern.compile("年初预算(?:数)?(?:为)?" + N + "万元");
  private static final Pattern FULL_YEAR = Pattern.compile("全年预算(?:数)?(?:为)?" + N + "万元");
  private static final Pattern EXECUTED = Pattern.compile("(?:实际支出|全年执行数|执行数)(?:为)?" + N + "万元");
  private static final Pattern PCT = Pattern.compile("(?:完成(?:年度|全年)?预算(?:数)?的|执行率(?:为)?)" + N + "%");
  private static final int MAX_BODY = 600;

  private EvaluationSentences() {}

  /**
   * Headings are looked for anywhere and at the start of every line: matched from a region's
   * start, the lookbehind cannot see the figure that ends the line before. {@code n} is the
   * narrative of these same lines (the caller has built it already).
   */
  static List<ProjectEvaluation> read(List<Line> lines, Narrative n) {
    String t = n.text();
    List<ProjectEvaluation> out = new ArrayList<>();
    TreeMap<Integer, Matcher> headings = new TreeMap<>();
    for (int start : headingStarts(t)) {
      headings.put(start, HEADING.matcher(t).region(start, t.length()));
    }
    int offset = 0;
    int marker = t.indexOf(MARKER);
    for (Line l : lines) {
      // a heading opening a line, though the line before ends in a digit ("…10" / "11.新疆…")
      marker = marker >= 0 && marker < offset ? t.indexOf(MARKER, offset) : marker;
      boolean markerInReach = marker >= 0 && marker - offset <= HEADING_REACH;
      if (markerInReach && numbered(l.compact()) && !headings.containsKey(offset) && n.lineAt(offset) == l.number()) {
        headings.put(offset, HEADING.matcher(t).region(offset, t.length()));
      }
      offset += l.compact().length();
    }
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Matcher m : headings.values()) {
      if (m.lookingAt() && (spans.isEmpty() || m.start() >= spans.get(spans.size() - 1)[1])) {
        spans.add(new int[] {m.start(), m.end()});
        names.add(m.group(1));
      }
    }
    for (int k = 0; k < spans.size(); k++) {
      String name = ProjectEvaluations.clean(names.get(k));
      if (name.isEmpty() || name.contains("整体")) {
        continue; // the whole department's evaluation is no project
      }
      int from = spans.get(k)[1];
      int to = Math.min(t.length(), from + MAX_BODY);
      if (k + 1 < spans.size()) {
        to = Math.min(to, spans.get(k + 1)[0]);
      }
      int table = t.indexOf("绩效自评表", from);
      if (table >= 0) {
        to = Math.min(to, table);
      }
      String body = t.substring(from, to);
      Matcher s = SCORE.matcher(body);
      Matcher i = INITIAL.matcher(body);
      Matcher b = FULL_YEAR.matcher(body);
      Matcher e = EXECUTED.matcher(body);
      Matcher p = PCT.matcher(body);
      BigDecimal score = s.find() ? Amounts.parse(s.group(1)) : null;
      BigDecimal initial = i.find() ? Amounts.parse(i.group(1)) : null;
      BigDecimal fullYear = b.find() ? Amounts.parse(b.group(1)) : null;
      BigDecimal executed = e.find() ? Amounts.parse(e.group(1)) : null;
      BigDecimal pct = p.find() ? Amounts.parse(p.group(1)) : null;
      if (score == null && initial == null && fullYear == null && executed == null && pct == null) {
        continue;
      }
      int first = Math.min(Math.min(start(s, score), start(i, initial)),
          Math.min(Math.min(start(b, fullYear), start(e, executed)), start(p, pct)));
      out.add(new ProjectEvaluation(name, initial, fullYear, executed, pct, score,
          Provenance.reported(null, n.lineAt(from + first))));
    }
    return out;
  }

  /**
   * Whether {@link #MARKER} starts in line {@code k} of {@code lines}. A text that holds it nowhere
   * has no heading (nor a project's paragraph); asked line by line, the caller testing each line for
   * a table too.
   */
  static boolean markerStartsIn(List<Line> lines, int k) {
    return Narrative.startsIn(lines, k, MARKER);
  }

  /** Whether {@code c} opens with one or two digits and a 、.． (the regex ^\\d{1,2}[.．、]), by hand for every line. */
  private static boolean numbered(String c) {
    int digits = 0;
    while (digits < c.length() && digits < 3 && c.charAt(digits) >= '0' && c.charAt(digits) <= '9') {
      digits++;
    }
    return (digits == 1 || digits == 2) && digits < c.length() && ".．、".indexOf(c.charAt(digits)) >= 0;
  }

  /**
   * Where {@code HEADING.matcher(t)} finds its matches, one after another, without running the
   * regex over the whole text: every heading holds 自评情况, at most {@link #HEADING_REACH} chars
   * after its start, so each search runs only over the window before the next 自评情况 and up to
   * its optional colon. A match that needs a later 自评情况 is found from that one's window.
   * Transparent bounds let the lookbehind see the char before a window.
   */
  private static List<Integer> headingStarts(String t) {
    List<Integer> starts = new ArrayList<>();
    Matcher h = HEADING.matcher(t).useTransparentBounds(true);
    int from = 0; // where the next find() would start
    int at = t.indexOf(MARKER);
    while (at >= 0) {
      h.region(Math.max(from, at - HEADING_REACH), Math.min(t.length(), at + MARKER.length() + 1));
      if (h.find()) {
        starts.add(h.start());
        from = h.end();
        at = t.indexOf(MARKER, from);
      } else {
        at = t.indexOf(MARKER, at + 1);
      }
    }
    return starts;
  }

  private static int start(Matcher m, BigDecimal found) {
    return found == null ? Integer.MAX_VALUE : m.start();
  }
}
