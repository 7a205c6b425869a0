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

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final FileSystem fs;
  private final Path dir;

  RunRecords(FileSystem fs, Path runsDir) {
    this.fs = fs;
    this.dir = runsDir;
  }

  /** SHA-256 of every input a committed run landed. */
  Set<String> landedSha256() throws IOException {
    Set<String> landed = new HashSet<>();
    if (!fs.exists(dir)) {
      return landed;
    }
    for (FileStatus st : fs.listStatus(dir, p -> p.getName().endsWith(".json"))) {
      JsonNode run;
      try (InputStream in = fs.open(st.getPath())) {
        run = JSON.readTree(in);
      }
      for (JsonNode o : run.path("outcomes")) {
        if (RunRecord.LANDED.equals(o.path("status").asText())) {
          landed.add(o.path("sha256").asText());
        }
      }
    }
    return landed;
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
