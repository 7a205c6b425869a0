package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yujue.jobs.Corpus.Entry;
import yujue.jobs.Corpus.Outcome;
import yujue.jobs.RunRecord.InputOutcome;
import yujue.jobs.spark.TestSpark;

/**
 * Whatever arrives: the bad-input corpus landed in one batch. Every input lands (with findings
 * where it is damaged) or is quarantined with a plain reason naming it; the run record, the run
 * report and the quarantine view account for every one; text in any encoding lands exactly as its
 * UTF-8 twin.
 */
class BadInputCorpusTest {

  static final Corpus CORPUS = Corpus.build();
  static final List<String> FACT_TABLES = List.of("fct_measure", "fct_function", "fct_economic", "fct_sanggong",
      "fct_execution", "fct_project_evaluation");

  @TempDir static Path tmp;
  static Path inbox;
  static Path warehouse;
  static LandResult result;
  static double seconds;
  static Map<String, InputOutcome> outcomes;
  static Connection duck;

  @BeforeAll
  static void land() throws Exception {
    inbox = tmp.resolve("inbox");
    warehouse = tmp.resolve("wh");
    CORPUS.write(inbox);
    long t0 = System.nanoTime();
    result = new LandJob().run(TestSpark.session(), List.of(inbox), warehouse.toString());
    seconds = (System.nanoTime() - t0) / 1e9;
    outcomes = result.record().outcomes().stream()
        .collect(Collectors.toMap(o -> Path.of(o.sourceFile()).getFileName().toString(), Function.identity()));
    duck = Warehouses.open(warehouse);
  }

  @AfterAll
  static void close() throws Exception {
    if (duck != null) {
      duck.close();
    }
    java.nio.file.Files.deleteIfExists(inbox.resolve("unreadable-device.txt")); // the link, not /proc/self/mem
    result.quarantined().forEach(q -> System.out.println("  quarantined " + Path.of(q.sourceFile()).getFileName()
        + ": " + q.reason()));
    Map<String, Long> byKind = CORPUS.entries().values().stream()
        .collect(Collectors.groupingBy(Entry::kind, TreeMap::new, Collectors.counting()));
    System.out.printf("bad-input corpus: %d inputs landed in one run in %.1f s: %d landed, %d already landed, "
        + "%d quarantined; by kind %s%n", CORPUS.entries().size(), seconds, result.landed(), result.alreadyLanded(),
        result.quarantined().size(), byKind);
  }

  static Stream<String> inputs() {
    return CORPUS.entries().keySet().stream();
  }

