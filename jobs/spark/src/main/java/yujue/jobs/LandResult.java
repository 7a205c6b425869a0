package yujue.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * What a land run did. {@code runId} is null when the run committed nothing (nothing new landed
 * and no input was newly quarantined): such a run changes nothing in the warehouse. {@code record}
 * is the run report, committed or not. {@code phases} are the seconds each step took, in order:
 * plan (list and hash the inputs, read the run records), parse (into the run's staging area),
 * write (each table in the warehouse layout), commit (renames, dimensions, record, views).
 */
public record LandResult(String runId, RunRecord record, double seconds, Map<String, Double> phases) {

  public boolean committed() {
    return runId != null;
  }

  public int inputs() {
    return record.inputs();
  }

  public int landed() {
    return record.landed();
  }

  public int alreadyLanded() {
    return record.skippedAlreadyLanded();
  }

  public List<RunRecord.Quarantined> quarantined() {
    return record.quarantined();
  }

  public long facts() {
    return record.facts();
  }

  public long findings() {
    return record.findings();
  }

  public String summary() {
    return String.format(Locale.ROOT,
        "landed %d reports (%d already landed, %d quarantined) · %d facts · %d findings · %.1fs (%s)%s",
        landed(), alreadyLanded(), quarantined().size(), facts(), findings(), seconds, phaseSummary(),
        record.leftoversRemoved() > 0 ? " · removed " + record.leftoversRemoved() + " leftover files of killed runs" : "");
  }

  private String phaseSummary() {
    StringBuilder sb = new StringBuilder();
    phases.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k)
        .append(String.format(Locale.ROOT, " %.1fs", v)));
    return sb.toString();
  }

  /** One line per quarantined file, then the summary. */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    for (RunRecord.Quarantined q : quarantined()) {
      lines.add("quarantined " + q.sourceFile() + ": " + q.reason());
    }
    lines.add(summary());
    return lines;
  }
}
