package yujue.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import yujue.parse.layout.Line;

class LineTokensTest {

  @Test
  void eachLineIsCutOnceAndAsTokDoes() {
    List<Line> lines = List.of(new Line(1, "团组数 3", null), new Line(2, "", List.of("1.00", "2.00")));
    LineTokens tokens = new LineTokens(lines);
    assertEquals(Tok.of(lines.get(1)), tokens.of(1));
    assertSame(tokens.of(1), tokens.of(1));
    assertEquals(List.of("团组数", "3"), tokens.of(0).stream().map(Tok::text).toList());
  }
}
