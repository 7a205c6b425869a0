package yujue.queries.shell;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yujue.queries.ReadOnlySql;
import yujue.queries.RefusedStatementException;
import yujue.queries.Warehouse;
import yujue.queries.format.ResultFormat;
import yujue.queries.format.ResultWriter;

/**
 * Runs researchers' statements on a connection from {@link Warehouse#open}: each is vetted by
 * {@link ReadOnlySql}, stopped by a watchdog when it runs over the time limit, and can be
 * cancelled from another thread (Ctrl-C). Used by the one-shot {@code yujue sql "..."} and the
 * shell alike.
 *
 * <p>Outcomes other than rows: {@link RefusedStatementException} for a statement this will not
 * run, including one DuckDB's confinement stopped (a file outside the warehouse, say);
 * {@link StatementStoppedException} for the time limit or a cancel; {@link SQLException} for
 * anything else DuckDB reports.
 */
public final class SqlRunner implements AutoCloseable {

  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

  private static final Pattern NO_ACCESS = Pattern.compile(
      "Permission Error: Cannot access (file|directory) \"(.*)\" - file system operations are disabled by configuration.*");

  private final Connection connection;
  private final Duration limit;
  private final ScheduledExecutorService watchdog;
  private final AtomicReference<Run> running = new AtomicReference<>();

  /** {@code limit} zero means no time limit. The connection stays the caller's to close. */
  public SqlRunner(Connection connection, Duration limit) {
    if (limit.isNegative()) throw new IllegalArgumentException("negative time limit: " + limit);
    this.connection = connection;
    this.limit = limit;
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "yujue-sql-watchdog");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Vets and runs one statement and writes its rows to {@code out}; returns how many. One
   * statement at a time. The time limit covers running the statement (DuckDB's JDBC result is
   * complete when executeQuery returns); a cancel also stops the rows being written.
   */
  public long run(String sql, ResultFormat format, Appendable out) throws SQLException, IOException {
    String toRun = ReadOnlySql.vet(connection, sql);
    PreparedStatement statement;
    try {
      statement = connection.prepareStatement(toRun);
    } catch (SQLException e) {
      throw refusedOr(e);
    }
    Run run = new Run(statement);
    running.set(run);
    try (statement) {
      ScheduledFuture<?> dog = limit.isZero() ? null
          : watchdog.schedule(() -> run.stop(StatementStoppedException.Reason.TIME_LIMIT),
              limit.toMillis(), TimeUnit.MILLISECONDS);
      ResultSet rs;
      try {
        rs = statement.executeQuery();
      } catch (SQLException e) {
        StatementStoppedException.Reason stopped = run.executed();
        if (stopped != null) throw new StatementStoppedException(stopped, limit, e);
        throw refusedOr(e);
      } finally {
        run.executed();
        if (dog != null) dog.cancel(false);
      }
      try (rs) {
        return ResultWriter.write(rs, format, new StoppableAppendable(out, run));
      } catch (Cancelled e) {
        throw new StatementStoppedException(StatementStoppedException.Reason.CANCELLED, limit, e);
      }
    } finally {
      running.set(null);
    }
  }

  /** Cancels the statement running now, if any; callable from any thread. */
  public void cancel() {
    Run run = running.get();
    if (run != null) run.stop(StatementStoppedException.Reason.CANCELLED);
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }

  /**
   * Throws DuckDB's own refusals (the confinement {@link Warehouse} sets up) as a
   * {@link RefusedStatementException}, so they read like the statement check's; returns any other
   * error for the caller to throw as it is.
   */
  private static SQLException refusedOr(SQLException e) {
    String m = Messages.oneLine(e);
    Matcher access = NO_ACCESS.matcher(m);
    if (access.matches()) {
      throw new RefusedStatementException("cannot access " + access.group(1) + " \"" + access.group(2)
          + "\": only files inside the warehouse directory can be read");
    }
    if (m.startsWith("Permission Error: ")) {
      throw new RefusedStatementException(m.substring("Permission Error: ".length()));
    }
    if (m.contains("the configuration has been locked")) {
      throw new RefusedStatementException("settings cannot be changed here: " + m);
    }
    return e;
  }

  /** One statement in flight: running, then writing its rows. */
  private static final class Run {
    private final PreparedStatement statement;
    private volatile StatementStoppedException.Reason stopped;
    private boolean executing = true;

    Run(PreparedStatement statement) {
      this.statement = statement;
    }

    /** Cancels the statement if it is still running; a cancel also stops the writing. */
    synchronized void stop(StatementStoppedException.Reason why) {
      if (stopped != null || (!executing && why == StatementStoppedException.Reason.TIME_LIMIT)) return;
      stopped = why;
      if (!executing) return;
      try {
        statement.cancel();
      } catch (SQLException e) {
        // Already finished or closed: nothing left to cancel.
      }
    }

    /** The statement has stopped running; no cancel reaches it after this. Returns why it was stopped. */
    synchronized StatementStoppedException.Reason executed() {
      executing = false;
      return stopped;
    }
  }

  /** Thrown out of the result writer when a cancel arrives while rows are being written. */
  private static final class Cancelled extends IOException {
    Cancelled() {
      super("cancelled");
    }
  }

  /** The caller's output, refusing more text once the run is cancelled. */
  private record StoppableAppendable(Appendable out, Run run) implements Appendable, java.io.Flushable {
    @Override
    public Appendable append(CharSequence csq) throws IOException {
      check();
      out.append(csq);
      return this;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) throws IOException {
      check();
      out.append(csq, start, end);
      return this;
    }

    @Override
    public Appendable append(char c) throws IOException {
      check();
      out.append(c);
      return this;
    }

    @Override
    public void flush() throws IOException {
      if (out instanceof java.io.Flushable f) f.flush();
    }

    private void check() throws Cancelled {
      if (run.stopped == StatementStoppedException.Reason.CANCELLED) throw new Cancelled();
    }
  }
}
