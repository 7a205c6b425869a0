package yujue.jobs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
      try (InputStream in = fs.open(st.getPath()); JsonParser p = JSON.getFactory().createParser(in)) {
        read(p, c);
      } catch (IOException e) {
        throw new IOException("cannot read the commit record " + st.getPath() + ": " + e.getMessage(), e);
      }
    }
    return c;
  }

  /**
   * Adds what one record says to {@code c}, streaming: a record lists every input of its run
   * (tens of MB for a large inbox), and a tree of it would cost the planning of every run seconds.
   */
  private static void read(JsonParser p, Committed c) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("not a JSON object");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "run_id" -> c.runIds().add(p.getText());
        case "outcomes" -> forEachObject(p, o -> {
          if (RunRecord.LANDED.equals(o.get("status"))) {
            c.landedSha256().add(o.get("sha256"));
          }
        });
        case "quarantined" -> forEachObject(p, q ->
            c.quarantined().add(Committed.key(q.get("source_file"), q.get("sha256"), q.get("reason"))));
        default -> p.skipChildren();
      }
    }
  }

  /** Calls {@code each} with the scalar fields (null for JSON null) of every object in the array at the parser. */
  private static void forEachObject(JsonParser p, Consumer<Map<String, String>> each) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    Map<String, String> fields = new HashMap<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      fields.clear();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value.isScalarValue()) {
          fields.put(name, value == JsonToken.VALUE_NULL ? null : p.getText());
        } else {
          p.skipChildren();
        }
      }
      each.accept(fields);
    }
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
