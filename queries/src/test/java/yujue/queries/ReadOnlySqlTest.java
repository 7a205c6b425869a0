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

  @Test
  void syntaxErrorsAreQueryErrors() {
    var e = assertThrows(SQLException.class, () -> ReadOnlySql.vet(db, "SELEC 1"));
    assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
  }
}
