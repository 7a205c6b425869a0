package yujue.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.globalmentor.apache.hadoop.fs.BareLocalFileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTest {

  @TempDir
  Path tmp;

  /** Jobs write local warehouses through the java.nio file system, and it keeps Hadoop's permissions. */
  @Test
  void localFilesGoThroughJavaNioWithHadoopsPermissions() throws Exception {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(tmp.resolve("a/part-0.parquet").toUri());
    // a new instance: FileSystem.get's cache keeps the first one a test JVM made, whatever its settings
    FileSystem fs = FileSystem.newInstance(file.toUri(), TestSpark.session().sparkContext().hadoopConfiguration());
    assertInstanceOf(BareLocalFileSystem.class, fs);
    try (FSDataOutputStream out = fs.create(file, false)) {
      out.writeBytes("x");
    }
    // Hadoop's default file mode 666 under its default umask 022: rw-r--r--
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a/part-0.parquet"))));
    FileStatus[] listed = fs.listStatus(file.getParent());
    assertEquals(1, listed.length); // the checksum file is hidden as before
    assertEquals("rw-r--r--", listed[0].getPermission().toString());
    assertEquals(1, listed[0].getLen());
    fs.close();
  }
}
