package yujue.parse.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;

/**
 * What the narrative states, before it is reconciled with the tables: this year's figures, the
 * year-over-year changes (this year minus last), and budget-execution sentences.
 */
public final class NarrativeFacts {

  /** A stated figure, the source line it was read on, and the year it is about when the sentence names one. */
  public record Stated(BigDecimal amount, int line, Integer year) {
    Stated(BigDecimal amount, int line) {
      this(amount, line, null);
    }
  }

  public final Map<String, Stated> measures = new LinkedHashMap<>();
  public final Map<String, Stated> measureChanges = new LinkedHashMap<>();
  public final Map<Basis, Map<Part, Stated>> sanggong = new EnumMap<>(Basis.class);
  public final Map<Basis, Map<Part, Stated>> sanggongChanges = new EnumMap<>(Basis.class);
  public final List<ExecutionFact> executions = new ArrayList<>();
  /** Figures stated twice with different values: (what, first, second, line). */
  public final List<String> conflicts = new ArrayList<>();

  NarrativeFacts() {
    for (Basis b : Basis.values()) {
      sanggong.put(b, new EnumMap<>(Part.class));
      sanggongChanges.put(b, new EnumMap<>(Part.class));
    }
  }

  void measure(String id, BigDecimal v, int line) {
    putFirst(measures, id, v, line, () -> id);
  }

  /** A figure about a year the sentence itself names ("截至2022年12月底…共有车辆8辆"). */
  void measure(String id, BigDecimal v, int line, Integer year) {
    if (!measures.containsKey(id)) {
      measures.put(id, new Stated(v, line, year));
    }
  }

  void measureChange(String id, BigDecimal v, int line) {
    putFirst(measureChanges, id, v, line, () -> id + " change");
  }

  void sanggong(Basis b, Part p, BigDecimal v, int line) {
    putFirst(sanggong.get(b), p, v, line, () -> "三公 " + b.id() + " " + p.id());
  }

  void sanggongChange(Basis b, Part p, BigDecimal v, int line) {
    putFirst(sanggongChanges.get(b), p, v, line, () -> "三公 " + b.id() + " " + p.id() + " change");
  }

  /** The first statement of a figure; a later different one is a conflict, named by {@code what} (built only then). */
  private <K> void putFirst(Map<K, Stated> map, K key, BigDecimal v, int line, Supplier<String> what) {
    Stated prev = map.get(key);
    if (prev == null) {
      map.put(key, new Stated(v, line));
    } else if (prev.amount().compareTo(v) != 0) {
      conflicts.add(what.get() + ": " + prev.amount().toPlainString() + " (line " + prev.line() + ") vs "
          + v.toPlainString() + " (line " + line + ")");
    }
  }
}
