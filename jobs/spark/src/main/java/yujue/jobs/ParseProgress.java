package yujue.jobs;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.spark.util.LongAccumulator;

/** Waits for the parse job, with a progress bar when a person is watching (a console is attached). */
final class ParseProgress {

  private ParseProgress() {}

  static void await(Future<?> job, LongAccumulator parsed, long total) {
    try {
      if (System.console() == null) {
        job.get();
        return;
      }
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("parsing").setInitialMax(total).build()) {
        // the accumulator advances as each task finishes; a recomputed task may count twice
        while (!job.isDone()) {
          bar.stepTo(Math.min(parsed.value(), total));
          Thread.sleep(200);
        }
        job.get();
        bar.stepTo(total);
      }
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing failed: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
