package yujue.queries.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every module on the warehouse {@code ./yujue demo} lands with Spark, when there is one. */
class DemoWarehouseTest {
  private static final Path DEMO = Path.of("/work/main/.yujue/demo-warehouse");

  static java.util.List<QueryModule> modules() {
    return QueryModule.all();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void runsOnTheDemoWarehouse(QueryModule m) throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DEMO.resolve("_yujue/runs")), "no demo warehouse; run ./yujue demo");
    var rows = ModuleRows.run(DEMO, m, QueryModuleTest.anyFilters(m));
    assertFalse(rows.isEmpty(), m.name());
    assertEquals(m.columns().stream().map(ColumnDoc::name).toList(), rows.get(0).keySet().stream().toList());
  }
}
