package yujue.jobs;

import java.util.List;

/**
 * The commit record of a land run, written as {@code _yujue/runs/<run_id>.json} once all its rows
 * are in place. Views show only rows whose run has one, so a killed run stays invisible. The same
 * record is the run report ({@code land --report FILE}), which every run writes whether or not it
 * commits. Every input is accounted for: {@code inputs = landed + skipped_already_landed +
 * quarantined.size()}.
 */
public record RunRecord(
    String runId, String startedAt, String finishedAt, String master, String parserVersion,
    int inputs, int landed, int skippedAlreadyLanded, List<Quarantined> quarantined,
    long facts, long findings, int leftoversRemoved, List<InputOutcome> outcomes) {

  public static final String LANDED = "landed";
  public static final String ALREADY_LANDED = "already_landed";
  public static final String QUARANTINED = "quarantined";

  public RunRecord {
    if (inputs != landed + skippedAlreadyLanded + quarantined.size() || inputs != outcomes.size()) {
      throw new IllegalStateException("run " + runId + " does not account for every input: " + inputs + " inputs, "
          + landed + " landed, " + skippedAlreadyLanded + " already landed, " + quarantined.size() + " quarantined, "
          + outcomes.size() + " outcomes");
    }
  }

  public record Quarantined(String sourceFile, String sha256, String reason) {}

  /** One input of the run; status landed | already_landed | quarantined. */
  public record InputOutcome(
      String sourceFile, String sha256, String docId, String status, int facts, int findings, String reason) {}
}
