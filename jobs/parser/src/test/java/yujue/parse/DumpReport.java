package yujue.parse;

import java.nio.file.Path;
import yujue.parse.model.ParsedReport;
import yujue.parse.text.SourceDocument;

/** Prints everything parsed from a report: {@code java ... yujue.parse.DumpReport FILE}. A debugging aid. */
public final class DumpReport {

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      ParsedReport r = ReportParser.parse(SourceDocument.read(Path.of(a)));
      System.out.println("== " + a + " " + r.meta() + " family=" + r.family());
      r.measures().forEach(m -> System.out.println("M " + m.aboutYear() + " " + m.measure() + " = " + m.amount()
          + " " + m.provenance()));
      r.sanggong().forEach(s -> System.out.println("S " + s.aboutYear() + " " + s.basis() + " " + s.part() + " = "
          + s.amount() + " " + s.sourceId() + " " + s.provenance()));
      r.functionFacts().forEach(f -> System.out.println("F " + f.tableCode() + " " + f.subjectCode() + " "
          + f.subjectName() + " " + f.measure() + " = " + f.amount() + " " + f.provenance().origin()));
      r.economicFacts().forEach(f -> System.out.println("E " + f.tableCode() + " " + f.subjectCode() + " "
          + f.subjectName() + " " + f.measure() + " = " + f.amount() + " " + f.provenance().origin()));
      r.executions().forEach(e -> System.out.println("X " + e));
      r.findings().forEach(f -> System.out.println("! " + f));
    }
  }
}
