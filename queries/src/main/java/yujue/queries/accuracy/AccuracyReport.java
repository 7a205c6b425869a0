package yujue.queries.accuracy;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yujue.queries.accuracy.Accuracy.Case;
import yujue.queries.accuracy.Accuracy.ReportScore;
import yujue.queries.accuracy.Accuracy.Summary;
import yujue.queries.accuracy.Accuracy.Tally;
import yujue.queries.accuracy.FigureMatch.Outcome;

/** The accuracy measurement as plain text: one table of slices, where the misses are, the worst cases. */
public final class AccuracyReport {

  private AccuracyReport() {}

  public static void print(Summary s, PrintWriter out, int worstReports) {
    Tally all = s.overall();
    out.printf(Locale.ROOT, "accuracy: %d reports in the truth, %d landed, %d with exact metadata (region, department,"
        + " year, kind, family)%n", s.reports(), s.landed(), s.metadataExact());
    if (!s.notLanded.isEmpty()) {
      out.println("  not landed: " + s.notLanded);
    }
    if (s.notInTruth > 0) {
      out.printf(Locale.ROOT, "  (%d landed documents are not in the truth and were left out)%n", s.notInTruth);
    }
    out.printf(Locale.ROOT, "figures: %d in the truth, %d landed exactly: %s%n", all.truth(), all.exact(),
        pct(all.accuracy()));
    out.printf(Locale.ROOT, "  wrong %d, missing %d (%d of them left NULL by the parser as ambiguous), extra %d;"
        + " accuracy = exact / (truth + extra)%n", all.wrong(), all.missing(), all.ambiguous(),
        all.extra());
    out.println();
    out.printf(Locale.ROOT, "%-22s %8s %10s %10s %7s %8s %7s %6s %9s%n", "", "reports", "figures", "exact", "wrong",
        "missing", "(ambig)", "extra", "accuracy");
    row(out, "overall", all);
    section(out, "by family", s.byFamily());
    section(out, "by damage kind", s.byDamage());
    section(out, "by report kind", s.byKind());
    out.println("by fact (reports: those with such figures)");
    for (Map.Entry<String, Tally> e : s.byFact().entrySet()) {
      row(out, "  " + e.getKey(), e.getValue());
    }
    List<Map.Entry<String, long[]>> places = Accuracy.places(s, 15);
    if (!places.isEmpty()) {
      out.println();
      out.println("where figures were missed (fact, table, measure): wrong / missing / ambiguous / extra");
      for (Map.Entry<String, long[]> p : places) {
        long[] c = p.getValue();
        out.printf(Locale.ROOT, "  %-50s %6d %6d %6d %6d%n", p.getKey(), c[Outcome.WRONG.ordinal()],
            c[Outcome.MISSING.ordinal()], c[Outcome.values().length], c[Outcome.EXTRA.ordinal()]);
      }
    }
    List<ReportScore> worst = s.worstReports(worstReports);
    if (!worst.isEmpty()) {
      out.println();
      out.println("worst reports");
      for (ReportScore r : worst) {
        out.printf(Locale.ROOT, "  %-34s %-8s %4d of %4d exact, %3d missed  %8s  damage: %s%s%n", r.report(), r.family(),
            r.exact(), r.truth(), r.misses(), pct(r.accuracy()), r.damage(), r.note().isEmpty() ? "" : "  (" + r.note() + ")");
      }
    }
    List<Case> cases = s.worstCases();
    if (!cases.isEmpty()) {
      out.println();
      out.println("worst cases (wrong first, by how far off; then missing and extra, ambiguous last)");
      out.printf(Locale.ROOT, "  %-34s %-8s %-8s %-52s %12s %12s%n", "report", "family", "outcome", "figure",
          "expected", "landed");
      for (Case c : cases) {
        out.printf(Locale.ROOT, "  %-34s %-8s %-8s %-52s %12s %12s%n", c.report(), c.family(),
            c.outcome() + (c.ambiguous() ? "*" : ""), c.figure(), text(c.expected()), text(c.landed()));
      }
      out.println("  (* left NULL by the parser: the table allowed more than one reading)");
    }
    out.flush();
  }

  private static void section(PrintWriter out, String title, Map<String, Tally> slices) {
    out.println(title);
    for (Map.Entry<String, Tally> e : slices.entrySet()) {
      row(out, "  " + e.getKey(), e.getValue());
    }
  }

  private static void row(PrintWriter out, String label, Tally t) {
    out.printf(Locale.ROOT, "%-22s %8d %10d %10d %7d %8d %7d %6d %9s%n", label, t.reports(), t.truth(), t.exact(),
        t.wrong(), t.missing(), t.ambiguous(), t.extra(), pct(t.accuracy()));
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.3f%%", v);
  }

  private static String text(BigDecimal v) {
    return v == null ? "-" : v.toPlainString();
  }
}
