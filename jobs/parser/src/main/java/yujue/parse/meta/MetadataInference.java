package yujue.parse.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.parse.layout.Line;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.TableBlock;
import yujue.parse.layout.Text;
import yujue.parse.model.DocKind;
import yujue.parse.model.Finding;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.ReportMeta;
import yujue.warehouse.catalog.DepartmentTypeCatalog;
import yujue.warehouse.catalog.Region;
import yujue.warehouse.catalog.RegionCatalog;

/**
 * Department, region, fiscal year and kind of a report, from its text only (never the file name):
 * the title lines, table headers (部门：…, 部门名称：…) and the narrative.
 */
public final class MetadataInference {

  private static final Pattern TITLE = Pattern.compile("^(.*?)((?:19|20)\\d{2})年度?部门(决算|预算)(?:报告|公开|信息公开)?$");
  private static final Pattern HEADER_DEPT = Pattern.compile("(?:部门名称|部门|单位名称|填报单位)[:：]\\s*([^\\s:：]+?)(?=\\s|\\d{4}|单位|金额|$)");
  private static final Pattern YEAR_KIND = Pattern.compile("((?:19|20)\\d{2})年度?(?:部门)?(决算|预算)");
  private static final Pattern BUDGET_YEAR = Pattern.compile("((?:19|20)\\d{2})年(?:预算数|基本支出|部门预算)|预算年度[:：]((?:19|20)\\d{2})");
  /** Words that end a department's name, to tell a title line from other short lines. */
  private static final Pattern DEPT_SUFFIX = Pattern.compile("(办公室|办公厅|局|委员会|委|厅|部|院|中心|所|站|会|处|队|馆|社|团)$");

  private static final Pattern ANY_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern HEADER_YEAR = Pattern.compile("((?:19|20)\\d{2})年度");

