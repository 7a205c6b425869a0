package yujue.parse.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import yujue.parse.synth.Departments.Department;
import yujue.warehouse.catalog.Region;

/**
 * One department over the years: a staff, a pay level, a cost structure and a fleet that evolve
 * year by year, and from them each year's final (决算) and budget (预算) book. Because the books
 * of consecutive years come from one evolving state, a report's year-over-year sentences and a
 * budget's 上年预算数 agree with the previous year's own report; and the budget and the final of
 * one year are two ends of the same year (the final's 年初预算 is the budget's figure).
 *
 * <p>Distributions follow the sample reports: personnel cost 60-93% of basic spending, basic
 * spending 55-95% of the total, the 工资福利 sections in the samples' proportions, pension,
 * medical and housing items (208/210/221) equal to their economic sections (30108, 30109, 30110,
 * 30111, 30113, 30302, 30304), and 三公 of a few to tens of 万元.
 */
final class Series {

  private final long seed;
  private final Department dept;
  private final int firstYear;
  private final int lastYear;
  private final Structure structure;
  private final Map<Integer, Book> finals = new TreeMap<>();
  private final Map<Integer, Book> budgets = new TreeMap<>();

  /** What a department keeps from year to year: which subjects it uses and how it splits them. */
  private static final class Structure {
    String main; // its own 款
    String mainName;
    boolean institution; // has a 事业 part (事业运行, 事业单位医疗)
    double institutionShare;
    String retireItem; // 2080501 or 2080599
    boolean otherMedical; // 30112 -> 2101199
    List<String> projectItems = new ArrayList<>();
    Map<String, Double> weights301 = new LinkedHashMap<>();
    Map<String, Double> weights303 = new LinkedHashMap<>();
    Map<String, Double> weights302 = new LinkedHashMap<>();
    boolean capital; // 310 in basic spending
    double scale; // level of government
  }

  /** The year-to-year state. */
  private static final class State {
    double headcount;
    double payPerHead; // 万元 per person
    double personnelShare; // of basic
    double basicShare; // of the total
    int vehicles;
    double perVehicle; // 万元 a year
    double receptionLevel; // 万元
    double procurementShare;
    double carryEndShare;
  }

  Series(long seed, Department dept, int firstYear, int lastYear) {
    this.seed = seed;
    this.dept = dept;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.structure = structure(Rng.of(seed, 2, dept.index()));
    generate();
  }

  Book finalBook(int year) {
    return finals.get(year);
  }

  Book budgetBook(int year) {
    return budgets.get(year);
  }

  // ---- the department's structure ----

  private Structure structure(Rng rng) {
    Structure s = new Structure();
    s.main = dept.kind().section();
    s.mainName = Subjects.function(s.main, dept.kind().sectionName());
    s.institution = rng.chance(0.35);
    s.institutionShare = rng.uniform(0.12, 0.4);
    s.retireItem = rng.chance(0.5) ? "2080501" : "2080599";
    s.otherMedical = rng.chance(0.5);
    if (rng.chance(0.7)) {
      s.projectItems.add(s.main + Subjects.ADMIN);
    }
    if (rng.chance(0.5) || s.projectItems.isEmpty()) {
      s.projectItems.add(s.main + Subjects.OTHER);
    }
    if (rng.chance(0.15)) {
      s.projectItems.add(s.main + Subjects.SERVICE);
    }
    if (rng.chance(0.1)) {
      s.projectItems.add("2299999");
    }
    weight(s.weights301, rng, "30101", 0.21, 1, "30102", 0.28, 1, "30103", 0.16, 1, "30106", 0.01, 0.1, "30107", 0.05, 0.6,
        "30108", 0.083, 1, "30109", 0.041, 1, "30110", 0.054, 1, "30111", 0.031, 0.7, "30112", 0.003, 0.5,
        "30113", 0.075, 1, "30114", 0.01, 0.1, "30199", 0.024, 0.6);
    weight(s.weights303, rng, "30302", 0.62, 0.9, "30304", 0.15, 0.3, "30305", 0.04, 0.35, "30307", 0.16, 0.5,
        "30399", 0.03, 0.1);
    if (s.weights303.isEmpty()) {
      s.weights303.put("30302", 1.0);
    }
    weight(s.weights302, rng, "30201", 0.10, 0.95, "30202", 0.01, 0.5, "30205", 0.01, 0.4, "30206", 0.03, 0.5,
        "30207", 0.03, 0.8, "30209", 0.04, 0.3, "30211", 0.22, 0.95, "30213", 0.05, 0.7, "30214", 0.02, 0.3,
        "30215", 0.03, 0.6, "30216", 0.03, 0.6, "30226", 0.03, 0.4, "30227", 0.05, 0.4, "30228", 0.10, 0.9,
        "30229", 0.08, 0.6, "30239", 0.06, 0.6, "30299", 0.08, 0.8);
    if (s.weights302.isEmpty()) {
      s.weights302.put("30201", 1.0);
    }
    s.capital = rng.chance(0.1);
    s.scale = switch (dept.region().level()) {
      case COUNTY -> 1.0;
      case CITY -> 2.2;
      case PROVINCE -> 5.0;
    };
    return s;
  }

