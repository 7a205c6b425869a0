package yujue.queries.modules;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The metrics peers can rank on, as peers.sql lists them under {@code -- Metrics:}. */
public final class PeerMetrics {
  private PeerMetrics() {}

  /** peers.sql names the per-class share metric with this placeholder. */
  private static final String FUNCTION_SHARE = "function_NNN_share_pct";
  private static final Pattern FUNCTION_SHARE_NAME = Pattern.compile("function_\\d{3}_share_pct");

  public static List<ColumnDoc> all() {
    return QueryModule.PEERS.header().metrics();
  }

  public static List<String> names() {
    return all().stream().map(ColumnDoc::name).toList();
  }

  public static boolean known(String metric) {
    return FUNCTION_SHARE_NAME.matcher(metric).matches()
        || (!metric.equals(FUNCTION_SHARE) && names().contains(metric));
  }

  /** The unit peers.sql's header prints for a {@link #known} metric. */
  static String unit(String metric) {
    String listed = FUNCTION_SHARE_NAME.matcher(metric).matches() ? FUNCTION_SHARE : metric;
    return all().stream().filter(m -> m.name().equals(listed)).findFirst().orElseThrow().unit();
  }

  /** peers' own parameters after the common four: metric, basis, ascending, and the metric's unit. */
  static List<Object> parameters(Filters f) {
    if (f.metric() == null) {
      throw new IllegalArgumentException("peers needs a metric: one of " + String.join(", ", names()));
    }
    if (!known(f.metric())) {
      throw new IllegalArgumentException("unknown metric '" + f.metric() + "': use one of " + String.join(", ", names()));
    }
    return Arrays.asList(f.metric(), f.basis(), f.ascending(), unit(f.metric()));
  }
}
