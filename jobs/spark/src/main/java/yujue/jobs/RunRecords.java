package yujue.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Reads and writes run commit records through the Hadoop FileSystem API, so any warehouse URI works. */
final class RunRecords {

  static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final FileSystem fs;
  private final Path dir;

  RunRecords(FileSystem fs, Path runsDir) {
    this.fs = fs;
    this.dir = runsDir;
  }

  /** What the committed runs say: their ids, the content they landed, the inputs they quarantined. */
  record Committed(Set<String> runIds, Set<String> landedSha256, Set<String> quarantined) {

    boolean quarantinedBefore(RunRecord.InputOutcome o) {
      return quarantined.contains(key(o.sourceFile(), o.sha256(), o.reason()));
    }

    static String key(String sourceFile, String sha256, String reason) {
      return sourceFile + "\u0000" + sha256 + "\u0000" + reason;
    }
  }

  Committed committed() throws IOException {
    Committed c = new Committed(new HashSet<>(), new HashSet<>(), new HashSet<>());
    if (!fs.exists(dir)) {
      return c;
    }
    for (FileStatus st : fs.listStatus(dir, p -> p.getName().endsWith(".json"))) {
      JsonNode run;
      try (InputStream in = fs.open(st.getPath())) {
        run = JSON.readTree(in);
      } catch (IOException e) {
        throw new IOException("cannot read the commit record " + st.getPath() + ": " + e.getMessage(), e);
      }
      c.runIds().add(run.path("run_id").asText());
      for (JsonNode o : run.path("outcomes")) {
        if (RunRecord.LANDED.equals(o.path("status").asText())) {
          c.landedSha256().add(o.path("sha256").asText());
        }
      }
      for (JsonNode q : run.path("quarantined")) {
        c.quarantined().add(Committed.key(text(q, "source_file"), text(q, "sha256"), text(q, "reason")));
      }
    }
    return c;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Writes {@code <run_id>.json.tmp}, then renames it: readers see the whole record or none. */
  void commit(RunRecord r) throws IOException {
    Path tmp = new Path(dir, r.runId() + ".json.tmp");
    Path done = new Path(dir, r.runId() + ".json");
    fs.mkdirs(dir);
    try (OutputStream out = fs.create(tmp, true)) {
      JSON.writeValue(out, r);
    }
    if (!fs.rename(tmp, done)) {
      throw new IOException("cannot rename " + tmp + " to " + done);
    }
  }
}