  /** Sections with a weight (jittered) each, each present with its own probability. */
  private static void weight(Map<String, Double> out, Rng rng, Object... spec) {
    for (int i = 0; i < spec.length; i += 3) {
      double w = ((Number) spec[i + 1]).doubleValue();
      double p = ((Number) spec[i + 2]).doubleValue();
      if (rng.chance(p)) {
        out.put((String) spec[i], w * rng.uniform(0.7, 1.3));
      }
    }
  }

  // ---- years ----

  private void generate() {
    Rng r0 = Rng.of(seed, 3, dept.index());
    State st = new State();
    st.headcount = Math.max(6, r0.logNormal(26, 0.45) * Math.pow(structure.scale, 0.8));
    st.payPerHead = r0.logNormal(12.5, 0.2) * (1 + 0.04 * (firstYear - 2019));
    st.personnelShare = r0.uniform(0.62, 0.93);
    st.basicShare = r0.uniform(0.55, 0.93);
    st.vehicles = r0.chance(0.15) ? 0 : r0.between(1, (int) Math.round(4 + 6 * Math.min(1, structure.scale / 3)));
    st.perVehicle = r0.uniform(1.5, 4.0);
    st.receptionLevel = r0.chance(0.1) ? 0 : r0.logNormal(2.0, 0.8) * Math.sqrt(structure.scale);
    st.procurementShare = r0.uniform(0.03, 0.25);
    st.carryEndShare = r0.chance(0.3) ? r0.uniform(0.02, 0.3) : 0;
    long carry = Math.round(st.carryEndShare * 100 * 50); // what the hidden year before starts with
    for (int year = firstYear - 1; year <= lastYear; year++) {
      Rng rng = Rng.of(seed, 4, dept.index(), year);
      if (year > firstYear - 1) {
        evolve(st, rng);
      }
      Book budget = budget(year, st, Rng.of(seed, 5, dept.index(), year));
      Book fin = actual(year, st, budget, carry, Rng.of(seed, 6, dept.index(), year));
      carry = fin.carryEnd;
      budgets.put(year, budget);
      finals.put(year, fin);
    }
  }

