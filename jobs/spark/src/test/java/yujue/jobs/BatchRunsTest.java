package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.jobs.Warehouses.SAMPLES;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import yujue.jobs.cli.JobsMain;
import yujue.jobs.spark.TestSpark;

/** Scheduled batches: editions, changed files, quarantine over time, the lock, leftovers, exit codes. */
class BatchRunsTest {

  @TempDir Path tmp;

  static final String INCOME = "本年收入合计\t27\t2,678.82";
  static final String SANGGONG_ROW = "27\t\t27\t0.11\n"; // table 09's 决算数 half ends with 公务接待费 0.11

  /**
   * Large runs stage their parsed reports, small ones keep them on the driver: the same inputs
   * land the same rows, in the same files, with the same Parquet schemas, either way.
   */
  @Test
  void aStagedRunLandsWhatACollectedRunLands() throws Exception {
    Path wh = tmp.resolve("wh");
    System.setProperty("yujue.land.collectReports", "0");
    try {
      LandResult staged = new LandJob().run(TestSpark.session(), List.of(SAMPLES), wh.toString());
      assertEquals(4, staged.landed());
    } finally {
      System.clearProperty("yujue.land.collectReports");
    }
    Path collected = Warehouses.reference();
    assertEquals(Warehouses.dump(collected), Warehouses.dump(wh));
    assertEquals(dataFileSchemas(collected), dataFileSchemas(wh));
  }

