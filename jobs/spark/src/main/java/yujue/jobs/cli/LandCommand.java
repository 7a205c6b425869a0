package yujue.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yujue.jobs.LandJob;
import yujue.jobs.LandResult;
import yujue.jobs.WarehouseLock;
import yujue.jobs.spark.Sessions;
import yujue.parse.meta.Manifest;

/** {@code land}: parse report files and land them in the warehouse. */
@Command(name = "land",
    description = {
        "Parse report texts and land them in the warehouse as Parquet.",
        "Incremental: inputs whose bytes already landed are skipped, so the same command can run on a schedule over "
            + "a growing inbox. One land at a time per warehouse (lock file _yujue/lock)."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
        "0:every input landed or had landed before",
        "1:the run failed; what it wrote before committing stays invisible",
        "2:invalid command line",
        "3:some inputs were quarantined (the rest landed); see the quarantine view",
        "4:another land run holds the warehouse (after --wait)"},
    footer = "")
final class LandCommand implements Callable<Integer> {

  static final int FAILED = 1;
  static final int QUARANTINED = 3;
  static final int LOCKED = 4;

  /** The land service's session, kept warm between runs; null: this run starts its own and stops it. */
  private final SparkSession shared;
  /** Where relative paths point: the client's directory when the land service runs the command. */
  private final Path cwd;
  private final PrintStream out;
  private final PrintStream err;

  LandCommand() {
    this(null, Path.of(""), System.out, System.err);
  }

  LandCommand(SparkSession shared, Path cwd, PrintStream out, PrintStream err) {
    this.shared = shared;
    this.cwd = cwd;
    this.out = out;
    this.err = err;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "Report file, or directory walked recursively (repeatable).")
  List<Path> inputs;

  @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "${env:YUJUE_WAREHOUSE}",
      description = "Warehouse directory or Hadoop URI (default: $YUJUE_WAREHOUSE).")
  String warehouse;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "CSV (file,region_code,department,fiscal_year,doc_kind) stating the metadata of reports whose "
          + "text lacks it; manifest.csv files inside input directories are read too (repeatable).")
  List<Path> manifests = List.of();

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark master URL, e.g. local[4] or spark://host:7077 (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
      description = "When another land run holds the warehouse, wait up to SECONDS for it (default: ${DEFAULT-VALUE}: "
          + "refuse at once, exit code 4).")
  long waitSeconds;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the run report (JSON: every input with its outcome, counts, exit code) to FILE.")
  Path report;

  @Option(names = "--rehash",
      description = "Read and hash every input again instead of trusting the hashes of files whose path, size "
          + "and modification time are unchanged since an earlier run.")
  boolean rehash;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Spark setting (repeatable), e.g. spark.executor.memory=2g; spark.hadoop.* settings reach the "
          + "warehouse file system (spark.hadoop.fs.s3a.endpoint=...).")
  Map<String, String> conf = new LinkedHashMap<>();

  @Override
  public Integer call() {
    if (warehouse == null || warehouse.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required option: '--warehouse=DIR' (or set YUJUE_WAREHOUSE)");
    }
    if (shared != null && (!conf.isEmpty() || (spec.commandLine().getParseResult().hasMatchedOption("--master")
        && !master.equals(shared.sparkContext().master())))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the land service runs on "
          + shared.sparkContext().master() + " with its own settings: drop --master and --conf, or stop the service");
    }
    inputs = inputs.stream().map(cwd::resolve).toList();
    manifests = manifests.stream().map(cwd::resolve).toList();
    report = report == null ? null : cwd.resolve(report);
    if (!warehouse.contains(":")) { // a local path, not a URI
      warehouse = cwd.resolve(warehouse).toString();
    }
    for (Path input : inputs) {
      if (!Files.exists(input) && !Files.isSymbolicLink(input)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "input does not exist: " + input);
      }
    }
    if (waitSeconds < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--wait must be 0 or more seconds");
    }
    // The lock is taken before Spark starts: a refused run costs no Spark start-up.
    WarehouseLock lock;
    try {
      org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(warehouse);
      FileSystem fs = root.getFileSystem(hadoopConf());
      lock = WarehouseLock.acquire(fs, fs.makeQualified(root), Duration.ofSeconds(waitSeconds));
    } catch (WarehouseLock.WarehouseLockedException e) {
      err.println("land refused: " + e.getMessage());
      writeReport(null, LOCKED, e.getMessage());
      return LOCKED;
    } catch (Exception e) {
      err.println("land failed: cannot lock the warehouse " + warehouse + ": " + e);
      writeReport(null, FAILED, e.toString());
      return FAILED;
    }
    try (lock) {
      SparkSession spark = shared != null ? shared : session();
      try {
        Manifest manifest = Manifest.empty();
        for (Path m : manifests) {
          manifest.add(m);
        }
        LandResult result = new LandJob(rehash).run(spark, inputs, warehouse, manifest, lock);
        result.report().forEach(out::println);
        int code = result.quarantined().isEmpty() ? 0 : QUARANTINED;
        writeReport(result, code, null);
        return code;
      } finally {
        if (shared == null) {
          spark.close();
        }
      }
    } catch (Exception e) {
      err.println("land failed: " + e);
      writeReport(null, FAILED, e.toString());
      return FAILED;
    }
  }

  private SparkSession session() {
    return Sessions.builder("yujue-land", master, conf).getOrCreate();
  }

  /** The Hadoop settings the Spark session will have: defaults plus --conf spark.hadoop.* entries. */
  private Configuration hadoopConf() {
    Configuration c = new Configuration();
    Sessions.HADOOP.forEach(c::set);
    conf.forEach((k, v) -> {
      if (k.startsWith("spark.hadoop.")) {
        c.set(k.substring("spark.hadoop.".length()), v);
      }
    });
    return c;
  }

  /** The run record with the warehouse, whether it committed and the exit code; written beside, then renamed. */
  private void writeReport(LandResult result, int exitCode, String error) {
    if (report == null) {
      return;
    }
    ObjectMapper json = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode out = json.createObjectNode();
    out.put("warehouse", warehouse);
    out.put("exit_code", exitCode);
    out.put("committed", result != null && result.committed());
    if (error != null) {
      out.put("error", error);
    }
    if (result != null) {
      out.put("seconds", Math.round(result.seconds() * 10) / 10.0);
      out.putPOJO("phase_seconds", result.phases());
      out.setAll((ObjectNode) json.valueToTree(result.record()));
    }
    try {
      Path abs = report.toAbsolutePath();
      Files.createDirectories(abs.getParent());
      Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
      json.writeValue(tmp.toFile(), out);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      err.println("cannot write the run report " + report + ": " + e);
    }
  }
}
