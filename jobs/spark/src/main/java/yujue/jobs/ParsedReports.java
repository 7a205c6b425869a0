package yujue.jobs;

import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import yujue.jobs.ParseOutcome.Input;
import yujue.warehouse.schema.Table;

/** A run's reports, each parsed once on the executors: what became of each input, and its rows to write. */
interface ParsedReports {

  /**
   * Runs of at most this many reports (system property yujue.land.collectReports) keep their rows
   * on the driver instead of staging them: a few hundred thousand rows, and several Spark jobs
   * fewer, which is most of a small run's time.
   */
  int COLLECT_REPORTS = 2000;

  /** What became of each input, without its rows. */
  List<ParseOutcome> outcomes();

  /** Writes the landed reports' rows of every per-document table under {@code dirOf(table)}. */
  void writeTables(Function<Table, String> dirOf);

  /** Parses the inputs; a large run stages its reports under {@code stagingPath}. */
  static ParsedReports parse(SparkSession spark, List<Input> inputs, String runId, Timestamp landedAt,
      String stagingPath) {
    if (inputs.size() <= Integer.getInteger("yujue.land.collectReports", COLLECT_REPORTS)) {
      return CollectedReports.parse(spark, inputs, runId, landedAt);
    }
    StagedReports staged = new StagedReports(spark, stagingPath);
    staged.parse(inputs, runId, landedAt);
    return staged;
  }
}
