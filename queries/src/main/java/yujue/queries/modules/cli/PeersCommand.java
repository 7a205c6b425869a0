package yujue.queries.modules.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import yujue.queries.modules.ColumnDoc;
import yujue.queries.modules.Filters;
import yujue.queries.modules.PeerMetrics;
import yujue.queries.modules.QueryModule;

/** {@code yujue peers}: see {@code peers.sql}; the help lists the metrics it names. */
@Command(name = "peers", modelTransformer = PeersCommand.ListMetrics.class)
public final class PeersCommand extends ModuleCommand {
  @Option(names = "--metric", paramLabel = "NAME", required = true, description = "Metric to rank on:")
  String metric;

  @Option(names = "--basis", paramLabel = "BASIS",
      description = "actual (final reports) or budget (budget reports) (default: both, ranked apart).")
  String basis;

  @Option(names = "--ascending", description = "Rank the smallest value first (default: the largest).")
  boolean ascending;

  @Mixin StaffingOption staffing = new StaffingOption();

  @Override
  protected QueryModule module() {
    return QueryModule.PEERS;
  }

  @Override
  protected Filters filters() throws IOException {
    return super.filters().withStaffing(staffing.rows())
        .withMetric(metric).withBasis(basis).withAscending(ascending);
  }

  /** The module's description, and one line per metric under --metric. */
  static final class ListMetrics implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      new ModuleCommand.Describe().transform(spec);
      OptionSpec option = spec.findOption("--metric");
      String[] lines = new String[PeerMetrics.all().size() + 1];
      lines[0] = option.description()[0];
      for (int i = 0; i < PeerMetrics.all().size(); i++) {
        ColumnDoc m = PeerMetrics.all().get(i);
        lines[i + 1] = ModuleCommand.escape("  " + m.name() + " [" + m.unit() + "] " + m.meaning());
      }
      spec.remove(option);
      spec.addOption(option.toBuilder().description(lines).build());
      return spec;
    }
  }
}
