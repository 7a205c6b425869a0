package yujue.warehouse.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.views.ViewsScript;

class MartsKeyTest {

  @Test
  void theKeyNamesTheSetOfRunsWhateverTheirOrder() {
    String key = Marts.key(List.of("r20240101T000000Z-aaaaaa", "r20250101T000000Z-bbbbbb"));
    assertEquals(key, Marts.key(List.of("r20250101T000000Z-bbbbbb", "r20240101T000000Z-aaaaaa")));
    assertNotEquals(key, Marts.key(List.of("r20240101T000000Z-aaaaaa")));
    assertTrue(key.matches("[0-9a-f]{16}"), key); // DuckDB's marts_key() agrees: MartsTest reads through it
  }

  @Test
  void freshOnlyWhenCompleteForTheRunsCommittedNowAndThisViewSql(@TempDir Path wh) throws Exception {
    Files.createDirectories(wh.resolve(WarehouseLayout.RUNS_DIR));
    Files.writeString(wh.resolve(WarehouseLayout.RUNS_DIR).resolve("r20240101T000000Z-aaaaaa.json"), "{}");
    Path dir = wh.resolve(Marts.dirFor(wh));
    Files.createDirectories(dir);
    assertTrue(Marts.fresh(wh).isEmpty()); // no _SUCCESS
    Files.writeString(dir.resolve(Marts.DONE), Marts.sqlVersion());
    assertEquals(Marts.dirFor(wh), Marts.fresh(wh).orElseThrow());
    Files.writeString(wh.resolve(WarehouseLayout.RUNS_DIR).resolve("r20250101T000000Z-bbbbbb.json"), "{}");
    assertTrue(Marts.fresh(wh).isEmpty()); // another run committed since
  }

  @Test
  void theScriptReadsEveryMaterializedViewFromItsMartOnlyWhenAsked() {
    String computing = ViewsScript.render(t -> true);
    String withMarts = ViewsScript.render(t -> true, java.util.Optional.of("marts/0123456789abcdef"));
    for (String view : Marts.views()) {
      assertTrue(withMarts.contains("CREATE OR REPLACE VIEW " + view + " AS\nSELECT * FROM read_parquet('marts/0123456789abcdef/"
          + view + ".parquet')"), view);
    }
    assertTrue(withMarts.contains("marts_key() = '0123456789abcdef'"));
    assertTrue(!computing.contains("read_parquet('marts/"));
    String layered = ViewsScript.render(t -> true, java.util.Optional.of("marts/0123456789abcdef"),
        java.util.Optional.of("marts/fedcba9876543210"));
    for (String view : Marts.views()) {
      assertTrue(layered.contains("CREATE OR REPLACE VIEW " + view + " AS\nSELECT * FROM (SELECT b.* FROM read_parquet('marts/fedcba9876543210/"
          + view + ".parquet') b\n  ANTI JOIN read_parquet('marts/0123456789abcdef/touched.parquet') t\n"), view);
      assertTrue(layered.contains("UNION ALL SELECT * FROM read_parquet('marts/0123456789abcdef/" + view + ".parquet'))"), view);
    }
  }
}
