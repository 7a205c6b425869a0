package yujue.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the Spark jobs: {@code yujue-jobs land --input DIR --warehouse DIR}. */
@Command(name = "yujue-jobs",
    description = "Spark jobs of the Yujue warehouse.",
    subcommands = {LandCommand.class})
public final class JobsMain implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  public static void main(String[] args) {
    System.exit(new CommandLine(new JobsMain()).execute(args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand, e.g. land");
  }
}
