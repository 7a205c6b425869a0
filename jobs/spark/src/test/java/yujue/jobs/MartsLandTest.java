package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.jobs.Warehouses.SAMPLES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.jobs.spark.TestSpark;
import yujue.warehouse.marts.MartBuilder;
import yujue.warehouse.marts.Marts;

/** The land job leaves fresh marts; marts built on earlier ones equal marts built whole. */
class MartsLandTest {

  @Test
  void martsBuiltFromEarlierMartsEqualMartsBuiltWhole(@TempDir Path tmp) throws Exception {
    Path wh = tmp.resolve("wh");
    Path first = Files.createDirectories(tmp.resolve("first"));
    Path second = Files.createDirectories(tmp.resolve("second"));
    Files.copy(SAMPLES.resolve(Warehouses.HAIDONG_FINAL), first.resolve(Warehouses.HAIDONG_FINAL));
    Files.copy(SAMPLES.resolve(Warehouses.XINING_FINAL), first.resolve(Warehouses.XINING_FINAL));
    // 海东's budget: a department the first run landed; 临夏: a new one; 城中区 untouched
    Files.copy(SAMPLES.resolve(Warehouses.HAIDONG_BUDGET), second.resolve(Warehouses.HAIDONG_BUDGET));
    Files.copy(SAMPLES.resolve(Warehouses.LINXIA_FINAL), second.resolve(Warehouses.LINXIA_FINAL));

    new LandJob().run(TestSpark.session(), List.of(first), wh.toString());
    String firstMarts = Marts.fresh(wh).orElseThrow();
    Path kept = tmp.resolve("kept");
    copyTree(wh.resolve(firstMarts), kept);
    new LandJob().run(TestSpark.session(), List.of(first, second), wh.toString());
    assertTrue(Marts.fresh(wh).isPresent());

    // again from the first run's marts, then whole: the same rows in every mart
    Path current = wh.resolve(Marts.fresh(wh).orElseThrow());
    Warehouses.deleteTree(current);
    copyTree(kept, wh.resolve(firstMarts));
    MartBuilder.Built incremental = MartBuilder.build(wh);
    assertEquals(2, incremental.departmentsRecomputed()); // 海东 and 临夏
    Map<String, List<String>> fromEarlier = martRows(wh);
    Warehouses.deleteTree(wh.resolve(Marts.DIR));
    MartBuilder.Built whole = MartBuilder.build(wh);
    assertEquals(-1, whole.departmentsRecomputed());
    assertEquals(martRows(wh), fromEarlier);
    assertEquals(4L, whole.rows().get("doc_totals"));
    assertEquals(3L, fromEarlier.get("documents").stream().map(r -> r.split("region_code=")[1].substring(0, 6)).distinct().count());
  }

  /** Every mart's rows as read from its file, in file order (both are sorted by region and department). */
  private static Map<String, List<String>> martRows(Path wh) throws Exception {
    String dir = Marts.fresh(wh).orElseThrow();
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String view : Marts.views()) {
        List<String> rows = Warehouses.rows(c, "SELECT * FROM read_parquet('" + wh.resolve(Marts.file(dir, view)) + "')");
        rows.sort(Comparator.naturalOrder());
        out.put(view, rows);
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
