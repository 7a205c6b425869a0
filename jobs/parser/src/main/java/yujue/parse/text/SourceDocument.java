package yujue.parse.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An input file as bytes, with the content address ({@link #docId()}) that keys everything landed from it. */
public record SourceDocument(String sourceFile, byte[] bytes, String sha256) {

  /**
   * Files larger than this are not read: a report text is a few hundred kilobytes, and the limit
   * bounds the memory one file can take while it is decoded (about three times its size).
   */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

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
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** SHA-256 of a file's bytes, read in blocks (the file is never held in memory whole). */
  public static String sha256(Path path) throws IOException {
    MessageDigest md = digest();
    byte[] block = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n; (n = in.read(block)) > 0; ) {
        md.update(block, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * A fresh SHA-256 digest, cloned from one never used: looking the algorithm up among the
   * providers costs more than hashing a small file. The prototype is only ever read (cloned), so
   * threads share it safely.
   */
  private static MessageDigest digest() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return newDigest();
    }
  }

  private static final MessageDigest SHA_256 = newDigest();

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