  /** Each data file's directory, with its Parquet schema as DuckDB reads it (names, types, repetition). */
  private static List<String> dataFileSchemas(Path wh) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(wh.resolve("data"))) {
      files = s.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
      List<String> out = new java.util.ArrayList<>();
      for (Path f : files) {
        out.add(wh.relativize(f.getParent()) + ": " + Warehouses.rows(c, "SELECT name, type, repetition_type, "
            + "converted_type, logical_type FROM parquet_schema('" + f.toAbsolutePath() + "')"));
      }
      return out;
    }
  }

  @Test
  void aNewEditionSupersedesTheOldOneWhichStaysQueryable() throws Exception {
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    Path report = inbox.resolve("haidong-2024-final.txt");
    String text = Files.readString(SAMPLES.resolve(Warehouses.HAIDONG_FINAL));
    assertTrue(text.contains(INCOME) && text.contains(SANGGONG_ROW));
    Path wh = tmp.resolve("wh");

    Files.writeString(report, text);
    LandResult first = land(inbox, wh);
    // the same file changed in place, one figure edited: a new edition of the same report
    Files.writeString(report, text.replace(INCOME, "本年收入合计\t27\t2,688.82"));
    LandResult second = land(inbox, wh);
    // edited again: 公务接待费 决算 0.11 -> 0.13
    Files.writeString(report, text.replace(INCOME, "本年收入合计\t27\t2,688.82").replace(SANGGONG_ROW, "27\t\t27\t0.13\n"));
    LandResult third = land(inbox, wh);
    assertEquals(List.of(1, 1, 1), List.of(first.landed(), second.landed(), third.landed()));
    String firstDoc = first.record().outcomes().get(0).docId();
    String secondDoc = second.record().outcomes().get(0).docId();
    String thirdDoc = third.record().outcomes().get(0).docId();

    try (Connection c = Warehouses.open(wh)) {
      assertEquals(List.of(
              "doc_id=" + firstDoc + " | status=superseded | ",
              "doc_id=" + secondDoc + " | status=superseded | ",
              "doc_id=" + thirdDoc + " | status=current | "),
          Warehouses.rows(c, "SELECT doc_id, status FROM documents ORDER BY landed_at"));
      assertEquals(1L, Warehouses.scalar(c, "SELECT count(*) FROM doc_totals"));
      assertAmount("2688.82", Warehouses.scalar(c, "SELECT income_total FROM doc_totals"));
      assertAmount("0.13", Warehouses.scalar(c,
          "SELECT reception FROM sanggong WHERE fiscal_year = 2024 AND basis = 'actual'"));
      assertAmount("27.00", Warehouses.scalar(c,
          "SELECT vehicle_total FROM sanggong WHERE fiscal_year = 2024 AND basis = 'actual'"));
      // the edited figure breaks table 01's identity: the current edition's findings say so
      assertTrue((Long) Warehouses.scalar(c, "SELECT count(*) FROM findings WHERE rule_id = 'F01_INCOME_SIDE'") > 0);
      // the old editions stay queryable as such, with their own figures
      assertAmount("2678.82", Warehouses.scalar(c, "SELECT amount FROM stg_fct_measure WHERE doc_id = '" + firstDoc
          + "' AND measure = 'income_total' AND table_code = 'F01' AND about_year = 2024"));
      assertEquals(1L, Warehouses.scalar(c, "SELECT count(DISTINCT doc_id) FROM measures"));
    }
    // and landing the unchanged inbox again changes nothing
    LandResult again = land(inbox, wh);
    assertFalse(again.committed());
    assertEquals(1, again.alreadyLanded());
  }

  @Test
  void aQuarantinedFileLeavesTheQuarantineViewOnceItLands() throws Exception {
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    Path wh = tmp.resolve("wh");
    Path later = inbox.resolve("later.txt");
    Files.writeString(later, "报告稍后提供。\n");
    Files.write(inbox.resolve("scan.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    LandResult first = land(inbox, wh);
    assertEquals(2, first.quarantined().size());
    assertTrue(first.committed(), "newly quarantined inputs are recorded, so the quarantine view can show them");
    assertEquals(2L, Warehouses.scalar(wh, "SELECT count(*) FROM quarantine"));
    assertEquals(0L, Warehouses.scalar(wh, "SELECT count(*) FROM documents"));

    assertFalse(land(inbox, wh).committed(), "the same quarantine again changes nothing");

    Files.copy(SAMPLES.resolve(Warehouses.XINING_FINAL), later, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    LandResult fixed = land(inbox, wh);
    assertEquals(1, fixed.landed());
    try (Connection c = Warehouses.open(wh)) {
      assertEquals(List.of("source_file=" + inbox.resolve("scan.pdf") + " | reason=truncated PDF: the file ends before its"
              + " end-of-file marker (%%EOF), so pages are missing or damaged | "),
          Warehouses.rows(c, "SELECT source_file, reason FROM quarantine"));
      assertEquals(1L, Warehouses.scalar(c, "SELECT count(*) FROM documents"));
    }
  }

  @Test
  void aSecondLandRefusesWhileTheLockIsHeldAndTakesOverAStaleOne() throws Exception {
    Path wh = tmp.resolve("wh");
    FileSystem fs = FileSystem.getLocal(new Configuration());
    org.apache.hadoop.fs.Path root = fs.makeQualified(new org.apache.hadoop.fs.Path(wh.toString()));
    List<Path> inputs = List.of(SAMPLES.resolve(Warehouses.LINXIA_FINAL));

    // held by a live process (this one): refused at once, naming the holder
    try (WarehouseLock held = WarehouseLock.acquire(fs, root, Duration.ZERO)) {
      WarehouseLock.WarehouseLockedException e = assertThrows(WarehouseLock.WarehouseLockedException.class,
          () -> new LandJob().run(TestSpark.session(), inputs, wh.toString()));
      assertTrue(e.getMessage().contains(held.runId()) && e.getMessage().contains("pid " + ProcessHandle.current().pid()),
          e.getMessage());
      // the command line says so with exit code 4, before starting Spark
      assertEquals(4, new CommandLine(new JobsMain()).execute("land", "--input", inputs.get(0).toString(),
          "--warehouse", wh.toString()));
    }
    assertFalse(Files.exists(wh.resolve(WarehouseLock.LOCK_FILE)), "released");

    // --wait: the lock is released while the second run waits
    WarehouseLock first = WarehouseLock.acquire(fs, root, Duration.ZERO);
    Thread releaser = new Thread(() -> {
      try {
        Thread.sleep(1500);
        first.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    long t0 = System.nanoTime();
    releaser.start();
    try (WarehouseLock second = WarehouseLock.acquire(fs, root, Duration.ofSeconds(30))) {
      double waited = (System.nanoTime() - t0) / 1e9;
      assertTrue(waited >= 1.4 && waited < 10, "waited " + waited);
      assertFalse(second.runId().equals(first.runId()));
    }
    releaser.join();

    // a lock whose process is gone from this host is stale: the next run takes it over
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    writeLock(wh, "r20200101T000000Z-dead00", gone.pid(), WarehouseLock.localHost());
    LandResult r = new LandJob().run(TestSpark.session(), inputs, wh.toString());
    assertEquals(1, r.landed());
    assertFalse(Files.exists(wh.resolve(WarehouseLock.LOCK_FILE)));

    // a lock held from another host is never broken automatically
    writeLock(wh, "r20200101T000000Z-e15e00", gone.pid(), "some-other-host");
    WarehouseLock.WarehouseLockedException e = assertThrows(WarehouseLock.WarehouseLockedException.class,
        () -> new LandJob().run(TestSpark.session(), inputs, wh.toString()));
    assertTrue(e.getMessage().contains("on host some-other-host") && e.getMessage().contains("delete "), e.getMessage());
  }

  @Test
  void theNextRunDeletesWhatAKilledRunLeft() throws Exception {
    Path wh = tmp.resolve("wh");
    LandResult first = new LandJob().run(TestSpark.session(), List.of(SAMPLES.resolve(Warehouses.LINXIA_FINAL)),
        wh.toString());
    Map<String, List<String>> before = Warehouses.dump(wh);
    // what a run killed while moving its files leaves: staged files, a file in data/ named for it, a half commit record
    String killed = "r20990101T000000Z-abcdef";
    Path partition = wh.resolve("data/fct_measure/fiscal_year=2024");
    Path committedFile;
    try (Stream<Path> s = Files.list(partition)) {
      committedFile = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement()) {
      st.execute("COPY (SELECT * REPLACE ('" + killed + "' AS run_id) FROM read_parquet('" + committedFile + "')) TO '"
          + partition.resolve("part-" + killed + "-00000-x.c000.zstd.parquet") + "' (FORMAT parquet)");
    }
    Path staged = Files.createDirectories(wh.resolve("_yujue/staging/" + killed + "/documents"));
    Files.writeString(staged.resolve("part-00000.parquet"), "half");
    Files.writeString(wh.resolve("_yujue/runs/" + killed + ".json.tmp"), "{\"run_id\":");
    assertEquals(1, Warehouses.uncommittedDataFiles(wh).size());
    // invisible to readers meanwhile: its rows carry a run id without a commit record
    assertEquals(before, Warehouses.dump(wh));

    LandResult next = new LandJob().run(TestSpark.session(), List.of(SAMPLES.resolve(Warehouses.LINXIA_FINAL)),
        wh.toString());
    assertFalse(next.committed());
    assertEquals(3, next.record().leftoversRemoved());
    assertEquals(List.of(), Warehouses.uncommittedDataFiles(wh));
    assertFalse(Files.exists(wh.resolve("_yujue/staging/" + killed)));
    assertFalse(Files.exists(wh.resolve("_yujue/runs/" + killed + ".json.tmp")));
    assertTrue(Files.exists(committedFile));
    assertEquals(before, Warehouses.dump(wh));
    assertTrue(first.committed());
  }

  @Test
  void badCommandLinesExitWithTwo() {
    if (System.getenv("YUJUE_WAREHOUSE") == null) {
      assertEquals(2, new CommandLine(new JobsMain()).execute("land", "--input", SAMPLES.toString()));
    }
    assertEquals(2, new CommandLine(new JobsMain()).execute("land", "--input", tmp.resolve("nothing-here").toString(),
        "--warehouse", tmp.resolve("wh").toString()));
    assertEquals(2, new CommandLine(new JobsMain()).execute("land", "--input", SAMPLES.toString(),
        "--warehouse", tmp.resolve("wh").toString(), "--wait", "-1"));
    assertEquals(2, new CommandLine(new JobsMain()).execute("land", "--bogus"));
  }

  private static void writeLock(Path wh, String runId, long pid, String host) throws Exception {
    Files.createDirectories(wh.resolve("_yujue"));
    Files.writeString(wh.resolve(WarehouseLock.LOCK_FILE), RunRecords.JSON.writeValueAsString(
        new WarehouseLock.Holder(runId, pid, host, null, Instant.parse("2020-01-01T00:00:00Z").toString())));
  }

  private static LandResult land(Path inbox, Path wh) throws Exception {
    return new LandJob().run(TestSpark.session(), List.of(inbox), wh.toString());
  }

  private static void assertAmount(String expected, Object actual) {
    assertTrue(actual instanceof BigDecimal d && d.compareTo(new BigDecimal(expected)) == 0,
        "expected " + expected + " but was " + actual);
  }
}
