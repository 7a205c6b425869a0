package yujue.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** SQL kept in {@code .sql} resources under {@code yujue/queries/}, never built from strings. */
public final class QueryFiles {

  private QueryFiles() {}

  public static String load(String name) {
    try (InputStream in = QueryFiles.class.getResourceAsStream("/yujue/queries/" + name + ".sql")) {
      if (in == null) {
        throw new IllegalStateException("missing query file yujue/queries/" + name + ".sql");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceFirst(";$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
