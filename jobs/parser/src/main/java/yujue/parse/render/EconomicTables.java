package yujue.parse.render;

import static yujue.parse.render.Doc.Cell.amount;
import static yujue.parse.render.Doc.Cell.code;
import static yujue.parse.render.Doc.Cell.empty;
import static yujue.parse.render.Doc.Cell.name;
import static yujue.parse.render.Doc.Cell.total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import yujue.parse.model.Measure;
import yujue.parse.model.SubjectFact;
import yujue.parse.render.Doc.Cell;
import yujue.parse.render.Doc.Row;
import yujue.parse.render.Doc.Table;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;

/**
 * Tables by economic subject: final 06 (three side-by-side groups of code, name, 决算数, with the
 * 人员经费 / 公用经费 footer), final 10 (机关运行经费) and budget 6 (合计, 人员经费, 公用经费).
 * Final tables list the template's subjects (the catalog) whether or not they have a figure.
 */
final class EconomicTables {

  private EconomicTables() {}

  /** One subject: code, name, figure (null when blank). */
  private record Entry(String code, String name, BigDecimal amount) {}

  static Table f06(Facts f) {
    Table t = new Table("F06", 6, "一般公共预算财政拨款基本支出决算明细表");
    t.tabHeader("人员经费", "", "", "公用经费", "", "", "", "", "");
    t.tabHeader("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数");
    t.flowHeader("人员经费 公用经费", "科", "目", "科目名称 决算数 科", "目", "科目名称 决算数 科", "目", "科目名称 决算数");
    Map<String, Entry> all = entries(f, "F06", c -> c.startsWith("30") || c.startsWith("31") || c.startsWith("39"),
        List.of("301", "302", "303", "307", "310", "399"));
    List<List<Entry>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Entry e : all.values()) {
      String cls = e.code().substring(0, 3);
      groups.get(cls.equals("301") || cls.equals("303") ? 0 : cls.equals("302") ? 1 : 2).add(e);
    }
    int n = groups.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < n; i++) {
      List<Cell> cells = new ArrayList<>();
      for (List<Entry> g : groups) {
        if (i < g.size()) {
          Entry e = g.get(i);
          cells.add(code(e.code()));
          cells.add(name(e.name()));
          cells.add(e.amount() == null ? empty() : amount(Num.table(e.amount())));
        } else {
          cells.add(empty());
          cells.add(empty());
          cells.add(empty());
        }
      }
      t.rows.add(Row.data(cells));
    }
    BigDecimal personnel = f.table("F06", Measure.PERSONNEL_COST);
    BigDecimal common = f.table("F06", Measure.PUBLIC_COST);
    if (personnel != null || common != null) {
      t.rows.add(Row.data(total("人员经费合计"), personnel == null ? empty() : amount(Num.table(personnel)),
          total("公用经费合计"), common == null ? empty() : amount(Num.table(common))));
    }
    return t;
  }

  static boolean hasF10(Facts f) {
    return !f.economic("F10").isEmpty() || f.table("F10", Measure.OPERATING_COST) != null;
  }

  static Table f10(Facts f) {
    Table t = new Table("F10", 10, "机关运行经费支出情况表");
    t.header(List.of("项目", "", "机关运行经费支出决算数"), "项目 机关运行经费支出决算数");
    t.header(List.of("经济分类编码", "经济分类名称", ""), "经济分类编码 经济分类名称");
    BigDecimal sum = f.table("F10", Measure.OPERATING_COST);
    t.rows.add(Row.data(total("合计"), empty(), sum == null ? empty() : amount(Num.table(sum))));
    Map<String, Entry> all = entries(f, "F10", c -> c.startsWith("302"), List.of("302", "307", "310", "312", "399"));
    for (Entry e : all.values()) {
      t.rows.add(Row.data(code(e.code()), name(e.name()), e.amount() == null ? empty() : amount(Num.table(e.amount()))));
    }
    return t;
  }

  static Table b6(Facts f) {
    Table t = new Table("B6", 6, "一般公共预算基本支出表");
    String year = f.year + "年基本支出";
    t.header(List.of("支出经济分类科目", "", year, "", ""), "支出经济分类科目 " + year);
    t.header(List.of("科目编码", "科目名称", "合计", "人员经费", "公用经费"), "科目编码 科目名称 合计 人员经费 公用经费");
    List<Facts.SubjectRow> rows = Facts.rows(f.economic("B6"));
    BigDecimal personnel = f.table("B6", Measure.PERSONNEL_COST);
    BigDecimal common = f.table("B6", Measure.PUBLIC_COST);
    BigDecimal sum = null;
    for (Facts.SubjectRow r : rows) {
      if (r.code().length() == 3 && r.cells().get("total") != null) {
        sum = sum == null ? r.cells().get("total") : sum.add(r.cells().get("total"));
      }
    }
    if (sum == null && personnel != null && common != null) {
      sum = personnel.add(common);
    }
    t.rows.add(Row.data(total("合计"), empty(), cell(sum), cell(personnel), cell(common)));
    for (Facts.SubjectRow r : rows) {
      t.rows.add(Row.data(code(r.code()), name(r.name()), cell(r.cells().get("total")),
          cell(r.cells().get("personnel")), cell(r.cells().get("public"))));
    }
    return t;
  }

  private static Cell cell(BigDecimal v) {
    return v == null ? empty() : amount(Num.table(v));
  }

  /**
   * The subjects a final table lists, in code order (a class before its sections): the template
   * classes with their catalog sections, and every subject the report has a figure for.
   */
  private static Map<String, Entry> entries(Facts f, String table, Predicate<String> sectionsOf, List<String> classes) {
    SubjectCatalog catalog = SubjectCatalog.economic();
    Map<String, Entry> out = new TreeMap<>();
    for (String cls : classes) {
      catalog.byCode(cls).ifPresent(s -> out.put(s.code(), new Entry(s.code(), s.name(), null)));
      if (sectionsOf.test(cls) && (table.equals("F06") || cls.equals("302"))) {
        for (Subject s : catalog.children(cls)) {
          out.put(s.code(), new Entry(s.code(), s.name(), null));
        }
      }
    }
    for (SubjectFact s : f.economic(table)) {
      if (s.measure().equals("amount")) {
        out.put(s.subjectCode(), new Entry(s.subjectCode(), s.subjectName(), s.amount()));
      }
    }
    return out;
  }
}
