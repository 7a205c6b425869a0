package yujue.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputHashesTest {

  @TempDir Path tmp;

  // SHA-256 of the ASCII bytes "abc" (FIPS 180-2 test vector)
  static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void anUnchangedFileIsNotReadAgainAndAChangedOneIs() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(tmp.resolve("wh").toUri());
    Path file = Files.writeString(tmp.resolve("report.txt"), "abc");

    InputHashes first = InputHashes.load(fs, root, false);
    assertEquals(ABC, first.sha256(file, InputHashes.attributes(file)));
    assertEquals(0, first.reused());
    first.save(fs, root);
    long saved = Files.getLastModifiedTime(tmp.resolve("wh").resolve(InputHashes.FILE)).toMillis();

    InputHashes second = InputHashes.load(fs, root, false);
    assertEquals(ABC, second.sha256(file, InputHashes.attributes(file)));
    assertEquals(1, second.reused());
    second.save(fs, root); // nothing new: the cache file is left as it was
    assertEquals(saved, Files.getLastModifiedTime(tmp.resolve("wh").resolve(InputHashes.FILE)).toMillis());

    Files.writeString(file, "abd"); // same size, new time
    Files.setLastModifiedTime(file, FileTime.fromMillis(saved + 5_000));
    InputHashes third = InputHashes.load(fs, root, false);
    String changed = third.sha256(file, InputHashes.attributes(file));
    assertFalse(changed.equals(ABC));
    assertEquals(0, third.reused());

    InputHashes rehash = InputHashes.load(fs, root, true);
    rehash.sha256(file, InputHashes.attributes(file));
    assertEquals(0, rehash.reused());
  }

  @Test
  void anUnreadableCacheIsNoCache() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path wh = Files.createDirectories(tmp.resolve("wh/_yujue"));
    Files.writeString(wh.resolve("input-hashes.tsv"), "garbage without tabs\n/x\t3\t1\tnot-a-hash\n");
    Path file = Files.writeString(tmp.resolve("r.txt"), "abc");
    InputHashes h = InputHashes.load(fs, new org.apache.hadoop.fs.Path(tmp.resolve("wh").toUri()), false);
    assertEquals(ABC, h.sha256(file, InputHashes.attributes(file)));
    assertTrue(h.reused() == 0);
  }
}
