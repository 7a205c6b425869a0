package yujue.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the benchmarks ran on, for the head of BENCHMARKS.md: figures mean little without it. */
final class Machine {

  private Machine() {}

  static Map<String, String> facts() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    m.put("cpu", firstValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")));
    m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    m.put("memory", firstValue("/proc/meminfo", "MemTotal")
        .map(kb -> String.format("%.1f GiB", Long.parseLong(kb.replaceAll("\\D", "")) / 1048576.0)).orElse("?"));
    m.put("os", firstValue("/etc/os-release", "PRETTY_NAME").map(v -> v.replace("\"", "")).orElse(System.getProperty("os.name"))
        + ", kernel " + read("/proc/sys/kernel/osrelease").orElse(System.getProperty("os.version")));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("load average at start", loadAverage());
    return m;
  }

  /** The 1, 5 and 15 minute load averages: another job on the machine skews every figure. */
  static String loadAverage() {
    return read("/proc/loadavg").map(s -> String.join(" ", java.util.Arrays.copyOf(s.split(" "), 3))).orElse("?");
  }

  private static Optional<String> firstValue(String file, String key) {
    return read(file).flatMap(s -> s.lines()
        .filter(l -> l.startsWith(key))
        .map(l -> l.substring(l.indexOf(l.contains(":") ? ':' : '=') + 1).strip())
        .findFirst());
  }

  private static Optional<String> read(String file) {
    try {
      return Optional.of(Files.readString(Path.of(file)).strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
