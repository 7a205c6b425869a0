package yujue.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import yujue.jobs.ParseOutcome.Input;
import yujue.jobs.RunRecord.InputOutcome;
import yujue.jobs.RunRecord.Quarantined;
import yujue.jobs.spark.SparkSchemas;
import yujue.parse.ReportParser;
import yujue.parse.meta.Manifest;
import yujue.parse.text.SourceDocument;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;
import yujue.warehouse.views.ViewsScript;

/**
 * Lands report files in the warehouse: parses them on the executors with {@link ReportParser},
 * writes their rows as Parquet, then commits the run. Inputs whose bytes already landed are
 * skipped; a run that lands nothing new writes nothing at all.
 */
public final class LandJob {

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  public LandResult run(SparkSession spark, Collection<java.nio.file.Path> inputs, String warehouse)
      throws IOException {
    return run(spark, inputs, warehouse, Manifest.empty());
  }

  /**
   * Lands the inputs; {@code manifest} (plus any manifest.csv found in input directories) states the
   * metadata of reports whose text lacks it.
   */
  public LandResult run(SparkSession spark, Collection<java.nio.file.Path> inputs, String warehouse,
      Manifest manifest) throws IOException {
    long t0 = System.nanoTime();
    Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String runId = runId(started);
    FileSystem fs = new Path(warehouse).getFileSystem(spark.sparkContext().hadoopConfiguration());
    Path root = fs.makeQualified(new Path(warehouse));
    RunRecords runs = new RunRecords(fs, new Path(root, WarehouseLayout.RUNS_DIR));

    List<InputOutcome> outcomes = new ArrayList<>();
    InputFiles.manifests(inputs).forEach(m -> addManifest(manifest, m));
    List<Input> toParse = plan(InputFiles.expand(inputs), runs.landedSha256(), outcomes, manifest);
    List<ParseOutcome> parsed = List.of();
    if (!toParse.isEmpty()) {
      JavaRDD<ParseOutcome> rdd = parse(spark, toParse, runId, Timestamp.from(started));
      try {
        parsed = rdd.map(ParseOutcome::summary).collect();
        if (parsed.stream().anyMatch(ParseOutcome::landed)) {
          writeTables(spark, rdd, root, fs, parsed);
        }
      } finally {
        rdd.unpersist(false);
      }
    }
    parsed.forEach(o -> outcomes.add(toRecord(o)));
    outcomes.sort(Comparator.comparing(InputOutcome::sourceFile));

    List<Quarantined> quarantined = outcomes.stream()
        .filter(o -> o.status().equals(RunRecord.QUARANTINED))
        .map(o -> new Quarantined(o.sourceFile(), o.sha256(), o.reason()))
        .toList();
    int landed = count(outcomes, RunRecord.LANDED);
    int alreadyLanded = count(outcomes, RunRecord.ALREADY_LANDED);
    long facts = outcomes.stream().mapToLong(InputOutcome::facts).sum();
    long findings = outcomes.stream().mapToLong(InputOutcome::findings).sum();
    String committed = null;
    if (landed > 0) { // a run that landed nothing leaves the warehouse untouched
      Instant finished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      runs.commit(new RunRecord(runId, started.toString(), finished.toString(), spark.sparkContext().master(),
          ReportParser.VERSION, outcomes.size(), landed, alreadyLanded, quarantined, facts, findings, outcomes));
      writeViews(fs, root);
      committed = runId;
    }
    return new LandResult(committed, outcomes.size(), landed, alreadyLanded, quarantined, facts, findings,
        (System.nanoTime() - t0) / 1e9);
  }

  /** r20250101T120000Z-3fa9c2: sortable by start time, unique across concurrent runs. */
  static String runId(Instant started) {
    byte[] random = new byte[3];
    RANDOM.nextBytes(random);
    return "r" + RUN_TIME.format(started) + "-" + HexFormat.of().formatHex(random);
  }

