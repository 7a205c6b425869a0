package yujue.queries.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResultWriterTest {
  /** Chinese (2 cells a character), a combining accent (0 cells), exact decimals and NULLs. */
  private static final String SAMPLE = """
      SELECT * FROM (VALUES
        (1, '海东市', 2678.82::DECIMAL(18,2)),
        (22, 'Xining', 0.10::DECIMAL(18,2)),
        (333, 'Cafe\u0301', -5.00::DECIMAL(18,2)),
        (NULL, NULL, NULL)) t(id, name, amount)
      ORDER BY id NULLS LAST""";

  private Connection db;

  @BeforeEach
  void open() throws SQLException {
    db = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  private String run(String sql, ResultFormat format) throws SQLException, IOException {
    StringBuilder out = new StringBuilder();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultWriter.write(rs, format, out);
    }
    return out.toString();
  }

  @Test
  void tableAlignsInDisplayCells() throws Exception {
    String table = run(SAMPLE, ResultFormat.TABLE);
    assertEquals("""
        +------+--------+---------+
        |   id | name   |  amount |
        +------+--------+---------+
        |    1 | 海东市 | 2678.82 |
        |   22 | Xining |    0.10 |
        |  333 | Cafe\u0301   |   -5.00 |
        | NULL | NULL   |    NULL |
        +------+--------+---------+
        (4 rows)
        """, table);
    // Every grid line has its column separators at the same display cells as the border.
    List<String> lines = table.lines().filter(l -> !l.startsWith("(")).toList();
    List<Integer> expected = separatorCells(lines.get(0));
    for (String line : lines) assertEquals(expected, separatorCells(line), line);
  }

  private static List<Integer> separatorCells(String line) {
    List<Integer> at = new ArrayList<>();
    int cell = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (cp == '|' || cp == '+') at.add(cell);
      cell += Math.max(0, WCWidth.wcwidth(cp));
      i += Character.charCount(cp);
    }
    return at;
  }

  @Test
  void tableWithNoRows() throws Exception {
    assertEquals("""
        +---+
        | x |
        +---+
        +---+
        (0 rows)
        """, run("SELECT 1 AS x WHERE false", ResultFormat.TABLE));
  }

  @Test
  void tableKeepsRowsBeyondTheBuffer() throws Exception {
    StringBuilder out = new StringBuilder();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM (VALUES ('a'), ('b'), ('长长')) t(v)")) {
      assertEquals(3, TextTable.write(rs, out, 2));
    }
    // Widths come from the first two rows; the later, wider row overflows rather than truncates.
    assertEquals("""
        +---+
        | v |
        +---+
        | a |
        | b |
        | 长长 |
        +---+
        (3 rows)
        """, out.toString());
  }

  @Test
  void tableSpreadsLineBreaksOverLinesAndEscapesOtherControls() throws Exception {
    assertEquals("""
        +---+------------+
        | n | v          |
        +---+------------+
        | 1 | 第一行     |
        |   | second     |
        | 2 | a\\tb\\u0007 |
        +---+------------+
        (2 rows)
        """, run("SELECT * FROM (VALUES (1, '第一行' || chr(10) || 'second'),"
            + " (2, 'a' || chr(9) || 'b' || chr(7))) t(n, v)", ResultFormat.TABLE));
  }

  @Test
  void csv() throws Exception {
    assertEquals("id,name,amount\n1,海东市,2678.82\n22,Xining,0.10\n333,Cafe\u0301,-5.00\n,,\n",
        run(SAMPLE, ResultFormat.CSV));
  }

  @Test
  void csvOfDecimalAndChineseIsExact() throws Exception {
    assertEquals("a,b\n1.10,海东市\n",
        run("SELECT 1.10::DECIMAL(18,2) AS a, '海东市' AS b", ResultFormat.CSV));
  }

  @Test
  void csvQuotesPerRfc4180AndNeverGoesThroughDouble() throws Exception {
    assertEquals("s,d\n\"a,\"\"b\"\"\nc\",12345678901234567890.1234567891\n",
        run("SELECT 'a,\"b\"' || chr(10) || 'c' AS s,"
            + " 12345678901234567890.1234567891::DECIMAL(38,10) AS d", ResultFormat.CSV));
  }

  @Test
  void json() throws Exception {
    assertEquals("""
        [
        {"id":1,"name":"海东市","amount":2678.82},
        {"id":22,"name":"Xining","amount":0.10},
        {"id":333,"name":"Cafe\u0301","amount":-5.00},
        {"id":null,"name":null,"amount":null}
        ]
        """, run(SAMPLE, ResultFormat.JSON));
  }

  @Test
  void jsonDatesAreIsoStringsAndDecimalsExactNumbers() throws Exception {
    assertEquals("""
        [
        {"d":"2024-01-02","ts":"2024-01-02T03:04:00","big":12345678901234567890.1234567891,"ok":true,"l":"[1, 2]"}
        ]
        """, run("SELECT DATE '2024-01-02' AS d, TIMESTAMP '2024-01-02 03:04:00' AS ts,"
            + " 12345678901234567890.1234567891::DECIMAL(38,10) AS big, true AS ok, [1, 2] AS l",
        ResultFormat.JSON));
  }

  @Test
  void jsonWithNoRows() throws Exception {
    assertEquals("[]\n", run("SELECT 1 AS x WHERE false", ResultFormat.JSON));
  }
}
