package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stands in for rapaio-jupyter-kernel 3.0.1's own {@code LoopThread}: `notebooks/run` compiles it
 * and puts it before the kernel jar on the kernel's classpath. The kernel's channels (shell,
 * control, heartbeat) each poll their socket in one of these threads.
 *
 * <p>Two fixes. The original sets its running flag only after {@code Thread.start()}, so a thread
 * that reaches {@code run()} first sees the flag false and ends at once; when that thread is the
 * shell channel's (about one kernel start in three here), the kernel never answers and Jupyter
 * gives up with "Kernel didn't respond". And an exception from one turn of the loop (a request
 * that arrives before the kernel has installed its message handlers) ended the thread for good;
 * here it is logged and the loop goes on, the client asking again.
 */
public final class LoopThread extends Thread {
  private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());
  private static final int MAX_FAILURES_IN_A_ROW = 20;

  private volatile boolean running;
  private final long sleepMillis;
  private final Runnable loopBody;

  public LoopThread(String name, long sleepMillis, Runnable loopBody) {
    super(name);
    this.sleepMillis = sleepMillis;
    this.loopBody = loopBody;
  }

  @Override
  public synchronized void start() {
    running = true; // before the thread can look at it
    super.start();
  }

  @Override
  public void run() {
    int failures = 0;
    while (running) {
      try {
        loopBody.run();
        failures = 0;
      } catch (RuntimeException e) {
        LOGGER.log(Level.SEVERE, getName() + ": " + e, e);
        if (++failures >= MAX_FAILURES_IN_A_ROW) {
          running = false; // a closed socket, say: do not spin
        }
      }
      try {
        Thread.sleep(sleepMillis);
      } catch (InterruptedException e) {
        running = false;
      }
    }
  }

  public void shutdown() {
    running = false;
  }
}
