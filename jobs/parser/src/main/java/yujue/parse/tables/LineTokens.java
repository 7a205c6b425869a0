package yujue.parse.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import yujue.parse.layout.Line;

/** The tokens of a block's lines, each line cut into {@link Tok}s once however often a reader goes over it. */
final class LineTokens {

  private final List<Line> lines;
  private final List<List<Tok>> tokens;

  LineTokens(List<Line> lines) {
    this.lines = lines;
    this.tokens = new ArrayList<>(Collections.nCopies(lines.size(), null));
  }

  /** {@link Tok#of} the line at {@code index}. */
  List<Tok> of(int index) {
    List<Tok> t = tokens.get(index);
    if (t == null) {
      t = Tok.of(lines.get(index));
      tokens.set(index, t);
    }
    return t;
  }
}
