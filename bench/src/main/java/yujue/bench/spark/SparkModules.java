package yujue.bench.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import yujue.queries.modules.Filters;
import yujue.queries.modules.QueryModule;
import yujue.queries.modules.StaffingRow;

/**
 * The Spark SQL twin of each {@link QueryModule}: {@code yujue/bench/spark/modules/<module>.sql},
 * run on a session where {@link SparkWarehouse#register} has made the views, with the values
 * the DuckDB module binds ({@link QueryModule#parameters}) bound by name.
 */
public final class SparkModules {

  private SparkModules() {}

  /** Names of {@link QueryModule#parameters}' values, in its order (the last four: peers only). */
  static final List<String> PARAMETERS =
      List.of("regions", "department_type", "first_year", "last_year", "metric", "basis", "ascending", "unit");

  private static final StructType STAFFING = StructType.fromDDL(
      "region_code STRING, department STRING, fiscal_year INT, authorized DECIMAL(12,2), actual DECIMAL(12,2)");

  /** The module's twin SQL (header comment included). */
  public static String sql(QueryModule m) {
    return SparkSqlFiles.load("modules/" + m.name().replace('-', '_') + ".sql").strip();
  }

  /**
   * Runs the twin of {@code m}. Like {@link QueryModule#run}, first (re)makes module_staffing from
   * the filters' staffing rows and the module inputs over it; the result is lazy until collected.
   */
  public static Dataset<Row> run(SparkSession spark, QueryModule m, Filters f) {
    Map<String, Object> args = arguments(m.parameters(f)); // validates, as on DuckDB
    prepare(spark, f.staffing());
    return spark.sql(sql(m), args);
  }

  /**
   * The DuckDB module's positional parameters by name. Spark numbers positional markers in the
   * order it meets them while building the plan, not in the order of the text (peers' metric
   * would land on a year), so the twins use named markers.
   */
  static Map<String, Object> arguments(List<Object> positional) {
    if (positional.size() > PARAMETERS.size()) {
      throw new IllegalArgumentException("more parameters than the twins name: " + positional);
    }
    Map<String, Object> args = new HashMap<>(); // HashMap: a null means "no filter"
    for (int i = 0; i < positional.size(); i++) {
      args.put(PARAMETERS.get(i), positional.get(i));
    }
    return args;
  }

  static void prepare(SparkSession spark, List<StaffingRow> staffing) {
    List<Row> rows = staffing.stream()
        .map(s -> RowFactory.create(s.regionCode(), s.department(), s.fiscalYear(), s.authorized(), s.actual()))
        .toList();
    spark.createDataFrame(rows, STAFFING).createOrReplaceTempView("module_staffing");
    SparkSqlFiles.statements("modules/module_inputs.sql").forEach(spark::sql);
  }
}
