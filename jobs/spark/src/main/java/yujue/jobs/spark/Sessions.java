package yujue.jobs.spark;

import com.globalmentor.apache.hadoop.fs.BareLocalFileSystem;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The Spark session every Yujue job runs in; the CLI and the tests build it the same way. */
public final class Sessions {

  /**
   * Hadoop settings of every job (as spark.hadoop.*; a --conf overrides them). Without its native
   * library Hadoop's local file system forks {@code chmod} for each file it creates and {@code ls -ld}
   * for each file status it lists: 600 processes, about 1.5 s, in a 1,000-report run into a 10^5
   * warehouse. This one reads and sets permissions through java.nio.
   */
  public static final Map<String, String> HADOOP = Map.of("fs.file.impl", BareLocalFileSystem.class.getName());

  private Sessions() {}

  public static SparkSession.Builder builder(String appName, String master) {
    SparkSession.Builder b = SparkSession.builder()
        .appName(appName)
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.parquet.compression.codec", "zstd")
        .config("spark.sql.session.timeZone", "UTC");
    HADOOP.forEach((k, v) -> b.config("spark.hadoop." + k, v));
    if (master.startsWith("local")) {
      // The default of 200 shuffle partitions only adds empty tasks on one machine.
      b.config("spark.sql.shuffle.partitions", "4");
    }
    return b;
  }

  /** {@link #builder(String, String)} with a command's --conf settings over the defaults. */
  public static SparkSession.Builder builder(String appName, String master, Map<String, String> conf) {
    SparkSession.Builder b = builder(appName, master);
    conf.forEach(b::config);
    return b;
  }
}
