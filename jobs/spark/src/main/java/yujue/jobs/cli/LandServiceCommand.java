package yujue.jobs.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yujue.jobs.spark.Sessions;

/** {@code land-service}: keep a warm Spark session that {@code land} commands run on. */
@Command(name = "land-service",
    description = {
        "Serve land commands from one long-lived JVM: a small scheduled run then costs what its own work does, "
            + "not a Spark start and a cold JIT. While it runs, `land` sends its commands here (the endpoint file "
            + "tells it where); stop it with Ctrl-C or SIGTERM. Listens on 127.0.0.1 only."})
final class LandServiceCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--endpoint-file", paramLabel = "FILE", defaultValue = "${env:YUJUE_LAND_SERVICE}",
      description = "Where to write the endpoint (port and token) that `land` reads (default: $YUJUE_LAND_SERVICE).")
  Path file;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark master URL of the service's session (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Spark setting of the service's session (repeatable).")
  Map<String, String> conf = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    if (file == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required option: '--endpoint-file=FILE' (or set YUJUE_LAND_SERVICE)");
    }
    SparkSession spark = Sessions.builder("yujue-land-service", master, conf).getOrCreate();
    CountDownLatch stopped = new CountDownLatch(1);
    LandService service = LandService.start(spark, file);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.close();
      } catch (java.io.IOException e) {
        System.err.println("land service: " + e);
      }
      stopped.countDown();
    }));
    System.out.println("land service on 127.0.0.1:" + service.port() + " (" + master + "); endpoint file "
        + file.toAbsolutePath());
    stopped.await();
    return 0;
  }
}
