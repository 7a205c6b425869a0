package yujue.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import yujue.warehouse.layout.WarehouseLayout;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;
import yujue.warehouse.views.ViewsScript;

/**
 * The files of a warehouse as a land run handles them. Spark writes a run's tables under
 * {@code _yujue/staging/<run_id>/}, which no view reads; the run then renames each file into
 * {@code data/<table>/<partition>/part-<run_id>-….parquet} and only then writes its commit record.
 * Renames of single files are atomic on local disks and HDFS, so a reader sees whole files only,
 * and a file of a run without a commit record is filtered out by the views (its rows carry the
 * run id) until the next run deletes it: every file a run puts in data/ names its run.
 */
final class WarehouseFiles {

  static final String STAGING_DIR = "_yujue/staging";
  /** Data files a run moved into place: {@code part-<run_id>-…}. */
  static final Pattern RUN_FILE = Pattern.compile("^part-(r\\d{8}T\\d{6}Z-[0-9a-f]{6})-.*");

  private final FileSystem fs;
  private final Path root;

  WarehouseFiles(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = root;
  }

  Path root() {
    return root;
  }

  Path staging(String runId) {
    return new Path(root, STAGING_DIR + "/" + runId);
  }

  Path staged(String runId, String name) {
    return new Path(staging(runId), name);
  }

  Path tableDir(Table t) {
    return new Path(root, WarehouseLayout.dir(t));
  }

  /** A file to rename into place. */
  record Move(Path from, Path to) {}

  /**
   * Deletes what runs that never committed left behind: their staging directories, data files named
   * for a run without a commit record, half-written commit records and Spark's {@code _temporary}
   * directories. Runs only under the warehouse lock, so no run is writing. Returns the number of
   * files and directories removed.
   */
  int removeLeftovers(Set<String> committedRunIds) throws IOException {
    int removed = 0;
    Path staging = new Path(root, STAGING_DIR);
    if (fs.exists(staging)) {
      for (FileStatus st : fs.listStatus(staging)) {
        removed += fs.delete(st.getPath(), true) ? 1 : 0;
      }
    }
    Path runs = new Path(root, WarehouseLayout.RUNS_DIR);
    if (fs.exists(runs)) {
      for (FileStatus st : fs.listStatus(runs, p -> p.getName().endsWith(".tmp"))) {
        removed += fs.delete(st.getPath(), false) ? 1 : 0;
      }
    }
    for (Table t : WarehouseSchema.all()) {
      Path dir = tableDir(t);
      if (!fs.exists(dir)) {
        continue;
      }
      Path temporary = new Path(dir, "_temporary");
      if (fs.exists(temporary)) {
        removed += fs.delete(temporary, true) ? 1 : 0;
      }
      List<Path> doomed = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
      while (it.hasNext()) {
        Path p = it.next().getPath();
        Matcher m = RUN_FILE.matcher(p.getName());
        if (m.matches() && !committedRunIds.contains(m.group(1))) {
          doomed.add(p);
        }
      }
      for (Path p : doomed) {
        removed += fs.delete(p, false) ? 1 : 0;
      }
    }
    return removed;
  }

  /**
   * The renames that put the staged files of a per-document table in place: only Parquet files at
   * the partition depth (Spark may leave an empty file at the top of an empty write).
   */
  List<Move> moves(String runId, Table t) throws IOException {
    Path from = staged(runId, t.name());
    List<Move> moves = new ArrayList<>();
    if (!fs.exists(from)) {
      return moves;
    }
    String base = fs.makeQualified(from).toUri().getPath();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(from, true);
    while (it.hasNext()) {
      Path p = it.next().getPath();
      String name = p.getName();
      if (!name.startsWith("part-") || !name.endsWith(".parquet")) {
        continue;
      }
      String rel = p.toUri().getPath().substring(base.length() + 1);
      String[] parts = rel.split("/");
      if (parts.length != t.partitionBy().size() + 1) {
        continue;
      }
      String dir = String.join("/", Arrays.copyOf(parts, parts.length - 1));
      Path to = new Path(tableDir(t), (dir.isEmpty() ? "" : dir + "/") + "part-" + runId + "-" + name.substring(5));
      moves.add(new Move(p, to));
    }
    return moves;
  }

  void move(Move m) throws IOException {
    fs.mkdirs(m.to().getParent());
    if (!fs.rename(m.from(), m.to())) {
      throw new IOException("cannot rename " + m.from() + " to " + m.to());
    }
  }

  /** Whether any file of the table lies where its views read it. */
  boolean hasFiles(Table t) throws IOException {
    FileStatus[] found = fs.globStatus(new Path(root, WarehouseLayout.glob(t)));
    return found != null && found.length > 0;
  }

  /** Parquet files of a table directory itself (dimension tables). */
  List<Path> topFiles(Table t) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!fs.exists(tableDir(t))) {
      return out;
    }
    for (FileStatus st : fs.listStatus(tableDir(t), p -> p.getName().endsWith(".parquet"))) {
      out.add(st.getPath());
    }
    return out;
  }

  /** The first Parquet file under a staged directory (a coalesce(1) write has exactly one). */
  Path stagedFile(Path dir) throws IOException {
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      Path p = it.next().getPath();
      if (p.getName().startsWith("part-") && p.getName().endsWith(".parquet")) {
        return p;
      }
    }
    throw new IOException("Spark wrote no Parquet file under " + dir);
  }

  void delete(Path p) throws IOException {
    fs.delete(p, true);
  }

  /** Deletes the run's staging directory, and the staging directory itself once no run has one. */
  void deleteStaging(String runId) throws IOException {
    fs.delete(staging(runId), true);
    Path all = new Path(root, STAGING_DIR);
    if (fs.exists(all) && fs.listStatus(all).length == 0) {
      fs.delete(all, false);
    }
  }

  /**
   * Rewrites views.sql when its content changes: written beside, then renamed over, so a DuckDB
   * opening it never reads half a script. Tables without files get empty views; with {@code marts}
   * (a layer on {@code base} when that is given), the materialized views read them.
   */
  void writeViews(Optional<String> marts, Optional<String> base) throws IOException {
    List<Table> withFiles = new ArrayList<>();
    for (Table t : WarehouseSchema.all()) {
      if (hasFiles(t)) {
        withFiles.add(t);
      }
    }
    byte[] script = ViewsScript.render(withFiles::contains, marts, base).getBytes(StandardCharsets.UTF_8);
    Path views = new Path(root, WarehouseLayout.VIEWS_FILE);
    if (fs.exists(views)) {
      try (InputStream in = fs.open(views)) {
        if (Arrays.equals(in.readAllBytes(), script)) {
          return;
        }
      }
    }
    Path tmp = new Path(root, WarehouseLayout.VIEWS_FILE + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(script);
    }
    if (!fs.rename(tmp, views)) { // HDFS does not rename over a file
      fs.delete(views, false);
      if (!fs.rename(tmp, views)) {
        throw new IOException("cannot rename " + tmp + " to " + views);
      }
    }
  }
}