  /**
   * The files to parse. Files whose content already landed (in a committed run, or earlier in this
   * batch) and files the driver cannot read go straight to {@code outcomes}.
   */
  private static void addManifest(Manifest manifest, java.nio.file.Path file) {
    try {
      manifest.add(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read manifest " + file, e);
    }
  }

  private static List<Input> plan(Collection<java.nio.file.Path> files, Set<String> landedBefore,
      List<InputOutcome> outcomes, Manifest manifest) {
    Set<String> seen = new HashSet<>(landedBefore);
    List<Input> toParse = new ArrayList<>();
    for (java.nio.file.Path file : files) {
      String sha256;
      try {
        sha256 = SourceDocument.read(file).sha256();
      } catch (IOException e) {
        outcomes.add(new InputOutcome(file.toString(), null, null, RunRecord.QUARANTINED, 0, 0,
            "cannot read the file: " + e));
        continue;
      }
      if (seen.add(sha256)) {
        toParse.add(new Input(file.toString(), file.toAbsolutePath().toString(), sha256,
            manifest.lookup(file).orElse(null)));
      } else {
        outcomes.add(new InputOutcome(file.toString(), sha256, sha256.substring(0, 16), RunRecord.ALREADY_LANDED,
            0, 0, null));
      }
    }
    return toParse;
  }

  /** Parses on the executors, one slice per file up to 4 per core; the outcomes stay cached for the writes. */
  private static JavaRDD<ParseOutcome> parse(SparkSession spark, List<Input> inputs, String runId, Timestamp landedAt) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(inputs.size(), 4 * jsc.defaultParallelism()));
    LongAccumulator done = jsc.sc().longAccumulator("reports parsed");
    JavaRDD<ParseOutcome> rdd = jsc.parallelize(inputs, slices)
        .map(in -> {
          ParseOutcome o = ParseOutcome.parse(in, runId, landedAt);
          done.add(1);
          return o;
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    ParseProgress.await(rdd.countAsync(), done, inputs.size());
    return rdd;
  }

  /** Per-document tables are appended under their partitions, dimensions rewritten. */
  private static void writeTables(SparkSession spark, JavaRDD<ParseOutcome> rdd, Path root, FileSystem fs,
      List<ParseOutcome> parsed) throws IOException {
    ParseOutcome anyLanded = parsed.stream().filter(ParseOutcome::landed).findFirst().orElseThrow();
    List<Table> perDocument = new ArrayList<>();
    perDocument.add(WarehouseSchema.DOCUMENTS);
    perDocument.addAll(WarehouseSchema.FACT_TABLES);
    for (Table t : perDocument) {
      String name = t.name();
      JavaRDD<Row> rows = rdd.flatMap(o -> o.rows(name).iterator()).map(SparkSchemas::toRow);
      Column[] partitions = t.partitionBy().stream().map(functions::col).toArray(Column[]::new);
      // one shuffle so that each partition directory gets one file per run, not one per task
      writer(spark.createDataFrame(rows, SparkSchemas.of(t)).repartition(partitions), SaveMode.Append)
          .partitionBy(t.partitionBy().toArray(String[]::new))
          .parquet(new Path(root, WarehouseLayout.dir(t)).toString());
      ensureReadable(spark, fs, root, t, anyLanded);
    }
    for (Map.Entry<Table, List<Object[]>> d : DimensionRows.all().entrySet()) {
      List<Row> rows = d.getValue().stream().map(SparkSchemas::toRow).toList();
      writer(spark.createDataFrame(rows, SparkSchemas.of(d.getKey())).coalesce(1), SaveMode.Overwrite)
          .parquet(new Path(root, WarehouseLayout.dir(d.getKey())).toString());
    }
  }

  private static DataFrameWriter<Row> writer(Dataset<Row> df, SaveMode mode) {
    return df.write().mode(mode)
        .option("compression", "zstd")
        // no _SUCCESS marker: the run record is the commit, and table directories hold only data
        .option("mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
  }

  /**
   * DuckDB cannot read a glob that matches no file, so a table that has never had a row (budget
   * reports alone give no fct_execution) gets one empty Parquet file in a partition of this run.
   */
  private static void ensureReadable(SparkSession spark, FileSystem fs, Path root, Table t, ParseOutcome doc)
      throws IOException {
    if (fs.globStatus(new Path(root, WarehouseLayout.glob(t))).length > 0) {
      return;
    }
    Table data = new Table(t.name(), t.grain(), t.doc(),
        t.columns().stream().filter(c -> !t.partitionBy().contains(c.name())).toList(), List.of());
    Path dir = new Path(root, WarehouseLayout.dir(t) + "/fiscal_year=" + doc.fiscalYear()
        + "/region_code=" + doc.regionCode());
    writer(spark.createDataFrame(List.<Row>of(), SparkSchemas.of(data)).coalesce(1), SaveMode.Append)
        .parquet(dir.toString());
  }

  private static void writeViews(FileSystem fs, Path root) throws IOException {
    try (OutputStream out = fs.create(new Path(root, WarehouseLayout.VIEWS_FILE), true)) {
      out.write(ViewsScript.render().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static InputOutcome toRecord(ParseOutcome o) {
    return new InputOutcome(o.sourceFile(), o.sha256(), o.docId(),
        o.landed() ? RunRecord.LANDED : RunRecord.QUARANTINED, o.facts(), o.findings(), o.reason());
  }

  private static int count(List<InputOutcome> outcomes, String status) {
    return (int) outcomes.stream().filter(o -> o.status().equals(status)).count();
  }
}
