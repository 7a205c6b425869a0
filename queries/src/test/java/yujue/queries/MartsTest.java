package yujue.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.queries.modules.Filters;
import yujue.queries.modules.QueryModule;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.marts.MartBuilder;
import yujue.warehouse.marts.Marts;
import yujue.warehouse.views.ViewsScript;

/** Marts hold exactly what their views compute, and are read only while they are fresh. */
class MartsTest {

  private static final List<Filters> FILTERS = List.of(
      Filters.NONE,
      Filters.NONE.withRegions("630200"),
      Filters.NONE.withDepartmentType("government_office"),
      Filters.NONE.withYears(2024, 2024));

  @Test
  void everyMaterializedViewAndModuleAnswersAlikeFromItsMart(@TempDir Path dir) throws Exception {
    Path wh = TestWarehouses.samples().write(dir);
    Map<String, List<String>> computed = answers(wh);
    assertTrue(Marts.fresh(wh).isEmpty());

    MartBuilder.Built built = MartBuilder.build(wh);
    assertEquals(Marts.fresh(wh).orElseThrow(), built.dir());
    assertEquals(4L, built.rows().get("doc_totals")); // the four sample reports
    assertTrue(ViewsScript.render(wh).contains("read_parquet('" + built.dir() + "/doc_totals.parquet')"));
    Map<String, List<String>> fromMarts = answers(wh);
    assertEquals(computed.keySet(), fromMarts.keySet());
    computed.forEach((what, rows) -> assertEquals(rows, fromMarts.get(what), what));
    assertFalse(computed.get("module sanggong-trend " + Filters.NONE).isEmpty());
  }

  @Test
  void aConnectionOutlivingTheNextCommitIsToldToReopenAndNewOnesCompute(@TempDir Path dir) throws Exception {
    Path wh = TestWarehouses.samples().write(dir);
    String first = MartBuilder.build(wh).dir();
    try (Connection c = Warehouse.open(wh); Statement s = c.createStatement()) {
      assertEquals(4, count(s, "doc_totals"));
      commitEmptyRun(wh, "r20990101T000000Z-aaaaaa");
      SQLException e = assertThrows(SQLException.class, () -> count(s, "doc_totals"));
      assertTrue(e.getMessage().contains("open it again"), e.getMessage());
    }
    assertTrue(Marts.fresh(wh).isEmpty()); // stale: views compute, with the same rows
    try (Connection c = Warehouse.open(wh); Statement s = c.createStatement()) {
      assertEquals(4, count(s, "doc_totals"));
    }
    MartBuilder.Built layer = MartBuilder.build(wh); // the new run landed no report: an empty layer
    String second = layer.dir();
    assertFalse(first.equals(second));
    assertEquals(java.util.Optional.of(first), layer.base());
    assertEquals(0, layer.departmentsRecomputed());
    try (Stream<Path> marts = Files.list(wh.resolve(Marts.DIR))) {
      assertEquals(List.of(wh.resolve(first), wh.resolve(second)), marts.sorted().toList()); // kept: the layer's base
    }
    try (Connection c = Warehouse.open(wh); Statement s = c.createStatement()) {
      assertEquals(4, count(s, "doc_totals"));
    }
  }

  @Test
  void martsBuiltByOtherViewSqlAreNotFresh(@TempDir Path dir) throws Exception {
    Path wh = TestWarehouses.samples().write(dir);
    String built = MartBuilder.build(wh).dir();
    Files.writeString(wh.resolve(built).resolve(Marts.DONE), "0123456789abcdef");
    assertTrue(Marts.fresh(wh).isEmpty());
    assertEquals(Marts.views().size(), MartBuilder.build(wh).rows().size()); // rebuilt, every view
    assertTrue(Marts.fresh(wh).isPresent());
  }

  /** Every materialized view's rows and every module's rows under every filter, sorted, as text. */
  private static Map<String, List<String>> answers(Path wh) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Connection c = Warehouse.open(wh); Statement s = c.createStatement()) {
      for (String view : Marts.views()) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + view)) {
          out.put("view " + view, rows(rs));
        }
      }
      for (QueryModule m : QueryModule.all()) {
        for (Filters f : FILTERS) {
          Filters asked = m == QueryModule.PEERS ? f.withMetric("expenditure_total") : f;
          try (ResultSet rs = m.run(c, asked)) {
            out.put("module " + m.name() + " " + f, rows(rs));
          }
        }
      }
    }
    return out;
  }

  private static List<String> rows(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> rows = new ArrayList<>();
    while (rs.next()) {
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        row.append(md.getColumnLabel(i)).append('=').append(rs.getObject(i)).append('|');
      }
      rows.add(row.toString());
    }
    rows.sort(null);
    return rows;
  }

  private static long count(Statement s, String view) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + view)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void commitEmptyRun(Path wh, String runId) throws Exception {
    Files.writeString(wh.resolve(WarehouseLayout.RUNS_DIR).resolve(runId + ".json"), "{\"run_id\": \"" + runId + "\"}\n");
  }
}
