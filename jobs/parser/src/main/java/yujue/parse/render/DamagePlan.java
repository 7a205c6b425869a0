package yujue.parse.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import yujue.parse.model.TextFamily;
import yujue.parse.render.Doc.Cell;
import yujue.parse.render.Doc.CellKind;
import yujue.parse.render.Doc.Row;
import yujue.parse.render.Doc.Table;
import yujue.parse.render.Rendering.Injected;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;

/**
 * Puts the requested damage into a laid-out report, at spots chosen by the seed, and only where
 * the report itself lets a reader mend it: a truncated code whose subject the parent and the name
 * still identify, a cut name the catalog still completes, a split number the identities or the
 * narrative pin down. Every spot is logged.
 */
final class DamagePlan {

  private final Set<Damage> damage;
  private final TextFamily family;
  private final Random rng;
  final List<Injected> log = new ArrayList<>();

  DamagePlan(Set<Damage> damage, TextFamily family, long seed) {
    this.damage = damage;
    this.family = family;
    this.rng = new Random(seed);
  }

  /** What separates two cells in the text. */
  private String sep() {
    return family == TextFamily.FLOWING ? " " : "\t";
  }

  boolean has(Damage d) {
    return damage.contains(d);
  }

  /** Function tables whose rows may be cut, wrapped or truncated. */
  private static final Set<String> SUBJECT_TABLES = Set.of("F02", "F03", "F05", "B3", "B5");
  /** Where 7-digit codes lose their last digit (tables 02/03 and budget 3). */
  private static final Set<String> TRUNCATED_FUNCTION = Set.of("F02", "F03", "B3");
  private static final Set<String> TRUNCATED_ECONOMIC = Set.of("F06", "B6");

  void apply(Doc doc) {
    List<Table> tables = doc.tables();
    Set<Row> touched = new HashSet<>();
    if (has(Damage.CUT_NAME)) {
      cutNames(tables, touched);
    }
    if (has(Damage.TRUNCATED_CODE)) {
      truncateCodes(tables);
    }
    if (has(Damage.WRAPPED_NAME)) {
      wrapNames(tables, touched);
    }
    if (has(Damage.SPLIT_NUMBER)) {
      new NumberSplitter(family, rng, log).split(tables);
    }
    if (has(Damage.REPEATED_HEADER)) {
      repeatHeader(tables);
    }
  }

