package yujue.queries.accuracy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches the figures a report's truth lists against the figures landed for it. A figure is a
 * line {@code fact,table,code,measure,year,amount}; its key is everything before the amount.
 * Per key, equal amounts pair up first (exact); what is left pairs up as wrong (the key landed
 * with another amount); truth left over is missing, landed left over is extra. Both kinds of
 * leftover count against accuracy: accuracy = exact / (truth figures + extra figures).
 */
final class FigureMatch {

  enum Outcome { EXACT, WRONG, MISSING, EXTRA }

  /** One figure that did not land exactly; {@code expected} or {@code landed} is null for missing / extra. */
  record Miss(String key, BigDecimal expected, BigDecimal landed, Outcome outcome) {
    String fact() {
      return key.substring(0, key.indexOf(','));
    }

    /** The table column of the key (F03, narrative, derived, …). */
    String table() {
      String rest = key.substring(key.indexOf(',') + 1);
      return rest.substring(0, rest.indexOf(','));
    }

    /** How far off, for ordering: the difference, or the figure itself for one missing or extra. */
    BigDecimal size() {
      if (expected != null && landed != null) {
        return expected.subtract(landed).abs();
      }
      return (expected != null ? expected : landed).abs();
    }
  }

  /** Exact matches by fact kind, and every figure that did not match. */
  record Result(Map<String, Integer> truthByFact, Map<String, Integer> exactByFact, List<Miss> misses) {
    int truth() {
      return truthByFact.values().stream().mapToInt(Integer::intValue).sum();
    }

    int exact() {
      return exactByFact.values().stream().mapToInt(Integer::intValue).sum();
    }

    long count(Outcome o) {
      return misses.stream().filter(m -> m.outcome() == o).count();
    }
  }

  private FigureMatch() {}

  static Result match(List<String> truth, List<String> landed) {
    Map<String, List<BigDecimal>> want = group(truth);
    Map<String, List<BigDecimal>> got = group(landed);
    Map<String, Integer> truthByFact = new TreeMap<>();
    Map<String, Integer> exactByFact = new TreeMap<>();
    List<Miss> misses = new ArrayList<>();
    for (Map.Entry<String, List<BigDecimal>> e : want.entrySet()) {
      String key = e.getKey();
      String fact = key.substring(0, key.indexOf(','));
      List<BigDecimal> expected = new ArrayList<>(e.getValue());
      List<BigDecimal> have = new ArrayList<>(got.getOrDefault(key, List.of()));
      truthByFact.merge(fact, expected.size(), Integer::sum);
      int exact = 0;
      for (int i = expected.size() - 1; i >= 0; i--) {
        int at = indexOf(have, expected.get(i));
        if (at >= 0) {
          have.remove(at);
          expected.remove(i);
          exact++;
        }
      }
      exactByFact.merge(fact, exact, Integer::sum);
      int paired = Math.min(expected.size(), have.size());
      for (int i = 0; i < paired; i++) {
        misses.add(new Miss(key, expected.get(i), have.get(i), Outcome.WRONG));
      }
      for (int i = paired; i < expected.size(); i++) {
        misses.add(new Miss(key, expected.get(i), null, Outcome.MISSING));
      }
      for (int i = paired; i < have.size(); i++) {
        misses.add(new Miss(key, null, have.get(i), Outcome.EXTRA));
      }
    }
    for (Map.Entry<String, List<BigDecimal>> e : got.entrySet()) {
      if (!want.containsKey(e.getKey())) {
        for (BigDecimal v : e.getValue()) {
          misses.add(new Miss(e.getKey(), null, v, Outcome.EXTRA));
        }
      }
    }
    return new Result(truthByFact, exactByFact, misses);
  }

  private static int indexOf(List<BigDecimal> values, BigDecimal v) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).compareTo(v) == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Lines by key, amounts in order; a line that does not parse is kept under its whole text. */
  private static Map<String, List<BigDecimal>> group(List<String> lines) {
    Map<String, List<BigDecimal>> out = new HashMap<>();
    for (String line : lines) {
      int comma = line.lastIndexOf(',');
      BigDecimal amount;
      try {
        amount = new BigDecimal(line.substring(comma + 1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a figure line: " + line);
      }
      out.computeIfAbsent(line.substring(0, comma), k -> new ArrayList<>()).add(amount);
    }
    return out;
  }
}
