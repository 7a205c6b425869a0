package yujue.bench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import yujue.queries.modules.Filters;
import yujue.queries.modules.QueryModule;

/** Fast checks of the twins' files and parameters; running them on Spark is ModuleLatency's job. */
class SparkTwinsTest {

  @Test
  void everyModuleHasATwinThatSaysWhichFileItMirrors() {
    for (QueryModule m : QueryModule.all()) {
      String sql = SparkModules.sql(m);
      assertTrue(sql.startsWith("-- " + m.name() + ": the Spark SQL twin of yujue/queries/"), m.name());
      assertTrue(sql.contains("-- Changes from DuckDB:"), m.name());
    }
  }

  @Test
  void everyViewFileSplitsIntoCreateStatements() {
    for (String file : SparkSqlFiles.viewFiles()) {
      List<String> statements = SparkSqlFiles.statements(file);
      assertTrue(!statements.isEmpty(), file);
      for (String s : statements) {
        String code = s.lines().filter(l -> !l.strip().startsWith("--")).findFirst().orElse("");
        assertTrue(code.startsWith("CREATE OR REPLACE TEMPORARY "), file + ": " + code);
      }
    }
    assertEquals(4, SparkSqlFiles.statements("views/functions.sql").size());
  }

  @Test
  void theDuckDbParametersAreBoundByName() {
    Filters f = Filters.NONE.withDepartmentType("agriculture").withYears(2022, null).withMetric("vehicles_held");
    Map<String, Object> args = SparkModules.arguments(QueryModule.PEERS.parameters(f));
    assertNull(args.get("regions"));
    assertEquals("agriculture", args.get("department_type"));
    assertEquals(2022, args.get("first_year"));
    assertEquals("vehicles_held", args.get("metric"));
    assertEquals(false, args.get("ascending"));
    assertEquals(Set.of("regions", "department_type", "first_year", "last_year"),
        SparkModules.arguments(QueryModule.PERSONNEL.parameters(Filters.NONE)).keySet());
  }
}
