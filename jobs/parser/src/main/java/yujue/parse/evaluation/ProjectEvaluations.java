package yujue.parse.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import yujue.parse.layout.Line;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.Text;
import yujue.parse.model.ProjectEvaluation;
import yujue.parse.narrative.Narrative;

/**
 * Project self-evaluations (绩效评价, 项目支出绩效自评) of a final report: one per project, from
 * its 项目支出绩效自评表 ({@link EvaluationTables}) and its narrative paragraph
 * ({@link EvaluationSentences}), merged. The two are paired by name: equal once year prefix,
 * quotes, bracket widths and a trailing 项目 are set aside; else alike (longest common
 * subsequence at least {@value #MIN_LIKENESS} of the longer name) with their amounts agreeing.
 * A merged project takes the table's figures where it prints them and the narrative's elsewhere,
 * keeps the table's provenance, and is named by whichever name the report repeats more often
 * (the table's on a tie). The whole department's evaluation (部门整体支出绩效自评) is no project
 * and is never read.
 */
public final class ProjectEvaluations {

  private static final double MIN_LIKENESS = 0.6;
  private static final Pattern YEAR_PREFIX = Pattern.compile("^\\d{4}年度?");
  private static final String QUOTES = "“”\"‘’'「」『』";

  private ProjectEvaluations() {}

  public static List<ProjectEvaluation> read(ReportLayout layout) {
    List<Line> lines = layout.lines();
    // one pass tells whether a table can follow (a line opens with 项目名称) and whether the text can
    // hold a project's paragraph (自评情况); most reports have neither
    boolean tableMay = false;
    boolean paragraphMay = false;
    for (int k = 0; k < lines.size() && !(tableMay && paragraphMay); k++) {
      tableMay = tableMay || EvaluationTables.opensWithProjectName(lines.get(k));
      paragraphMay = paragraphMay || EvaluationSentences.markerStartsIn(lines, k);
    }
    List<ProjectEvaluation> tables = EvaluationTables.read(lines, tableMay);
    // the whole report as one text is built only when it can hold a project's paragraph
    Narrative text = paragraphMay ? new Narrative(lines) : null;
    List<ProjectEvaluation> stated = new ArrayList<>(text == null ? List.of() : EvaluationSentences.read(layout.lines(), text));
    List<ProjectEvaluation> out = new ArrayList<>();
    ProjectEvaluation[] partner = new ProjectEvaluation[tables.size()];
    for (int k = 0; k < tables.size(); k++) {
      String key = key(tables.get(k).projectName());
      for (ProjectEvaluation s : stated) {
        if (key(s.projectName()).equals(key)) {
          partner[k] = s;
          stated.remove(s);
          break;
        }
      }
    }
    while (true) {
      double best = MIN_LIKENESS;
      int bt = -1;
      ProjectEvaluation bs = null;
      for (int k = 0; k < tables.size(); k++) {
        for (ProjectEvaluation s : stated) {
          double like = likeness(key(tables.get(k).projectName()), key(s.projectName()));
          if (partner[k] == null && like >= best && amountsAgree(tables.get(k), s)) {
            best = like;
            bt = k;
            bs = s;
          }
        }
      }
      if (bs == null) {
        break;
      }
      partner[bt] = bs;
      stated.remove(bs);
    }
    for (int k = 0; k < tables.size(); k++) {
      out.add(partner[k] == null ? tables.get(k) : merge(tables.get(k), partner[k], text.text()));
    }
    out.addAll(stated);
    out.sort(Comparator.comparingInt(e -> e.provenance().line()));
    return out;
  }

  /** A printed name without whitespace and without the quotes around it (“A”、“B” keeps its own). */
  static String clean(String name) {
    String c = Text.compact(name);
    while (c.length() >= 2 && QUOTES.indexOf(c.charAt(0)) >= 0 && QUOTES.indexOf(c.charAt(c.length() - 1)) >= 0
        && c.substring(1, c.length() - 1).chars().noneMatch(ch -> QUOTES.indexOf(ch) >= 0)) {
      c = c.substring(1, c.length() - 1);
    }
    return c;
  }

  /** What names are compared on. */
  static String key(String name) {
    StringBuilder sb = new StringBuilder();
    for (char ch : YEAR_PREFIX.matcher(name).replaceFirst("").toCharArray()) {
      if (QUOTES.indexOf(ch) < 0) {
        sb.append(ch == '(' ? '（' : ch == ')' ? '）' : ch);
      }
    }
    String k = sb.toString();
    return k.endsWith("项目") && k.length() > 2 ? k.substring(0, k.length() - 2) : k;
  }

  private static ProjectEvaluation merge(ProjectEvaluation table, ProjectEvaluation stated, String text) {
    String name = occurrences(text, stated.projectName()) > occurrences(text, table.projectName())
        ? stated.projectName() : table.projectName();
    return new ProjectEvaluation(name,
        or(table.budgetInitial(), stated.budgetInitial()),
        or(table.budgetFullYear(), stated.budgetFullYear()),
        or(table.executed(), stated.executed()),
        or(table.executionPct(), stated.executionPct()),
        or(table.score(), stated.score()),
        table.provenance());
  }

  private static BigDecimal or(BigDecimal first, BigDecimal second) {
    return first != null ? first : second;
  }

  /** Some amount printed by both and equal, none printed by both and different. */
  private static boolean amountsAgree(ProjectEvaluation a, ProjectEvaluation b) {
    int equal = 0;
    for (BigDecimal[] pair : List.of(
        new BigDecimal[] {a.budgetFullYear(), b.budgetFullYear()}, new BigDecimal[] {a.executed(), b.executed()})) {
      if (pair[0] != null && pair[1] != null) {
        if (pair[0].compareTo(pair[1]) != 0) {
          return false;
        }
        equal++;
      }
    }
    return equal > 0;
  }

  /** Longest common subsequence over the longer length: 1 for equal names. */
  static double likeness(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int[][] l = new int[a.length() + 1][b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        l[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? l[i - 1][j - 1] + 1 : Math.max(l[i - 1][j], l[i][j - 1]);
      }
    }
    return (double) l[a.length()][b.length()] / Math.max(a.length(), b.length());
  }

  private static int occurrences(String text, String name) {
    int count = 0;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      count++;
    }
    return count;
  }
}
