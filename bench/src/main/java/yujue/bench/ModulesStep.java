package yujue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;

/**
 * The bench's query step in a JVM of its own ({@code --warehouse DIR --json FILE}): every module
 * under {@link ModuleLatency#defaultCases}, on DuckDB and on Spark SQL, written as JSON.
 */
public final class ModulesStep {

  private ModulesStep() {}

  /** Exits explicitly either way: Spark leaves non-daemon threads that would keep the JVM alive. */
  public static void main(String[] args) {
    try {
      Path warehouse = Path.of(arg(args, "--warehouse"));
      Path json = Path.of(arg(args, "--json"));
      List<ModuleLatency.Latency> rows = ModuleLatency.run(warehouse, ModuleLatency.defaultCases(warehouse),
          new ModuleLatency.Settings(1, 2)); // Spark takes tens of seconds a query at 10^5: few runs
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), rows);
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
