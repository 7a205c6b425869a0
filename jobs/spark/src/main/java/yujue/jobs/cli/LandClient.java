package yujue.jobs.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends a {@code land} command to the land service named by its endpoint file, when one is running.
 * When there is none (no file, or nothing listening: a service killed without cleaning up), the
 * caller lands in its own JVM as always.
 */
final class LandClient {

  private LandClient() {}

  /** The run's exit code, printing what it printed; empty when no service took the request. */
  static Optional<Integer> forward(Path endpointFile, List<String> landArgs) throws IOException, InterruptedException {
    if (endpointFile == null || !Files.isRegularFile(endpointFile)
        || landArgs.contains("-h") || landArgs.contains("--help")) {
      return Optional.empty();
    }
    LandService.Endpoint e;
    try {
      e = LandService.read(endpointFile);
    } catch (IOException ex) {
      System.err.println("yujue land: ignoring the unreadable land service file " + endpointFile + ": " + ex);
      return Optional.empty();
    }
    List<String> args = new ArrayList<>(landArgs);
    String wh = System.getenv("YUJUE_WAREHOUSE"); // the service has its own environment
    if (wh != null && args.stream().noneMatch(a -> a.equals("--warehouse") || a.startsWith("--warehouse="))) {
      args.addAll(List.of("--warehouse", wh));
    }
    byte[] body = LandService.JSON.writeValueAsBytes(
        new LandService.Request(Path.of("").toAbsolutePath().toString(), args));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + e.port() + "/land"))
        .header("Authorization", "Bearer " + e.token())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (ConnectException ex) {
      System.err.println("yujue land: no land service at " + endpointFile + " (pid " + e.pid()
          + " gone?); landing in this process");
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new IOException("the land service refused the request (HTTP " + response.statusCode() + ")");
    }
    LandService.Response r = LandService.JSON.readValue(response.body(), LandService.Response.class);
    System.out.print(r.out());
    System.err.print(r.err());
    return Optional.of(r.exitCode());
  }
}
