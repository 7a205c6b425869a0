package yujue.jobs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import yujue.parse.layout.Line;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.TableBlock;
import yujue.parse.model.DocKind;
import yujue.parse.tables.TableKind;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.Type;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * What the land job checks around the parser: a file holding more than one report (quarantined),
 * a report that looks cut off (findings), and rows the warehouse cannot store (left out, with a
 * finding), so that one damaged file can never fail the writes of a whole batch.
 */
final class ReportChecks {

  private ReportChecks() {}

  /** Finding ids the land job adds (besides the parser's). */
  static final String TABLES_MISSING = "TABLES_MISSING";
  static final String TEXT_ENDS_IN_TABLE = "TEXT_ENDS_IN_TABLE";
  static final String VALUE_OUT_OF_RANGE = "VALUE_OUT_OF_RANGE";

  /** Tables every final report publishes (公开01-06, 09), and every budget (部门公开表1-7). */
  static final List<String> FINAL_CORE = List.of("F01", "F02", "F03", "F04", "F05", "F06", "F09");
  static final List<String> BUDGET_CORE = List.of("B1", "B2", "B3", "B4", "B5", "B6", "B7");

  private static final Pattern AMOUNT = Pattern.compile("\\d\\.\\d\\d");
  private static final int TABLE_LOOKAHEAD = 40;

  /**
   * Where a file holds two or more reports: the lines where each report's summary table
   * (收入支出决算总表 / 收支总表) starts, counting only titles followed by figures (a table of
   * contents names the table too). Empty for one report.
   */
  static Optional<String> moreThanOneReport(List<Line> lines) {
    List<Integer> starts = new ArrayList<>();
    String title = null;
    for (int i = 0; i < lines.size(); i++) {
      Optional<TableKind> k = TableKind.byTitle(lines.get(i));
      if (k.isEmpty() || k.get().number != 1) {
        continue;
      }
      int amounts = 0;
      for (int j = i + 1; j < Math.min(lines.size(), i + TABLE_LOOKAHEAD); j++) {
        if (TableKind.byTitle(lines.get(j)).isPresent()) {
          break; // a contents entry: the figures below belong to the next title
        }
        if (AMOUNT.matcher(lines.get(j).text()).find()) {
          amounts++;
        }
      }
      if (amounts >= 3) {
        starts.add(lines.get(i).number());
        title = title == null ? k.get().titles.get(0) : title;
      }
    }
    if (starts.size() < 2) {
      return Optional.empty();
    }
    return Optional.of("two reports: the file holds " + starts.size() + " reports (a " + title
        + " starts at lines " + starts.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow()
        + "); split it into one file per report and land those");
  }

  /** A finding row's middle part: rule, severity, message, expected, actual, table, line. */
  record Finding(String ruleId, String severity, String message, String tableCode, Integer line) {}

  /**
   * Findings on a report that looks cut off: a core table with no figure read, or a text that
   * ends inside a table (every report follows its tables with notes or the narrative).
   */
  static List<Finding> truncation(ReportLayout layout, DocKind kind, Set<String> tablesRead) {
    List<Finding> out = new ArrayList<>();
    List<String> missing = new ArrayList<>(kind == DocKind.BUDGET ? BUDGET_CORE : FINAL_CORE);
    missing.removeAll(tablesRead);
    if (!missing.isEmpty() && !tablesRead.isEmpty()) {
      out.add(new Finding(TABLES_MISSING, "warning", "no figure was read from table(s) " + String.join(", ", missing)
          + ", which every " + (kind == DocKind.BUDGET ? "budget" : "final") + " report publishes: the text may be cut "
          + "off, or those tables damaged", null, null));
    }
    if (!layout.tables().isEmpty() && !layout.lines().isEmpty()) {
      TableBlock last = layout.tables().get(layout.tables().size() - 1);
      int lastLine = layout.lines().get(layout.lines().size() - 1).number();
      boolean inTable = last.lines().stream().anyMatch(l -> l.number() == lastLine) || last.titleLine() == lastLine;
      if (inTable) {
        out.add(new Finding(TEXT_ENDS_IN_TABLE, "warning", "the text ends inside table " + last.kind().code()
            + " (line " + lastLine + "), with no notes or narrative after it: the report looks cut off",
            last.kind().code(), lastLine));
      }
    }
    return out;
  }

  /** Table codes of the rows, from every table that has a table_code column. */
  static Set<String> tablesRead(Map<String, List<Object[]>> rows) {
    Set<String> codes = new TreeSet<>();
    for (Table t : WarehouseSchema.FACT_TABLES) {
      int at = t.columnNames().indexOf("table_code");
      if (at < 0 || t.name().equals(WarehouseSchema.FINDINGS.name())) {
        continue;
      }
      for (Object[] row : rows.getOrDefault(t.name(), List.of())) {
        if (row[at] != null) {
          codes.add(row[at].toString());
        }
      }
    }
    return codes;
  }

