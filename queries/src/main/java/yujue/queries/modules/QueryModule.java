package yujue.queries.modules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import yujue.queries.QueryFiles;
import yujue.queries.export.ArrowRows;

/**
 * A query module: one SQL file under {@code yujue/queries/} whose header comment documents it,
 * run with the {@link Filters} bound as JDBC parameters (the SQL reads NULL as "no filter").
 *
 * <pre>{@code
 * try (Connection c = Warehouse.open(dir);
 *      ResultSet rs = QueryModule.SANGGONG_TREND.run(c, Filters.NONE.withRegions("630200"))) { ... }
 * }</pre>
 *
 * <p>Running a module creates (or replaces) the temporary table {@code module_staffing} on the
 * connection, filled from {@link Filters#staffing()}, and the temporary macros of
 * {@code module_inputs.sql} that read it.
 */
public final class QueryModule {

  public static final QueryModule SANGGONG_TREND = new QueryModule("sanggong-trend", false, f -> List.of());
  public static final QueryModule PERSONNEL = new QueryModule("personnel", false, f -> List.of());
  public static final QueryModule UNIT_COSTS = new QueryModule("unit-costs", false, f -> List.of());
  public static final QueryModule STRUCTURE = new QueryModule("structure", false, f -> List.of());
  public static final QueryModule EXECUTION = new QueryModule("execution", false, f -> List.of());
  public static final QueryModule PEERS = new QueryModule("peers", true, PeerMetrics::parameters);

  private static final List<QueryModule> ALL =
      List.of(SANGGONG_TREND, PERSONNEL, UNIT_COSTS, STRUCTURE, EXECUTION, PEERS);

  /** Figures several modules take alike: headcounts (report, else staffing file) and visitors. */
  private static final String INPUTS = QueryFiles.load("module_inputs");

  private final String name;
  private final String sql;
  private final ModuleHeader header;
  /** A ranking within peer groups of a year (paged by year), not a listing (paged by type and regions). */
  private final boolean ranked;
  private final Function<Filters, List<Object>> options;

  private QueryModule(String name, boolean ranked, Function<Filters, List<Object>> options) {
    this.name = name;
    this.ranked = ranked;
    this.sql = QueryFiles.load(name.replace('-', '_'));
    this.header = ModuleHeader.parse(sql);
    this.options = options;
    if (!header.name().equals(name)) {
      throw new IllegalStateException(name + ".sql is headed '" + header.name() + "'");
    }
  }

  public static List<QueryModule> all() {
    return ALL;
  }

  public static QueryModule named(String name) {
    return ALL.stream().filter(m -> m.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no query module '" + name + "'; there are "
            + String.join(", ", ALL.stream().map(QueryModule::name).toList())));
  }

  /** The command name, e.g. {@code sanggong-trend}. */
  public String name() {
    return name;
  }

  public String description() {
    return header.description();
  }

  ModuleHeader header() {
    return header;
  }

  /** Every output column, in order, with its unit and meaning. */
  public List<ColumnDoc> columns() {
    return header.columns();
  }

  /** The SQL, header comment included; bind {@link #parameters(Filters)} to its {@code ?}s. */
  public String sql() {
    return sql;
  }

  /** The values bound to the SQL's parameters, in order (nulls for "no filter"). */
  public List<Object> parameters(Filters f) {
    List<Object> p = new ArrayList<>(Arrays.asList(f.regionList(), f.departmentType(), f.yearFrom(), f.yearTo()));
    p.addAll(options.apply(f));
    return p;
  }

  /**
   * Sets up what the SQL reads besides the warehouse views: {@code module_staffing} and the
   * macros over it ({@code module_headcounts(read_types)}, {@code module_visitors(read_types)}).
   */
  public void prepare(Connection c, Filters f) throws SQLException {
    Staffing.load(c, f.staffing());
    try (Statement s = c.createStatement()) {
      s.execute(INPUTS);
    }
  }

  /**
   * Runs the module and reads every row into Java values through Arrow batches: the fast way to
   * hold a whole result (see {@link ArrowRows}); {@link #run} streams it through JDBC instead.
   */
  public ArrowRows fetch(Connection c, Filters f) throws SQLException {
    try (ResultSet rs = run(c, f)) {
      return ArrowRows.read(rs);
    }
  }

  /**
   * Where page {@code p} of the answer to {@code f} lies (see {@link Page}): run or fetch the module
   * with the slice's {@link ModulePages.Slice#filters() filters} for the page's rows.
   */
  public ModulePages.Slice page(Connection c, Filters f, Page p) throws SQLException {
    parameters(f); // validates before anything touches the connection
    return ranked ? ModulePages.byYear(c, f, p) : ModulePages.byTypeAndRegions(c, f, p);
  }

  /** Runs the module; closing the result also closes its statement. */
  public ResultSet run(Connection c, Filters f) throws SQLException {
    PreparedStatement ps = statement(c, f, "");
    try {
      ps.closeOnCompletion();
      return ps.executeQuery();
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /**
   * The module prepared on {@code c} with its parameters bound, {@code prefix} put before its SQL
   * (e.g. {@code CREATE TEMP TABLE t AS }); the caller closes it.
   */
  public PreparedStatement statement(Connection c, Filters f, String prefix) throws SQLException {
    List<Object> params = parameters(f); // validates before anything touches the connection
    prepare(c, f);
    PreparedStatement ps = c.prepareStatement(prefix + sql);
    try {
      for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
