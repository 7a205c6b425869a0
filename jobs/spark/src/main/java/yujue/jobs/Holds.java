package yujue.jobs;

/**
 * Test hook for crash tests: with {@code -Dyujue.land.hold=POINT} the land run prints
 * {@code yujue-land-hold POINT} on stdout when it reaches POINT and stops there (sleeps), so a
 * test can kill the process at a known moment. Points, in the order a run reaches them:
 * {@code parse} (inside a parse task), {@code write} (after the first table is written to the
 * run's staging directory), {@code move} (half the run's files moved into data/), {@code commit}
 * (every file in place, just before the commit record), {@code committed} (after the commit
 * record, before views.sql is rewritten and the lock released). Without the property it does nothing.
 */
final class Holds {

  static final String PROPERTY = "yujue.land.hold";
  static final String MARKER = "yujue-land-hold ";

  private Holds() {}

  static void at(String point) {
    if (!point.equals(System.getProperty(PROPERTY))) {
      return;
    }
    System.out.println(MARKER + point);
    System.out.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
