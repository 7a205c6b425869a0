package yujue.warehouse.marts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.views.ViewsScript;

/**
 * Marts: views materialized as Parquet, as dbt materializes a model as a table. The land job
 * writes them after it commits a run; a view whose mart is fresh reads the file instead of
 * computing itself from the {@code stg_} views on every query. Engine-free: what is materialized,
 * where, and when a mart may be read; building them is the land job's.
 * <pre>
 *   marts/&lt;key&gt;/&lt;view&gt;.parquet   one file per materialized view
 *   marts/&lt;key&gt;/_SUCCESS          written last: the directory is complete; holds {@link #sqlVersion}
 *   marts/&lt;key&gt;/base.txt         in a layer only: the whole marts (a name in marts/) it lies on
 *   marts/&lt;key&gt;/touched.parquet  in a layer only: the departments it holds again
 * </pre>
 * A layer holds the rows of the departments the runs after its base landed reports for; a view
 * reads the base's rows of the other departments and the layer's rows. It spares a small run
 * rewriting every mart.
 * {@code key} names the committed runs the marts were built from ({@link #key}); a mart is
 * fresh only while those are exactly the committed runs, so a warehouse whose marts are missing
 * or stale (a run committed and the job was killed before building them) answers as before, by
 * computing. Marts built by other view SQL (an older Yujue) are not fresh either.
 */
public final class Marts {

  private Marts() {}

  public static final String DIR = "marts";
  public static final String DONE = "_SUCCESS";
  /** In a layer: the name of the whole marts directory under {@link #DIR} it lies on. */
  public static final String BASE = "base.txt";
  /** In a layer: the departments (region_code, department_name) whose rows it holds. */
  public static final String TOUCHED = "touched";

  /** The materialized views in build order ({@code views/marts.txt}). */
  public static List<String> views() {
    return ViewsScript.resource("marts.txt").lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** 16 hex digits of the SHA-256 of the run ids, sorted and joined by newlines (as {@code marts_key} computes it). */
  public static String key(Collection<String> runIds) {
    String joined = String.join("\n", runIds.stream().sorted().toList());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ids of the committed runs of a local warehouse: the names of its run records. */
  public static List<String> committedRuns(Path warehouse) {
    Path runs = warehouse.resolve(WarehouseLayout.RUNS_DIR);
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(runs)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code marts/<key>} relative to the warehouse for its committed runs now. */
  public static String dirFor(Path warehouse) {
    return dirFor(committedRuns(warehouse));
  }

  /** {@code marts/<key>} for these runs. */
  static String dirFor(List<String> runIds) {
    return DIR + "/" + key(runIds);
  }

  /**
   * The marts directory (relative) when it is complete, built from the runs committed now and by
   * this version's view SQL.
   */
  public static Optional<String> fresh(Path warehouse) {
    return fresh(warehouse, dirFor(warehouse));
  }

  /** {@code dir} when it is complete and built by this version's view SQL. */
  static Optional<String> fresh(Path warehouse, String dir) {
    Path done = warehouse.resolve(dir).resolve(DONE);
    try {
      return Files.exists(done) && Files.readString(done).equals(sqlVersion()) ? Optional.of(dir) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // unreadable: not fresh, the views compute
    }
  }

  /** 16 hex digits of the SHA-256 of the view SQL the marts are built by (what _SUCCESS holds). */
  public static String sqlVersion() {
    return key(List.of(ViewsScript.render()));
  }

  /** The whole marts (relative) a layer lies on; empty for whole marts. */
  public static Optional<String> base(Path warehouse, String dir) {
    Path base = warehouse.resolve(dir).resolve(BASE);
    try {
      return Files.exists(base) ? Optional.of(DIR + "/" + Files.readString(base).strip()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A view's file inside a marts directory. */
  public static String file(String dir, String view) {
    return dir + "/" + view + ".parquet";
  }

  /** The same, inside a marts directory on disk. */
  public static Path file(Path dir, String view) {
    return dir.resolve(view + ".parquet");
  }
}
