package yujue.queries.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import yujue.queries.shell.Messages;

/** The {@code yujue} command. New subcommands go in the {@code subcommands} list below. */
@Command(
    name = "yujue",
    description = "Query the Yujue (预决) budget warehouse.",
    subcommands = {SqlCommand.class, CompareCommand.class,
        yujue.queries.modules.cli.SanggongTrendCommand.class,
        yujue.queries.modules.cli.PersonnelCommand.class,
        yujue.queries.modules.cli.UnitCostsCommand.class,
        yujue.queries.modules.cli.StructureCommand.class,
        yujue.queries.modules.cli.ExecutionCommand.class,
        yujue.queries.modules.cli.PeersCommand.class,
        ExportCommand.class,
        AccuracyCommand.class,
        CommandLine.HelpCommand.class})
public final class QueriesMain implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand; see 'yujue --help'");
  }

  public static void main(String[] args) {
    CommandLine cl = configure(new CommandLine(new QueriesMain()));
    // Chinese text must reach pipes and files as UTF-8 whatever the platform default is.
    cl.setOut(utf8(FileDescriptor.out));
    cl.setErr(utf8(FileDescriptor.err));
    System.exit(cl.execute(args));
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), UTF_8), true);
  }

  /**
   * Error reporting shared by every subcommand: one {@code error: ...} line on stderr; exit 2
   * for usage errors (thrown as {@link ParameterException}), 1 for anything else.
   */
  static CommandLine configure(CommandLine cl) {
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      cl.getErr().println("error: " + oneLine(ex));
      cl.getErr().flush();
      return CommandLine.ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      String prefix = ex instanceof SQLException ? "" : ex.getClass().getSimpleName() + ": ";
      cl.getErr().println("error: " + prefix + oneLine(ex));
      cl.getErr().flush();
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cl;
  }

  /** The message as {@link Messages#oneLine(String)} gives it; nothing when there is none. */
  static String oneLine(Throwable ex) {
    return Messages.oneLine(ex.getMessage() == null ? "" : ex.getMessage());
  }
}
