package yujue.queries.modules.cli;

import picocli.CommandLine.Command;
import yujue.queries.modules.QueryModule;

/** {@code yujue structure}: see {@code structure.sql}. */
@Command(name = "structure", modelTransformer = ModuleCommand.Describe.class)
public final class StructureCommand extends ModuleCommand {
  @Override
  protected QueryModule module() {
    return QueryModule.STRUCTURE;
  }
}
