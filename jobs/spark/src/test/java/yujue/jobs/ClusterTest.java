package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.jobs.Warehouses.SAMPLES;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.jobs.spark.TestSpark;

/**
 * A real Spark standalone cluster on loopback: a master and a worker started from the Spark jars
 * on the test classpath, the land job submitted to it by a driver process (the CLI with
 * {@code --master spark://…}), executors in their own JVMs launched by the worker. The warehouse is
 * given as a {@code file:///} URI. It must dump exactly as local mode lands the same inputs.
 */
class ClusterTest {

  @TempDir static Path tmp;

  @Test
  void aStandaloneClusterLandsTheSameWarehouseAsLocalMode() throws Exception {
    long t0 = System.nanoTime();
    Path pdf = Files.createDirectories(tmp.resolve("inbox")).resolve("scan.pdf");
    Files.write(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII));
    List<String> inputs = List.of("--input", SAMPLES.toString(), "--input", pdf.toString());

    // A worker builds each executor's command from SPARK_HOME/jars; ours is empty, the classes come
    // from spark.executor.extraClassPath (the test classpath: Spark and the module classes).
    Path sparkHome = tmp.resolve("spark-home");
    Files.createDirectories(sparkHome.resolve("jars"));
    Map<String, String> env = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13");
    int masterPort = freePort();
    int masterUi = freePort();
    Path logs = tmp.resolve("logs");
    Path work = tmp.resolve("work");
    Path wh = tmp.resolve("wh-cluster");
    String whUri = "file://" + wh.toAbsolutePath();
    Path report = tmp.resolve("report.json");
    String master = "spark://127.0.0.1:" + masterPort;
    List<String> small = List.of("-Xmx512m");
    double clusterUp;
    double landed;
    int code;
    try (ChildJvm.Child m = ChildJvm.start(logs, "master", small, "org.apache.spark.deploy.master.Master",
            List.of("--host", "127.0.0.1", "--port", "" + masterPort, "--webui-port", "" + masterUi), env);
        ChildJvm.Child w = ChildJvm.start(logs, "worker", small, "org.apache.spark.deploy.worker.Worker",
            List.of("--host", "127.0.0.1", "--port", "" + freePort(), "--webui-port", "" + freePort(),
                "--cores", "2", "--memory", "1g", "--work-dir", work.toString(), master), env)) {
      awaitAliveWorker(masterUi, m, w);
      clusterUp = (System.nanoTime() - t0) / 1e9;
      List<String> args = new ArrayList<>(List.of("land", "--master", master, "--warehouse", whUri,
          "--report", report.toString(),
          "--conf", "spark.executor.extraClassPath=" + ChildJvm.classpath(),
          "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", ChildJvm.FAST_START),
          "--conf", "spark.executor.memory=640m",
          "--conf", "spark.cores.max=2"));
      args.addAll(inputs);
      ChildJvm.Child driver = ChildJvm.start(logs, "driver", List.of("-Xmx768m"), "yujue.jobs.cli.JobsMain", args, env);
      code = driver.waitFor(300);
      landed = (System.nanoTime() - t0) / 1e9;
      assertEquals(3, code, "the driver's stdout: " + driver.stdout() + "\nstderr:\n" + driver.tail()
          + "\nexecutor logs:\n" + executorLogs(work));
    }

    // the run report: every input accounted for, the PDF quarantined, landed by the cluster
    JsonNode r = RunRecords.JSON.readTree(report.toFile());
    assertEquals(3, r.path("exit_code").asInt());
    assertTrue(r.path("committed").asBoolean());
    assertEquals(master, r.path("master").asText());
    assertEquals(5, r.path("inputs").asInt());
    assertEquals(r.path("inputs").asInt(), r.path("landed").asInt() + r.path("skipped_already_landed").asInt()
        + r.path("quarantined").size());
    assertEquals(4, r.path("landed").asInt());
    assertEquals("truncated PDF: the file ends before its end-of-file marker (%%EOF), so pages are missing or damaged",
        r.path("quarantined").get(0).path("reason").asText());

    // local mode, same inputs: the same warehouse
    Path local = tmp.resolve("wh-local");
    List<Path> paths = List.of(SAMPLES, pdf);
    LandResult l = new LandJob().run(TestSpark.session(), paths, local.toString());
    assertEquals(4, l.landed());
    assertEquals(Warehouses.dump(local), Warehouses.dump(wh));
    assertEquals(1L, Warehouses.scalar(wh, "SELECT count(*) FROM quarantine WHERE source_file LIKE '%scan.pdf'"));
    System.out.printf("cluster test: master and worker up after %.1f s, land on the cluster done after %.1f s, "
        + "compared with local mode after %.1f s%n", clusterUp, landed, (System.nanoTime() - t0) / 1e9);
  }

  /** The master's JSON status lists the worker as alive once it registered. */
  private static void awaitAliveWorker(int masterUi, ChildJvm.Child m, ChildJvm.Child w) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      if (!m.process.isAlive() || !w.process.isAlive()) {
        break;
      }
      try {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        last = res.body();
        if (RunRecords.JSON.readTree(last).path("aliveworkers").asInt() >= 1) {
          return;
        }
      } catch (IOException notYet) {
        // the master's UI is not up yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no worker registered with the master; last status " + last + "\nmaster:\n" + m.tail()
        + "\nworker:\n" + w.tail());
  }

  private static String executorLogs(Path work) throws IOException {
    if (!Files.isDirectory(work)) {
      return "(no work directory)";
    }
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.walk(work)) {
      for (Path p : s.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        b.append(p).append(":\n").append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
      }
    }
    return b.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
