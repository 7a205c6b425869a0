package yujue.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yujue.queries.modules.Filters;
import yujue.queries.modules.QueryModule;

/**
 * {@code ModuleLatencyMain --warehouse DIR [--department-type ID] [--modules A,B] [--warmup N] [--runs N]}: every
 * query module on DuckDB and on Spark SQL, printed as a table. Exit code 0 when every result
 * agrees between the engines, 1 when one does not.
 */
@Command(name = "module-latency", mixinStandardHelpOptions = true,
    description = "Each query module on DuckDB and its Spark SQL twin: warm latency and agreement.")
public final class ModuleLatencyMain implements Callable<Integer> {

  @Option(names = "--warehouse", required = true, description = "Warehouse directory.")
  Path warehouse;

  @Option(names = "--department-type", description = "Department type of the filtered case"
      + " (default: the type with the most current reports).")
  String departmentType;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs per module and engine (default 2).")
  int warmup;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs per module and engine (default 5).")
  int runs;

  @Option(names = "--modules", split = ",", description = "Modules to run (default: all).")
  List<String> modules;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ModuleLatencyMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<ModuleLatency.Case> cases = departmentType == null ? ModuleLatency.defaultCases(warehouse)
        : new ArrayList<>(List.of(new ModuleLatency.Case("none", Filters.NONE),
            new ModuleLatency.Case("type=" + departmentType, Filters.NONE.withDepartmentType(departmentType))));
    List<ModuleLatency.Latency> results =
        ModuleLatency.run(warehouse, modules == null ? QueryModule.all() : modules.stream().map(QueryModule::named).toList(),
            cases, new ModuleLatency.Settings(warmup, runs));
    print(out, results);
    return results.stream().allMatch(ModuleLatency.Latency::agree) ? 0 : 1;
  }

  static void print(PrintStream out, List<ModuleLatency.Latency> results) {
    out.printf("%-15s %-26s %10s %10s %10s %10s %7s %7s  %s%n",
        "module", "filter", "duckdb_ms", "(min)", "spark_ms", "(min)", "ratio", "rows", "agree");
    for (ModuleLatency.Latency l : results) {
      out.printf(Locale.ROOT, "%-15s %-26s %10.1f %10.1f %10.1f %10.1f %7.1f %7d  %s%n", l.module(), l.filter(),
          l.duckdbMs(), l.duckdbMinMs(), l.sparkMs(), l.sparkMinMs(), l.ratio(), l.rows(),
          l.agree() ? "yes" : "NO");
    }
    for (ModuleLatency.Latency l : results) {
      if (!l.agree()) {
        out.println("MISMATCH " + l.module() + " [" + l.filter() + "]: " + l.mismatch());
      }
    }
  }
}
