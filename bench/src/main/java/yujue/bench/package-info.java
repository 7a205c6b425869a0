/**
 * {@code ./yujue bench}: the parser's inner loops under JMH, landing with Spark at scale, each
 * query module on DuckDB beside the same query on Spark SQL, and the warehouse's bytes per row.
 * Kept out of the test suite; writes BENCHMARKS.md.
 */
package yujue.bench;
