package yujue.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import yujue.parse.text.SourceDocument;

/**
 * The SHA-256 of input files seen before, by path, size and modification time
 * ({@code _yujue/input-hashes.tsv}), so that a scheduled run over a large inbox reads only files
 * that are new or changed instead of hashing every file again (the way git's index and rsync
 * skip unchanged files). Only a cache: a hash is a fact about bytes, not about what landed, so a
 * missing or unreadable file just means hashing again. A file rewritten with the same size and
 * the same nanosecond modification time would be missed; {@code land --rehash} reads everything.
 */
final class InputHashes {

  static final String FILE = "_yujue/input-hashes.tsv";

  private final Map<String, String> known = new HashMap<>();
  private final Map<String, String> seen = new ConcurrentHashMap<>(); // filled by parallel hashing
  private final AtomicInteger reused = new AtomicInteger();

  /** The cache of a warehouse; empty when there is none, it cannot be read, or {@code rehash}. */
  static InputHashes load(FileSystem fs, Path root, boolean rehash) {
    InputHashes h = new InputHashes();
    Path file = new Path(root, FILE);
    try {
      if (rehash || !fs.exists(file)) {
        return h;
      }
      try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          int tab = line.lastIndexOf('\t');
          if (tab > 0 && line.length() - tab - 1 == 64) {
            h.known.put(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      }
    } catch (IOException e) {
      h.known.clear(); // a cache that cannot be read is no cache
    }
    return h;
  }

  /** The file's SHA-256: from the cache when its path, size and time are unchanged, else read. */
  String sha256(java.nio.file.Path file, BasicFileAttributes attrs) throws IOException {
    String key = key(file, attrs);
    if (key == null) {
      return SourceDocument.sha256(file);
    }
    String sha = known.get(key);
    if (sha == null) {
      sha = SourceDocument.sha256(file);
    } else {
      reused.incrementAndGet();
    }
    seen.put(key, sha);
    return sha;
  }

  int reused() {
    return reused.get();
  }

  /**
   * Writes the hashes of the files this run saw, sorted, when they differ from the cache read
   * (a run that finds nothing new leaves the warehouse untouched); beside, then renamed.
   */
  void save(FileSystem fs, Path root) throws IOException {
    if (seen.equals(known)) {
      return;
    }
    Path file = new Path(root, FILE);
    Path tmp = new Path(root, FILE + ".tmp");
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(seen).forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(file, false);
    if (!fs.rename(tmp, file)) {
      throw new IOException("cannot rename " + tmp + " to " + file);
    }
  }

  /** Null for a path the file's format cannot hold (a tab or line break in it): such files are always read. */
  private static String key(java.nio.file.Path file, BasicFileAttributes attrs) {
    String path = file.toAbsolutePath().toString();
    if (path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
      return null;
    }
    return path + '\t' + attrs.size() + '\t' + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }

  static BasicFileAttributes attributes(java.nio.file.Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class);
  }
}