  private void evolve(State st, Rng rng) {
    st.headcount = Math.max(5, st.headcount + rng.between(-2, 2));
    st.payPerHead *= rng.uniform(1.01, 1.07);
    st.personnelShare = clamp(st.personnelShare + rng.uniform(-0.03, 0.03), 0.6, 0.93);
    st.basicShare = clamp(st.basicShare + rng.uniform(-0.08, 0.08), 0.55, 0.95);
    if (rng.chance(0.25)) {
      st.vehicles = Math.max(0, st.vehicles + rng.between(-1, 1));
    }
    st.perVehicle *= rng.uniform(0.9, 1.05);
    st.receptionLevel *= rng.uniform(0.7, 1.1);
    st.procurementShare = clamp(st.procurementShare * rng.uniform(0.7, 1.3), 0.01, 0.4);
    st.carryEndShare = rng.chance(0.35) ? rng.uniform(0.02, 0.3) : 0;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** The planned year: the state with a budget's margins; 三公 budgets in round figures. */
  private Book budget(int year, State st, Rng rng) {
    Book b = new Book(year, false);
    double personnel = st.headcount * st.payPerHead * rng.uniform(0.95, 1.05);
    b.operation = st.vehicles == 0 ? 0 : round(st.vehicles * st.perVehicle * rng.uniform(1.0, 1.25), rng);
    if (st.vehicles > 0 && rng.chance(0.08)) {
      b.purchase = round(rng.uniform(12, 28), rng);
      b.vehiclesPurchased = 1;
    }
    b.outbound = rng.chance(0.2) ? round(rng.uniform(3, 25) * Math.sqrt(structure.scale), rng) : 0;
    b.reception = st.receptionLevel == 0 ? 0 : round(st.receptionLevel * rng.uniform(1.2, 2.2), rng);
    b.vehiclesHeld = st.vehicles;
    double personnelShare = clamp(st.personnelShare + rng.uniform(-0.02, 0.02), 0.6, 0.93);
    double basicShare = clamp(st.basicShare + rng.uniform(-0.1, 0.1), 0.5, 0.96);
    fill(b, personnel, personnelShare, basicShare, rng);
    // funds: 上年结转 (appropriations carried over) and other income, both spent on projects
    long project = b.project();
    if (rng.chance(0.25)) {
      b.carryBegin = spread(b, Math.round(project * rng.uniform(0.02, 0.25)), true);
    }
    if (rng.chance(0.12)) {
      b.otherIncome = spread(b, Math.round(project * rng.uniform(0.02, 0.3)), false);
      b.businessIncome = rng.chance(0.4);
    }
    procurement(b, rng, false);
    return b;
  }

  /** The executed year: the state with an execution's noise; 三公 spent out of the year's budget. */
  private Book actual(int year, State st, Book budget, long carryBegin, Rng rng) {
    Book b = new Book(year, true);
    double personnel = st.headcount * st.payPerHead * rng.uniform(0.97, 1.04);
    b.operation = budget.operation == 0 ? 0 : Math.round(budget.operation * rng.uniform(0.7, 1.0));
    if (budget.purchase > 0 && rng.chance(0.8)) {
      b.purchase = Math.round(budget.purchase * rng.uniform(0.9, 1.0));
      b.vehiclesPurchased = 1;
    }
    b.outbound = budget.outbound > 0 && rng.chance(0.45) ? Math.round(budget.outbound * rng.uniform(0.3, 0.95)) : 0;
    b.reception = budget.reception == 0 ? 0 : Math.round(budget.reception * rng.uniform(0.15, 0.95));
    b.vehiclesHeld = st.vehicles;
    if (b.outbound > 0) {
      b.outboundGroups = rng.between(1, 2);
      b.outboundPersons = b.outboundGroups * rng.between(2, 5);
    }
    if (b.reception > 0) {
      b.receptionBatches = (int) Math.max(1, b.reception / Math.round(rng.uniform(20, 60)));
      b.receptionPersons = b.receptionBatches * rng.between(3, 9);
    }
    b.headActual = (int) Math.round(st.headcount);
    b.headAuthorized = Math.max(1, b.headActual + rng.between(-6, 3));
    fill(b, personnel, st.personnelShare, st.basicShare, rng);
    long project = b.project();
    // what was carried in must have been spendable on projects; the rest stays carried
    b.carryBegin = Math.min(carryBegin, Math.round(project * 0.35));
    b.carryEnd = Math.round(project * st.carryEndShare);
    if (rng.chance(0.2)) {
      b.otherIncome = spread(b, Math.round(project * rng.uniform(0.02, 0.4)), false);
      b.businessIncome = rng.chance(0.3);
    }
    income(b);
    procurement(b, rng, true);
    return b;
  }

  /** Rounds a 三公 budget as budgets are set: to the 万元, the 千元 or the 百元. */
  private static long round(double wan, Rng rng) {
    double p = rng.nextDouble();
    long unit = p < 0.4 ? 100 : p < 0.8 ? 10 : 1;
    return Math.max(unit, Math.round(wan * 100 / unit) * unit);
  }

  /**
   * Economic sections, then function items from them: each pension, medical and housing item is
   * its economic section; what is left of basic spending runs the office (行政运行 / 事业运行);
   * project spending goes to the department's project items.
   */
  private void fill(Book b, double personnelWan, double personnelShare, double basicShare, Rng rng) {
    Structure s = structure;
    long personnel = Math.max(100_00, Math.round(personnelWan * 100));
    long fixed302 = b.operation + b.reception + b.outbound;
    long publicCost = Math.round(personnel * (1 / personnelShare - 1));
    publicCost = Math.max(publicCost, Math.round(fixed302 * 1.3) + 2_00);
    long p301 = Math.round(personnel * rng.uniform(0.82, 0.95));
    put(b.econ, s.weights301, p301, rng);
    put(b.econ, s.weights303, personnel - p301, rng);
    long capital = s.capital && rng.chance(0.6) ? Math.round(publicCost * rng.uniform(0.02, 0.08)) : 0;
    if (capital > 0) {
      b.econ.put("31002", capital);
    }
    put(b.econ, s.weights302, publicCost - capital - fixed302, rng);
    add(b.econ, "30231", b.operation);
    add(b.econ, "30217", b.reception);
    add(b.econ, "30212", b.outbound);
    b.econ.values().removeIf(v -> v == 0);

    // basic spending by function item
    Map<String, Long> basic = new TreeMap<>();
    long rest = b.econ.values().stream().mapToLong(Long::longValue).sum();
    rest -= move(b.econ, "30108", basic, "2080505");
    rest -= move(b.econ, "30109", basic, "2080506");
    long medical = b.econ.getOrDefault("30110", 0L);
    if (s.institution && medical > 0) {
      long inst = Math.round(medical * s.institutionShare);
      add(basic, "2101101", medical - inst);
      add(basic, "2101102", inst);
      rest -= medical;
    } else {
      rest -= move(b.econ, "30110", basic, "2101101");
    }
    rest -= move(b.econ, "30111", basic, "2101103");
    if (s.otherMedical) {
      rest -= move(b.econ, "30112", basic, "2101199");
    }
    rest -= move(b.econ, "30113", basic, "2210201");
    rest -= move(b.econ, "30302", basic, s.retireItem);
    rest -= move(b.econ, "30304", basic, "2080801");
    rest -= move(b.econ, "30305", basic, "2089999");
    if (s.institution) {
      long inst = Math.round(rest * s.institutionShare);
      add(basic, s.main + Subjects.INSTITUTION, inst);
      rest -= inst;
    }
    add(basic, s.main + Subjects.RUN, rest);

    long basicTotal = basic.values().stream().mapToLong(Long::longValue).sum();
    long project = Math.max(1_00, Math.round(basicTotal * (1 / basicShare - 1)));
    Map<String, Long> projects = new TreeMap<>();
    List<String> items = s.projectItems;
    double[] w = new double[items.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = items.get(i).equals("2299999") ? 0.02 : rng.uniform(0.3, 1.0);
    }
    long[] parts = split(project, w);
    for (int i = 0; i < parts.length; i++) {
      add(projects, items.get(i), parts[i]);
    }
    for (Map.Entry<String, Long> e : basic.entrySet()) {
      if (e.getValue() > 0) {
        leaf(b, e.getKey()).basic = e.getValue();
      }
    }
    for (Map.Entry<String, Long> e : projects.entrySet()) {
      if (e.getValue() > 0) {
        leaf(b, e.getKey()).project = e.getValue();
      }
    }
  }

  private Book.Leaf leaf(Book b, String code) {
    return b.leaves.computeIfAbsent(code, c -> {
      String section = c.substring(0, 5);
      String sectionName = section.equals(structure.main) ? structure.mainName : Subjects.function(section, null);
      b.parentNames.putIfAbsent(c.substring(0, 3), Subjects.function(c.substring(0, 3), null));
      b.parentNames.putIfAbsent(section, sectionName);
      return new Book.Leaf(c, Subjects.function(c, sectionName));
    });
  }

  private static long move(Map<String, Long> econ, String section, Map<String, Long> basic, String item) {
    long v = econ.getOrDefault(section, 0L);
    add(basic, item, v);
    return v;
  }

  private static void add(Map<String, Long> m, String key, long v) {
    if (v != 0) {
      m.merge(key, v, Long::sum);
    }
  }

  /** Splits a total over weighted sections, exactly. */
  private static void put(Map<String, Long> econ, Map<String, Double> weights, long total, Rng rng) {
    List<String> keys = new ArrayList<>(weights.keySet());
    double[] w = new double[keys.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get(keys.get(i)) * rng.uniform(0.85, 1.15);
    }
    long[] parts = split(Math.max(0, total), w);
    for (int i = 0; i < parts.length; i++) {
      add(econ, keys.get(i), parts[i]);
    }
  }

  /** Integer parts proportional to the weights, summing exactly to the total (remainder to the largest). */
  static long[] split(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] out = new long[weights.length];
    long given = 0;
    int largest = 0;
    for (int i = 0; i < weights.length; i++) {
      out[i] = (long) Math.floor(total * weights[i] / sum);
      given += out[i];
      if (weights[i] > weights[largest]) {
        largest = i;
      }
    }
    out[largest] += total - given;
    return out;
  }

