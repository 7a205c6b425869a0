package yujue.queries.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
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
  void refusesWritesWithOneLineUsageError(String statement) {
    assertEquals(2, sql(statement));
    assertTrue(err.toString().startsWith("error: only a single read statement"), err.toString());
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
  void topCommandReportsMissingSql() {
    CommandLine cl = QueriesMain.configure(new CommandLine(new QueriesMain()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("sql"));
    assertEquals("error: Missing required parameter: 'SQL'", err.toString().strip());
  }
}
