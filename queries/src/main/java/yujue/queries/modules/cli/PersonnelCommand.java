package yujue.queries.modules.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import yujue.queries.modules.Filters;
import yujue.queries.modules.QueryModule;

/** {@code yujue personnel}: see {@code personnel.sql}. */
@Command(name = "personnel", modelTransformer = ModuleCommand.Describe.class)
public final class PersonnelCommand extends ModuleCommand {
  @Mixin StaffingOption staffing = new StaffingOption();

  @Override
  protected QueryModule module() {
    return QueryModule.PERSONNEL;
  }

  @Override
  protected Filters filters() throws IOException {
    return super.filters().withStaffing(staffing.rows());
  }
}
