package yujue.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import yujue.parse.layout.Line;
import yujue.parse.layout.TableBlock;
import yujue.parse.layout.Text;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Provenance;
import yujue.parse.model.SubjectFact;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;

/**
 * Tables by economic subject: 06 (printed in two or three side-by-side groups of code, name,
 * amount, with 人员经费合计 / 公用经费合计 below), 10 (机关运行经费) and budget 6 (合计, 人员经费,
 * 公用经费 per subject). Lines are read as a token stream, not by cell position, because the
 * converters shift cells; a number is the next group's code only when the catalog name follows it.
 */
public final class EconomicTableParser {


  private EconomicTableParser() {}

  public static boolean handles(TableKind k) {
    return k == TableKind.F06 || k == TableKind.F10 || k == TableKind.B6;
  }

  /** One code-name-amounts group as read; {@code known} when its code is in the catalog. */
  private record Group(String code, String name, List<BigDecimal> amounts, boolean repaired, boolean known, int line) {}

  public static void parse(TableBlock block, ParseContext ctx) {
    String table = block.kind().code();
    SubjectCatalog catalog = SubjectCatalog.economic();
    Set<String> classesSeen = new HashSet<>();
    int repairedCodes = 0;
    String firstRepair = null;
    for (Line line : block.lines()) {
      List<Tok> toks = Tok.of(line);
      for (int i = 0; i < toks.size(); i++) {
        Tok t = toks.get(i);
        if (!t.isNumber()) {
          i = totals(toks, i, ctx, table, line.number());
          continue;
        }
        if (!isCode(toks, i, catalog)) {
          continue;
        }
        int j = i + 1;
        while (j < toks.size() && !toks.get(j).isNumber()) {
          j++;
        }
        String name = joined(toks, i + 1, j);
        List<BigDecimal> amounts = new ArrayList<>();
        while (j < toks.size() && toks.get(j).isNumber() && !isCode(toks, j, catalog)) {
          amounts.add(toks.get(j).number());
          j++;
        }
        // a code right after a name, then a gap before its own name: the row slid one cell left
        if (amounts.isEmpty() && line.tabbed() && j + 1 < toks.size()
            && toks.get(j).cell() == toks.get(j - 1).cell() + 1 && toks.get(j + 1).cell() == toks.get(j).cell() + 2) {
          ctx.finding("CELL_SHIFT_REPAIRED", Severity.INFO, table + " " + t.text() + " " + name + ": its amount cell holds "
              + toks.get(j).text() + ", the code of the next subject (" + toks.get(j + 1).text()
              + "); the cells are shifted, so the amount is read as blank", null, null, table, line.number());
        }
        Group g = resolve(t.text(), Text.fullWidthPunct(Text.compact(name)), amounts, classesSeen, catalog,
            line.number());
        if (!g.known()) {
          ctx.finding("UNKNOWN_SUBJECT_CODE", Severity.INFO, "economic subject " + g.code() + " " + g.name() + " of "
              + table + " is not in the subject catalog; landed as printed", null, null, table, line.number());
        }
        if (g.repaired()) {
          repairedCodes++;
          firstRepair = firstRepair == null ? t.text() + " " + g.name() + " -> " + g.code() : firstRepair;
        }
        emit(g, block.kind(), ctx, table);
        i = j - 1;
      }
    }
    if (repairedCodes > 0) {
      ctx.finding("CODE_TRUNCATED_REPAIRED", Severity.INFO, "table " + table + " prints only the class code on "
          + repairedCodes + " rows (e.g. " + firstRepair + "); their codes were repaired from the subject names",
          null, null, table, block.titleLine());
    }
  }

  /** The texts of tokens {@code from} to {@code to} run together; a name is most often a single token, returned as it is. */
  private static String joined(List<Tok> toks, int from, int to) {
    if (to - from == 1) {
      return toks.get(from).text();
    }
    StringBuilder name = new StringBuilder();
    for (int k = from; k < to; k++) {
      name.append(toks.get(k).text());
    }
    return name.toString();
  }