  /** Subject lines whose code is in the function catalog under the printed name. */
  private static List<Row> catalogRows(List<Table> tables, Set<String> codes) {
    List<Row> out = new ArrayList<>();
    for (Table t : tables) {
      if (!codes.contains(t.code)) {
        continue;
      }
      for (Row r : t.rows) {
        int n = r.nameCell();
        if (r.data && n > 0 && r.cells.get(0).kind == CellKind.CODE) {
          Optional<Subject> s = SubjectCatalog.function().byCode(r.cells.get(0).text);
          if (s.isPresent() && SubjectCatalog.normalizeName(s.get().name()).equals(r.cells.get(n).text)) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  private String tableOf(List<Table> tables, Row row) {
    return tables.stream().filter(t -> t.rows.contains(row)).map(t -> t.code).findFirst().orElse(null);
  }

  /** One or two names lose their last one or two characters; at least four remain, as the catalog needs. */
  private void cutNames(List<Table> tables, Set<Row> touched) {
    List<Row> rows = new ArrayList<>(catalogRows(tables, SUBJECT_TABLES));
    rows.removeIf(r -> r.cells.get(1).text.length() < 7);
    Collections.shuffle(rows, rng);
    for (Row r : rows.subList(0, Math.min(rows.size(), 1 + rng.nextInt(2)))) {
      Cell name = r.cells.get(1);
      String full = name.text;
      name.text = full.substring(0, full.length() - 1 - rng.nextInt(2));
      touched.add(r);
      log.add(new Injected(Damage.CUT_NAME, tableOf(tables, r), r.cells.get(0).text + sep() + name.text, full));
    }
  }

  /**
   * Every 7-digit code of tables 02/03 that its parent and (possibly cut) name still identify loses
   * its last digit; every economic section code of table 06 becomes its class code.
   */
  private void truncateCodes(List<Table> tables) {
    SubjectCatalog fn = SubjectCatalog.function();
    SubjectCatalog econ = SubjectCatalog.economic();
    for (Table t : tables) {
      boolean function = TRUNCATED_FUNCTION.contains(t.code);
      if (!function && !TRUNCATED_ECONOMIC.contains(t.code)) {
        continue;
      }
      for (Row r : t.rows) {
        for (int i = 0; i + 1 < r.cells.size(); i++) {
          Cell code = r.cells.get(i);
          Cell name = r.cells.get(i + 1);
          if (code.kind != CellKind.CODE || name.kind != CellKind.NAME) {
            continue;
          }
          String c = code.text;
          String cut = function ? (c.length() == 7 ? c.substring(0, 6) : null) : (c.length() == 5 ? c.substring(0, 3) : null);
          if (cut == null) {
            continue;
          }
          String full = name.text + (r.wrapTail == null ? "" : r.wrapTail);
          Optional<Subject> s = function ? fn.childByName(c.substring(0, 5), full) : econ.childByName(cut, full);
          if (s.isPresent() && s.get().code().equals(c)) {
            code.text = cut;
            log.add(new Injected(Damage.TRUNCATED_CODE, t.code, cut + sep() + name.text.substring(0, 2), c));
          }
        }
      }
    }
  }

  /** One or two long names wrap: the last characters go to a line of their own. */
  private void wrapNames(List<Table> tables, Set<Row> touched) {
    List<Row> rows = new ArrayList<>();
    for (Table t : tables) {
      if (SUBJECT_TABLES.contains(t.code)) {
        for (Row r : t.rows) {
          int n = r.nameCell();
          if (r.data && n > 0 && !touched.contains(r) && r.cells.get(n).text.length() >= 12) {
            rows.add(r);
          }
        }
      }
    }
    Collections.shuffle(rows, rng);
    int wanted = 1 + rng.nextInt(2);
    for (Row r : rows) {
      if (wanted == 0) {
        break;
      }
      Cell name = r.cells.get(r.nameCell());
      int at = name.text.length() - 2 - rng.nextInt(3);
      String tail = name.text.substring(at);
      if (tail.matches(".*(项目|科目|栏次|单位|功能分类).*") || tail.startsWith("部门") || tail.startsWith("注")) {
        continue;
      }
      String full = name.text;
      name.text = full.substring(0, at);
      r.wrapTail = tail;
      wanted--;
      // the name's head ends its line; the next line starts with the tail (after the empty code cell)
      String printed = name.text + "\n" + (family == TextFamily.FLOWING ? "\n" : "\t".repeat(r.nameCell())) + tail;
      log.add(new Injected(Damage.WRAPPED_NAME, tableOf(tables, r), printed, full));
    }
  }

  /** A long table breaks over a page; the header is printed again at the top of the second page. */
  private void repeatHeader(List<Table> tables) {
    List<Table> long_ = new ArrayList<>(tables.stream().filter(t -> t.dataRows() >= 15).toList());
    if (long_.isEmpty()) {
      return;
    }
    Table t = long_.get(rng.nextInt(long_.size()));
    int rows = t.rows.size();
    t.repeatHeaderAt = rows / 2 + rng.nextInt(Math.max(1, rows / 4));
    String last = family == TextFamily.FLOWING ? t.flowHeader.get(t.flowHeader.size() - 1)
        : String.join("\t", t.tabHeader.get(t.tabHeader.size() - 1));
    log.add(new Injected(Damage.REPEATED_HEADER, t.code, last, t.title));
  }
}
