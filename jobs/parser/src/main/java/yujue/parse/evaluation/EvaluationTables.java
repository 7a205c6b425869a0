package yujue.parse.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.layout.Line;
import yujue.parse.layout.Text;
import yujue.parse.model.Amounts;
import yujue.parse.model.ProjectEvaluation;
import yujue.parse.model.Provenance;

/**
 * The 项目支出绩效自评表 of each project, in all three text families. A table runs from its
 * 项目名称 row to its 总分 row; its title is no boundary (a table continued over a page repeats it).
 * Figures come from two rows: 年度资金总额, whose cells are matched to the header words
 * (年初预算数 全年预算数 全年执行数 分值 执行率 得分, in the order printed, with the 执行率
 * percentage as anchor), and 总分, whose 得分 is the project's score. Whole-department tables
 * (部门整体/单位整体支出绩效自评表) have no 项目名称 and are left out.
 */
final class EvaluationTables {

  /** Header columns of the 年度资金总额 row. */
  private enum Col {
    INITIAL("年初预算数"), FULL_YEAR("全年预算数"), EXECUTED("全年执行数"), POINTS("分值"), RATE("执行率"), SCORE("得分");

    final String word;

    Col(String word) {
      this.word = word;
    }
  }

  private static final String FUNDS_ROW = "年度资金总额";
  private static final Pattern PROJECT_TITLE = Pattern.compile("项目(?:支出)?绩效自评表");
  private static final Pattern WHOLE_TITLE = Pattern.compile("整体(?:支出)?绩效(?:自评|评价)");
  /** Where a table has ended at the latest: an attachment, a part or section heading, the next project's paragraph. */
  private static final Pattern BOUNDARY = Pattern.compile(
      "^(?:附件|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\\d{1,2}[.．、].{0,80}自评情况)");
  private static final Pattern PERCENT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)%");
  private static final Pattern NUMBER = Pattern.compile("(-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(分)?");
  /** What were String.split/replaceAll/replaceFirst calls, compiled once. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern LEADING_COLONS = Pattern.compile("^[：:]+");
  private static final Pattern LEADING_COLON = Pattern.compile("^[：:]");
  private static final Pattern TRAILING_FEN = Pattern.compile("分$");
  private static final Pattern DASH = Pattern.compile("[-—–]{1,2}");
  /** A piece of a number a flowing text broke over lines: "87." then "88". */
  private static final Pattern FRAGMENT = Pattern.compile("[0-9.]+分?");
  private static final BigDecimal FULL_MARKS = new BigDecimal("100");

  private EvaluationTables() {}

  /** The tables of {@code lines}, told whether any line {@link #opensWithProjectName} (else there is none). */
  static List<ProjectEvaluation> read(List<Line> lines, boolean anyOpensWithProjectName) {
    List<ProjectEvaluation> out = new ArrayList<>();
    if (!anyOpensWithProjectName) {
      return out; // no table: the titles alone give nothing, and most reports have none
    }
    boolean titled = false;
    int i = 0;
    while (i < lines.size()) {
      if (!mayOpenTable(lines.get(i).text())) { // most lines: no compact text built for them
        i++;
        continue;
      }
      String c = lines.get(i).compact();
      boolean evaluation = c.contains("绩效"); // both titles hold it: most lines skip their regexes
      if (evaluation && wholeTitle(c)) {
        titled = false;
      } else if (evaluation && PROJECT_TITLE.matcher(c).find()) {
        titled = true;
      } else if (c.startsWith("项目名称")) {
        Block b = block(lines, i);
        b.evaluation(titled).ifPresent(out::add);
        titled = false;
        i = b.end;
        continue;
      }
      i++;
    }
    return out;
  }

  /**
   * Whether the line's compact text opens with 项目名称, as every table's first row does. Its raw
   * text then opens with 项 after any whitespace: one char looked at for most lines, where finding
   * the titles looks through each line.
   */
  static boolean opensWithProjectName(Line l) {
    String text = l.text();
    int i = 0;
    while (i < text.length() && Text.isSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '项' && l.compact().startsWith("项目名称");
  }

  /**
   * Whether a line can be a title (its compact text holds 绩效) or a 项目名称 row: it must hold 绩 or
   * 项. Compact text only drops spaces, so the raw text answers without building it.
   */
  static boolean mayOpenTable(String text) {
    return text.indexOf('绩') >= 0 || text.indexOf('项') >= 0;
  }

  /** The project's rows from its 项目名称 line to the end of its 总分 row (or the next boundary). */
  private static Block block(List<Line> lines, int start) {
    Block b = new Block(lines.get(start));
    StringBuilder header = new StringBuilder();
    int j = start + 1;
    for (; j < lines.size(); j++) {
      Line l = lines.get(j);
      String c = l.compact();
      if (c.startsWith("项目名称") || wholeTitle(c) || BOUNDARY.matcher(c).find()) {
        break;
      }
      // only a line saying 总分 can hold the 总分 token: the others are not split into tokens
      List<String> t = l.text().contains("总分") ? tokens(l.text()) : List.of();
      int total = indexOfTotal(t);
      if (total >= 0) {
        List<String> parts = new ArrayList<>(t.subList(total + 1, t.size()));
        String glued = t.get(total).substring(t.get(total).indexOf("总分") + 2);
        if (!glued.isEmpty()) {
          parts.add(0, glued);
        }
        while (j + 1 < lines.size() && allMatch(tokens(lines.get(j + 1).text()), false)) {
          parts.addAll(tokens(lines.get(++j).text())); // flowing: "总分" / "10" / "0" / "87." / "88"
        }
        b.total = parts;
        b.totalLine = l.number();
        j++;
        break;
      }
      if (b.funds == null) {
        // the header so far does not hold 年度资金总额: look for it only where this line can complete it
        int from = Math.max(0, header.length() - FUNDS_ROW.length() + 1);
        header.append(c);
        int at = header.indexOf(FUNDS_ROW, from);
        if (at >= 0) {
          b.header = header.substring(0, at);
          int endInLine = at + FUNDS_ROW.length() - (header.length() - c.length());
          List<String> values = tokens(afterCompact(l.text(), endInLine));
          b.fundsLine = l.number();
          while (values.isEmpty() && j + 1 < lines.size() && allMatch(tokens(lines.get(j + 1).text()), true)) {
            values = tokens(lines.get(++j).text()); // flowing: the figures on the line after the label
          }
          b.funds = values;
        }
      }
    }
    b.end = Math.max(j, start + 1);
    return b;
  }

  /** Whether a line is the title of a whole-department table ({@link #WHOLE_TITLE}, which opens with 整体). */
  private static boolean wholeTitle(String c) {
    return c.contains("整体") && WHOLE_TITLE.matcher(c).find();
  }

  private static int indexOfTotal(List<String> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).startsWith("总分")) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a line is nothing but figures (or, with {@code whole} false, pieces of figures). */
  private static boolean allMatch(List<String> tokens, boolean whole) {
    if (tokens.isEmpty()) {
      return false;
    }
    for (String t : tokens) {
      if (whole ? value(t) == null : !FRAGMENT.matcher(t).matches()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    for (String t : SPACES.split(s.strip())) {
      t = LEADING_COLONS.matcher(t).replaceAll("");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The raw text after its first {@code compactChars} non-whitespace characters. */
  private static String afterCompact(String raw, int compactChars) {
    int seen = 0;
    int k = 0;
    while (k < raw.length() && seen < compactChars) {
      if (!Character.isWhitespace(raw.charAt(k)) && raw.charAt(k) != '\u3000') {
        seen++;
      }
      k++;
    }
    return raw.substring(k);
  }

  /** A cell of the 年度资金总额 row: a number, a percentage, "10分", or a dash (an empty figure). */
  private record Value(BigDecimal number, boolean percent, boolean points) {}

  private static final Value EMPTY = new Value(null, false, false);

  /** The project's score and whether it had to be pieced together. */
  private record Score(BigDecimal value, boolean repaired) {
    static final Score NONE = new Score(null, false);
  }

  private static Value value(String t) {
    if (DASH.matcher(t).matches()) {
      return EMPTY;
    }
    Matcher p = PERCENT.matcher(t);
    if (p.matches()) {
      return new Value(Amounts.parse(p.group(1)), true, false);
    }
    Matcher n = NUMBER.matcher(t);
    if (n.matches()) {
      return new Value(Amounts.parse(n.group(1)), false, n.group(2) != null);
    }
    return null;
  }

  private static final class Block {
    final Line nameLine;
    String header = "";
    List<String> funds;
    int fundsLine;
    List<String> total;
    int totalLine;
    int end;

    Block(Line nameLine) {
      this.nameLine = nameLine;
    }

    Optional<ProjectEvaluation> evaluation(boolean titled) {
      String name = name();
      if (name.isEmpty() || !(titled || header.contains("执行数") || header.contains("执行率"))) {
        return Optional.empty();
      }
      Map<Col, Value> f = funds == null ? Map.of() : align(columns(), values());
      Score score = score();
      BigDecimal initial = amount(f.get(Col.INITIAL));
      BigDecimal fullYear = amount(f.get(Col.FULL_YEAR));
      BigDecimal executed = amount(f.get(Col.EXECUTED));
      Value r = f.get(Col.RATE);
      BigDecimal pct = r == null || r.points ? null : r.number;
      if (initial == null && fullYear == null && executed == null && pct == null && score.value == null) {
        return Optional.empty();
      }
      int line = funds != null ? fundsLine : total != null ? totalLine : nameLine.number();
      Provenance p = score.repaired ? Provenance.repaired(ProjectEvaluation.TABLE_CODE, line)
          : Provenance.reported(ProjectEvaluation.TABLE_CODE, line);
      return Optional.of(new ProjectEvaluation(name, initial, fullYear, executed, pct, score.value, p));
    }

    /** The first cell after 项目名称 (tab families), or the rest of the line (flowing). */
    private String name() {
      List<String> cells = nameLine.cells();
      String raw;
      if (cells != null) {
        int k = 0;
        while (k < cells.size() && !SPACE.matcher(cells.get(k)).replaceAll("").startsWith("项目名称")) {
          k++;
        }
        String own = k < cells.size() ? SPACE.matcher(cells.get(k)).replaceAll("").substring(4) : "";
        raw = own;
        for (int m = k + 1; raw.isEmpty() && m < cells.size(); m++) {
          raw = cells.get(m);
        }
      } else {
        raw = nameLine.compact().substring(4);
      }
      return ProjectEvaluations.clean(LEADING_COLON.matcher(raw).replaceFirst(""));
    }

    /** The header words of the 年度资金总额 row, in the order printed ("执行数" alone for 全年执行数). */
    private List<Col> columns() {
      Map<Col, Integer> at = new EnumMap<>(Col.class);
      for (Col c : Col.values()) {
        int k = header.indexOf(c.word);
        if (k >= 0) {
          at.put(c, k);
        }
      }
      if (!at.containsKey(Col.EXECUTED) && header.contains("执行数")) {
        at.put(Col.EXECUTED, header.indexOf("执行数"));
      }
      return at.keySet().stream().sorted(Comparator.comparing(at::get)).toList();
    }

    private List<Value> values() {
      List<Value> out = new ArrayList<>();
      for (String t : funds) {
        Value v = value(t);
        if (v == null) {
          break;
        }
        out.add(v);
      }
      return out;
    }

    /**
     * Header words to cells. With a percentage printed, it is the 执行率: the words before it take
     * the cells before it from the right (an unlabelled or doubled amount column falls off the
     * left), the words after it take the cells after it from the left. Without one, words and
     * cells must pair off exactly; otherwise nothing is claimed.
     */
    private static Map<Col, Value> align(List<Col> cols, List<Value> vals) {
      Map<Col, Value> out = new EnumMap<>(Col.class);
      int pct = -1;
      for (int k = 0; k < vals.size() && pct < 0; k++) {
        pct = vals.get(k).percent ? k : -1;
      }
      int rate = cols.indexOf(Col.RATE);
      if (pct >= 0 && rate >= 0) {
        out.put(Col.RATE, vals.get(pct));
        for (int k = 1; k <= Math.min(rate, pct); k++) {
          out.put(cols.get(rate - k), vals.get(pct - k));
        }
        for (int k = 1; rate + k < cols.size() && pct + k < vals.size(); k++) {
          out.put(cols.get(rate + k), vals.get(pct + k));
        }
      } else if (cols.size() == vals.size()) {
        for (int k = 0; k < cols.size(); k++) {
          out.put(cols.get(k), vals.get(k));
        }
      }
      return out;
    }

    private static BigDecimal amount(Value v) {
      return v == null || v.percent || v.points ? null : v.number;
    }

    /**
     * The 总分 row's 得分: the second of two figures (the first is the 100 marks). Where a flowing
     * text broke them into pieces ("10" "0" "87." "88"), the pieces joined read 100 then the score.
     */
    private Score score() {
      if (total == null || total.isEmpty()) {
        return Score.NONE;
      }
      List<String> t = total.stream().map(s -> TRAILING_FEN.matcher(s).replaceAll("")).toList();
      if (t.size() == 2 && Amounts.isNumber(t.get(0)) && Amounts.isNumber(t.get(1))) {
        return new Score(Amounts.parse(t.get(1)), false);
      }
      String joined = String.join("", t);
      if (t.size() > 1 && joined.startsWith("100") && Amounts.isNumber(joined.substring(3))) {
        BigDecimal s = Amounts.parse(joined.substring(3));
        if (s.compareTo(FULL_MARKS) <= 0) {
          return new Score(s, true);
        }
      }
      return Score.NONE;
    }
  }
}
