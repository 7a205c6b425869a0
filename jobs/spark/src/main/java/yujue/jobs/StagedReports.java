package yujue.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import yujue.jobs.ParseOutcome.Input;
import yujue.jobs.spark.SparkSchemas;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * A large run's parsed reports in its staging area: {@code parsed}, one Parquet row per input with
 * what became of it and, nested, its rows of every per-document table. Each report is parsed once
 * (one pass over the inputs, nothing cached in memory); each table is then a projection of that
 * file, written in the warehouse's layout: partitioned by year, sorted by region and document.
 */
final class StagedReports implements ParsedReports {

  /** Reports per parse task below which fewer tasks are used: fewer, larger files per run. */
  static final int REPORTS_PER_TASK = 250;
  /** Row groups of about 8 MB: readers skip other regions' groups by their min/max statistics. */
  private static final long ROW_GROUP_BYTES = 8L << 20;
  /** Columns that order a table's rows after region and document, where the table has them. */
  private static final List<String> ROW_ORDER =
      List.of("table_code", "subject_code", "basis", "part", "measure", "about_year");

  private static final int CONCURRENT_WRITES = 4;

  private final SparkSession spark;
  private final String path;

  StagedReports(SparkSession spark, String path) {
    this.spark = spark;
    this.path = path;
  }

  /** The per-document tables, in the order of their nested columns. */
  static List<Table> tables() {
    List<Table> perDocument = new ArrayList<>();
    perDocument.add(WarehouseSchema.DOCUMENTS);
    perDocument.addAll(WarehouseSchema.FACT_TABLES);
    return perDocument;
  }

  /** Parses the inputs on the executors and writes their rows, nested, to {@code parsed}. */
  void parse(List<Input> inputs, String runId, Timestamp landedAt) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int tasks = Math.max(1, Math.min((inputs.size() + REPORTS_PER_TASK - 1) / REPORTS_PER_TASK,
        4 * jsc.defaultParallelism()));
    LongAccumulator done = jsc.sc().longAccumulator("reports parsed");
    JavaRDD<Row> reports = jsc.parallelize(inputs, tasks).map(in -> {
      ParseOutcome o = ParseOutcome.parse(in, runId, landedAt);
      done.add(1);
      Holds.at("parse");
      return o.toRow(tables()); // tables are not serializable: each task looks them up
    });
    Dataset<Row> df = spark.createDataFrame(reports, SparkSchemas.reports(tables()));
    // the write runs beside the progress bar, which follows the accumulator
    // scratch, read back once per table: cheap encodings (no dictionaries, snappy) save the parse tasks CPU
    ParseProgress.await(CompletableFuture.runAsync(() -> writer(df)
        .option("compression", "snappy")
        .option("parquet.enable.dictionary", false)
        .parquet(path)), done, inputs.size());
  }

  /** What became of each input, without its rows: small, for the driver's run record. */
  @Override
  public List<ParseOutcome> outcomes() {
    return staged().select(ParseOutcome.SUMMARY_COLUMNS.stream().map(Column::new)
        .toArray(Column[]::new)).collectAsList().stream().map(ParseOutcome::fromSummary).toList();
  }

  @Override
  public void writeTables(Function<Table, String> dirOf) {
    writeSorted(tables(), t -> staged()
        .where(col("reason").isNull())
        .select(explode(col(t.name())).as("r"))
        .select("r.*"), dirOf);
  }

  /** The staged file, read with the schema it was written with: no Spark job to infer it again. */
  private Dataset<Row> staged() {
    return spark.read().schema(SparkSchemas.reports(tables())).parquet(path);
  }

  /**
   * Writes every table, several Spark jobs at a time: a small run's writes are mostly the
   * driver's fixed cost per job (planning, code generation, the commit protocol), which overlaps.
   */
  static void writeSorted(List<Table> tables, Function<Table, Dataset<Row>> rowsOf, Function<Table, String> dirOf) {
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_WRITES);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (Table t : tables) {
        writes.add(pool.submit(() -> {
          writeTable(t, rowsOf.apply(t), dirOf.apply(t));
          Holds.at("write");
        }));
      }
      for (Future<?> w : writes) {
        w.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing tables", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes one table's rows under {@code dir}, partitioned as in data/, sorted by region and document. */
  private static void writeTable(Table t, Dataset<Row> rows, String dir) {
    List<Column> order = new ArrayList<>();
    t.partitionBy().forEach(p -> order.add(col(p)));
    order.add(col("region_code"));
    order.add(col("doc_id"));
    ROW_ORDER.stream().filter(t.columnNames()::contains).forEach(c -> order.add(col(c)));
    writer(rows.sortWithinPartitions(order.toArray(Column[]::new)))
        .partitionBy(t.partitionBy().toArray(String[]::new))
        .parquet(dir);
  }

  static DataFrameWriter<Row> writer(Dataset<Row> df) {
    return df.write().mode(SaveMode.ErrorIfExists)
        .option("compression", "zstd")
        .option("parquet.block.size", ROW_GROUP_BYTES)
        // no _SUCCESS marker: the run record is the commit, and table directories hold only data
        .option("mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
  }
}
