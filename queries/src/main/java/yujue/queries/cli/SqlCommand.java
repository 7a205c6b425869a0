package yujue.queries.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yujue.queries.ReadOnlySql;
import yujue.queries.RefusedStatementException;
import yujue.queries.Warehouse;
import yujue.queries.format.ResultFormat;
import yujue.queries.format.ResultWriter;

/** {@code yujue sql}: one read-only statement over the warehouse views. */
@Command(
    name = "sql",
    description = "Run one read-only SQL statement (SELECT, WITH, FROM, DESCRIBE, SHOW, "
        + "SUMMARIZE, EXPLAIN, PRAGMA table_info) over the warehouse.")
public final class SqlCommand implements Callable<Integer> {
  static final String WAREHOUSE_ENV = "YUJUE_WAREHOUSE";

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--warehouse", paramLabel = "DIR",
      description = "Warehouse directory (default: $" + WAREHOUSE_ENV + ").")
  Path warehouse;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: table).")
  ResultFormat format;

  @Parameters(index = "0", paramLabel = "SQL", description = "The statement to run.")
  String sql;

  /** Environment lookup; tests replace it, since a JVM cannot unset its own variables. */
  Function<String, String> env = System::getenv;

  /** Opens the warehouse; tests replace it to supply their own views. */
  Opener opener = Warehouse::open;

  interface Opener {
    Connection open(Path warehouseDir) throws SQLException;
  }

  @Override
  public Integer call() throws SQLException, IOException {
    String toRun;
    // Vet on a scratch connection first, so a refused statement never touches the warehouse.
    try (Connection scratch = DriverManager.getConnection("jdbc:duckdb:")) {
      toRun = ReadOnlySql.vet(scratch, sql);
    } catch (RefusedStatementException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    // prepareStatement, not createStatement: DuckDB JDBC then reports errors without a wrapper.
    try (Connection c = open(warehouseDir());
        PreparedStatement st = c.prepareStatement(toRun);
        ResultSet rs = st.executeQuery()) {
      ResultWriter.write(rs, format, out);
    }
    out.flush();
    return 0;
  }

  private Path warehouseDir() {
    if (warehouse != null) return warehouse;
    String fromEnv = env.apply(WAREHOUSE_ENV);
    if (fromEnv == null || fromEnv.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "no warehouse given: pass --warehouse DIR or set " + WAREHOUSE_ENV);
    }
    return Path.of(fromEnv);
  }

  private Connection open(Path dir) throws SQLException {
    try {
      return opener.open(dir);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
