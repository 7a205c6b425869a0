package yujue.queries.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.queries.QueryFiles;
import yujue.queries.chart.CjkFont;
import yujue.queries.chart.PackCharts;
import yujue.queries.modules.Filters;
import yujue.queries.modules.QueryModule;

/**
 * The cross-region comparison pack: every table of {@link #TABLES} plus a {@code definitions}
 * table that says what each column means (from the {@code -- Columns:} block of the table's
 * query file), as
 * <pre>
 *   comparison.xlsx            one sheet per table, then definitions
 *   csv/&lt;table&gt;.csv            UTF-8 with BOM
 *   parquet/&lt;table&gt;.parquet    DECIMAL(18,2) kept
 *   arrow/&lt;table&gt;.arrow        Arrow IPC file, Decimal128(18,2)
 *   charts/*.png               see {@link PackCharts} (file names are ASCII)
 *   README.txt                 what is where
 * </pre>
 * The same warehouse and regions give the same bytes in every file: every query orders its rows
 * completely, and no file carries a time of writing.
 */
public final class ExportPack {
  private ExportPack() {}

  /**
   * One table of the pack: its name (sheet and file name), where its SQL and column definitions
   * come from, the SQL, its parameters for the chosen regions, and what must be set up on the
   * connection before it runs.
   */
  public record Table(String name, String definedIn, String sql,
      Function<List<String>, List<Object>> params, Setup setup) {

    /** Work on the connection before the table's query runs (a module's temporary tables). */
    @FunctionalInterface
    public interface Setup {
      void run(Connection c, List<String> regions) throws SQLException;
    }

    /**
     * A query file under {@code yujue/queries/} (name without {@code .sql}) whose one parameter
     * is the region codes, comma-separated.
     */
    public static Table query(String name, String resource) {
      return new Table(name, "yujue/queries/" + resource + ".sql", QueryFiles.load(resource),
          regions -> List.of(String.join(",", regions)), (c, regions) -> {});
    }

    /** A query module, filtered to the chosen regions (no other filter, no staffing file). */
    public static Table module(QueryModule m) {
      return new Table(m.name(), "query module " + m.name(), m.sql(),
          regions -> m.parameters(Filters.NONE.withRegions(regions)),
          (c, regions) -> m.prepare(c, Filters.NONE.withRegions(regions)));
    }
  }

  /**
   * The pack's tables, in sheet order; definitions follows them. Adding a table is one line here.
   * (peers is left out: it ranks one metric at a time, chosen by the researcher.)
   */
  public static final List<Table> TABLES = List.of(
      Table.query("compare_regions", "compare_regions"),
      Table.module(QueryModule.SANGGONG_TREND),
      Table.module(QueryModule.PERSONNEL),
      Table.module(QueryModule.UNIT_COSTS),
      Table.module(QueryModule.STRUCTURE),
      Table.module(QueryModule.EXECUTION),
      Table.query("doc_totals", "export/doc_totals"),
      Table.query("sanggong", "export/sanggong"),
      Table.query("sources", "export/sources"));

  static final String DEFINITIONS = "definitions";
  static final String DEFINITIONS_QUERY = "export/definitions";
  static final String WORKBOOK = "comparison.xlsx";
  static final String README = "README.txt";
  /** Formats each table is also written in, one directory each (named by the extension). */
  static final List<ExportFormat> FILE_FORMATS =
      List.of(ExportFormat.CSV, ExportFormat.PARQUET, ExportFormat.ARROW);
  /** Column definitions for a query file that lacks a {@code -- Columns:} block (or some entries). */
  private static final String FALLBACK_DEFINITIONS = "/yujue/queries/export/columns/";

  /**
   * What was written, relative to the pack directory, in writing order; and columns no
   * {@code -- Columns:} block defines, as {@code table.column} (their definition is left NULL).
   */
  public record Result(List<Path> files, List<String> undefined) {}

  /** Writes the pack for {@code regions} into {@code outDir}, which must be new or empty. */
  public static Result write(Connection c, List<String> regions, Path outDir) throws SQLException, IOException {
    return write(c, regions, outDir, TABLES);
  }

  static Result write(Connection c, List<String> regions, Path outDir, List<Table> tables)
      throws SQLException, IOException {
    Path dir = outDir.toAbsolutePath().normalize();
    requireNewOrEmpty(dir);
    // Fail before writing anything when a format or the charts cannot be made here.
    ArrowExport.requireMemoryAccess();
    CjkFont.family();
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    List<String> undefined = new ArrayList<>();

    // Every table and its parameters, definitions last: it describes the others.
    Map<String, Query> queries = new LinkedHashMap<>();
    Definitions defs = new Definitions();
    for (Table t : tables) {
      Query q = new Query(t.sql(), t.params().apply(regions), t.setup(), regions);
      queries.put(t.name(), q);
      defs.add(c, t, q, undefined);
    }
    queries.put(DEFINITIONS,
        new Query(QueryFiles.load(DEFINITIONS_QUERY), defs.params(c), (conn, r) -> {}, regions));

    XlsxExport book = new XlsxExport();
    for (var e : queries.entrySet()) {
      String name = e.getKey();
      Query q = e.getValue();
      q.setUp(c);
      try (PreparedStatement ps = q.prepare(c); ResultSet rs = ps.executeQuery()) {
        book.addSheet(name, rs);
      }
      for (ExportFormat f : FILE_FORMATS) {
        Path rel = Path.of(f.extension(), f.fileName(name));
        TableExport.write(c, q.sql(), q.params(), f, dir.resolve(rel));
        files.add(rel);
      }
    }
    book.write(dir.resolve(WORKBOOK));
    files.add(0, Path.of(WORKBOOK));

    Map<Path, String> titles = new LinkedHashMap<>();
    for (PackCharts.Chart chart : PackCharts.write(c, regions, dir.resolve("charts"))) {
      Path rel = dir.relativize(chart.file());
      files.add(rel);
      titles.put(rel, chart.title());
    }
    Files.writeString(dir.resolve(README), readme(regions, queries.keySet(), files, titles), UTF_8);
    files.add(Path.of(README));
    return new Result(List.copyOf(files), List.copyOf(undefined));
  }

