package yujue.parse.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import yujue.parse.ReportParser;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Origin;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;
import yujue.parse.text.SourceDocument;

/** The sample reports from the test classpath, parsing, and the facts of a parse in a comparable form. */
final class Reports {

  static final String HAIDONG_FINAL = "2024-final-haidong-government-office.txt";
  static final String XINING_FINAL = "2024-final-xining-chengzhong-government-office.txt";
  static final String LINXIA_FINAL = "2024-final-linxia-government-office.txt";
  static final String HAIDONG_BUDGET = "2023-budget-haidong-government-office.txt";
  static final List<String> SAMPLES = List.of(HAIDONG_FINAL, XINING_FINAL, LINXIA_FINAL, HAIDONG_BUDGET);

  private Reports() {}

  static ParsedReport sample(String name) {
    try (InputStream in = Reports.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sample not on the test classpath: " + name);
      }
      return ReportParser.parse(SourceDocument.of(name, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedReport parse(String name, String text) {
    return ReportParser.parse(SourceDocument.of(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Every fact as "kind,table,code,measure,year,amount" (provenance origin and line left out; table
   * is the table code, or narrative / derived), and each execution sentence as "execution,code,
   * 年初预算,决算,完成%"; sorted, duplicates kept.
   */
  static List<String> facts(ParsedReport r) {
    List<String> out = new ArrayList<>();
    int year = r.meta().fiscalYear() == null ? 0 : r.meta().fiscalYear();
    for (SubjectFact f : r.functionFacts()) {
      out.add(key("function", f.tableCode(), f.subjectCode(), f.measure(), year, f.amount()));
    }
    for (SubjectFact f : r.economicFacts()) {
      out.add(key("economic", f.tableCode(), f.subjectCode(), f.measure(), year, f.amount()));
    }
    for (MeasureFact m : r.measures()) {
      out.add(key("measure", table(m.provenance().origin(), m.provenance().tableCode()), "", m.measure(),
          m.aboutYear(), m.amount()));
    }
    for (SanggongFact s : r.sanggong()) {
      out.add(key("sanggong", table(s.provenance().origin(), s.provenance().tableCode()), "",
          s.basis().id() + "." + s.part().id(), s.aboutYear(), s.amount()));
    }
    for (ExecutionFact e : r.executions()) {
      out.add(String.join(",", "execution", String.valueOf(e.subjectCode()), String.valueOf(e.budgetInitial()),
          String.valueOf(e.finalAmount()), String.valueOf(e.executionPct())));
    }
    out.sort(null);
    return out;
  }

  /** region, department, year, kind. */
  static String meta(ParsedReport r) {
    return r.meta().regionCode() + " " + r.meta().departmentName() + " " + r.meta().fiscalYear() + " "
        + r.meta().docKind();
  }

  private static String table(Origin origin, String tableCode) {
    return tableCode != null ? tableCode : origin == Origin.DERIVED ? "derived" : "narrative";
  }

  private static String key(String kind, String table, String code, String measure, int year, BigDecimal amount) {
    return String.join(",", kind, table, code, measure, Integer.toString(year), amount.setScale(2).toPlainString());
  }

  /** What one list has that the other lacks, counting duplicates: "missing" (in a, not b) and "extra". */
  static Map<String, List<String>> diff(List<String> a, List<String> b) {
    List<String> missing = new ArrayList<>(a);
    for (String s : b) {
      missing.remove(s);
    }
    List<String> extra = new ArrayList<>(b);
    for (String s : a) {
      extra.remove(s);
    }
    Map<String, List<String>> d = new TreeMap<>();
    d.put("missing", missing);
    d.put("extra", extra);
    return d;
  }
}
