package yujue.parse.narrative;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding a pattern's matches in the narrative as successive {@code find()} calls give them, but
 * trying the regex only where a match can start: every match holds one of some literals (its
 * keys), each at most its reach after the match's start, so no match starts more than a key's
 * reach before an occurrence of that key. Most patterns open with a group or a short literal, for
 * which find() has no fast search of its own and tries every position of a long text; String.indexOf
 * finds the keys far faster, and a pattern whose keys occur without a match no longer scans the
 * rest of the text. Transparent bounds let lookbehinds see before where a try starts.
 */
final class KeyedSearch {

  /**
   * One matcher per pattern, reset on each search: a report's narrative is searched some hundred
   * times (a pattern per measure, per 三公 clause), and a new Matcher allocates its group and
   * state arrays every time. Not thread-safe: one search per report, on the thread parsing it.
   */
  private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

  /** A literal every match holds, starting at most {@code reach} chars after the match's start. */
  record Key(String literal, int reach) {}

  static Key key(String literal, int reach) {
    return new Key(literal, reach);
  }

  /** The first match of {@code p} in {@code t}, as {@code p.matcher(t).find()} gives it; null when none. */
  Matcher first(Pattern p, List<Key> keys, String t) {
    return next(p, keys, t, 0);
  }

  /**
   * {@link #first} among matches starting at {@code from} or later, as {@code find(from)} and
   * the find() calls after a match give them: the regex is tried (lookingAt) only at the starts a
   * key allows, in order, each tried as find() would try it there. The matcher returned is this
   * search's for {@code p}: good until {@code p} is searched again.
   */
  Matcher next(Pattern p, List<Key> keys, String t, int from) {
    int[] next = new int[keys.size()]; // each key's first occurrence at or after the last try; -1 none
    for (int k = 0; k < next.length; k++) {
      next[k] = t.indexOf(keys.get(k).literal(), from);
    }
    Matcher m = null;
    for (int at = nextStart(keys, next, t, from); at >= 0; at = nextStart(keys, next, t, at + 1)) {
      m = m == null ? matcher(p, t) : m;
      if (m.region(at, t.length()).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /** This search's matcher for {@code p}, on {@code t}, with bounds that let lookbehinds see before a try. */
  private Matcher matcher(Pattern p, String t) {
    Matcher m = matchers.get(p);
    if (m == null) {
      m = p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
      matchers.put(p, m);
      return m;
    }
    return m.reset(t); // the bounds' transparency and anchoring stay as set
  }

  /**
   * The first position at or after {@code from} within a key's reach before an occurrence of it at
   * or after {@code from}; -1 when none. {@code next} holds each key's occurrences as last looked
   * up: one before {@code from} is looked up again, one at or after it is still the first.
   */
  private static int nextStart(List<Key> keys, int[] next, String t, int from) {
    int start = Integer.MAX_VALUE;
    for (int k = 0; k < next.length; k++) {
      if (next[k] >= 0 && next[k] < from) {
        next[k] = t.indexOf(keys.get(k).literal(), from);
      }
      if (next[k] >= 0) {
        start = Math.min(start, Math.max(from, next[k] - keys.get(k).reach()));
      }
    }
    return start == Integer.MAX_VALUE ? -1 : start;
  }
}
