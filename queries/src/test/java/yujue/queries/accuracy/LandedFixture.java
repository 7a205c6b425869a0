package yujue.queries.accuracy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * A tiny landed warehouse written with DuckDB (no Spark), laid out as the land job lays it out:
 * documents with their figures, one committed run. Figures are given as golden-format lines, the
 * way the accuracy tool reads them back.
 */
final class LandedFixture {
  static final String RUN_ID = "r20250101T000000Z-acc000";

  private final Map<Table, List<Map<String, Object>>> rows = new LinkedHashMap<>();

  /** A landed document; {@code lines} in the golden format (fact,table,code,measure,year,amount). */
  LandedFixture doc(String docId, String sourceFile, String region, String department, int year, String kind,
      String family, List<String> lines) {
    Map<String, Object> d = new HashMap<>();
    d.put("source_file", sourceFile);
    d.put("sha256", docId + "0".repeat(48));
    d.put("bytes", 1000L);
    d.put("region_name", "某地");
    d.put("department_name", department);
    d.put("department_type", "finance");
    d.put("doc_kind", kind);
    d.put("text_family", family);
    d.put("metadata_source", "inferred");
    d.put("status", "landed");
    d.put("fact_count", lines.size());
    d.put("finding_count", 0);
    d.put("parser_version", "test");
    d.put("landed_at", Timestamp.valueOf("2025-01-01 00:00:00"));
    add(WarehouseSchema.DOCUMENTS, d, docId, year, region);
    int line = 1;
    for (String l : lines) {
      String[] f = l.split(",", -1);
      String table = f[1].equals("narrative") || f[1].equals("derived") ? null : f[1];
      String provenance = f[1].equals("derived") ? "derived" : "reported";
      BigDecimal amount = new BigDecimal(f[5]);
      int about = Integer.parseInt(f[4]);
      Map<String, Object> r = new HashMap<>();
      r.put("source_line", line++);
      r.put("provenance", provenance);
      switch (f[0]) {
        case "measure" -> {
          r.putAll(Map.of("about_year", about, "measure", f[3], "amount", amount,
              "source", table == null ? "narrative" : "table"));
          r.put("table_code", table);
          add(WarehouseSchema.MEASURES, r, docId, year, region);
        }
        case "function", "economic" -> {
          r.putAll(Map.of("table_code", table, "subject_code", f[2], "subject_name", "名称", "measure", f[3],
              "amount", amount));
          add(f[0].equals("function") ? WarehouseSchema.FUNCTION : WarehouseSchema.ECONOMIC, r, docId, year, region);
        }
        case "sanggong" -> {
          String[] bp = f[3].split("\\.");
          r.putAll(Map.of("about_year", about, "basis", bp[0], "part", bp[1], "amount", amount,
              "source", f[1].equals("derived") ? "derived" : table == null ? "narrative" : "table"));
          r.put("table_code", table);
          add(WarehouseSchema.SANGGONG, r, docId, year, region);
        }
        case "execution" -> {
          r.put("subject_code", f[2].isEmpty() ? null : f[2]);
          r.put("subject_name", "一般公共预算财政拨款支出");
          r.put(f[3], amount);
          add(WarehouseSchema.EXECUTION, r, docId, year, region);
        }
        default -> throw new IllegalArgumentException(l);
      }
    }
    return this;
  }

  LandedFixture finding(String docId, int year, String region, String rule, String table) {
    Map<String, Object> r = new HashMap<>();
    r.putAll(Map.of("rule_id", rule, "severity", "warning", "message", "test"));
    r.put("table_code", table);
    add(WarehouseSchema.FINDINGS, r, docId, year, region);
    return this;
  }

  private void add(Table t, Map<String, Object> values, String docId, int year, String region) {
    Map<String, Object> row = new HashMap<>(values);
    row.put("doc_id", docId);
    row.put("run_id", RUN_ID);
    row.put("fiscal_year", year);
    row.put("region_code", region);
    rows.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
  }

  Path write(Path dir) throws IOException, SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Map.Entry<Table, List<Map<String, Object>>> e : rows.entrySet()) {
        writeTable(c, e.getKey(), e.getValue(), dir);
      }
    }
    Path runs = Files.createDirectories(dir.resolve(WarehouseLayout.RUNS_DIR));
    Files.writeString(runs.resolve(RUN_ID + ".json"), "{\"run_id\": \"" + RUN_ID
        + "\", \"started_at\": \"2025-01-01T00:00:00Z\", \"quarantined\": []}\n");
    return dir;
  }

  private static void writeTable(Connection c, Table t, List<Map<String, Object>> tableRows, Path dir)
      throws IOException, SQLException {
    List<Column> cols = t.columns();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE " + t.name() + " (" + cols.stream()
          .map(col -> col.name() + " " + col.type().sql()).collect(Collectors.joining(", ")) + ")");
    }
    String marks = cols.stream().map(col -> "?").collect(Collectors.joining(", "));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.name() + " VALUES (" + marks + ")")) {
      for (Map<String, Object> row : tableRows) {
        for (int i = 0; i < cols.size(); i++) {
          ps.setObject(i + 1, row.get(cols.get(i).name()));
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Set<List<Object>> partitions = new LinkedHashSet<>();
    for (Map<String, Object> row : tableRows) {
      partitions.add(t.partitionBy().stream().map(row::get).toList());
    }
    for (List<Object> p : partitions) {
      Path target = dir.resolve(WarehouseLayout.dir(t));
      String where = "true";
      for (int i = 0; i < p.size(); i++) {
        String col = t.partitionBy().get(i);
        target = target.resolve(col + "=" + p.get(i));
        where += " AND " + col + " = '" + p.get(i) + "'";
      }
      Files.createDirectories(target);
      String exclude = t.partitioned() ? " EXCLUDE (" + String.join(", ", t.partitionBy()) + ")" : "";
      try (Statement s = c.createStatement()) {
        s.execute("COPY (SELECT *" + exclude + " FROM " + t.name() + " WHERE " + where + ") TO '"
            + target.resolve("part-0.parquet").toString().replace("'", "''") + "' (FORMAT parquet)");
      }
    }
  }
}
