package yujue.queries.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ArrowRows}' short cuts: decimals read as longs where they fit, repeated texts shared. */
class ArrowRowsTest {

  private static List<Object[]> rows(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return ArrowRows.read(rs).rows();
    }
  }

  @Test
  void decimalsKeepTheirValueAndScaleAcrossTheLongBoundary() throws Exception {
    List<Object[]> r = rows("SELECT * FROM (VALUES"
        + " (CAST(-12.34 AS DECIMAL(18,2)), CAST(9223372036854775807 AS DECIMAL(38,0))),"
        + " (CAST(0.05 AS DECIMAL(18,2)), CAST(9223372036854775808 AS DECIMAL(38,0))),"
        + " (CAST(NULL AS DECIMAL(18,2)), CAST(-9223372036854775809 AS DECIMAL(38,0)))) t(amount, big)");
    assertEquals(new BigDecimal("-12.34"), r.get(0)[0]);
    assertEquals(new BigDecimal("0.05"), r.get(1)[0]);
    assertNull(r.get(2)[0]);
    assertEquals(new BigDecimal("9223372036854775807"), r.get(0)[1]); // Long.MAX_VALUE: still a long
    assertEquals(new BigDecimal("9223372036854775808"), r.get(1)[1]); // one past: read through BigInteger
    assertEquals(new BigDecimal("-9223372036854775809"), r.get(2)[1]);
  }

  @Test
  void aTextRepeatingTheRowBeforeIsTheSameString() throws Exception {
    List<Object[]> r = rows("SELECT * FROM (VALUES ('西宁市城中区'), ('西宁市城中区'), ('海东市'), (NULL), ('海东市')) t(region)");
    assertEquals("西宁市城中区", r.get(0)[0]);
    assertSame(r.get(0)[0], r.get(1)[0]);
    assertEquals("海东市", r.get(2)[0]);
    assertNull(r.get(3)[0]);
    assertEquals("海东市", r.get(4)[0]);
  }

  @Test
  void textsThatShareAPrefixOrOutgrowTheBufferAreReadWhole() throws Exception {
    String longName = "西宁市城中区人民政府办公室".repeat(8); // 312 bytes: past the first buffer
    List<Object[]> r = rows("SELECT * FROM (VALUES ('海东'), ('海东市'), ('" + longName + "'), ('海东'), ('" + longName
        + "')) t(region)");
    assertEquals("海东", r.get(0)[0]);
    assertEquals("海东市", r.get(1)[0]);
    assertEquals(longName, r.get(2)[0]);
    assertEquals("海东", r.get(3)[0]);
    assertEquals(longName, r.get(4)[0]);
  }

  @Test
  void anIntegerRepeatingTheRowBeforeIsTheSameObject() throws Exception {
    List<Object[]> r = rows("SELECT CAST(y AS INTEGER) AS y FROM (VALUES (2024), (2024), (2025), (NULL), (2025)) t(y)");
    assertEquals(2024, r.get(0)[0]);
    assertSame(r.get(0)[0], r.get(1)[0]); // 2024 is past Integer's own cache of -128..127
    assertEquals(2025, r.get(2)[0]);
    assertNull(r.get(3)[0]);
    assertEquals(2025, r.get(4)[0]);
  }
}
