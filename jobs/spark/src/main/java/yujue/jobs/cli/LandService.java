package yujue.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * The land service: one JVM that keeps a Spark session (and the code the JIT compiled for parsing
 * and writing) warm between land runs. A fresh {@code land} spends most of a small run starting
 * Spark and compiling code; through the service, a scheduled run of a few hundred new reports
 * costs about what its own work does. It listens on the loopback interface only, answers requests
 * that carry the token of its endpoint file (readable by its owner alone), and runs them one at a
 * time in arrival order, each exactly as {@code land} would run (same lock, same report).
 */
final class LandService implements AutoCloseable {

  /** The endpoint file: where the service listens and the token a request must carry. */
  record Endpoint(int port, String token, long pid, String master, String startedAt) {}

  /** A land request: the client's arguments and working directory (relative paths resolve there). */
  record Request(String cwd, List<String> args) {}

  /** What the run printed and its exit code. */
  record Response(int exitCode, String out, String err) {}

  static final ObjectMapper JSON = new ObjectMapper();
  /** Environment variable naming the endpoint file; the launcher sets it to .yujue/land-service.json. */
  static final String FILE_ENV = "YUJUE_LAND_SERVICE";

  private final HttpServer http;
  private final ExecutorService worker;
  private final Path file;

  private LandService(HttpServer http, ExecutorService worker, Path file) {
    this.http = http;
    this.worker = worker;
    this.file = file;
  }

  /** The endpoint file named by the environment (or the yujue.landService property), if any. */
  static Path configuredFile() {
    String f = System.getProperty("yujue.landService", System.getenv(FILE_ENV));
    return f == null || f.isBlank() ? null : Path.of(f);
  }

  /** Starts serving land requests on {@code spark}, and writes the endpoint file. */
  static LandService start(SparkSession spark, Path file) throws IOException {
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "land-service"));
    http.setExecutor(worker); // one run at a time: the rest wait in line
    http.createContext("/land", exchange -> serve(exchange, spark, token));
    http.start();
    Endpoint e = new Endpoint(http.getAddress().getPort(), token, ProcessHandle.current().pid(),
        spark.sparkContext().master(), Instant.now().toString());
    Path abs = file.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    JSON.writeValue(tmp.toFile(), e);
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new LandService(http, worker, abs);
  }

  int port() {
    return http.getAddress().getPort();
  }

  private static void serve(HttpExchange exchange, SparkSession spark, String token) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())
          || !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      Request request = JSON.readValue(exchange.getRequestBody(), Request.class);
      byte[] body = JSON.writeValueAsBytes(run(spark, request));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Runs one land command on the shared session, capturing what it prints. */
  static Response run(SparkSession spark, Request request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      CommandLine cmd = new CommandLine(new LandCommand(spark, Path.of(request.cwd()), o, e));
      cmd.setOut(new PrintWriter(o, true));
      cmd.setErr(new PrintWriter(e, true));
      code = cmd.execute(request.args().toArray(String[]::new));
    }
    return new Response(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Stops listening (a run under way finishes first) and removes the endpoint file. */
  @Override
  public void close() throws IOException {
    http.stop(0);
    worker.shutdown();
    Files.deleteIfExists(file);
  }

  static Endpoint read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), Endpoint.class);
  }
}
