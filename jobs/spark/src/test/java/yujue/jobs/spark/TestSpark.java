package yujue.jobs.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for all test classes: starting one takes seconds. Spark stops it at JVM exit. */
public final class TestSpark {

  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = Sessions.builder("yujue-test", "local[2]").getOrCreate();
    }
    return session;
  }
}
