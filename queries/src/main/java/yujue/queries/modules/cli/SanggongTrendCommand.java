package yujue.queries.modules.cli;

import picocli.CommandLine.Command;
import yujue.queries.modules.QueryModule;

/** {@code yujue sanggong-trend}: see {@code sanggong_trend.sql}. */
@Command(name = "sanggong-trend", modelTransformer = ModuleCommand.Describe.class)
public final class SanggongTrendCommand extends ModuleCommand {
  @Override
  protected QueryModule module() {
    return QueryModule.SANGGONG_TREND;
  }
}
