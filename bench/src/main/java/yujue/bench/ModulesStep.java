package yujue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import yujue.queries.modules.Page;

/**
 * The bench's query step in a JVM of its own ({@code --warehouse DIR --json FILE}): every module
 * under {@link ModuleLatency#defaultCases}, on DuckDB and on Spark SQL, and the whole country
 * page by page on DuckDB ({@link ModuleLatency#paged}), written as JSON: {@code {"modules": [...],
 * "pages": [...]}}.
 */
public final class ModulesStep {

  private ModulesStep() {}

  /** Exits explicitly either way: Spark leaves non-daemon threads that would keep the JVM alive. */
  public static void main(String[] args) {
    try {
      Path warehouse = Path.of(arg(args, "--warehouse"));
      Path json = Path.of(arg(args, "--json"));
      // both engines on the department-type and region cases (the comparisons researchers run);
      // DuckDB alone on the whole country, whose hundreds of thousands of rows Spark collects slowly
      List<ModuleLatency.Case> cases = ModuleLatency.defaultCases(warehouse);
      List<ModuleLatency.Latency> rows = new ArrayList<>(ModuleLatency.duckdbOnly(warehouse, cases.subList(0, 1)));
      List<ModuleLatency.PagedLatency> pages = ModuleLatency.paged(warehouse, cases.get(0), Page.DEFAULT_SIZE);
      rows.addAll(ModuleLatency.run(warehouse, cases.subList(1, cases.size()), new ModuleLatency.Settings(1, 2)));
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), Map.of("modules", rows, "pages", pages));
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static String arg(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    throw new IllegalArgumentException("missing " + name);
  }
}