  /**
   * The rows with every fact the warehouse cannot store left out (a number too large for its
   * DECIMAL column: garbled digits), each replaced by a finding, and {@code extra} findings
   * appended; the document row's fact and finding counts follow. A required column left empty
   * is a parser bug, thrown as such.
   */
  static Map<String, List<Object[]>> guard(Map<String, List<Object[]>> rows, List<Finding> extra) {
    Map<String, List<Object[]>> out = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>(extra);
    int dropped = 0;
    for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
      Table t = table(e.getKey());
      List<Object[]> kept = new ArrayList<>(e.getValue().size());
      for (Object[] row : e.getValue()) {
        String problem = problem(t, row);
        if (problem == null) {
          kept.add(row);
        } else if (t.name().equals(WarehouseSchema.FINDINGS.name())) {
          kept.add(clearAmounts(t, row));
        } else if (t.name().equals(WarehouseSchema.DOCUMENTS.name())) {
          throw new IllegalStateException("the document row cannot be stored: " + problem);
        } else {
          dropped++;
          Integer line = value(t, row, "source_line") instanceof Integer i ? i : null;
          Object code = t.columnNames().contains("table_code") ? value(t, row, "table_code") : null;
          findings.add(new Finding(VALUE_OUT_OF_RANGE, "error", problem + ": the figure is garbled; it was left out",
              code == null ? null : code.toString(), line));
        }
      }
      out.put(e.getKey(), kept);
    }
    if (dropped == 0 && findings.isEmpty()) {
      return out;
    }
    Table docs = WarehouseSchema.DOCUMENTS;
    Object[] doc = out.get(docs.name()).get(0).clone();
    List<Object[]> findingRows = new ArrayList<>(out.getOrDefault(WarehouseSchema.FINDINGS.name(), List.of()));
    for (Finding f : findings) {
      findingRows.add(findingRow(doc, f));
    }
    out.put(WarehouseSchema.FINDINGS.name(), findingRows);
    set(docs, doc, "fact_count", (Integer) value(docs, doc, "fact_count") - dropped);
    set(docs, doc, "finding_count", (Integer) value(docs, doc, "finding_count") + findings.size());
    out.put(docs.name(), List.<Object[]>of(doc));
    return out;
  }

  /** A fct_finding row keyed like the document row (doc_id, run_id, fiscal_year, region_code). */
  private static Object[] findingRow(Object[] doc, Finding f) {
    Table docs = WarehouseSchema.DOCUMENTS;
    Table t = WarehouseSchema.FINDINGS;
    Object[] row = new Object[t.columns().size()];
    for (String key : List.of("doc_id", "run_id", "fiscal_year", "region_code")) {
      set(t, row, key, value(docs, doc, key));
    }
    set(t, row, "rule_id", f.ruleId());
    set(t, row, "severity", f.severity());
    set(t, row, "message", f.message());
    set(t, row, "table_code", f.tableCode());
    set(t, row, "source_line", f.line());
    return row;
  }

  /** Why the row cannot be stored, or null. */
  private static String problem(Table t, Object[] row) {
    if (row.length != t.columns().size()) {
      throw new IllegalStateException(t.name() + " row has " + row.length + " values for " + t.columns().size() + " columns");
    }
    for (int i = 0; i < row.length; i++) {
      Column c = t.columns().get(i);
      if (row[i] == null) {
        if (!c.nullable()) {
          throw new IllegalStateException(t.name() + " row has no value for its required column " + c.name());
        }
        continue;
      }
      if (c.type().kind() == Type.Kind.DECIMAL && row[i] instanceof BigDecimal d && !fits(d, c.type())) {
        return String.format("%s %s does not fit %s", c.name(), d.toPlainString(), c.type().sql());
      }
    }
    return null;
  }

  private static Object[] clearAmounts(Table t, Object[] row) {
    Object[] r = row.clone();
    for (int i = 0; i < r.length; i++) {
      Column c = t.columns().get(i);
      if (c.type().kind() == Type.Kind.DECIMAL && r[i] instanceof BigDecimal d && !fits(d, c.type())) {
        r[i] = null;
      }
    }
    return r;
  }

  /** Whether the integer digits fit DECIMAL(p, s) (extra decimals are rounded by the writer). */
  static boolean fits(BigDecimal d, Type type) {
    int integerDigits = d.precision() - d.scale();
    return integerDigits <= type.precision() - type.scale();
  }

  private static Table table(String name) {
    return WarehouseSchema.all().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no table " + name));
  }

  private static Object value(Table t, Object[] row, String column) {
    return row[t.columnNames().indexOf(column)];
  }

  private static void set(Table t, Object[] row, String column, Object v) {
    int at = t.columnNames().indexOf(column);
    if (at < 0) {
      throw new IllegalStateException(t.name() + " has no column " + column);
    }
    row[at] = v;
  }
}
