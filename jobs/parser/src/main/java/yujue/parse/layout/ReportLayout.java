package yujue.parse.layout;

import java.util.List;
import java.util.Optional;
import yujue.parse.model.TextFamily;
import yujue.parse.tables.TableKind;

/** A report split into its public tables and the narrative lines around them. */
public record ReportLayout(TextFamily family, List<Line> lines, List<TableBlock> tables, List<Line> narrative) {

  public Optional<TableBlock> table(TableKind kind) {
    for (TableBlock t : tables) {
      if (t.kind() == kind) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
