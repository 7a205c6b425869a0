package yujue.parse.layout;

import java.util.List;
import yujue.parse.tables.TableKind;

/** The lines of one public table, from its title to the next title or part heading. */
public record TableBlock(TableKind kind, int titleLine, List<Line> lines) {}
