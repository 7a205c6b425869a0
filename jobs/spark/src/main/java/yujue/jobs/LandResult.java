package yujue.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a land run did. {@code runId} is null when the run committed nothing (nothing new landed
 * and no input was newly quarantined): such a run changes nothing in the warehouse. {@code record}
 * is the run report, committed or not.
 */
public record LandResult(String runId, RunRecord record, double seconds) {

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
        "landed %d reports (%d already landed, %d quarantined) · %d facts · %d findings · %.1fs%s",
        landed(), alreadyLanded(), quarantined().size(), facts(), findings(), seconds,
        record.leftoversRemoved() > 0 ? " · removed " + record.leftoversRemoved() + " leftover files of killed runs" : "");
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
