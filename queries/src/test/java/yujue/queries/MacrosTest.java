package yujue.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import yujue.warehouse.views.ViewsScript;

/** The ratio macros of macros.sql: exact, rounded half away from zero, on both number paths. */
class MacrosTest {

  private static Object eval(String expr) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute(ViewsScript.resource("macros.sql"));
      try (ResultSet rs = s.executeQuery("SELECT " + expr)) {
        rs.next();
        return rs.getObject(1);
      }
    }
  }

  private static void assertValue(String expected, String expr) throws Exception {
    assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) eval(expr)), expr);
  }

  @Test
  void percentagesRoundHalfAwayFromZero() throws Exception {
    assertValue("12.50", "pct(1.00, 8.00)");
    assertValue("33.33", "pct(1.00, 3.00)");
    assertValue("66.67", "pct(2.00, 3.00)");
    assertValue("-12.50", "pct(-1.00, 8.00)");
    assertValue("0.01", "pct(0.01, 200.00)"); // 0.005 %: the boundary rounds up
    assertValue("-0.01", "pct(-0.01, 200.00)"); // and away from zero below 0
    assertValue("0.00", "pct(0.01, 200.01)"); // just under the boundary
    assertValue("89.39", "pct(2678.82, 2996.86)");
  }

  @Test
  void perUnitToFourDecimals() throws Exception {
    assertValue("11.7764", "per(CAST(423.95 AS DECIMAL(18,2)), 36)"); // 11.77638...
    assertValue("0.3333", "per(1.00, 3)");
    assertValue("0.0001", "per(0.01, 200)"); // 0.00005: the boundary rounds up
  }

  @Test
  void noRatioWithoutBothFigures() throws Exception {
    assertNull(eval("pct(1.00, 0.00)"));
    assertNull(eval("pct(NULL, 3.00)"));
    assertNull(eval("per(1.00, NULL)"));
  }

  /** At 10^12 and beyond the cents no longer fit BIGINT with the scale: HUGEINT gives the same rounding. */
  @Test
  void hugeFiguresTakeTheWidePathAlike() throws Exception {
    assertValue("50.00", "pct(CAST(500000000000000.00 AS DECIMAL(38,2)), CAST(1000000000000000.00 AS DECIMAL(38,2)))");
    assertValue("0.01", "pct(CAST(100000000000.00 AS DECIMAL(38,2)), CAST(2000000000000000.00 AS DECIMAL(38,2)))");
    assertValue("-33.33", "pct(CAST(-1000000000000.00 AS DECIMAL(38,2)), CAST(3000000000000.00 AS DECIMAL(38,2)))");
    assertValue("33.33", "pct(1.00, 3.00)"); // the same ratio on the narrow path
  }
}
