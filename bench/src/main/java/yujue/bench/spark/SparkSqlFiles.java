package yujue.bench.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The Spark SQL twins kept under {@code yujue/bench/spark/} as {@code .sql} resources. */
final class SparkSqlFiles {

  private static final String ROOT = "/yujue/bench/spark/";
  /** Spark runs one statement per call; in these files a statement ends with ';' at a line's end. */
  private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

  private SparkSqlFiles() {}

  static String load(String path) {
    try (InputStream in = SparkSqlFiles.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("missing Spark SQL resource " + ROOT + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of a file, in order. */
  static List<String> statements(String path) {
    return Arrays.stream(STATEMENT_END.split(load(path)))
        .map(String::strip)
        .filter(s -> !s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--")))
        .toList();
  }

  /** The view files in the order of {@code views/index.txt}. */
  static List<String> viewFiles() {
    return load("views/index.txt").lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(f -> "views/" + f)
        .toList();
  }
}
