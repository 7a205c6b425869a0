package yujue.queries.modules.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import yujue.queries.modules.Filters;
import yujue.queries.modules.QueryModule;

/** {@code yujue unit-costs}: see {@code unit_costs.sql}. */
@Command(name = "unit-costs", modelTransformer = ModuleCommand.Describe.class)
public final class UnitCostsCommand extends ModuleCommand {
  @Mixin StaffingOption staffing = new StaffingOption();

  @Override
  protected QueryModule module() {
    return QueryModule.UNIT_COSTS;
  }

  @Override
  protected Filters filters() throws IOException {
    return super.filters().withStaffing(staffing.rows());
  }
}
