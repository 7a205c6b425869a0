/**
 * The Spark SQL twins of the DuckDB warehouse views and query modules, over the same Parquet files,
 * so that {@link yujue.bench.ModuleLatency} can time each module on both engines and check that
 * they answer alike. The SQL is in {@code yujue/bench/spark/}, each file headed by the DuckDB file
 * it mirrors and what had to change.
 */
package yujue.bench.spark;
