package yujue.queries.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import yujue.queries.QueryFiles;

class ColumnDefinitionsTest {

  @Test
  void readsEntriesContinuationsAndSharedEntries() {
    String sql = """
        -- doc_totals: the headline figures.
        -- Grain: one row per current document.
        -- Columns:
        --   doc_id, region_code: as in documents.
        --   income_total: 本年收入合计, 万元.
        --   fiscal_income: 财政拨款收入 (general budget, government fund and state capital
        --     appropriations together), 万元.
        --   share_pct  part of the whole, %.
        CREATE OR REPLACE VIEW doc_totals AS
        --   not_a_column: after the SQL started
        SELECT 1""";
    assertEquals(Map.of(
            "doc_id", "as in documents.",
            "region_code", "as in documents.",
            "income_total", "本年收入合计, 万元.",
            "fiscal_income", "财政拨款收入 (general budget, government fund and state capital appropriations together), 万元.",
            "share_pct", "part of the whole, %."),
        ColumnDefinitions.parse(sql));
  }

  @Test
  void blockEndsAtEmptyCommentOrLessIndentedLine() {
    String sql = """
        -- Columns:
        --   a: first.
        --
        --   b: after an empty comment line.
        SELECT 1""";
    assertEquals(Map.of("a", "first."), ColumnDefinitions.parse(sql));
    assertEquals(Map.of("a", "first."), ColumnDefinitions.parse("-- Columns:\n--   a: first.\n-- Notes: x\n"));
  }

  @Test
  void noBlockNoDefinitions() {
    assertEquals(Map.of(), ColumnDefinitions.parse("-- t: a table.\nSELECT 1"));
  }

  @Test
  void exportQueriesDefineEveryColumnTheyList() {
    Map<String, String> defs = ColumnDefinitions.parse(QueryFiles.load("export/sanggong"));
    assertEquals("公务接待费, official hospitality, 万元.", defs.get("reception"));
    assertEquals(13, defs.size());
  }
}
