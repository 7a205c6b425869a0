package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.jobs.Warehouses.SAMPLES;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import yujue.jobs.cli.JobsMain;
import yujue.jobs.spark.TestSpark;

/**
 * Crash safety with real processes: a land run in a child JVM is stopped at a known point, looked
 * at from outside (what a reader sees, what lies on disk, who holds the lock), killed with SIGKILL,
 * and landed again; the warehouse must then dump exactly as the reference (one clean run) does.
 */
class KillAndRerunTest {

  static final List<String> POINTS = List.of("parse", "write", "move", "commit", "committed");
  /** Points whose run stages its reports as a large run does; the others keep them on the driver as small runs do. */
  static final Set<String> STAGED = Set.of("write", "commit");

  @TempDir static Path tmp;
  static final StringBuilder observed = new StringBuilder();
  static final Map<String, ChildJvm.Child> children = new ConcurrentHashMap<>();
  static long startedAt;

  static Stream<String> points() {
    return POINTS.stream();
  }

  /**
   * Each point gets its own warehouse (a copy of one where a clean run landed the budget report)
   * and its own child land run of all four samples; the children start together (they spend most
   * of their life starting Spark) and each test then waits for its own.
   */
  @BeforeAll
  static void startChildren() throws Exception {
    Path seed = tmp.resolve("wh-seed");
    LandResult before = new LandJob().run(TestSpark.session(), List.of(SAMPLES.resolve(Warehouses.HAIDONG_BUDGET)),
        seed.toString());
    assertEquals(1, before.landed());
    for (String point : POINTS) {
      copyTree(seed, wh(point));
    }
    startedAt = System.nanoTime();
    for (String point : POINTS) {
      children.put(point, ChildJvm.land(tmp.resolve("logs"), "land-" + point, point, STAGED.contains(point),
          List.of("--input", SAMPLES.toString(), "--warehouse", wh(point).toString())));
    }
  }

  @AfterAll
  static void stopChildren() throws Exception {
    for (ChildJvm.Child c : children.values()) {
      c.kill();
    }
    System.out.println("kill-and-rerun observations:\n" + observed);
  }

  static Path wh(String point) {
    return tmp.resolve("wh-" + point);
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("points")
  void aKilledLandIsInvisibleAndTheNextRunConverges(String point) throws Exception {
    Path wh = wh(point);
    ChildJvm.Child child = children.get(point);
    String childRun;
    long readerDocs;
    long staged;
    long inData;
    try {
      child.awaitLine(Holds.MARKER + point, 240);
      double held = (System.nanoTime() - startedAt) / 1e9;
      // the lock names the child
      JsonNode lock = RunRecords.JSON.readTree(wh.resolve(WarehouseLock.LOCK_FILE).toFile());
      assertEquals(child.process.pid(), lock.path("pid").asLong());
      childRun = lock.path("run_id").asText();
      // a reader sees the warehouse as before the run, or (once committed) as after it: nothing in between
      try (Connection c = Warehouses.open(wh)) {
        readerDocs = (Long) Warehouses.scalar(c, "SELECT count(*) FROM documents");
        assertEquals(point.equals("committed") ? 4L : 1L, readerDocs);
        assertEquals(readerDocs, Warehouses.scalar(c, "SELECT count(*) FROM doc_totals"));
        assertEquals(0L, Warehouses.scalar(c,
            "SELECT count(*) FROM stg_fct_measure WHERE run_id NOT IN (SELECT run_id FROM committed_runs)"));
      }
      staged = Warehouses.fileCount(wh.resolve(WarehouseFiles.STAGING_DIR));
      inData = Warehouses.uncommittedDataFiles(wh).size() + committedFilesOf(wh, childRun);
      if (point.equals("write")) {
        secondLandWaitsThenRefusesNamingTheHolder(wh, child.process.pid());
      }
      observed.append(String.format("  %-9s held %4.1f s after start: reader saw %d document(s); %d file(s) in staging; "
          + "%d data file(s) of the killed run in data/; lock held by pid %d%n", point, held, readerDocs, staged,
          inData, child.process.pid()));
    } finally {
      child.kill();
    }
    assertFalse(child.process.isAlive());
    assertTrue(Files.exists(wh.resolve(WarehouseLock.LOCK_FILE)), "SIGKILL leaves the lock behind");

    // the next run takes over the stale lock, deletes the leftovers, lands what is missing
    LandResult rerun = new LandJob().run(TestSpark.session(), List.of(SAMPLES), wh.toString());
    observed.append(String.format("  %-9s rerun: landed %d, already landed %d, removed %d leftover(s), committed %s%n",
        point, rerun.landed(), rerun.alreadyLanded(), rerun.record().leftoversRemoved(), rerun.committed()));
    if (point.equals("committed")) {
      assertEquals(0, rerun.landed());
      assertEquals(4, rerun.alreadyLanded());
    } else {
      assertEquals(3, rerun.landed());
      assertEquals(1, rerun.alreadyLanded());
    }
    if (point.equals("move") || point.equals("commit")) {
      assertTrue(rerun.record().leftoversRemoved() > 0, "the killed run's files in data/ were removed");
    }
    assertEquals(List.of(), Warehouses.uncommittedDataFiles(wh));
    assertEquals(0, Warehouses.fileCount(wh.resolve(WarehouseFiles.STAGING_DIR)));
    assertFalse(Files.exists(wh.resolve(WarehouseLock.LOCK_FILE)));
    assertEquals(point.equals("committed"), Warehouses.committedRunIds(wh).contains(childRun));

    try (Connection c = Warehouses.open(wh)) {
      assertEquals(4L, Warehouses.scalar(c, "SELECT count(*) FROM documents"));
      assertEquals(0, new BigDecimal("2678.82").compareTo((BigDecimal) Warehouses.scalar(c,
          "SELECT income_total FROM doc_totals WHERE region_code = '630200' AND fiscal_year = 2024")));
    }
    assertEquals(Warehouses.dump(Warehouses.reference()), Warehouses.dump(wh));
  }

  /** Files in data/ of the child's run once it committed (the move point leaves some, uncommitted). */
  private static long committedFilesOf(Path wh, String runId) throws Exception {
    if (!Warehouses.committedRunIds(wh).contains(runId)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(wh.resolve("data"))) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-" + runId)).count();
    }
  }

  /** While the child holds the lock, {@code land --wait 1} waits a second, then exits 4 naming the holder. */
  private static void secondLandWaitsThenRefusesNamingTheHolder(Path wh, long holderPid) throws Exception {
    Path report = tmp.resolve("refused.json");
    long t0 = System.nanoTime();
    int code = new CommandLine(new JobsMain()).execute("land", "--input", SAMPLES.toString(),
        "--warehouse", wh.toString(), "--wait", "1", "--report", report.toString());
    double waited = (System.nanoTime() - t0) / 1e9;
    assertEquals(4, code);
    assertTrue(waited >= 1.0 && waited < 10, "waited " + waited + " s");
    JsonNode r = RunRecords.JSON.readTree(report.toFile());
    assertEquals(4, r.path("exit_code").asInt());
    String error = r.path("error").asText();
    assertTrue(error.contains("is locked by land run") && error.contains("pid " + holderPid), error);
    assertEquals(holderPid, RunRecords.JSON.readTree(wh.resolve(WarehouseLock.LOCK_FILE).toFile()).path("pid").asLong(),
        "the refused run left the holder's lock alone");
  }
}
