package yujue.queries.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import yujue.queries.QueryFiles;
import yujue.queries.Warehouse;
import yujue.queries.format.ResultFormat;
import yujue.queries.format.ResultWriter;

/** {@code yujue compare}: 三公 budget vs actual, personnel cost and total spending across regions. */
@Command(name = "compare",
    description = "Per department and year: 三公 budget vs actual, personnel cost, total expenditure.")
public final class CompareCommand implements Callable<Integer> {

  /** 海东市, 西宁市城中区, 临夏市: the first regions Yujue compares. */
  static final List<String> DEFAULT_REGIONS = List.of("630200", "630103", "622901");

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse directory (default: $YUJUE_WAREHOUSE).")
  Path warehouse;

  @Option(names = "--regions", paramLabel = "CODES", split = ",",
      description = "GB/T 2260 region codes, comma-separated (default: 630200,630103,622901).")
  List<String> regions = DEFAULT_REGIONS;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json.")
  ResultFormat format;

  @Override
  public Integer call() throws SQLException, java.io.IOException {
    Path dir = warehouse != null ? warehouse : fromEnv();
    PrintWriter out = spec.commandLine().getOut();
    try (Connection c = Warehouse.open(dir);
        PreparedStatement st = c.prepareStatement(QueryFiles.load("compare_regions"))) {
      st.setString(1, String.join(",", regions));
      try (ResultSet rs = st.executeQuery()) {
        ResultWriter.write(rs, format, out);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    out.flush();
    return 0;
  }

  private Path fromEnv() {
    String env = System.getenv(SqlCommand.WAREHOUSE_ENV);
    if (env == null || env.isBlank()) {
      throw new ParameterException(spec.commandLine(), "no warehouse given: pass --warehouse DIR or set YUJUE_WAREHOUSE");
    }
    return Path.of(env);
  }
}
