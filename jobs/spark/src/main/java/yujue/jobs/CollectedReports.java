package yujue.jobs;

import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import yujue.jobs.ParseOutcome.Input;
import yujue.jobs.spark.SparkSchemas;
import yujue.warehouse.schema.Table;

/**
 * A small run's parsed reports, collected on the driver. Staging them costs a small run more than
 * parsing does: Spark jobs to write the staged file, to read what became of each input back and
 * to infer its schema, and code generated for its nested row encoder. Here each table is written
 * straight from the driver's rows, as {@link StagedReports} writes it.
 */
final class CollectedReports implements ParsedReports {

  private final SparkSession spark;
  private final List<ParseOutcome> parsed;

  private CollectedReports(SparkSession spark, List<ParseOutcome> parsed) {
    this.spark = spark;
    this.parsed = parsed;
  }

  /** Parses the inputs on the executors and collects what became of each, rows and all. */
  static CollectedReports parse(SparkSession spark, List<Input> inputs, String runId, Timestamp landedAt) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // every core parses, however few the reports: a small run's parse is mostly the parser warming up
    int tasks = Math.max(1, Math.min(inputs.size(), 4 * jsc.defaultParallelism()));
    LongAccumulator done = jsc.sc().longAccumulator("reports parsed");
    JavaRDD<ParseOutcome> outcomes = jsc.parallelize(inputs, tasks).map(in -> {
      ParseOutcome o = ParseOutcome.parse(in, runId, landedAt);
      done.add(1);
      Holds.at("parse");
      return o;
    });
    CompletableFuture<List<ParseOutcome>> collected = CompletableFuture.supplyAsync(outcomes::collect);
    ParseProgress.await(collected, done, inputs.size());
    return new CollectedReports(spark, collected.join());
  }

  @Override
  public List<ParseOutcome> outcomes() {
    return parsed.stream().map(ParseOutcome::withoutRows).toList();
  }

  @Override
  public void writeTables(Function<Table, String> dirOf) {
    List<Table> withRows = StagedReports.tables().stream()
        .filter(t -> parsed.stream().anyMatch(o -> o.landed() && !o.rows(t.name()).isEmpty()))
        .toList();
    StagedReports.writeSorted(withRows, this::rows, dirOf);
  }

  /**
   * The landed reports' rows of a table, in as many partitions (so files per year) as the staged
   * path gives a run of this size, and nullable as Spark reads the staged file back.
   */
  private Dataset<Row> rows(Table t) {
    List<Row> rows = parsed.stream().filter(ParseOutcome::landed)
        .flatMap(o -> o.rows(t.name()).stream())
        .map(SparkSchemas::toRow)
        .toList();
    long landed = parsed.stream().filter(ParseOutcome::landed).count();
    int files = (int) Math.min(spark.sparkContext().defaultParallelism(),
        (landed + StagedReports.REPORTS_PER_TASK - 1) / StagedReports.REPORTS_PER_TASK);
    return spark.createDataFrame(rows, SparkSchemas.nullable(t)).coalesce(Math.max(1, files));
  }
}
