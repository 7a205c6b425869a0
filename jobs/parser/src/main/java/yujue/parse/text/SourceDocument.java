package yujue.parse.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An input file as bytes, with the content address ({@link #docId()}) that keys everything landed from it. */
public record SourceDocument(String sourceFile, byte[] bytes, String sha256) {

  public static SourceDocument read(Path path) throws IOException {
    return of(path.toString(), Files.readAllBytes(path));
  }

  public static SourceDocument of(String sourceFile, byte[] bytes) {
    return new SourceDocument(sourceFile, bytes, sha256(bytes));
  }

  /** Content-addressed id: the same bytes always get the same id, wherever the file lies. */
  public String docId() {
    return sha256.substring(0, 16);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
