package yujue.parse.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A data row of a subject table as assembled from one or more lines: code (null for the 合计
 * row), name, and the number tokens in print order. Rows span lines when a name wraps.
 */
final class SubjectRow {
  String code;
  String name;
  final int line;
  final boolean tabbed;
  final List<Tok> numbers = new ArrayList<>();
  boolean codeRepaired;
  boolean nameRepaired;
  boolean nameWrapped;

  SubjectRow(String code, String name, int line, boolean tabbed) {
    this.code = code;
    this.name = name;
    this.line = line;
    this.tabbed = tabbed;
  }

  boolean isTotal() {
    return code == null;
  }
}
