package yujue.queries.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import yujue.queries.Warehouse;
import yujue.queries.chart.Headless;
import yujue.queries.export.ExportPack;

/** {@code yujue export}: the cross-region comparison pack (XLSX, CSV, Parquet, Arrow, PNG charts). */
@Command(name = "export",
    description = "Write the cross-region comparison pack: one XLSX workbook (a sheet per table, "
        + "plus definitions and sources), the same tables as CSV, Parquet and Arrow, and PNG charts.")
public final class ExportCommand implements Callable<Integer> {
  static {
    Headless.ensure(); // before anything touches AWT
  }

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--warehouse", paramLabel = "DIR",
      description = "Warehouse directory (default: $" + SqlCommand.WAREHOUSE_ENV + ").")
  Path warehouse;

  @Option(names = "--regions", paramLabel = "CODES", split = ",",
      description = "GB/T 2260 region codes, comma-separated (default: 630200,630103,622901).")
  List<String> regions = CompareCommand.DEFAULT_REGIONS;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Directory to write the pack into; must be new or empty.")
  Path out;

  @Override
  public Integer call() throws SQLException, IOException {
    Path dir = warehouse != null ? warehouse : fromEnv();
    for (String r : regions) {
      if (!r.strip().matches("\\d{6}")) {
        throw new ParameterException(spec.commandLine(), "not a six-digit GB/T 2260 region code: '" + r + "'");
      }
    }
    List<String> codes = regions.stream().map(String::strip).distinct().toList();
    ExportPack.Result result;
    try (Connection c = Warehouse.open(dir)) {
      result = ExportPack.write(c, codes, out);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter o = spec.commandLine().getOut();
    for (Path f : result.files()) o.println(out.resolve(f));
    o.println("export: " + result.files().size() + " files in " + out);
    o.flush();
    if (!result.undefined().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("warning: no definition (-- Columns: block) for " + String.join(", ", result.undefined()));
      err.flush();
    }
    return 0;
  }

  private Path fromEnv() {
    String env = System.getenv(SqlCommand.WAREHOUSE_ENV);
    if (env == null || env.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "no warehouse given: pass --warehouse DIR or set " + SqlCommand.WAREHOUSE_ENV);
    }
    return Path.of(env);
  }
}
