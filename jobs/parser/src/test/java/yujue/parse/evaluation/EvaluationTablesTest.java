package yujue.parse.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.parse.layout.Line;

/** The one-char test of whether a line opens a project's table, which lets most reports skip the tables. */
class EvaluationTablesTest {

  private static boolean opens(String text) {
    return EvaluationTables.opensWithProjectName(new Line(1, text, List.of()));
  }

  @Test
  void aLineOpensWithProjectNameAsItsCompactTextDoes() {
    assertTrue(opens("项目名称  数字政府建设"));
    assertTrue(opens("  项 目 名称"), "spaces before and inside the label are dropped");
    assertFalse(opens("项目支出 120.00"));
    assertFalse(opens("一、项目名称"), "the label must open the line");
    assertFalse(opens("   "));
    assertFalse(opens(""));
  }
}
