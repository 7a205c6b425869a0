package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yujue.jobs.Warehouses.SAMPLES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.jobs.spark.TestSpark;
import yujue.warehouse.marts.MartBuilder;
import yujue.warehouse.marts.Marts;
import yujue.warehouse.views.ViewsScript;

/**
 * The land job leaves fresh marts; after a small run they are a layer on the earlier whole marts,
 * and the views read through a layer answer as the views computed from the facts do.
 */
class MartsLandTest {

  private static final String MAX_LAYER_SHARE = "yujue.marts.maxLayerShare";

  @AfterEach
  void defaultShare() {
    System.clearProperty(MAX_LAYER_SHARE);
  }

  @Test
  void layersOnEarlierMartsAnswerAsTheViewsCompute(@TempDir Path tmp) throws Exception {
    System.setProperty(MAX_LAYER_SHARE, "1"); // the samples are too few departments for the default
    Path wh = tmp.resolve("wh");
    Path first = inputs(tmp, "first", Warehouses.HAIDONG_FINAL, Warehouses.XINING_FINAL);
    Path second = inputs(tmp, "second", Warehouses.HAIDONG_BUDGET); // 海东 again
    Path third = inputs(tmp, "third", Warehouses.LINXIA_FINAL); // 临夏, a new department

    new LandJob().run(TestSpark.session(), List.of(first), wh.toString());
    String whole = Marts.fresh(wh).orElseThrow();
    assertEquals(Optional.empty(), Marts.base(wh, whole));

    new LandJob().run(TestSpark.session(), List.of(first, second), wh.toString());
    String layer = Marts.fresh(wh).orElseThrow();
    assertEquals(Optional.of(whole), Marts.base(wh, layer));
    assertEquals(List.of("630200|海东市人民政府办公室"), touched(wh, layer));
    assertEquals(computed(wh), viaMarts(wh));

    // a layer on a layer lies on the same whole marts, holding every department touched since
    new LandJob().run(TestSpark.session(), List.of(first, second, third), wh.toString());
    String next = Marts.fresh(wh).orElseThrow();
    assertEquals(Optional.of(whole), Marts.base(wh, next));
    assertEquals(2, touched(wh, next).size());
    assertEquals(Stream.of(whole, next).map(wh::resolve).sorted().toList(), martDirs(wh)); // older layer deleted
    Map<String, List<String>> layered = viaMarts(wh);
    assertEquals(computed(wh), layered);
    assertEquals(4, layered.get("doc_totals").size());
    assertEquals(3, layered.get("documents").stream().map(r -> r.split("region_code=")[1].substring(0, 6)).distinct().count());

    // whole again once a layer would hold more than the share allows
    System.setProperty(MAX_LAYER_SHARE, "0.5");
    Warehouses.deleteTree(wh.resolve(next));
    MartBuilder.Built rebuilt = MartBuilder.build(wh);
    assertEquals(-1, rebuilt.departmentsRecomputed()); // 2 of 3 departments
    assertEquals(Optional.empty(), rebuilt.base());
    assertEquals(List.of(wh.resolve(rebuilt.dir())), martDirs(wh));
    assertEquals(layered, viaMarts(wh));
  }

  @Test
  void aLayerOnlyForFewDepartments(@TempDir Path tmp) throws Exception {
    Path wh = tmp.resolve("wh");
    Path first = inputs(tmp, "first", Warehouses.HAIDONG_FINAL, Warehouses.XINING_FINAL);
    Path second = inputs(tmp, "second", Warehouses.HAIDONG_BUDGET);
    new LandJob().run(TestSpark.session(), List.of(first), wh.toString());
    new LandJob().run(TestSpark.session(), List.of(first, second), wh.toString());
    // 1 of 2 departments touched: more than the default share (0.2), so built whole
    assertFalse(Marts.base(wh, Marts.fresh(wh).orElseThrow()).isPresent());
    assertEquals(computed(wh), viaMarts(wh));
  }

  private static Path inputs(Path tmp, String name, String... samples) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (String s : samples) {
      Files.copy(SAMPLES.resolve(s), dir.resolve(s));
    }
    return dir;
  }

  private static List<String> touched(Path wh, String dir) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      return Warehouses.rows(c, "SELECT region_code || '|' || department_name AS d FROM read_parquet('"
          + wh.resolve(Marts.file(dir, Marts.TOUCHED)) + "') ORDER BY 1").stream()
          .map(r -> r.substring("d=".length(), r.length() - " | ".length()))
          .toList();
    }
  }

  private static List<Path> martDirs(Path wh) throws Exception {
    try (Stream<Path> dirs = Files.list(wh.resolve(Marts.DIR))) {
      return dirs.sorted().toList();
    }
  }

  /** Every materialized view's sorted rows, read through the marts as queries read them. */
  private static Map<String, List<String>> viaMarts(Path wh) throws Exception {
    try (Connection c = Warehouses.open(wh)) {
      return martViewRows(c);
    }
  }

  /** The same, computed from the facts by the views' SQL. */
  private static Map<String, List<String>> computed(Path wh) throws Exception {
    Path dir = wh.toAbsolutePath().normalize();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET file_search_path = '" + dir + "'");
      s.execute(ViewsScript.render(t -> ViewsScript.hasFiles(dir, t)));
      return martViewRows(c);
    }
  }

  private static Map<String, List<String>> martViewRows(Connection c) throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    for (String view : Marts.views()) {
      List<String> rows = Warehouses.rows(c, "SELECT * FROM " + view);
      rows.sort(Comparator.naturalOrder());
      out.put(view, rows);
    }
    return out;
  }
}
