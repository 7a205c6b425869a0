package yujue.jobs;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Java processes started from the test JVM's classpath: land runs to kill, a Spark master and worker. */
final class ChildJvm {

  private ChildJvm() {}

  /** The test classpath (surefire runs tests from a manifest-only jar; it names the real one). */
  static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  /** Short-lived JVMs: the quick compiler only and a small collector halve their CPU time on two cores. */
  static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The module opens Spark needs on Java 17, as the test JVM got them from the pom. */
  static List<String> sparkJvmOptions() {
    List<String> out = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty")) {
        out.add(a);
      }
    }
    return out;
  }

  /** A started child: its process, stdout lines as they come, stderr in a file. */
  static final class Child implements AutoCloseable {
    final Process process;
    final Path stderr;
    private final List<String> stdout = new ArrayList<>();

    private Child(Process process, Path stderr) {
      this.process = process;
      this.stderr = stderr;
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            synchronized (stdout) {
              stdout.add(line);
              stdout.notifyAll();
            }
          }
        } catch (IOException e) {
          // the process died
        }
      }, "child-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits until stdout has a line starting with {@code prefix}; fails when the process ends first or time runs out. */
    String awaitLine(String prefix, long seconds) throws InterruptedException, TimeoutException, IOException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      synchronized (stdout) {
        while (true) {
          for (String l : stdout) {
            if (l.startsWith(prefix)) {
              return l;
            }
          }
          long left = deadline - System.nanoTime();
          if (left <= 0 || !process.isAlive()) {
            throw new TimeoutException("no line '" + prefix + "' from the child (alive " + process.isAlive()
                + "); stdout " + stdout + "; stderr:\n" + tail());
          }
          stdout.wait(Math.min(200, TimeUnit.NANOSECONDS.toMillis(left) + 1));
        }
      }
    }

    List<String> stdout() {
      synchronized (stdout) {
        return List.copyOf(stdout);
      }
    }

    String tail() throws IOException {
      if (!Files.exists(stderr)) {
        return "";
      }
      List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    int waitFor(long seconds) throws InterruptedException, IOException {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("child still running after " + seconds + " s; stderr:\n" + tail());
      }
      return process.exitValue();
    }

    /** SIGKILL, and wait until it is gone. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.destroy(); // SIGTERM first: a Spark worker then stops its executors
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          kill();
        }
      }
    }
  }

  /** Starts {@code main} with the test classpath, Spark's module opens, loopback networking and {@code jvmOptions}. */
  static Child start(Path logDir, String name, List<String> jvmOptions, String main, List<String> args,
      Map<String, String> env) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(FAST_START);
    cmd.addAll(sparkJvmOptions());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(classpath());
    cmd.add(main);
    cmd.addAll(args);
    Files.createDirectories(logDir);
    Path stderr = logDir.resolve(name + ".stderr.log");
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .directory(new File(System.getProperty("user.dir")))
        .redirectError(stderr.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    return new Child(pb.start(), stderr);
  }

  /**
   * {@code yujue.jobs.cli.JobsMain land ARGS} in local mode, stopping at {@code hold} (null: no
   * hold); {@code staged}: its reports are staged, as a large run's are, however few.
   */
  static Child land(Path logDir, String name, String hold, boolean staged, List<String> args) throws IOException {
    List<String> jvm = new ArrayList<>(List.of("-Xmx768m"));
    if (hold != null) {
      jvm.add("-D" + Holds.PROPERTY + "=" + hold);
    }
    if (staged) {
      jvm.add("-Dyujue.land.collectReports=0");
    }
    List<String> all = new ArrayList<>(List.of("land", "--master", "local[1]")); // five of them share two cores
    all.addAll(args);
    return start(logDir, name, jvm, "yujue.jobs.cli.JobsMain", all, Map.of());
  }
}