  /**
   * Puts an amount of project spending on other funds: carried-over appropriations (a budget's
   * 上年结转) or other income. Goes to project items with room left, largest first; returns what
   * was placed.
   */
  private static long spread(Book b, long amount, boolean carry) {
    long left = amount;
    List<Book.Leaf> items = new ArrayList<>(b.leaves.values());
    items.sort((x, y) -> Long.compare(y.generalBudgetProject(), x.generalBudgetProject()));
    for (Book.Leaf l : items) {
      long room = l.generalBudgetProject() - 1_00; // keep at least 1 万元 on the appropriation
      long take = Math.min(left, Math.max(0, room));
      if (take > 0) {
        if (carry) {
          l.carry += take;
        } else {
          l.other += take;
        }
        left -= take;
      }
    }
    return amount - left;
  }

  /**
   * Income by subject (table 02): spending, less the carried-in appropriation it used, plus what
   * is carried out; the difference sits on project items.
   */
  private static void income(Book b) {
    long delta = b.carryEnd - b.carryBegin;
    List<Book.Leaf> items = new ArrayList<>(b.leaves.values().stream().filter(l -> l.generalBudgetProject() > 0).toList());
    if (items.isEmpty()) {
      b.carryBegin = 0;
      b.carryEnd = 0;
      return;
    }
    double[] w = new double[items.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = items.get(i).generalBudgetProject();
    }
    long[] parts = split(delta, w);
    for (int i = 0; i < parts.length; i++) {
      items.get(i).incomeDelta = parts[i];
    }
  }

  /** 政府采购: a share of spending, split into goods, works and services, and what SMEs were awarded. */
  private static void procurement(Book b, Rng rng, boolean isFinal) {
    long total = Math.round(b.expenditure() * clamp(rng.uniform(0.02, 0.25), 0, 1));
    total = Math.max(total, 1_00);
    double works = rng.chance(0.2) ? rng.uniform(0.1, 0.5) : 0;
    long[] parts = split(total, new double[] {rng.uniform(0.2, 1), works, rng.uniform(0.1, 1)});
    b.procurementGoods = parts[0];
    b.procurementWorks = parts[1];
    b.procurementServices = parts[2];
    if (isFinal) {
      b.procurementSme = Math.round(total * rng.uniform(0.5, 1.0));
      b.procurementSmallMicro = Math.round(b.procurementSme * rng.uniform(0.2, 1.0));
    }
  }

  Department department() {
    return dept;
  }

  Region region() {
    return dept.region();
  }
}
