package yujue.queries.modules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A staffing file (CSV with header {@code region_code,department,fiscal_year,authorized,actual})
 * read in Java and handed to the SQL as the temporary table {@code module_staffing}: the file is
 * never opened by DuckDB, so no user path reaches SQL.
 */
public final class Staffing {
  private Staffing() {}

  public static final List<String> HEADER = List.of("region_code", "department", "fiscal_year", "authorized", "actual");

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
      .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

  private static final String CREATE = "CREATE OR REPLACE TEMP TABLE module_staffing ("
      + "region_code VARCHAR, department VARCHAR, fiscal_year INTEGER,"
      + " authorized DECIMAL(12,2), actual DECIMAL(12,2))";
  private static final String INSERT = "INSERT INTO module_staffing VALUES (?, ?, ?, ?, ?)";

  /** Reads a staffing file; a malformed line is an IllegalArgumentException naming it. */
  public static List<StaffingRow> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') in.reset(); // a spreadsheet's byte-order mark
      return rows(file, CSV.parse(in));
    }
  }

  private static List<StaffingRow> rows(Path file, CSVParser parser) throws IOException {
    try (parser) {
      if (!parser.getHeaderNames().containsAll(HEADER)) {
        throw new IllegalArgumentException(file + ": staffing file needs the header " + String.join(",", HEADER));
      }
      List<StaffingRow> rows = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      for (CSVRecord r : parser) {
        StaffingRow row = row(file, r);
        if (!keys.add(row.regionCode() + "|" + row.department() + "|" + row.fiscalYear())) {
          throw new IllegalArgumentException(where(file, r) + "a second row for " + row.department() + " in " + row.fiscalYear());
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static StaffingRow row(Path file, CSVRecord r) {
    try {
      return new StaffingRow(r.get("region_code"), r.get("department"), Integer.parseInt(r.get("fiscal_year")),
          count(r.get("authorized")), count(r.get("actual")));
    } catch (IllegalArgumentException e) { // NumberFormatException included
      throw new IllegalArgumentException(where(file, r) + e.getMessage(), e);
    }
  }

  private static BigDecimal count(String text) {
    if (text.isEmpty()) return null;
    BigDecimal n = new BigDecimal(text);
    if (n.signum() < 0) throw new IllegalArgumentException("a headcount cannot be negative: " + text);
    return n;
  }

  private static String where(Path file, CSVRecord r) {
    return file + " line " + (r.getRecordNumber() + 1) + ": "; // the header is line 1
  }

  /** Creates (or replaces) {@code module_staffing} on {@code c} and fills it with {@code rows}. */
  public static void load(Connection c, List<StaffingRow> rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(CREATE);
    }
    if (rows.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (StaffingRow row : rows) {
        ps.setString(1, row.regionCode());
        ps.setString(2, row.department());
        ps.setInt(3, row.fiscalYear());
        setCount(ps, 4, row.authorized());
        setCount(ps, 5, row.actual());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void setCount(PreparedStatement ps, int i, BigDecimal n) throws SQLException {
    if (n == null) ps.setNull(i, Types.DECIMAL);
    else ps.setBigDecimal(i, n);
  }
}
