package yujue.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReadOnlySqlTest {
  private Connection db;

  @BeforeEach
  void open() throws SQLException {
    db = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT 1", "select 1;", "WITH a AS (SELECT 1) SELECT * FROM a", "FROM range(3)",
      "VALUES (1)", "DESCRIBE SELECT 1", "SHOW TABLES", "SUMMARIZE SELECT 1 AS x",
      "EXPLAIN SELECT 1", "explain analyze SELECT 1", "-- note\n/* block */ SELECT 'a;b'",
      "(SELECT 1) UNION ALL (SELECT 2)"})
  void admitsReads(String sql) throws SQLException {
    assertEquals(sql, ReadOnlySql.vet(db, sql));
  }

  @Test
  void pragmaTableInfoRunsAsItsTableFunction() throws SQLException {
    assertEquals("SELECT * FROM pragma_table_info('t')",
        ReadOnlySql.vet(db, "PRAGMA table_info('t')"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE TABLE x AS SELECT 1", "COPY (SELECT 1) TO 'x.csv'", "ATTACH 'x.db' AS x",
      "INSTALL x", "LOAD x", "SET threads = 1", "INSERT INTO t VALUES (1)", "CALL pragma_version()",
      "PRAGMA version", "EXPLAIN CREATE TABLE x (a INT)", "PRAGMA table_info('t'); DROP TABLE t",
      "-- hidden\nDROP TABLE t"})
  void refusesEverythingElse(String sql) {
    var e = assertThrows(RefusedStatementException.class, () -> ReadOnlySql.vet(db, sql));
    assertTrue(e.getMessage().startsWith("only a single read statement"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void namesTheRefusedKeyword() {
    var e = assertThrows(RefusedStatementException.class,
        () -> ReadOnlySql.vet(db, "/* x */ attach 'x.db'"));
    assertTrue(e.getMessage().endsWith("; got ATTACH"), e.getMessage());
  }

  @Test
  void refusesSeveralStatements() {
    var e = assertThrows(RefusedStatementException.class,
        () -> ReadOnlySql.vet(db, "SELECT 1; SELECT 2"));
    assertEquals("only a single statement is allowed; got 2", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM enable_logging()", "SELECT * FROM main.\"Enable_Profiling\"()",
      "SELECT write_log('x')", "SELECT * FROM query('SELECT 1')", "SELECT * FROM arrow_scan(1, 2, 3)",
      "WITH x AS (SELECT * FROM checkpoint()) SELECT * FROM x", "SELECT (SELECT 1 FROM force_checkpoint())",
      "EXPLAIN SELECT * FROM disable_logging()", "SUMMARIZE SELECT * FROM truncate_duckdb_logs()"})
  void refusesFunctionsThatAreNotReads(String sql) {
    var e = assertThrows(RefusedStatementException.class, () -> ReadOnlySql.vet(db, sql));
    assertTrue(e.getMessage().startsWith("function "), e.getMessage());
    assertTrue(e.getMessage().contains("() is not allowed: "), e.getMessage());
  }

  @Test
  void aFunctionNamedLikeARefusedOneInAStringIsFine() throws SQLException {
    assertEquals("SELECT 'enable_logging()' AS x", ReadOnlySql.vet(db, "SELECT 'enable_logging()' AS x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT 1\u0000; DROP TABLE t", "SELECT '\u0007'", "SELECT 1\u001b[2J"})
  void refusesControlCharacters(String sql) {
    var e = assertThrows(RefusedStatementException.class, () -> ReadOnlySql.vet(db, sql));
    assertTrue(e.getMessage().startsWith("the statement contains a control character (U+00"), e.getMessage());
  }

  @Test
  void tabsAndLineBreaksAreFine() throws SQLException {
    assertEquals("SELECT\t1\r\n", ReadOnlySql.vet(db, "SELECT\t1\r\n"));
  }

  @Test
  void syntaxErrorsAreQueryErrors() {
    var e = assertThrows(SQLException.class, () -> ReadOnlySql.vet(db, "SELEC 1"));
    assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
  }
}
