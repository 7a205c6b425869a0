package yujue.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import yujue.jobs.ParseOutcome.Input;
import yujue.jobs.RunRecord.InputOutcome;
import yujue.jobs.RunRecord.Quarantined;
import yujue.jobs.RunRecords.Committed;
import yujue.jobs.WarehouseFiles.Move;
import yujue.jobs.spark.SparkSchemas;
import yujue.parse.ReportParser;
import yujue.parse.meta.Manifest;
import yujue.parse.text.SourceDocument;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.marts.MartBuilder;
import yujue.warehouse.marts.Marts;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * Lands report files in the warehouse: parses them on the executors with {@link ReportParser},
 * writes their rows as Parquet, then commits the run. One run at a time holds the warehouse lock
 * ({@link WarehouseLock}); it first deletes what killed runs left, then lands only inputs whose
 * bytes have not landed before (incremental, content-addressed), then commits:
 *
 * <ol>
 *   <li>Spark parses every report once, then writes each table under
 *       {@code _yujue/staging/<run_id>/} (no view reads there): a large run from its reports
 *       staged in {@code _yujue/staging/<run_id>/parsed} ({@link StagedReports}), a small one from
 *       its reports collected on the driver ({@link CollectedReports});
 *   <li>each file is renamed into {@code data/<table>/<partition>/part-<run_id>-….parquet};
 *   <li>dimension files are replaced when the reference catalogs changed (content-named files);
 *   <li>the commit record {@code _yujue/runs/<run_id>.json} is written (write, then rename): the
 *       moment the run's rows become visible, all at once, since views keep only committed run ids;
 *   <li>the staging directory is deleted; on a local warehouse the marts are built when they are
 *       not fresh ({@link MartBuilder}); views.sql is rewritten when it changes; the lock released.
 * </ol>
 *
 * A run killed anywhere before step 4 leaves nothing visible and the next run deletes its files; a
 * run killed after it is complete. A run that lands nothing new and quarantines nothing new
 * commits nothing and changes nothing.
 */
public final class LandJob {

  private final boolean rehash;

  public LandJob() {
    this(false);
  }

  /** With {@code rehash}, every input is read and hashed again instead of trusting {@link InputHashes}. */
  public LandJob(boolean rehash) {
    this.rehash = rehash;
  }

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  public LandResult run(SparkSession spark, Collection<java.nio.file.Path> inputs, String warehouse)
      throws IOException {
    return run(spark, inputs, warehouse, Manifest.empty());
  }

  /**
   * Lands the inputs under the warehouse lock, refusing at once when another run holds it;
   * {@code manifest} (plus any manifest.csv found in input directories) states the metadata of
   * reports whose text lacks it.
   */
  public LandResult run(SparkSession spark, Collection<java.nio.file.Path> inputs, String warehouse,
      Manifest manifest) throws IOException {
    FileSystem fs = fileSystem(spark, warehouse);
    try (WarehouseLock lock = WarehouseLock.acquire(fs, fs.makeQualified(new Path(warehouse)), Duration.ZERO)) {
      return run(spark, inputs, warehouse, manifest, lock);
    }
  }

  /** Lands the inputs; the caller holds the warehouse's lock (the run takes its id and start from it). */
  public LandResult run(SparkSession spark, Collection<java.nio.file.Path> inputs, String warehouse,
      Manifest manifest, WarehouseLock lock) throws IOException {
    long t0 = System.nanoTime();
    Instant started = lock.acquiredAt();
    String runId = lock.runId();
    FileSystem fs = fileSystem(spark, warehouse);
    Path root = fs.makeQualified(new Path(warehouse));
    WarehouseFiles files = new WarehouseFiles(fs, root);
    RunRecords runs = new RunRecords(fs, new Path(root, WarehouseLayout.RUNS_DIR));

    Committed before = runs.committed();
    int leftovers = files.removeLeftovers(before.runIds());
    List<InputOutcome> outcomes = new ArrayList<>();
    InputFiles.Listing listing = InputFiles.list(inputs);
    listing.manifests().forEach(m -> addManifest(manifest, m));
    InputHashes hashes = InputHashes.load(fs, root, rehash);
    List<Input> toParse = plan(listing, before.landedSha256(), outcomes, manifest, hashes);
    hashes.save(fs, root);
    Map<String, Double> phases = new LinkedHashMap<>();
    long mark = lap(phases, "plan", t0);
    List<ParseOutcome> parsed = List.of();
    if (!toParse.isEmpty()) {
      ParsedReports reports = ParsedReports.parse(spark, toParse, runId, Timestamp.from(started),
          files.staged(runId, "parsed").toString());
      parsed = reports.outcomes();
      mark = lap(phases, "parse", mark);
      if (parsed.stream().anyMatch(ParseOutcome::landed)) {
        reports.writeTables(t -> files.staged(runId, t.name()).toString());
      }
      mark = lap(phases, "write", mark);
    }
    parsed.forEach(o -> outcomes.add(toRecord(o)));
    quarantineBatchDuplicates(outcomes, parsed, before.landedSha256());
    outcomes.sort(Comparator.comparing(InputOutcome::sourceFile));

    List<Quarantined> quarantined = outcomes.stream()
        .filter(o -> o.status().equals(RunRecord.QUARANTINED))
        .map(o -> new Quarantined(o.sourceFile(), o.sha256(), o.reason()))
        .toList();
    int landed = count(outcomes, RunRecord.LANDED);
    boolean newQuarantine = outcomes.stream()
        .anyMatch(o -> o.status().equals(RunRecord.QUARANTINED) && !before.quarantinedBefore(o));
    String committed = null;
    if (landed > 0) {
      putInPlace(spark, files, runId, parsed);
    }
    if (landed > 0 || newQuarantine) {
      writeDimensions(spark, files, runId);
    }
    RunRecord record = record(spark, runId, started, outcomes, quarantined, leftovers);
    if (landed > 0 || newQuarantine) { // otherwise the warehouse stays exactly as it was
      Holds.at("commit");
      runs.commit(record.committed());
      committed = runId;
      Holds.at("committed");
    }
    files.deleteStaging(runId);
    mark = lap(phases, "commit", mark);
    Optional<MartBuilder.Built> marts = buildMarts(root);
    files.writeViews(marts.map(MartBuilder.Built::dir), marts.flatMap(MartBuilder.Built::base));
    lap(phases, "marts", mark);
    return new LandResult(committed, record, (System.nanoTime() - t0) / 1e9, phases);
  }

