package yujue.bench.spark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import yujue.jobs.spark.SparkSchemas;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.marts.Marts;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;
import yujue.warehouse.views.ViewsScript;

/**
 * The warehouse views as Spark temporary views over the same Parquet files DuckDB reads: what
 * {@link ViewsScript} renders for DuckDB, for Spark SQL.
 *
 * <p>{@code stg_<table>} is generated from {@link WarehouseSchema} as ViewsScript generates it:
 * the table's directory read with Spark's Parquet reader, every column cast to the schema's type,
 * and only rows of committed runs ({@code committed_runs}, the {@code run_id} of every
 * {@code _yujue/runs/*.json}). The reader is given the table's schema and discovers partitions
 * itself, so a partition column is read from the directory names when the layout puts it there
 * ({@code fiscal_year=Y/region_code=R}) and from the files when it does not ({@code fiscal_year=Y}
 * with region_code a column). {@link Table#partitionBy()} enters only through
 * {@link ViewsScript#hasFiles}, which looks for files at the depth it gives, as DuckDB's glob does;
 * Spark skips {@code _temporary} and hidden files by itself. The materialized views read their marts
 * ({@link #registerMarts}); the other views researchers use are the twins in
 * {@code yujue/bench/spark/views}, applied in the order of their {@code index.txt}.
 *
 * <p>A table without files gets an empty view of the right columns, as on DuckDB. Spark lists a
 * table's files when its view is registered, not at each query as DuckDB's glob does: register
 * again after a land.
 */
public final class SparkWarehouse {

  private SparkWarehouse() {}

  /** Registers committed_runs, every stg_ view and every twin view on {@code spark}. */
  public static void register(SparkSession spark, Path warehouse) {
    Path root = warehouse.toAbsolutePath().normalize();
    spark.read().schema("run_id STRING").option("multiLine", true)
        .json(root.resolve(WarehouseLayout.RUNS_GLOB).toString())
        .createOrReplaceTempView("committed_runs");
    for (Table t : WarehouseSchema.all()) {
      StructType schema = SparkSchemas.of(t);
      Dataset<Row> files = ViewsScript.hasFiles(root, t)
          ? spark.read().schema(schema).parquet(root.resolve(WarehouseLayout.dir(t)).toString())
          : spark.createDataFrame(List.of(), schema);
      files.createOrReplaceTempView("files_" + t.name());
      spark.sql(staging(t, schema));
    }
    registerMarts(spark, root);
    for (String file : SparkSqlFiles.viewFiles()) {
      SparkSqlFiles.statements(file).forEach(spark::sql);
    }
  }

  /**
   * The materialized views from the marts the land job wrote, the same files DuckDB reads: the
   * views that have no Spark twin. A warehouse without fresh marts is refused rather than compared
   * on different inputs.
   */
  static void registerMarts(SparkSession spark, Path root) {
    String dir = Marts.fresh(root).orElseThrow(() -> new IllegalStateException("no fresh marts in " + root
        + ": land into it with this version (./yujue land) to build them"));
    Optional<String> base = Marts.base(root, dir);
    for (String view : Marts.views()) {
      Dataset<Row> rows = spark.read().parquet(root.resolve(Marts.file(dir, view)).toString());
      if (base.isPresent()) { // a layer: the base's rows of the departments it does not hold, and its own
        Dataset<Row> b = spark.read().parquet(root.resolve(Marts.file(base.get(), view)).toString());
        Dataset<Row> t = spark.read().parquet(root.resolve(Marts.file(dir, Marts.TOUCHED)).toString());
        Column same = b.col("region_code").eqNullSafe(t.col("region_code"))
            .and(b.col("department_name").eqNullSafe(t.col("department_name")));
        rows = b.join(t, same, "left_anti").unionByName(rows);
      }
      rows.createOrReplaceTempView(view);
    }
  }

  /** {@code stg_<table>}: the table's files with the schema's types, committed rows only. */
  static String staging(Table t, StructType schema) {
    String columns = Arrays.stream(schema.fields())
        .map(SparkWarehouse::cast)
        .collect(Collectors.joining(",\n  "));
    String sql = "CREATE OR REPLACE TEMPORARY VIEW stg_" + t.name() + " AS\nSELECT\n  " + columns
        + "\nFROM files_" + t.name();
    if (t.columnNames().contains("run_id")) {
      sql += "\nWHERE run_id IN (SELECT run_id FROM committed_runs)";
    }
    return sql;
  }

  private static String cast(StructField f) {
    return "CAST(`" + f.name() + "` AS " + f.dataType().sql() + ") AS `" + f.name() + "`";
  }
}
