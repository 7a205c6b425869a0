package yujue.bench.jmh;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Which report a thread reads next: the benchmarks go round the corpus so that one operation is
 * one report and no single report's shape (or a cache warmed by it) stands for all of them.
 */
@State(Scope.Thread)
public class Cursor {

  private int next;

  int next(int size) {
    int i = next;
    next = i + 1 == size ? 0 : i + 1;
    return i;
  }
}
