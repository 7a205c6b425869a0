package yujue.queries.modules.cli;

import picocli.CommandLine.Command;
import yujue.queries.modules.QueryModule;

/** {@code yujue execution}: see {@code execution.sql}. */
@Command(name = "execution", modelTransformer = ModuleCommand.Describe.class)
public final class ExecutionCommand extends ModuleCommand {
  @Override
  protected QueryModule module() {
    return QueryModule.EXECUTION;
  }
}