  /**
   * Builds the marts of a local warehouse unless they are fresh already (also after a run that
   * committed nothing, so a warehouse from before marts, or whose last run was killed before them,
   * gets them). They are derived data: when they cannot be built the run stands and queries compute
   * the views instead, so the failure is reported, not thrown.
   */
  private static Optional<MartBuilder.Built> buildMarts(Path root) {
    if (!"file".equals(root.toUri().getScheme())) {
      return Optional.empty(); // DuckDB reads local files only; see docs/operations.md
    }
    java.nio.file.Path local = java.nio.file.Path.of(root.toUri());
    if (Marts.committedRuns(local).isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MartBuilder.build(local));
    } catch (IOException | java.sql.SQLException | RuntimeException e) {
      System.err.println("yujue land: marts not built, queries will compute the views instead: " + e);
      return Optional.empty();
    }
  }

  private static long lap(Map<String, Double> phases, String phase, long since) {
    long now = System.nanoTime();
    phases.put(phase, (now - since) / 1e9);
    return now;
  }

  private static RunRecord record(SparkSession spark, String runId, Instant started, List<InputOutcome> outcomes,
      List<Quarantined> quarantined, int leftovers) {
    return new RunRecord(runId, started.toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
        spark.sparkContext().master(), ReportParser.VERSION, outcomes.size(), count(outcomes, RunRecord.LANDED),
        count(outcomes, RunRecord.ALREADY_LANDED), quarantined,
        outcomes.stream().mapToLong(InputOutcome::facts).sum(), outcomes.stream().mapToLong(InputOutcome::findings).sum(),
        leftovers, outcomes);
  }

  static FileSystem fileSystem(SparkSession spark, String warehouse) throws IOException {
    return new Path(warehouse).getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  /** r20250101T120000Z-3fa9c2: sortable by start time, unique across concurrent runs. */
  static String runId(Instant started) {
    byte[] random = new byte[3];
    RANDOM.nextBytes(random);
    return "r" + RUN_TIME.format(started) + "-" + HexFormat.of().formatHex(random);
  }

  private static void addManifest(Manifest manifest, java.nio.file.Path file) {
    try {
      manifest.add(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read manifest " + file, e);
    }
  }

  /**
   * The files to parse. Files whose content already landed (in a committed run, or earlier in this
   * batch) and files the driver cannot read or will not read (too large, not a regular file) go
   * straight to {@code outcomes}.
   */
  private static List<Input> plan(InputFiles.Listing listing, Set<String> landedBefore,
      List<InputOutcome> outcomes, Manifest manifest, InputHashes hashes) {
    Map<java.nio.file.Path, String> files = listing.files();
    Set<String> seen = new java.util.HashSet<>(landedBefore);
    List<Input> toParse = new ArrayList<>();
    // hashing a first run's inputs reads every byte: on all cores, then in order
    Map<java.nio.file.Path, String[]> hashed = new java.util.concurrent.ConcurrentHashMap<>();
    files.entrySet().parallelStream().forEach(e -> hashed.put(e.getKey(),
        hash(e.getKey(), e.getValue(), listing.attributes().get(e.getKey()), hashes)));
    for (java.nio.file.Path file : files.keySet()) {
      String[] h = hashed.get(file);
      String sha256 = h[0];
      String problem = h[1];
      if (problem != null) {
        outcomes.add(new InputOutcome(file.toString(), null, null, RunRecord.QUARANTINED, 0, 0, problem));
      } else if (seen.add(sha256)) {
        toParse.add(new Input(file.toString(), file.toAbsolutePath().toString(), sha256,
            manifest.lookup(file).orElse(null)));
      } else {
        outcomes.add(new InputOutcome(file.toString(), sha256, sha256.substring(0, 16), RunRecord.ALREADY_LANDED,
            0, 0, null));
      }
    }
    return toParse;
  }

  /**
   * {sha256, null}, or {null, why the file cannot be landed}; {@code listed} are the attributes
   * the listing read (null for a link, whose target's are read here).
   */
  private static String[] hash(java.nio.file.Path file, String problem, BasicFileAttributes listed,
      InputHashes hashes) {
    if (problem != null) {
      return new String[] {null, problem};
    }
    try {
      BasicFileAttributes attrs = listed != null ? listed : InputHashes.attributes(file);
      if (attrs.size() > SourceDocument.MAX_BYTES) {
        return new String[] {null, ParseOutcome.tooLarge(attrs.size())};
      }
      return new String[] {hashes.sha256(file, attrs), null};
    } catch (IOException ex) {
      return new String[] {null, InputFiles.cannotRead(ex)};
    }
  }

  /**
   * A file with the same bytes as one parsed in this batch was marked already landed; when that one
   * was quarantined instead, so is the copy, with the same reason.
   */
  private static void quarantineBatchDuplicates(List<InputOutcome> outcomes, List<ParseOutcome> parsed,
      Set<String> landedBefore) {
    Map<String, ParseOutcome> bySha = new HashMap<>();
    parsed.forEach(p -> bySha.putIfAbsent(p.sha256(), p));
    outcomes.replaceAll(o -> {
      ParseOutcome first = o.status().equals(RunRecord.ALREADY_LANDED) && !landedBefore.contains(o.sha256())
          ? bySha.get(o.sha256()) : null;
      return first == null || first.landed() ? o
          : new InputOutcome(o.sourceFile(), o.sha256(), null, RunRecord.QUARANTINED, 0, 0, first.reason());
    });
  }

  /**
   * Renames the staged files into data/, then gives every table that still has no file one empty
   * file (DuckDB cannot read a glob that matches nothing; budget reports alone give no
   * fct_execution), in a partition of this run so that it goes if the run never commits.
   */
  private static void putInPlace(SparkSession spark, WarehouseFiles files, String runId, List<ParseOutcome> parsed)
      throws IOException {
    List<Move> moves = new ArrayList<>();
    for (Table t : StagedReports.tables()) {
      moves.addAll(files.moves(runId, t));
    }
    for (int i = 0; i < moves.size(); i++) {
      if (i == moves.size() / 2) {
        Holds.at("move");
      }
      files.move(moves.get(i));
    }
    ParseOutcome doc = parsed.stream().filter(ParseOutcome::landed).findFirst().orElseThrow();
    for (Table t : StagedReports.tables()) {
      if (files.hasFiles(t)) {
        continue;
      }
      Table data = new Table(t.name(), t.grain(), t.doc(),
          t.columns().stream().filter(c -> !t.partitionBy().contains(c.name())).toList(), List.of());
      Path staged = files.staged(runId, "_empty/" + t.name());
      StagedReports.writer(spark.createDataFrame(List.<Row>of(), SparkSchemas.of(data)).coalesce(1)).parquet(staged.toString());
      files.move(new Move(files.stagedFile(staged), new Path(files.tableDir(t), "fiscal_year=" + doc.fiscalYear()
          + "/part-" + runId + "-empty.zstd.parquet")));
    }
  }

  /**
   * The dimension tables, rebuilt from the reference catalogs, live in one file each named by
   * their content ({@code part-dim-<hash>.zstd.parquet}): when the catalogs have not changed the
   * file is already there and nothing is written; when they have, the new file goes in and the old
   * ones go out (only then can a reader briefly see both, or, after a kill between the two, until
   * the next run).
   */
  private static void writeDimensions(SparkSession spark, WarehouseFiles files, String runId) throws IOException {
    for (Map.Entry<Table, List<Object[]>> d : DimensionRows.all().entrySet()) {
      Table t = d.getKey();
      String name = "part-dim-" + contentHash(t, d.getValue()) + ".zstd.parquet";
      Path target = new Path(files.tableDir(t), name);
      List<Path> present = files.topFiles(t);
      if (present.size() == 1 && present.get(0).getName().equals(name)) {
        continue;
      }
      if (present.stream().noneMatch(p -> p.getName().equals(name))) {
        List<Row> rows = d.getValue().stream().map(SparkSchemas::toRow).toList();
        Path staged = files.staged(runId, "_dim/" + t.name());
        StagedReports.writer(spark.createDataFrame(rows, SparkSchemas.of(t)).coalesce(1)).parquet(staged.toString());
        files.move(new Move(files.stagedFile(staged), target));
      }
      for (Path old : present) {
        if (!old.getName().equals(name)) {
          files.delete(old);
        }
      }
    }
  }

  private static String contentHash(Table t, List<Object[]> rows) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(SparkSchemas.of(t).json().getBytes(StandardCharsets.UTF_8));
      for (Object[] row : rows) {
        md.update(Arrays.deepToString(row).getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
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
