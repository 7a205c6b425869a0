package yujue.jobs;

import java.util.List;

/**
 * The commit record of a land run, written as {@code _yujue/runs/<run_id>.json} once all its rows
 * are in place. Views show only rows whose run has one, so a killed run stays invisible. The same
 * record is the run report ({@code land --report FILE}), which every run writes whether or not it
 * commits. Every input is accounted for: {@code inputs = landed + skipped_already_landed +
 * quarantined.size()}. The report lists every input in {@code outcomes}; the commit record lists
 * only those the run parsed ({@link #committed()}), since a daily run over a growing inbox would
 * otherwise write the whole inbox again each day (32 MB a run at 10^5 inputs), and every later run
 * and the quarantine view would read it.
 */
public record RunRecord(
    String runId, String startedAt, String finishedAt, String master, String parserVersion,
    int inputs, int landed, int skippedAlreadyLanded, List<Quarantined> quarantined,
    long facts, long findings, int leftoversRemoved, List<InputOutcome> outcomes) {

  public static final String LANDED = "landed";
  public static final String ALREADY_LANDED = "already_landed";
  public static final String QUARANTINED = "quarantined";

  public RunRecord {
    long parsed = outcomes.stream().filter(o -> !o.status().equals(ALREADY_LANDED)).count();
    boolean listsAll = outcomes.size() == inputs;
    if (inputs != landed + skippedAlreadyLanded + quarantined.size() || (!listsAll && parsed != outcomes.size())
        || parsed != landed + quarantined.size()) {
      throw new IllegalStateException("run " + runId + " does not account for every input: " + inputs + " inputs, "
          + landed + " landed, " + skippedAlreadyLanded + " already landed, " + quarantined.size() + " quarantined, "
          + outcomes.size() + " outcomes");
    }
  }

  /** The commit record: this one without the outcomes of inputs that had landed before (counted only). */
  public RunRecord committed() {
    return new RunRecord(runId, startedAt, finishedAt, master, parserVersion, inputs, landed, skippedAlreadyLanded,
        quarantined, facts, findings, leftoversRemoved,
        outcomes.stream().filter(o -> !o.status().equals(ALREADY_LANDED)).toList());
  }

  public record Quarantined(String sourceFile, String sha256, String reason) {}

  /** One input of the run; status landed | already_landed | quarantined. */
  public record InputOutcome(
      String sourceFile, String sha256, String docId, String status, int facts, int findings, String reason) {}
}