  private record Query(String sql, List<Object> params, Table.Setup setup, List<String> regions) {
    void setUp(Connection c) throws SQLException {
      setup.run(c, regions);
    }

    PreparedStatement prepare(Connection c) throws SQLException {
      PreparedStatement ps = c.prepareStatement(sql);
      for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
      return ps;
    }
  }

  /** Rows of the definitions table, gathered table by table. */
  private static final class Definitions {
    /** An entry's leading {@code [unit]}, as the query modules write them. */
    private static final Pattern UNIT = Pattern.compile("^\\[([^\\]]+)\\]\\s+(\\S.*)$");

    final List<Integer> seq = new ArrayList<>();
    final List<String> table = new ArrayList<>();
    final List<Integer> position = new ArrayList<>();
    final List<String> column = new ArrayList<>();
    final List<String> unit = new ArrayList<>();
    final List<String> definition = new ArrayList<>();
    final List<String> definedIn = new ArrayList<>();

    void add(Connection c, Table t, Query q, List<String> undefined) throws SQLException {
      Map<String, String> own = ColumnDefinitions.parse(q.sql());
      String fallbackFile = FALLBACK_DEFINITIONS.substring(1) + t.name() + ".txt";
      Map<String, String> fallback = ColumnDefinitions.parse(resource("/" + fallbackFile));
      q.setUp(c);
      // Columns from the executed result: before execution DuckDB may not know them yet (a
      // statement whose types depend on its parameters reports one column named "unknown").
      try (PreparedStatement ps = q.prepare(c); ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          String name = md.getColumnLabel(i);
          String def = own.get(name);
          String where = t.definedIn();
          if (def == null && fallback.containsKey(name)) {
            def = fallback.get(name);
            where = fallbackFile;
          }
          String u = null;
          if (def == null) {
            undefined.add(t.name() + "." + name);
            where = null;
          } else {
            Matcher m = UNIT.matcher(def);
            if (m.matches()) {
              u = m.group(1).strip();
              def = m.group(2);
            }
            def = def.replaceAll("\\s{2,}", " ");
          }
          seq.add(seq.size() + 1);
          table.add(t.name());
          position.add(i);
          column.add(name);
          unit.add(u);
          definition.add(def);
          definedIn.add(where);
        }
      }
    }

    List<Object> params(Connection c) throws SQLException {
      return List.of(array(c, "INTEGER", seq), array(c, "VARCHAR", table), array(c, "INTEGER", position),
          array(c, "VARCHAR", column), array(c, "VARCHAR", unit), array(c, "VARCHAR", definition),
          array(c, "VARCHAR", definedIn));
    }

    private static Array array(Connection c, String type, List<?> values) throws SQLException {
      return c.createArrayOf(type, values.toArray());
    }
  }

  private static String resource(String path) {
    try (InputStream in = ExportPack.class.getResourceAsStream(path)) {
      return in == null ? "" : new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireNewOrEmpty(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--out is not a directory: " + dir);
    try (var entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException("--out directory is not empty: " + dir
            + " (the pack goes into a new or empty directory, so no stale file is mistaken for part of it)");
      }
    }
  }

  private static String readme(List<String> regions, Iterable<String> tables, List<Path> files,
      Map<Path, String> titles) {
    StringBuilder b = new StringBuilder();
    b.append("Yujue (预决) cross-region comparison pack\n");
    b.append("Regions (GB/T 2260): ").append(String.join(", ", regions)).append("\n\n");
    b.append("Tables, each a sheet of ").append(WORKBOOK).append(" and a file in csv/, parquet/ and arrow/:\n");
    for (String t : tables) b.append("  ").append(t).append('\n');
    b.append("""

        The definitions table says what every column means, with its unit and source.
        Amounts are 万元 (10,000 yuan), exact: DECIMAL(18,2) in Parquet and Arrow (Decimal128),
        the printed digits in CSV and XLSX. An empty cell (NULL) is a figure the report does not
        disclose: never 0. The sources table names every report, with its SHA-256.
        CSV files are UTF-8 with a byte-order mark, comma-separated, CRLF line ends (RFC 4180).
        Arrow files are in the Arrow IPC file format (Feather v2): pyarrow.feather.read_table,
        pandas.read_feather, R arrow::read_feather.

        Files:
        """);
    for (Path f : files) {
      b.append("  ").append(f.toString().replace('\\', '/'));
      if (titles.containsKey(f)) b.append("  ").append(titles.get(f));
      b.append('\n');
    }
    b.append("  ").append(README).append('\n');
    return b.toString();
  }
}
