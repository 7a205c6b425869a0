package yujue.queries.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.queries.TestWarehouses;
import yujue.queries.Warehouse;
import yujue.queries.format.ResultFormat;

class SqlRunnerTest {

  @TempDir static Path tmp;
  static Connection db;

  @BeforeAll
  static void open() throws Exception {
    db = Warehouse.open(TestWarehouses.tiny().write(tmp.resolve("warehouse")));
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void aCancelAlsoStopsTheRowsBeingWritten() throws Exception {
    try (SqlRunner runner = new SqlRunner(db, Duration.ofSeconds(30))) {
      StringBuilder written = new StringBuilder();
      Appendable cancelsOnFirstRow = new Appendable() {
        @Override
        public Appendable append(CharSequence csq) {
          if (csq.toString().contains("\n") && written.indexOf("\n") >= 0) runner.cancel();
          written.append(csq);
          return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
          return append(csq.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
          return append(String.valueOf(c));
        }
      };
      var e = assertThrows(StatementStoppedException.class,
          () -> runner.run("SELECT * FROM range(1000000)", ResultFormat.CSV, cancelsOnFirstRow));
      assertEquals(StatementStoppedException.Reason.CANCELLED, e.reason());
      assertTrue(written.length() < 100, written.length() + " characters written");
      // The next statement is not affected.
      StringBuilder out = new StringBuilder();
      runner.run("SELECT 1 AS x", ResultFormat.CSV, out);
      assertEquals("x\n1\n", out.toString());
    }
  }

  @Test
  void noTimeLimitAndCancelsWithNothingRunning() throws Exception {
    try (SqlRunner runner = new SqlRunner(db, Duration.ZERO)) {
      runner.cancel();
      StringBuilder out = new StringBuilder();
      assertEquals(1, runner.run("SELECT count(*) AS n FROM documents", ResultFormat.CSV, out));
      assertEquals("n\n4\n", out.toString());
    }
    assertThrows(IllegalArgumentException.class, () -> new SqlRunner(db, Duration.ofSeconds(-1)));
  }

  @Test
  void errorsOtherThanRefusalsStayQueryErrors() throws IOException {
    try (SqlRunner runner = new SqlRunner(db, Duration.ofSeconds(5))) {
      var e = assertThrows(java.sql.SQLException.class,
          () -> runner.run("SELECT * FROM nowhere", ResultFormat.CSV, new StringBuilder()));
      assertTrue(Messages.oneLine(e).startsWith("Catalog Error: Table with name nowhere does not exist!"));
      e = assertThrows(java.sql.SQLException.class,
          () -> runner.run("SELECT * FROM read_parquet('" + tmp.resolve("warehouse/no/*.parquet") + "')",
              ResultFormat.CSV, new StringBuilder()));
      assertTrue(Messages.oneLine(e).contains("No files found"), Messages.oneLine(e));
    }
  }
}
