package yujue.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/** Bytes on disk per row of each per-document table of a warehouse, read from the Parquet files themselves. */
final class ParquetStats {

  record TableSize(String table, long rows, long bytes, int files, long rowGroups) {
    double bytesPerRow() {
      return rows == 0 ? 0 : (double) bytes / rows;
    }
  }

  private ParquetStats() {}

  static List<TableSize> of(Path warehouse) throws IOException, SQLException {
    List<TableSize> out = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    tables.add(WarehouseSchema.DOCUMENTS);
    tables.addAll(WarehouseSchema.FACT_TABLES);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (Table t : tables) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(warehouse.resolve(WarehouseLayout.dir(t)))) {
          files = s.filter(p -> p.toString().endsWith(".parquet")).toList();
        }
        long bytes = 0;
        for (Path f : files) {
          bytes += Files.size(f);
        }
        // row counts and row groups from the footers (parquet_metadata reads no data pages)
        String glob = warehouse.resolve(WarehouseLayout.glob(t)).toString().replace("'", "''");
        try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(row_group_num_rows), 0), count(*) FROM "
            + "(SELECT DISTINCT file_name, row_group_id, row_group_num_rows FROM parquet_metadata('" + glob + "'))")) {
          rs.next();
          out.add(new TableSize(t.name(), rs.getLong(1), bytes, files.size(), rs.getLong(2)));
        }
      }
    }
    return out;
  }

  /** The fact tables together (fct_*): what "bytes per fact row" means. */
  static TableSize facts(List<TableSize> sizes) {
    long rows = 0;
    long bytes = 0;
    int files = 0;
    long groups = 0;
    for (TableSize s : sizes) {
      if (s.table().startsWith("fct_")) {
        rows += s.rows();
        bytes += s.bytes();
        files += s.files();
        groups += s.rowGroups();
      }
    }
    return new TableSize("all fact tables", rows, bytes, files, groups);
  }
}
