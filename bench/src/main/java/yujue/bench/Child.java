package yujue.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One benchmark step in a JVM of its own, so that its wall time and peak memory are its own:
 * the peak is the child's resident-set high-water mark (VmHWM of /proc/PID/status), read until
 * it exits. The child gets this JVM's classpath and its --add-opens and -D flags (Spark needs them).
 */
final class Child {

  /** What a step took: its exit code, seconds, peak resident memory (MB) and what it printed. */
  record Outcome(int exitCode, double seconds, long peakRssMb, String output) {
    Outcome orThrow(String step) {
      if (exitCode != 0 && exitCode != 3) { // 3: the land job quarantined some inputs, which a corpus may hold
        throw new IllegalStateException(step + " failed (exit " + exitCode + "):\n" + tail(output));
      }
      return this;
    }

    private static String tail(String s) {
      return s.length() <= 4000 ? s : "…" + s.substring(s.length() - 4000);
    }
  }

  private Child() {}

  static Outcome run(String heap, Path log, String mainClass, String... args) throws IOException, InterruptedException {
    return run(Map.of(), heap, log, mainClass, args);
  }

  /** As {@link #run(String, Path, String, String...)}, with these environment variables set too. */
  static Outcome run(Map<String, String> env, String heap, Path log, String mainClass, String... args)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = start(env, heap, log, mainClass, args);
    long peakKb = 0;
    Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
    while (p.isAlive()) {
      peakKb = Math.max(peakKb, highWaterKb(status));
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Outcome(p.waitFor(), seconds, peakKb / 1024, Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Starts the step and returns at once (a service the bench stops itself). */
  static Process start(Map<String, String> env, String heap, Path log, String mainClass, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || (a.startsWith("-D") && !a.startsWith("-Djava.class.path"))) {
        cmd.add(a);
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    Files.createDirectories(log.getParent());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().remove("YUJUE_LAND_SERVICE"); // a step uses a land service only when it says so
    pb.environment().putAll(env);
    return pb.start();
  }

  /** VmHWM in kB; 0 once the process is gone (or off Linux). */
  private static long highWaterKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between the check and the read
    }
    return 0;
  }
}
