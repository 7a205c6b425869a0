package yujue.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yujue.jobs.LandJob;
import yujue.jobs.LandResult;
import yujue.jobs.spark.Sessions;
import yujue.parse.meta.Manifest;

/** {@code land}: parse report files and land them in the warehouse. */
@Command(name = "land",
    description = "Parse report texts and land them in the warehouse as Parquet.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
        "0:every input landed or had landed before",
        "1:the run failed",
        "2:invalid command line",
        "3:some inputs were quarantined (the rest landed)"},
    footer = "")
final class LandCommand implements Callable<Integer> {

  static final int QUARANTINED = 3;

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

  @Override
  public Integer call() {
    if (warehouse == null || warehouse.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required option: '--warehouse=DIR' (or set YUJUE_WAREHOUSE)");
    }
    try (SparkSession spark = Sessions.builder("yujue-land", master).getOrCreate()) {
      Manifest manifest = Manifest.empty();
      for (Path m : manifests) {
        manifest.add(m);
      }
      LandResult result = new LandJob().run(spark, inputs, warehouse, manifest);
      result.report().forEach(System.out::println);
      return result.quarantined().isEmpty() ? 0 : QUARANTINED;
    } catch (Exception e) {
      System.err.println("land failed: " + e);
      return 1;
    }
  }
}
