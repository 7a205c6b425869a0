package yujue.queries.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.queries.TestWarehouses;
import yujue.queries.Warehouse;
import yujue.queries.format.ResultFormat;

/** The shell driven by a script on a dumb terminal, over the tiny warehouse. */
class ShellTest {

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

  /** What the terminal shows for a script typed into the shell. */
  static String session(String script, Duration limit, Path history) throws Exception {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    try (Terminal terminal = terminal(script, shown, script.indexOf('\u0003') >= 0);
        SqlRunner runner = new SqlRunner(db, limit)) {
      int code = new Shell(db, runner, terminal, history, ResultFormat.TABLE, "tiny", true).run();
      assertEquals(0, code);
    }
    return shown.toString(UTF_8);
  }

  /**
   * A dumb terminal reading the script. With {@code ctrlC}, ^C raises SIGINT as on a real
   * terminal; JLine's dumb terminal then never reports the end of the input, so such a script must
   * end in .quit.
   */
  static Terminal terminal(String script, ByteArrayOutputStream shown, boolean ctrlC) throws IOException {
    Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(script.getBytes(UTF_8)), shown, UTF_8);
    if (ctrlC) {
      Attributes a = t.getAttributes();
      a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
      a.setControlChar(Attributes.ControlChar.VINTR, 3);
      t.setAttributes(a);
    }
    return t;
  }

  static String session(String script) throws Exception {
    return session(script, Duration.ofSeconds(30), tmp.resolve("history-" + System.nanoTime()));
  }

  @Test
  void tablesListsTheViewsWithTheirMeanings() throws Exception {
    String shown = session(".tables\n");
    for (String line : List.of(
        "| documents ", "every landed report.",
        "| doc_totals ", "the headline figures of each current report.",
        "| sanggong ", "三公经费",
        "| expenditure_by_function ", "all spending by function subject",
        "| findings ", "what validation and repair found in each current report.",
        "| stg_fct_measure ", "| committed_runs ")) {
      assertTrue(shown.contains(line), line + " missing from:\n" + shown);
    }
    assertFalse(shown.contains("(not described)"), shown);
    assertTrue(shown.indexOf("| documents ") < shown.indexOf("| stg_documents "), "research views come first");
  }

  @Test
  void schemaListsEveryColumnWithTypeAndMeaning() throws Exception {
    String shown = session(".schema sanggong\n");
    for (String line : List.of(
        "| region_code ", "GB/T 2260 six-digit code of the document's region",
        "| fiscal_year ", "year the figures are about",
        "| basis ", "budget (预算数) | actual (决算数).",
        "| total ", "三公经费 total, 万元.",
        "| outbound ", "因公出国(境)费, 万元.",
        "| vehicle_total ", "| vehicle_purchase ", "| vehicle_operation ",
        "| reception ", "公务接待费, 万元.",
        "| source ", "| department_type ", "| source_doc_id ", "DECIMAL(18,2)", "VARCHAR")) {
      assertTrue(shown.contains(line), line + " missing from:\n" + shown);
    }
    assertFalse(shown.contains("(not described)"), shown);
    assertTrue(shown.contains("(13 rows)"), shown);
  }

  @Test
  void schemaInCsvAndOfEveryView() throws Exception {
    String shown = session(".format csv\n.schema doc_totals\n.schema\n");
    assertTrue(shown.contains("column,type,meaning\n"), shown);
    assertTrue(shown.contains("personnel_cost,\"DECIMAL(18,2)\",\"人员经费, 万元.\"\n"), shown);
    assertTrue(shown.contains("view,column,type,meaning\n"), shown);
    assertTrue(shown.contains("dim_region,display_name,VARCHAR,"), shown);
  }

  @Test
  void statementsSpanLinesUntilTheSemicolon() throws Exception {
    String shown = session("SELECT count(*) AS n\nFROM documents\nWHERE status = 'current';\n");
    assertTrue(shown.contains("| 3 |"), shown);
    assertTrue(shown.contains("(1 row)"), shown);
  }

  @Test
  void formatsSwitch() throws Exception {
    String shown = session(".format json\nSELECT 1 AS a;\n.format csv\nSELECT '海东' AS b;\n.format\n.format xml\n");
    assertTrue(shown.contains("[\n{\"a\":1}\n]\n"), shown);
    assertTrue(shown.contains("b\n海东\n"), shown);
    assertTrue(shown.contains("format: csv"), shown);
    assertTrue(shown.contains("error: unknown format xml; use table, csv or json"), shown);
  }

  @Test
  void refusalsErrorsAndUnknownCommandsAreOneLineAndTheShellGoesOn() throws Exception {
    String shown = session("DROP VIEW documents;\nSELECT * FROM read_text('/etc/hostname');\n"
        + "SELECT * FROM nowhere;\n.nope\n.schema nowhere\nSELECT 7 AS seven;\n");
    assertTrue(shown.contains("refused: only a single read statement"), shown);
    assertTrue(shown.contains("refused: cannot access file \"/etc/hostname\""), shown);
    assertTrue(shown.contains("error: Catalog Error: Table with name nowhere does not exist!"), shown);
    assertTrue(shown.contains("error: unknown command .nope; .help lists the commands"), shown);
    assertTrue(shown.contains("error: no view named nowhere; .tables lists them"), shown);
    assertTrue(shown.contains("|     7 |"), shown);
  }

  @Test
  void aStatementOverTheTimeLimitIsStoppedAndTheShellGoesOn() throws Exception {
    String shown = session("SELECT count(*) FROM range(10000000000);\nSELECT 8 AS eight;\n",
        Duration.ofSeconds(1), tmp.resolve("history-limit"));
    assertTrue(shown.contains("stopped: the statement ran over the time limit of 1 s"), shown);
    assertTrue(shown.contains("|     8 |"), shown);
  }

  @Test
  void quitEndsTheSessionAndHelpDescribesTheCommands() throws Exception {
    String shown = session(".help\n.quit\nSELECT 9 AS never;\n");
    for (String command : List.of(".tables", ".schema [VIEW]", ".format", ".help", ".quit")) {
      assertTrue(shown.contains(command), command);
    }
    assertFalse(shown.contains("never"), shown);
  }

  @Test
  void endOfInputEndsTheSession() throws Exception {
    String shown = session("SELECT 10 AS ten;\n");
    assertTrue(shown.contains("|  10 |"), shown);
  }

  @Test
  void ctrlCDropsTheStatementBeingTyped() throws Exception {
    String shown = session("SELECT 'dropped' AS x\n\u0003SELECT 'kept' AS y;\n.quit\n");
    assertTrue(shown.contains("| kept |"), shown);
    assertFalse(shown.contains("| dropped"), shown);
  }

  @Test
  void historyPersistsAcrossSessions() throws Exception {
    Path history = tmp.resolve("history-persist");
    session("SELECT 11 AS eleven;\n.tables\n", Duration.ofSeconds(30), history);
    String saved = Files.readString(history, UTF_8);
    assertTrue(saved.contains("SELECT 11 AS eleven;"), saved);
    assertTrue(saved.contains(".tables"), saved);
    if (Files.getFileStore(history).supportsFileAttributeView("posix")) {
      assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
          Files.getPosixFilePermissions(history)));
    }
    session("SELECT 12 AS twelve;\n", Duration.ofSeconds(30), history);
    saved = Files.readString(history, UTF_8);
    assertTrue(saved.contains("SELECT 11 AS eleven;") && saved.contains("SELECT 12 AS twelve;"), saved);
  }

  @Test
  void statementEnds() {
    assertTrue(StatementParser.complete("SELECT 1;"));
    assertTrue(StatementParser.complete("SELECT 1; -- done"));
    assertTrue(StatementParser.complete("SELECT 1 /* c */ ;  "));
    assertTrue(StatementParser.complete(".tables"));
    assertTrue(StatementParser.complete(""));
    assertTrue(StatementParser.complete("-- only a comment"));
    assertFalse(StatementParser.complete("SELECT 1"));
    assertFalse(StatementParser.complete("SELECT ';'"));
    assertFalse(StatementParser.complete("SELECT 'it''s;"));
    assertFalse(StatementParser.complete("SELECT \"a;\" FROM t"));
    assertFalse(StatementParser.complete("SELECT 1 -- ;"));
    assertFalse(StatementParser.complete("SELECT 1 /* ; /* ; */ ; */"));
    assertFalse(StatementParser.complete("SELECT $$ ; $$"));
    assertFalse(StatementParser.complete("SELECT $x$ ; $x$"));
    assertTrue(StatementParser.complete("SELECT $1, $x$;$x$;"));
    assertFalse(StatementParser.complete("SELECT E'\\';"));
    assertTrue(StatementParser.complete("SELECT E'\\'';"));
    assertTrue(StatementParser.blank("  -- c\n /* d */ "));
    assertFalse(StatementParser.blank("SELECT 1"));
  }

  @Test
  void wrapsByDisplayWidth() {
    assertEquals("one two\nthree", Shell.wrap("one two three", 8));
    assertEquals("一二三\n四五", Shell.wrap("一二三四五", 6));
  }
}
