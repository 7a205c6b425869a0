package yujue.queries.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.queries.TestWarehouses;
import yujue.queries.Warehouse;

/** Every view and every column a researcher can query has a meaning, from the one place it is written. */
class ViewDocsTest {

  @TempDir Path tmp;
  private final ViewDocs docs = ViewDocs.load();

  @Test
  void everyColumnOfEveryViewHasAMeaning() throws Exception {
    try (Connection c = Warehouse.open(TestWarehouses.tiny().write(tmp.resolve("warehouse")))) {
      assertEquals(List.of(), undescribed(c));
    }
  }

  @Test
  void everyColumnOfEveryViewOfTheDemoWarehouseHasAMeaning() throws Exception {
    Optional<Path> demo = TestWarehouses.demo();
    Assumptions.assumeTrue(demo.isPresent(), "no demo warehouse: ./yujue demo");
    try (Connection c = Warehouse.open(demo.get())) {
      assertEquals(List.of(), undescribed(c));
    }
  }

  /** view or view.column for everything without a meaning. */
  private List<String> undescribed(Connection c) throws SQLException {
    List<String> missing = new ArrayList<>();
    int columns = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM duckdb_columns()"
            + " WHERE table_name IN (SELECT view_name FROM duckdb_views() WHERE NOT internal)"
            + " ORDER BY table_name, column_index")) {
      while (rs.next()) {
        String view = rs.getString(1);
        String column = rs.getString(2);
        columns++;
        if (docs.meaning(view).filter(m -> !m.isBlank()).isEmpty() && !missing.contains(view)) missing.add(view);
        if (docs.meaning(view, column).filter(m -> !m.isBlank()).isEmpty()) missing.add(view + "." + column);
      }
    }
    assertTrue(columns > 200, "only " + columns + " columns seen");
    return missing;
  }

  @Test
  void meaningsComeFromTheViewFilesAndTheSchema() {
    assertEquals(Optional.of("the headline figures of each current report."), docs.meaning("doc_totals"));
    assertEquals(Optional.of("人员经费, 万元."), docs.meaning("doc_totals", "personnel_cost"));
    // "as in documents", where documents says "*: as in stg_documents": the schema's doc.
    assertEquals(Optional.of("Department name, cleaned of conversion noise."),
        docs.meaning("doc_totals", "department_name"));
    assertTrue(docs.meaning("documents", "status").orElseThrow().startsWith("'current', or 'superseded'"));
    assertTrue(docs.meaning("documents", "status").orElseThrow().endsWith("every other view reads current reports only."));
    assertTrue(docs.meaning("measures").isPresent());
    assertTrue(docs.meaning("dim_region", "display_name").orElseThrow().contains("西宁市城中区"));
    assertEquals(Optional.of("1-based line of the source text the figure was read from."),
        docs.meaning("stg_fct_measure", "source_line"));
    assertEquals(Optional.empty(), docs.meaning("doc_totals", "no_such_column"));
    assertEquals(Optional.empty(), docs.meaning("no_such_view"));
  }

  @Test
  void headerGrammar() {
    String sql = """
        -- a: the first view.
        -- b: the second view, wrapping
        -- onto a line the view meaning does not take.
        -- Columns of a:
        --   x, y: as in b.
        --   z: zed, over
        --     two lines.
        --   *: as in stg_documents.
        -- Columns of b:
        --   x: ex.
        --   y: why.
        --
        -- Not a block line: ignored.
        CREATE OR REPLACE VIEW a AS SELECT 1;
        CREATE VIEW b AS SELECT 2;
        """;
    Map<String, ViewDocs.View> views = new java.util.HashMap<>();
    for (ViewDocs.View v : ViewDocs.parse("t.sql", sql)) views.put(v.name(), v);
    assertEquals("the first view.", views.get("a").meaning());
    assertEquals("the second view, wrapping", views.get("b").meaning());
    assertEquals(Map.of("x", "as in b.", "y", "as in b.", "z", "zed, over two lines.", "*", "as in stg_documents."),
        views.get("a").columns());
    assertEquals(Map.of("x", "ex.", "y", "why."), views.get("b").columns());
  }

  @Test
  void headerMistakesAreCaught() {
    assertThrows(IllegalStateException.class, () -> ViewDocs.parse("t.sql",
        "-- Columns:\n--   x: one.\nCREATE VIEW a AS SELECT 1;\nCREATE VIEW b AS SELECT 1;\n"));
    assertThrows(IllegalStateException.class, () -> ViewDocs.parse("t.sql",
        "-- Columns of c:\n--   x: one.\nCREATE VIEW a AS SELECT 1;\n"));
    assertThrows(IllegalStateException.class, () -> ViewDocs.parse("t.sql",
        "-- Columns:\n--   x: one.\n--   x: two.\nCREATE VIEW a AS SELECT 1;\n"));
    assertThrows(IllegalStateException.class, () -> ViewDocs.parse("t.sql",
        "-- Columns:\n--   not an entry\nCREATE VIEW a AS SELECT 1;\n"));
    assertFalse(ViewDocs.parse("t.sql", "-- a: view a.\nCREATE VIEW a AS SELECT 1;\n").isEmpty());
  }
}
