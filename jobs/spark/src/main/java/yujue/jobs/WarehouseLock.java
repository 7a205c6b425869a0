package yujue.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The land lock of a warehouse, {@code _yujue/lock}: one land run at a time. The file is created
 * only if absent (O_EXCL on a local disk, HDFS's create-if-absent elsewhere) and names its holder:
 * run id, process id, host and start time. A lock whose holder process is gone from this host (a
 * run killed with SIGKILL, a machine that rebooted) is stale and taken over; a lock held from
 * another host is never broken automatically, since this process cannot tell whether its holder
 * lives. Releasing deletes the file only while it is still this run's.
 */
public final class WarehouseLock implements AutoCloseable {

  public static final String LOCK_FILE = "_yujue/lock";

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  private static final Duration POLL = Duration.ofMillis(500);

  private final FileSystem fs;
  private final Path file;
  private final Holder holder;
  private boolean released;

  /** Who holds a lock: what its file says. */
  public record Holder(String runId, long pid, String host, String processStarted, String acquiredAt) {

    static Holder current(String runId, Instant now) {
      ProcessHandle self = ProcessHandle.current();
      return new Holder(runId, self.pid(), localHost(),
          self.info().startInstant().map(Instant::toString).orElse(null), now.toString());
    }

    /** Whether the holder was a process of this host that no longer runs (its pid gone or reused). */
    boolean goneFromThisHost() {
      if (!localHost().equals(host)) {
        return false;
      }
      Optional<ProcessHandle> p = ProcessHandle.of(pid);
      if (p.isEmpty() || !p.get().isAlive()) {
        return true;
      }
      String started = p.get().info().startInstant().map(Instant::toString).orElse(null);
      return processStarted != null && started != null && !processStarted.equals(started);
    }

    public String describe() {
      return "land run " + runId + " (pid " + pid + " on host " + host + ", since " + acquiredAt + ")";
    }
  }

  /**
   * No shutdown hook releases the lock: a JVM stopping on SIGTERM may still be moving files or
   * writing its commit record while hooks run, and a run that took over then would delete files of
   * a run about to commit. The lock of a stopped run is stale once its process is gone, and the
   * next run on the host takes it over.
   */
  private WarehouseLock(FileSystem fs, Path file, Holder holder) {
    this.fs = fs;
    this.file = file;
    this.holder = holder;
  }

  /**
   * Takes the lock of the warehouse at {@code root}, waiting up to {@code wait} for its holder to
   * finish; the run id is made when the lock is taken.
   *
   * @throws WarehouseLockedException when another run still holds it after {@code wait}
   */
  public static WarehouseLock acquire(FileSystem fs, Path root, Duration wait) throws IOException {
    Path file = new Path(root, LOCK_FILE);
    fs.mkdirs(file.getParent());
    long deadline = System.nanoTime() + wait.toNanos();
    Holder other = null;
    int unclear = 0;
    while (true) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      Holder me = Holder.current(LandJob.runId(now), now);
      if (tryCreate(fs, file, me)) {
        return new WarehouseLock(fs, file, me);
      }
      Optional<Holder> h = read(fs, file);
      if (h.isPresent() && h.get().goneFromThisHost()) {
        breakStale(fs, file, h.get());
        continue;
      }
      if (h.isEmpty() && unclear++ < 40) {
        sleep(Duration.ofMillis(50)); // released a moment ago, or its holder is still writing it
        continue;
      }
      other = h.orElse(other);
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new WarehouseLockedException(root.toString(), file.toString(), other, wait);
      }
      sleep(Duration.ofNanos(Math.min(left, POLL.toNanos())));
      unclear = 0;
    }
  }

  public String runId() {
    return holder.runId();
  }

  /** When the lock was taken: the run's start. */
  public Instant acquiredAt() {
    return Instant.parse(holder.acquiredAt());
  }

  public Holder holder() {
    return holder;
  }

  /** Deletes the lock file if it is still this run's. */
  @Override
  public synchronized void close() throws IOException {
    if (released) {
      return;
    }
    released = true;
    Optional<Holder> now = read(fs, file);
    if (now.isPresent() && now.get().runId().equals(holder.runId())) {
      delete(fs, file);
    }
  }

  private static boolean tryCreate(FileSystem fs, Path file, Holder me) throws IOException {
    byte[] content = JSON.writeValueAsBytes(me);
    if (isLocal(fs)) {
      try {
        Files.write(local(fs, file), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(file, false)) {
      out.write(content);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (fs.exists(file)) {
        return false;
      }
      throw e;
    }
  }

  /** The holder a lock file names; empty when there is no file or it is still being written. */
  static Optional<Holder> read(FileSystem fs, Path file) throws IOException {
    byte[] bytes;
    try {
      if (isLocal(fs)) {
        bytes = Files.readAllBytes(local(fs, file));
      } else {
        try (InputStream in = fs.open(file)) {
          bytes = in.readAllBytes();
        }
      }
    } catch (NoSuchFileException | FileNotFoundException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(bytes, Holder.class));
    } catch (IOException partial) {
      return Optional.empty();
    }
  }

  /**
   * Moves the stale lock aside, then checks that what moved is the stale lock and not one a
   * concurrent run has just taken (which is put back).
   */
  private static void breakStale(FileSystem fs, Path file, Holder stale) throws IOException {
    Path aside = new Path(file.getParent(), "lock.stale-" + stale.runId() + "-" + ProcessHandle.current().pid());
    if (!rename(fs, file, aside)) {
      return; // another run moved it first
    }
    Optional<Holder> moved = read(fs, aside);
    if (moved.isPresent() && moved.get().runId().equals(stale.runId())) {
      delete(fs, aside);
      System.err.println("removed the stale lock of " + stale.describe() + ": that process is gone");
    } else if (!rename(fs, aside, file)) {
      delete(fs, aside);
    }
  }

  private static boolean rename(FileSystem fs, Path from, Path to) throws IOException {
    if (isLocal(fs)) {
      try {
        Files.move(local(fs, from), local(fs, to)); // no REPLACE_EXISTING: never clobbers a lock
        return true;
      } catch (NoSuchFileException | FileAlreadyExistsException e) {
        return false;
      }
    }
    return fs.rename(from, to);
  }

  private static void delete(FileSystem fs, Path file) throws IOException {
    if (isLocal(fs)) {
      Files.deleteIfExists(local(fs, file));
    } else {
      fs.delete(file, false);
    }
  }

  private static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getScheme());
  }

  private static java.nio.file.Path local(FileSystem fs, Path p) {
    return Paths.get(fs.makeQualified(p).toUri());
  }

  static String localHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String env = System.getenv("HOSTNAME");
      return env != null ? env : "unknown-host";
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(Math.max(1, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the warehouse lock", e);
    }
  }

  /** Another run holds the lock (exit code 4 of {@code land}). */
  public static final class WarehouseLockedException extends IllegalStateException {

    private final transient Holder holder;

    WarehouseLockedException(String warehouse, String lockFile, Holder holder, Duration waited) {
      super("warehouse " + warehouse + " is locked by "
          + (holder == null ? "another land run (its lock file is unreadable)" : holder.describe())
          + (waited.isZero() ? "" : "; waited " + waited.toSeconds() + " s")
          + ". Land again later, or pass --wait SECONDS to wait for it. If that run is gone and ran on another host, "
          + "delete " + lockFile + ".");
      this.holder = holder;
    }

    public Holder holder() {
      return holder;
    }
  }
}
