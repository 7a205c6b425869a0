package yujue.warehouse.layout;

import yujue.warehouse.schema.Table;

/**
 * Where things live inside a warehouse directory (any Hadoop file system URI for the writer).
 * <pre>
 *   data/&lt;table&gt;/fiscal_year=Y/part-*.parquet   per-document tables, sorted by region_code
 *   data/&lt;dim_table&gt;/part-*.parquet                           dimension tables
 *   _yujue/runs/&lt;run_id&gt;.json                                 commit record of each land run
 *   marts/&lt;key&gt;/&lt;view&gt;.parquet                               materialized views (Marts)
 *   views.sql                                                 the DuckDB views, for any DuckDB
 * </pre>
 */
public final class WarehouseLayout {

  private WarehouseLayout() {}

  public static final String DATA_DIR = "data";
  public static final String RUNS_DIR = "_yujue/runs";
  public static final String RUNS_GLOB = RUNS_DIR + "/*.json";
  public static final String VIEWS_FILE = "views.sql";

  /** Directory of a table, relative to the warehouse root. */
  public static String dir(Table t) {
    return DATA_DIR + "/" + t.name();
  }

  /**
   * Files of a table. The depth is fixed so Spark's {@code _temporary} attempt directories,
   * which lie deeper, are never read.
   */
  public static String glob(Table t) {
    return dir(t) + "/*".repeat(t.partitionBy().size()) + "/*.parquet";
  }
}
