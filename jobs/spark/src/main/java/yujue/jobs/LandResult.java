package yujue.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a land run did. {@code runId} is null when nothing new landed: such a run writes nothing,
 * not even a commit record.
 */
public record LandResult(
    String runId, int inputs, int landed, int alreadyLanded, List<RunRecord.Quarantined> quarantined,
    long facts, long findings, double seconds) {

  public boolean committed() {
    return runId != null;
  }

  public String summary() {
    return String.format(Locale.ROOT, "landed %d reports (%d already landed, %d quarantined) · %d facts · %d findings · %.1fs",
        landed, alreadyLanded, quarantined.size(), facts, findings, seconds);
  }

  /** One line per quarantined file, then the summary. */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    for (RunRecord.Quarantined q : quarantined) {
      lines.add("quarantined " + q.sourceFile() + ": " + q.reason());
    }
    lines.add(summary());
    return lines;
  }
}
