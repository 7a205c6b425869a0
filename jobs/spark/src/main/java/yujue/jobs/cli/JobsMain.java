package yujue.jobs.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the Spark jobs: {@code yujue-jobs land --input DIR --warehouse DIR}. */
@Command(name = "yujue-jobs",
    description = "Spark jobs of the Yujue warehouse.",
    subcommands = {LandCommand.class, LandServiceCommand.class})
public final class JobsMain implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("land")) { // through the land service when one runs
      Optional<Integer> served = LandClient.forward(LandService.configuredFile(), List.of(args).subList(1, args.length));
      if (served.isPresent()) {
        System.exit(served.get());
      }
    }
    System.exit(new CommandLine(new JobsMain()).execute(args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand, e.g. land");
  }
}