  private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]+\\b");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

  private static final Pattern PARTY_PREFIX = Pattern.compile("^(?:中国共产党|中共)");

  private MetadataInference() {}

  public static ReportMeta infer(ReportLayout layout, String text) {
    return infer(layout, text, findDepartment(layout));
  }

  /**
   * {@link #infer(ReportLayout, String)} with the department {@link #findDepartment} found (null
   * for none): the parser finds it once for this and {@link #findings(Department)}.
   */
  public static ReportMeta infer(ReportLayout layout, String text, Department department) {
    WholeText whole = new WholeText(text);
    DocKind kind = kind(layout, whole);
    String dept = department == null ? null : department.name();
    Integer year = department == null ? year(layout, whole, kind) : year(layout, whole, kind, department.titleYear());
    String regionCode = null;
    String regionName = null;
    String type = null;
    if (dept != null) {
      // a Party department (中共上海市普陀区委社会工作部) names its region after the Party prefix
      Optional<Region> r = RegionCatalog.load().resolveDepartment(PARTY_PREFIX.matcher(dept).replaceFirst(""), text);
      if (r.isPresent()) {
        regionCode = r.get().code();
        regionName = r.get().name();
      }
      type = DepartmentTypeCatalog.load().typeId(dept);
    }
    return new ReportMeta(regionCode, regionName, dept, type, year, kind, "inferred");
  }

  /** The {@link #TITLE} match of a line, or null; only a line with 部门决算 or 部门预算 can be a title. */
  private static Matcher title(Line l) {
    if (!l.compact().contains("部门决算") && !l.compact().contains("部门预算")) {
      return null;
    }
    Matcher m = TITLE.matcher(l.compact());
    return m.find() ? m : null;
  }

  /** {@link #HEADER_DEPT} needs a colon, half or full width: a cheap test before the regex. */
  private static boolean hasColon(String s) {
    return s.indexOf(':') >= 0 || s.indexOf('：') >= 0;
  }

  /**
   * The report's text and its compact form, built at most once: the kind and the year both fall
   * back to it, and most reports need neither (tables or a title settle them).
   */
  private static final class WholeText {
    private final String text;
    private String compact;

    WholeText(String text) {
      this.text = text;
    }

    String compact() {
      if (compact == null) {
        compact = Text.compact(text);
      }
      return compact;
    }
  }

  static DocKind kind(ReportLayout layout, String text) {
    return kind(layout, new WholeText(text));
  }

  private static DocKind kind(ReportLayout layout, WholeText text) {
    int finals = 0;
    int budgets = 0;
    for (TableBlock t : layout.tables()) {
      finals += t.kind().docKind == DocKind.FINAL ? 1 : 0;
      budgets += t.kind().docKind == DocKind.BUDGET ? 1 : 0;
    }
    if (finals != budgets) {
      return finals > budgets ? DocKind.FINAL : DocKind.BUDGET;
    }
    String compact = text.compact();
    int f = occurrences(compact, "部门决算");
    int b = occurrences(compact, "部门预算");
    return f == b ? null : (f > b ? DocKind.FINAL : DocKind.BUDGET);
  }

  private static int occurrences(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      count++;
    }
    return count;
  }

  /**
   * Where the department name was read and what it looked like before cleaning; with the year of
   * the report's first title line (null when it has none), which the search went over already.
   */
  public record Department(String name, String raw, boolean fromTitle, int line, Integer titleYear) {}

  /** The report's department, from its title line or else the table headers; null when none names it. */
  public static Department findDepartment(ReportLayout layout) {
    List<Line> lines = layout.lines();
    Integer titleYear = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = title(lines.get(i));
      if (m != null) {
        titleYear = titleYear == null ? Integer.valueOf(m.group(2)) : titleYear;
        String prefix = clean(m.group(1));
        if (isName(prefix)) {
          return new Department(prefix, lines.get(i).text(), true, lines.get(i).number(), titleYear);
        }
        if (i > 0 && isName(clean(lines.get(i - 1).text()))) {
          return new Department(clean(lines.get(i - 1).text()), lines.get(i - 1).text(), true,
              lines.get(i - 1).number(), titleYear);
        }
      }
    }
    Integer year = titleYear;
    Map<String, Integer> votes = new HashMap<>();
    Map<String, Line> firstSeen = new HashMap<>();
    for (TableBlock t : layout.tables()) {
      for (Line l : t.lines()) {
        Matcher m = hasColon(l.text()) ? HEADER_DEPT.matcher(l.text()) : null; // no matcher for most lines
        String name = m != null && m.find() ? clean(m.group(1)) : null;
        if (isName(name)) {
          votes.merge(name, 1, Integer::sum);
          firstSeen.putIfAbsent(name, l);
        }
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> new Department(e.getKey(), firstSeen.get(e.getKey()).text(), false,
            firstSeen.get(e.getKey()).number(), year))
        .orElse(null);
  }

  /** What inference had to work around: no title line, a name with conversion noise. */
  public static List<Finding> findings(ReportLayout layout) {
    return findings(findDepartment(layout));
  }

  /** {@link #findings(ReportLayout)} of the department {@link #findDepartment} found (null for none). */
  public static List<Finding> findings(Department d) {
    if (d == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    if (!d.fromTitle()) {
      out.add(new Finding("TITLE_MISSING", Severity.INFO, "no title line names the report: the department"
          + " and year were read from the table headers (部门：…)", null, null, null, d.line()));
    }
    String printed = Text.compact(d.raw());
    if (d.fromTitle() && !printed.startsWith(d.name()) && !printed.contains(d.name())) {
      out.add(new Finding("DEPARTMENT_NAME_CLEANED", Severity.INFO, "the department name is printed as \"" + d.raw().strip()
          + "\" and was cleaned to " + d.name(), null, null, null, d.line()));
    }
    return out;
  }

  private static boolean isName(String s) {
    return s != null && s.length() >= 4 && s.length() <= 40 && !ANY_DIGIT.matcher(s).matches() && DEPT_SUFFIX.matcher(s).find();
  }

  /**
   * A name cleaned of conversion noise: whitespace removed, a character repeated across a break
   * ("人力资源和社会保障 障局") kept once, stray Latin words dropped.
   */
  public static String clean(String raw) {
    if (nothingToClean(raw)) {
      return raw;
    }
    String s = LATIN_WORD.matcher(raw).replaceAll(" ").strip();
    StringBuilder out = new StringBuilder();
    String[] parts = SPACES.split(s);
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      int overlap = 0;
      for (int k = Math.min(3, Math.min(out.length(), p.length())); k >= 1; k--) {
        if (out.substring(out.length() - k).equals(p.substring(0, k)) && p.length() > k) {
          overlap = k;
          break;
        }
      }
      out.append(p.substring(overlap));
    }
    return out.toString().replace("*", "");
  }

  /**
   * Whether {@link #clean} gives {@code raw} back as it is: without a Latin letter, whitespace
   * (what strip and {@link #SPACES} cut at) or a *, none of its steps changes anything.
   */
  static boolean nothingToClean(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x80 ? c <= ' ' || c == '*' || Character.isLetter(c) : Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  static Integer year(ReportLayout layout, String text, DocKind kind) {
    return year(layout, new WholeText(text), kind);
  }

  private static Integer year(ReportLayout layout, WholeText text, DocKind kind) {
    Integer titleYear = null;
    for (Line l : layout.lines()) {
      Matcher m = title(l);
      if (m != null) {
        titleYear = Integer.parseInt(m.group(2));
        break;
      }
    }
    return year(layout, text, kind, titleYear);
  }

  /** The year, where the first title line gave {@code titleYear} (null when there is none). */
  private static Integer year(ReportLayout layout, WholeText text, DocKind kind, Integer titleYear) {
    if (titleYear != null) {
      return titleYear;
    }
    for (TableBlock t : layout.tables()) {
      for (Line l : t.lines()) {
        if (l.compact().contains("部门")) {
          Matcher m = HEADER_YEAR.matcher(l.compact());
          if (m.find()) {
            return Integer.parseInt(m.group(1));
          }
        }
      }
    }
    String compact = text.compact();
    Matcher b = BUDGET_YEAR.matcher(compact);
    if (kind == DocKind.BUDGET && b.find()) {
      return Integer.parseInt(b.group(1) != null ? b.group(1) : b.group(2));
    }
    Map<Integer, Integer> votes = new HashMap<>();
    Matcher m = YEAR_KIND.matcher(compact);
    while (m.find()) {
      votes.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
