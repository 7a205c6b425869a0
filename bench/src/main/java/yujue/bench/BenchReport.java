package yujue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The bench's one table (console) and BENCHMARKS.md: the machine, every figure beside its target,
 * the raw details as JSON, then the analysis of what missed and why (analysis.md, kept by hand
 * beside the code, since "why" is not something a benchmark can print).
 */
final class BenchReport {

  private final Map<String, String> machine;
  private final List<Result> results;
  private final Map<String, Object> details;

  BenchReport(Map<String, String> machine, List<Result> results, Map<String, Object> details) {
    this.machine = machine;
    this.results = results;
    this.details = details;
  }

  void printTable(PrintWriter out) {
    int w = results.stream().mapToInt(r -> r.what().length()).max().orElse(10);
    int v = results.stream().mapToInt(r -> r.value().length()).max().orElse(10);
    String row = "%-9s %-" + w + "s  %" + v + "s  %-10s %s%n";
    out.printf(row, "step", "what", "value", "target", "");
    results.forEach(r -> out.printf(row, r.section(), r.what(), r.value(), r.target(), r.verdict()));
    out.flush();
  }

  String markdown() {
    StringBuilder md = new StringBuilder("# Yujue benchmarks\n\n")
        .append("Written by `./yujue bench` (bench/src/main/java/yujue/bench/BenchMain.java); the analysis at the end\n")
        .append("is kept by hand in bench/src/main/resources/yujue/bench/analysis.md. Rerun on your machine to compare.\n\n")
        .append("## Machine\n\n| | |\n|---|---|\n");
    machine.forEach((k, val) -> md.append("| ").append(k).append(" | ").append(val).append(" |\n"));
    md.append("\n## Figures against the targets\n\n| step | what | value | target | |\n|---|---|---:|---|---|\n");
    for (Result r : results) {
      md.append("| ").append(r.section()).append(" | ").append(r.what().strip()).append(" | ").append(r.value())
          .append(" | ").append(r.target()).append(" | ").append(r.met() == null ? "" : r.met() ? "met" : "**missed**")
          .append(" |\n");
    }
    md.append("\n## Details\n\n```json\n").append(detailsJson()).append("\n```\n\n").append(analysis());
    return md.toString();
  }

  private String detailsJson() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(details);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String analysis() {
    try (InputStream in = BenchReport.class.getResourceAsStream("/yujue/bench/analysis.md")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
