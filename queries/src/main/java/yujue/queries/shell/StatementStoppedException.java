package yujue.queries.shell;

import java.sql.SQLException;
import java.time.Duration;

/** A statement stopped before it finished: over the time limit, or cancelled with Ctrl-C. */
public final class StatementStoppedException extends SQLException {

  /** Why it was stopped. */
  public enum Reason { TIME_LIMIT, CANCELLED }

  private final Reason reason;

  StatementStoppedException(Reason reason, Duration limit, Throwable cause) {
    super(reason == Reason.TIME_LIMIT
        ? "the statement ran over the time limit of " + seconds(limit) + " and was stopped"
            + " (--timeout SECONDS sets another)"
        : "the statement was cancelled", cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
  }
}
