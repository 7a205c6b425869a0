package yujue.jobs.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session every Yujue job runs in; the CLI and the tests build it the same way. */
public final class Sessions {

  private Sessions() {}

  public static SparkSession.Builder builder(String appName, String master) {
    SparkSession.Builder b = SparkSession.builder()
        .appName(appName)
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.parquet.compression.codec", "zstd")
        .config("spark.sql.session.timeZone", "UTC");
    if (master.startsWith("local")) {
      // The default of 200 shuffle partitions only adds empty tasks on one machine.
      b.config("spark.sql.shuffle.partitions", "4");
    }
    return b;
  }
}
