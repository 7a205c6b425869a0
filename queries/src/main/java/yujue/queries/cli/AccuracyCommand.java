package yujue.queries.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import yujue.queries.accuracy.Accuracy;
import yujue.queries.accuracy.AccuracyReport;

/** {@code yujue accuracy}: the share of a synthetic corpus's figures a warehouse landed exactly. */
@Command(name = "accuracy",
    description = "Compare a synthetic corpus's truth (yujue synth) with what landed in a warehouse: the share of"
        + " figures landed exactly, overall, per family, per damage kind, and the worst cases.")
public final class AccuracyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--truth", paramLabel = "DIR", required = true,
      description = "Directory written by yujue synth (corpus.csv, truth/).")
  Path truth;

  @Option(names = "--warehouse", paramLabel = "DIR", required = true, description = "Warehouse the corpus was landed into.")
  Path warehouse;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "20", description = "How many worst cases to list (default 20).")
  int worst;

  @Option(names = "--mismatches", paramLabel = "FILE",
      description = "Also write every figure that did not land exactly to FILE (CSV).")
  Path mismatches;

  @Override
  public Integer call() throws IOException, SQLException {
    if (!Files.isDirectory(truth)) {
      throw new ParameterException(spec.commandLine(), "truth directory does not exist: " + truth);
    }
    PrintWriter out = spec.commandLine().getOut();
    Accuracy.Summary s;
    try {
      s = Accuracy.measure(truth, warehouse, Math.max(0, worst), mismatches);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    AccuracyReport.print(s, out, Math.max(0, worst));
    return 0;
  }
}
