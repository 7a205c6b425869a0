package yujue.queries.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
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
import yujue.queries.shell.Shell;
import yujue.queries.shell.SqlRunner;
import yujue.queries.shell.StatementStoppedException;

/** {@code yujue sql}: one read-only statement over the warehouse views, or a shell without one. */
@Command(
    name = "sql",
    description = {
        "Run one read-only SQL statement (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN,"
            + " PRAGMA table_info) over the warehouse; without a statement, open an interactive shell.",
        "Statements read only files inside the warehouse. Exit codes: 0 done, 1 query error or"
            + " time limit, 2 bad command line or statement refused."})
public final class SqlCommand implements Callable<Integer> {
  static final String WAREHOUSE_ENV = "YUJUE_WAREHOUSE";
  static final String HISTORY_ENV = "YUJUE_HISTORY";

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--warehouse", paramLabel = "DIR",
      description = "Warehouse directory (default: $" + WAREHOUSE_ENV + ").")
  Path warehouse;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: table).")
  ResultFormat format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Stop a statement running longer than this (default: 30; 0: no limit).")
  long timeoutSeconds;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SQL",
      description = "The statement to run. Without it: an interactive shell (history in"
          + " ~/.yujue_history or $" + HISTORY_ENV + ").")
  String sql;

  /** Environment lookup; tests replace it, since a JVM cannot unset its own variables. */
  Function<String, String> env = System::getenv;

  /** Opens the warehouse; tests replace it to supply their own views. */
  Opener opener = Warehouse::open;

  /** The shell's terminal; tests replace it with one on streams. */
  TerminalFactory terminals = () -> TerminalBuilder.builder().system(true).dumb(true).encoding(UTF_8).build();

  /** Whether someone types at a terminal (prompts), or a script is piped in (results only). */
  boolean interactive = System.console() != null;

  interface Opener {
    Connection open(Path warehouseDir) throws SQLException;
  }

  interface TerminalFactory {
    Terminal open() throws IOException;
  }

  @Override
  public Integer call() throws SQLException, IOException {
    if (timeoutSeconds < 0) {
      throw new ParameterException(spec.commandLine(), "--timeout must be 0 (no limit) or more seconds");
    }
    Duration limit = Duration.ofSeconds(timeoutSeconds);
    if (sql == null) return shell(limit);
    PrintWriter err = spec.commandLine().getErr();
    // Vet on a scratch connection first, so a refused statement never touches the warehouse.
    try (Connection scratch = DriverManager.getConnection("jdbc:duckdb:")) {
      ReadOnlySql.vet(scratch, sql);
    } catch (RefusedStatementException e) {
      return refused(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Connection c = open(warehouseDir()); SqlRunner runner = new SqlRunner(c, limit)) {
      runner.run(sql, format, out);
    } catch (RefusedStatementException e) {
      out.flush();
      return refused(e);
    } catch (StatementStoppedException e) {
      out.flush();
      err.println("stopped: " + e.getMessage());
      err.flush();
      return 1;
    }
    out.flush();
    return 0;
  }

  private int shell(Duration limit) throws SQLException, IOException {
    Path dir = warehouseDir();
    try (Connection c = open(dir);
        SqlRunner runner = new SqlRunner(c, limit);
        Terminal terminal = terminals.open()) {
      return new Shell(c, runner, terminal, historyFile(), format, dir.toString(), interactive).run();
    }
  }

  private int refused(RefusedStatementException e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("refused: " + e.getMessage());
    err.flush();
    return 2;
  }

  private Path historyFile() {
    String fromEnv = env.apply(HISTORY_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
    return Path.of(System.getProperty("user.home"), ".yujue_history");
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
