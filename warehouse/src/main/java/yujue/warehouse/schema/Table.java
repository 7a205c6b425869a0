package yujue.warehouse.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A physical warehouse table: its columns in file order, its grain, and the columns it is
 * partitioned by (Hive-style directories, last in {@link #columns()}).
 */
public record Table(String name, String grain, String doc, List<Column> columns, List<String> partitionBy) {

  public Table {
    columns = List.copyOf(columns);
    partitionBy = List.copyOf(partitionBy);
    for (String p : partitionBy) {
      if (columns.stream().noneMatch(c -> c.name().equals(p))) {
        throw new IllegalArgumentException(name + " is partitioned by a column it lacks: " + p);
      }
    }
  }

  public Column column(String name) {
    return columns.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
  }

  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(this.name + " has no column " + name);
  }

  public boolean partitioned() {
    return !partitionBy.isEmpty();
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).collect(Collectors.toList());
  }
}
