package yujue.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.jobs.spark.TestSpark;

/** land commands sent to a land service run on its session, exactly as they would run alone. */
class LandServiceTest {

  @TempDir
  Path tmp;

  @Test
  void aServedLandLandsTheSamplesAndResolvesPathsInTheClientsDirectory() throws Exception {
    Path endpoint = tmp.resolve("service/land-service.json");
    try (LandService service = LandService.start(TestSpark.session(), endpoint)) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(endpoint)));
      // relative to the client's directory (the module's, where Maven runs tests)
      Path wh = tmp.resolve("wh");
      Optional<Integer> first = LandClient.forward(endpoint, List.of("--input", "../../samples/reports",
          "--warehouse", wh.toString(), "--report", tmp.resolve("first.json").toString()));
      assertEquals(Optional.of(0), first);
      JsonNode report = LandService.JSON.readTree(tmp.resolve("first.json").toFile());
      assertEquals(4, report.path("landed").asInt()); // the four sample reports
      assertTrue(Files.isRegularFile(wh.resolve("_yujue/runs/" + report.path("run_id").asText() + ".json")));
      // the session outlived the run: a second one finds everything landed
      Optional<Integer> second = LandClient.forward(endpoint, List.of("--input", "../../samples/reports",
          "--warehouse", wh.toString(), "--report", tmp.resolve("second.json").toString()));
      assertEquals(Optional.of(0), second);
      JsonNode again = LandService.JSON.readTree(tmp.resolve("second.json").toFile());
      assertEquals(0, again.path("landed").asInt());
      assertEquals(4, again.path("skipped_already_landed").asInt());
      // its own master and settings only
      assertEquals(Optional.of(2), LandClient.forward(endpoint, List.of("--input", "../../samples/reports",
          "--warehouse", wh.toString(), "--conf", "spark.executor.memory=1g")));
    }
    assertFalse(Files.exists(endpoint), "a stopped service removes its endpoint file");
  }

  @Test
  void aRequestWithoutTheTokenIsRefused() throws Exception {
    Path endpoint = tmp.resolve("land-service.json");
    try (LandService service = LandService.start(TestSpark.session(), endpoint)) {
      Path forged = tmp.resolve("forged.json");
      Files.writeString(forged, "{\"port\":" + service.port() + ",\"token\":\"guess\",\"pid\":1,\"master\":\"x\","
          + "\"startedAt\":\"x\"}");
      IOException e = assertThrows(IOException.class, () -> LandClient.forward(forged,
          List.of("--input", "../../samples/reports", "--warehouse", tmp.resolve("wh").toString())));
      assertTrue(e.getMessage().contains("403"), e.getMessage());
      assertFalse(Files.exists(tmp.resolve("wh")));
    }
  }

  /** No service listening (killed without removing its file), or none at all: the command lands in its own JVM. */
  @Test
  void withoutAServiceTheClientStandsAside() throws Exception {
    assertEquals(Optional.empty(), LandClient.forward(null, List.of("--input", "x")));
    assertEquals(Optional.empty(), LandClient.forward(tmp.resolve("none.json"), List.of("--input", "x")));
    Path stale = tmp.resolve("stale.json");
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort(); // free once closed: nothing listens there
    }
    Files.writeString(stale, "{\"port\":" + port + ",\"token\":\"t\",\"pid\":1,\"master\":\"x\",\"startedAt\":\"x\"}");
    assertEquals(Optional.empty(), LandClient.forward(stale, List.of("--input", "x")));
  }
}