  /** Three or five ASCII digits, the first a 3 (the regex 3\\d{2}(\\d{2})?). */
  private static boolean economicCode(String s) {
    if (s.length() != 3 && s.length() != 5 || s.charAt(0) != '3') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A plain 3- or 5-digit number starting with 3, followed by a name: an economic subject code. */
  private static boolean isCode(List<Tok> toks, int i, SubjectCatalog catalog) {
    Tok t = toks.get(i);
    if (!t.isPlainInteger() || !economicCode(t.text())) {
      return false;
    }
    if (i + 1 >= toks.size() || toks.get(i + 1).isNumber()) {
      return false;
    }
    if (i == 0 || toks.get(i - 1).isNumber()) {
      return true;
    }
    return nameFollows(toks, i, catalog); // after a name, a bare number is its amount unless the catalog name follows
  }

  /** The catalog name of this code follows it, or (a section code cut to its class) one of its children's. */
  private static boolean nameFollows(List<Tok> toks, int i, SubjectCatalog catalog) {
    String code = toks.get(i).text();
    Optional<Subject> s = catalog.byCode(code);
    if (s.isPresent() && SubjectNames.startsWith(s.get().name(), toks.get(i + 1).text())) {
      return true;
    }
    return code.length() == 3 && catalog.childByName(code, toks.get(i + 1).text()).isPresent();
  }

  /** Codes cut to the class (linxia prints "301 基本工资") are mended from the name. */
  private static Group resolve(String code, String name, List<BigDecimal> amounts, Set<String> classesSeen,
      SubjectCatalog catalog, int line) {
    Optional<Subject> s = catalog.byCode(code);
    // only a class code (3 digits) can stand for one of its sections, so only there is the name compared
    if (code.length() == 3 && (!isClassName(s, name) || !classesSeen.add(code))) {
      Optional<Subject> child = catalog.childByName(code, name);
      if (child.isPresent()) {
        return new Group(child.get().code(), child.get().name(), amounts, true, true, line);
      }
    }
    return new Group(code, name, amounts, false, s.isPresent(), line);
  }

  /** Whether the subject (of a class code) is named {@code name}: the class row itself, not a section cut to it. */
  private static boolean isClassName(Optional<Subject> s, String name) {
    return s.isPresent() && SubjectNames.same(s.get().name(), name);
  }

  private static final List<String> B6_COLUMNS = List.of("total", "personnel", "public");

  private static void emit(Group g, TableKind kind, ParseContext ctx, String table) {
    Provenance p = g.repaired() ? Provenance.repaired(table, g.line()) : Provenance.reported(table, g.line());
    if (kind != TableKind.B6) {
      if (!g.amounts().isEmpty()) {
        ctx.economicFacts.add(new SubjectFact(table, g.code(), g.name(), "amount", g.amounts().get(0), p));
      }
      return;
    }
    List<String> cols = new ArrayList<>();
    cols.add("total");
    if (g.amounts().size() == 3) {
      cols.addAll(B6_COLUMNS.subList(1, 3));
    } else if (g.amounts().size() == 2) {
      SubjectCatalog.economic().costKind(g.code()).ifPresent(cols::add);
    }
    for (int i = 0; i < cols.size() && i < g.amounts().size(); i++) {
      ctx.economicFacts.add(new SubjectFact(table, g.code(), g.name(), cols.get(i), g.amounts().get(i), p));
    }
  }

  /** 人员经费合计 / 公用经费合计 footers, the 合计 row; returns the index of the last token used. */
  private static int totals(List<Tok> toks, int i, ParseContext ctx, String table, int line) {
    if (i + 1 >= toks.size() || !toks.get(i + 1).isNumber()) {
      return i;
    }
    String text = Text.compact(toks.get(i).text());
    BigDecimal v = toks.get(i + 1).number();
    Provenance p = Provenance.reported(table, line);
    if (text.startsWith("人员经费")) {
      ctx.measures.add(new MeasureFact(ctx.fiscalYear, Measure.PERSONNEL_COST, v, p));
    } else if (text.startsWith("公用经费")) {
      ctx.measures.add(new MeasureFact(ctx.fiscalYear, Measure.PUBLIC_COST, v, p));
    } else if (text.equals("合计")) {
      if (table.equals("F10")) {
        ctx.measures.add(new MeasureFact(ctx.fiscalYear, Measure.OPERATING_COST, v, p));
      } else if (table.equals("B6")) {
        List<BigDecimal> vals = new ArrayList<>();
        for (int j = i + 1; j < toks.size() && toks.get(j).isNumber(); j++) {
          vals.add(toks.get(j).number());
        }
        if (vals.size() == 3) {
          ctx.measures.add(new MeasureFact(ctx.fiscalYear, Measure.PERSONNEL_COST, vals.get(1), p));
          ctx.measures.add(new MeasureFact(ctx.fiscalYear, Measure.PUBLIC_COST, vals.get(2), p));
        } else {
          ctx.finding("B6_TOTALS_INCOMPLETE", Severity.WARNING,
              "the 合计 row of budget table 6 does not print total, 人员经费 and 公用经费", null, null, table, line);
        }
        return i + vals.size();
      }
    } else {
      return i;
    }
    return i + 1;
  }
}