  @Test
  void theCorpusHasAtLeastFiftyInputsAndTheRunAccountsForEach() throws Exception {
    assertTrue(CORPUS.entries().size() >= 50, "corpus of " + CORPUS.entries().size());
    assertEquals(CORPUS.entries().keySet(), outcomes.keySet());
    assertEquals(CORPUS.entries().size(), result.inputs());
    assertEquals(result.inputs(), result.landed() + result.alreadyLanded() + result.quarantined().size());
    assertTrue(result.committed());
    // the commit record says the same
    JsonNode run = RunRecords.JSON.readTree(warehouse.resolve("_yujue/runs/" + result.runId() + ".json").toFile());
    assertEquals(run.path("inputs").asInt(), run.path("landed").asInt() + run.path("skipped_already_landed").asInt()
        + run.path("quarantined").size());
    // it lists the inputs the run parsed; those that had landed before are counted only
    assertTrue(result.alreadyLanded() > 0, "the corpus holds copies of landed inputs");
    assertEquals(result.landed() + result.quarantined().size(), run.path("outcomes").size());
    run.path("outcomes").forEach(o -> assertNotEquals(RunRecord.ALREADY_LANDED, o.path("status").asText()));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void eachInputLandsOrIsQuarantinedWithAPlainReason(String name) throws Exception {
    Entry e = CORPUS.entries().get(name);
    InputOutcome o = outcomes.get(name);
    assertNotNull(o, name);
    String what = name + " (" + e.kind() + "): " + o;
    assertTrue(o.sourceFile().endsWith(name), what);
    switch (e.outcome()) {
      case QUARANTINED -> {
        assertEquals(RunRecord.QUARANTINED, o.status(), what);
        assertTrue(o.reason().startsWith(e.reason()), what);
        assertFalse(o.reason().contains("Exception"), "a plain reason, not a stack: " + what);
      }
      case ALREADY_LANDED -> {
        assertEquals(RunRecord.ALREADY_LANDED, o.status(), what);
        assertNull(o.reason(), what);
      }
      case LANDED -> {
        assertEquals(RunRecord.LANDED, o.status(), what);
        assertTrue(o.facts() > 0, what);
        List<String> rules = rules(o.docId());
        assertEquals(o.findings(), rules.size(), what);
        if (e.findings() != null) {
          assertTrue(rules.containsAll(e.findings()), what + " has findings " + rules);
        }
        if (e.twin() != null) {
          assertLandsAsItsTwin(o, outcomes.get(Corpus.short_(e.twin()) + ".txt"), e.sameFindings(), what);
        }
        if (e.kind().equals("truncation")) {
          assertDamageFound(o, rules, what);
        }
        if (e.kind().equals("garbled number") && e.findings() == null) {
          List<String> twinRules = rules(outcomes.get(Corpus.short_(twinOf(name)) + ".txt").docId());
          assertTrue(rules.size() > twinRules.size(), what + ": findings " + rules + " beyond the clean report's");
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  /**
   * A truncated report lands with a finding saying so, unless the cut fell after its last table
   * (in the narrative), where it may lose narrative figures only.
   */
  private static void assertDamageFound(InputOutcome o, List<String> rules, String what) throws SQLException {
    boolean said = rules.stream().anyMatch(Corpus.TRUNCATION_FINDINGS::contains);
    long tables = (Long) Warehouses.scalar(duck, "SELECT count(DISTINCT table_code) FROM stg_fct_measure WHERE doc_id = '"
        + o.docId() + "' AND table_code IS NOT NULL");
    assertTrue(said || tables >= 2, what + " has findings " + rules);
  }

  private static String twinOf(String name) {
    for (String s : Warehouses.SAMPLE_NAMES) {
      if (name.startsWith(Corpus.short_(s) + ".")) {
        return s;
      }
    }
    return Warehouses.HAIDONG_FINAL; // the garbled-* inputs are all made from it
  }

  /** Every fact row the same as the twin's (all columns but doc_id and run_id), and the document the same. */
  private static void assertLandsAsItsTwin(InputOutcome o, InputOutcome twin, boolean sameFindings, String what)
      throws SQLException {
    assertEquals(RunRecord.LANDED, twin.status());
    List<String> tables = new ArrayList<>(FACT_TABLES);
    if (sameFindings) {
      tables.add("fct_finding");
    }
    for (String t : tables) {
      assertEquals(rows(t, twin.docId()), rows(t, o.docId()), what + ": " + t);
    }
    String doc = "SELECT region_code, department_name, fiscal_year, doc_kind, text_family, metadata_source%s "
        + "FROM stg_documents WHERE doc_id = '%s'";
    String counts = sameFindings ? ", fact_count, finding_count" : ", fact_count";
    assertEquals(Warehouses.rows(duck, String.format(doc, counts, twin.docId())),
        Warehouses.rows(duck, String.format(doc, counts, o.docId())), what);
    assertFalse(rows("fct_measure", o.docId()).isEmpty());
  }

  private static List<String> rows(String table, String docId) throws SQLException {
    List<String> rows = Warehouses.rows(duck, "SELECT * EXCLUDE (doc_id, run_id) FROM stg_" + table
        + " WHERE doc_id = '" + docId + "'");
    rows.sort(Comparator.naturalOrder());
    return rows;
  }

  private static List<String> rules(String docId) throws SQLException {
    List<String> out = new ArrayList<>();
    for (String r : Warehouses.rows(duck, "SELECT rule_id FROM stg_fct_finding WHERE doc_id = '" + docId + "'")) {
      out.add(r.substring("rule_id=".length(), r.length() - " | ".length()));
    }
    return out;
  }

  @Test
  void theQuarantineViewListsEveryQuarantinedInputWithItsReason() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (RunRecord.Quarantined q : result.quarantined()) {
      expected.add(q.sourceFile() + " | " + q.sha256() + " | " + q.reason() + " | " + result.runId());
    }
    Set<String> got = new TreeSet<>();
    try (var s = duck.createStatement();
        var rs = s.executeQuery("SELECT source_file, sha256, reason, run_id FROM quarantine")) {
      while (rs.next()) {
        got.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getString(4));
      }
    }
    assertEquals(expected, got);
    assertEquals(CORPUS.entries().values().stream().filter(e -> e.outcome() == Outcome.QUARANTINED).count(), got.size());
  }

  @Test
  void landingTheCorpusAgainChangesNothing() throws Exception {
    Map<String, List<String>> before = Warehouses.dump(warehouse);
    Set<String> files = new HashSet<>(listFiles(warehouse));
    LandResult again = new LandJob().run(TestSpark.session(), List.of(inbox), warehouse.toString());
    assertFalse(again.committed(), again.report().toString());
    assertEquals(0, again.landed());
    assertEquals(result.quarantined().size(), again.quarantined().size());
    assertEquals(again.inputs(), again.landed() + again.alreadyLanded() + again.quarantined().size());
    assertEquals(files, new HashSet<>(listFiles(warehouse)));
    assertEquals(before, Warehouses.dump(warehouse));
  }

  private static List<String> listFiles(Path root) throws Exception {
    try (Stream<Path> s = java.nio.file.Files.walk(root)) {
      return s.filter(java.nio.file.Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
    }
  }
}
