package yujue.queries.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;
import yujue.queries.TestWarehouses;
import yujue.queries.Warehouse;

class SqlCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code yujue sql ...} with no YUJUE_WAREHOUSE and one view, {@code v}. */
  private int sql(String... args) {
    SqlCommand cmd = new SqlCommand();
    cmd.env = name -> null;
    cmd.opener = dir -> Warehouse.open(dir, "CREATE VIEW v AS SELECT 1 AS x, '海东市' AS name;");
    CommandLine cl = QueriesMain.configure(new CommandLine(cmd));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE TABLE x AS SELECT 1", "COPY (SELECT 1) TO 'x.csv'", "COPY t TO 'x.parquet'",
      "ATTACH 'x.db' AS x", "INSTALL x", "SELECT 1; DROP TABLE t"})
  void refusesWritesWithOneLine(String statement) {
    assertEquals(2, sql(statement));
    assertTrue(err.toString().startsWith("refused: only a single read statement"), err.toString());
    assertEquals(1, err.toString().lines().count());
    assertEquals("", out.toString());
  }

  @Test
  void missingWarehouse() {
    assertEquals(2, sql("SELECT 1"));
    assertEquals("error: no warehouse given: pass --warehouse DIR or set YUJUE_WAREHOUSE\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void warehouseDirectoryThatDoesNotExist() {
    Path missing = tmp.resolve("nope");
    assertEquals(2, sql("--warehouse", missing.toString(), "SELECT 1"));
    assertTrue(err.toString().startsWith("error: warehouse directory does not exist: "
        + missing.toAbsolutePath()), err.toString());
  }

  @Test
  void csvOutput() {
    int code = sql("--warehouse", tmp.toString(), "--format", "csv",
        "SELECT 1.10::DECIMAL(18,2) AS a, '海东市' AS b");
    assertEquals("", err.toString());
    assertEquals(0, code);
    assertEquals("a,b\n1.10,海东市\n", out.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "FROM v", "WITH w AS (FROM v) SELECT * FROM w", "DESCRIBE v", "SHOW TABLES", "SUMMARIZE v",
      "EXPLAIN SELECT * FROM v", "PRAGMA table_info('v')"})
  void everyAdmittedKindRuns(String statement) {
    assertEquals(0, sql("--warehouse", tmp.toString(), statement), err.toString());
    assertTrue(out.toString().endsWith(" rows)\n") || out.toString().endsWith(" row)\n"));
  }

  @Test
  void tableIsTheDefaultFormat() {
    assertEquals(0, sql("--warehouse", tmp.toString(), "FROM v"));
    assertEquals("""
        +---+--------+
        | x | name   |
        +---+--------+
        | 1 | 海东市 |
        +---+--------+
        (1 row)
        """, out.toString());
  }

  @Test
  void queryErrorsExitOneWithOneLine() {
    assertEquals(1, sql("--warehouse", tmp.toString(), "SELECT * FROM nowhere"));
    assertTrue(err.toString().startsWith("error: Catalog Error: Table with name nowhere does not"
        + " exist!"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void syntaxErrorsAreQueryErrors() {
    assertEquals(1, sql("--warehouse", tmp.toString(), "SELEC 1"));
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void badFormatIsUsageError() {
    assertEquals(2, sql("--warehouse", tmp.toString(), "--format", "xml", "SELECT 1"));
    assertTrue(err.toString().startsWith("error: Invalid value for option '--format'"),
        err.toString());
  }

  @Test
  void withoutAStatementTheShellStillNeedsAWarehouse() {
    CommandLine cl = QueriesMain.configure(new CommandLine(new QueriesMain()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("sql", "--warehouse", tmp.resolve("nope").toString()));
    assertTrue(err.toString().startsWith("error: warehouse directory does not exist"), err.toString());
  }

  /** Runs {@code yujue sql ...} over the tiny warehouse with Warehouse's own views. */
  private int sqlOverTinyWarehouse(String stdin, String... args) throws Exception {
    Path dir = TestWarehouses.tiny().write(tmp.resolve("warehouse"));
    SqlCommand cmd = new SqlCommand();
    Path history = tmp.resolve("history");
    cmd.env = name -> name.equals(SqlCommand.HISTORY_ENV) ? history.toString() : null;
    cmd.terminals = () -> new DumbTerminal("test", "dumb", new ByteArrayInputStream(stdin.getBytes(UTF_8)),
        terminalOut, UTF_8);
    CommandLine cl = QueriesMain.configure(new CommandLine(cmd));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    all[0] = "--warehouse";
    all[1] = dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return cl.execute(all);
  }

  private final ByteArrayOutputStream terminalOut = new ByteArrayOutputStream();

  @Test
  void readingOutsideTheWarehouseIsRefused() throws Exception {
    assertEquals(2, sqlOverTinyWarehouse("", "SELECT * FROM read_csv_auto('/etc/passwd')"));
    assertEquals("refused: cannot access file \"/etc/passwd\": only files inside the warehouse directory"
        + " can be read\n", err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void aStatementOverTheTimeLimitStopsWithOneLine() throws Exception {
    long start = System.nanoTime();
    assertEquals(1, sqlOverTinyWarehouse("", "--timeout", "1", "SELECT count(*) FROM range(10000000000)"));
    assertTrue(System.nanoTime() - start < 10_000_000_000L);
    assertEquals("stopped: the statement ran over the time limit of 1 s and was stopped"
        + " (--timeout SECONDS sets another)\n", err.toString());
  }

  @Test
  void aNegativeTimeoutIsAUsageError() throws Exception {
    assertEquals(2, sqlOverTinyWarehouse("", "--timeout", "-1", "SELECT 1"));
    assertTrue(err.toString().startsWith("error: --timeout must be"), err.toString());
  }

  @Test
  void oneStatementOverTheViews() throws Exception {
    assertEquals(0, sqlOverTinyWarehouse("", "--format", "csv", "SELECT count(*) AS n FROM documents"));
    assertEquals("n\n4\n", out.toString());
  }

  @Test
  void withoutAStatementTheShellOpens() throws Exception {
    assertEquals(0, sqlOverTinyWarehouse(".format csv\nSELECT count(*) AS n\nFROM documents;\n.quit\n"));
    String shown = terminalOut.toString(UTF_8);
    assertTrue(shown.contains("n\n4\n"), shown);
    assertTrue(Files.readString(tmp.resolve("history"), UTF_8).contains("FROM documents;"));
  }
}
