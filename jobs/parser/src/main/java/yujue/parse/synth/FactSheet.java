package yujue.parse.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import yujue.parse.model.DocKind;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.Provenance;
import yujue.parse.model.ReportMeta;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;
import yujue.parse.model.TextFamily;
import yujue.parse.synth.Departments.Department;
import yujue.parse.text.SourceDocument;

/**
 * A year's book laid out as the facts of one report, exactly as the parser files them: the
 * figures each table prints (a blank cell is no fact, a printed 0.00 is one), the narrative's
 * restatements, the previous year's figures its year-over-year sentences give (derived), and the
 * sums the parser derives (a budget's 财政拨款收入). The result is a {@link ParsedReport} the
 * renderer writes as text, and its facts are the ground truth of that text.
 *
 * <p>How each report prints is chosen per report (seeded): whether zero cells print 0.00 or stay
 * blank, whether tables 10 and 11 are printed or their figures are only in the narrative, which
 * year-over-year sentences and statistics the narrative carries.
 */
final class FactSheet {

  /** Print choices of one report. */
  private record Style(double zeroCells, boolean zeroEconomic, boolean f10, boolean f11, boolean stats,
      boolean narrativeCounts, boolean procurementText, boolean headcount, boolean executions,
      boolean grandChange, boolean operatingChange, boolean costChanges, boolean sanggongChanges,
      boolean vehiclePartChanges, boolean budgetVehicleParts, boolean incomeText) {

    static Style draw(Rng r) {
      double z = r.nextDouble();
      return new Style(z < 0.45 ? 0 : z < 0.75 ? 0.5 : 1, r.chance(0.25), r.chance(0.75), r.chance(0.7),
          r.chance(0.7), r.chance(0.85), r.chance(0.85), r.chance(0.3), r.chance(0.75), r.chance(0.85),
          r.chance(0.8), r.chance(0.3), r.chance(0.85), r.chance(0.4), r.chance(0.3), r.chance(0.3));
    }
  }

  private final Department dept;
  private final int year;
  private final Style style;
  private final Rng rng;
  private final List<MeasureFact> measures = new ArrayList<>();
  private final List<SubjectFact> functions = new ArrayList<>();
  private final List<SubjectFact> economics = new ArrayList<>();
  private final List<SanggongFact> sanggong = new ArrayList<>();
  private final List<ExecutionFact> executions = new ArrayList<>();

  private FactSheet(Department dept, int year, Rng rng) {
    this.dept = dept;
    this.year = year;
    this.rng = rng;
    this.style = Style.draw(rng);
  }

  /** The final report of {@code fin.year}; {@code budget} is the same year's budget, {@code prev} last year's final. */
  static ParsedReport finalReport(long seed, Department dept, Book fin, Book budget, Book prev) {
    FactSheet s = new FactSheet(dept, fin.year, Rng.of(seed, 7, dept.index(), fin.year, 1));
    s.writeFinal(fin, budget, prev);
    return s.report(DocKind.FINAL);
  }

  /** The budget report of {@code budget.year}; {@code prevBudget} last year's budget, {@code prevFinal} last year's final. */
  static ParsedReport budgetReport(long seed, Department dept, Book budget, Book prevBudget, Book prevFinal) {
    FactSheet s = new FactSheet(dept, budget.year, Rng.of(seed, 7, dept.index(), budget.year, 2));
    s.writeBudget(budget, prevBudget, prevFinal);
    return s.report(DocKind.BUDGET);
  }

  private ParsedReport report(DocKind kind) {
    ReportMeta meta = new ReportMeta(dept.region().code(), dept.region().name(), dept.name(), dept.type(), year, kind,
        "synthetic");
    return new ParsedReport(SourceDocument.of("synthetic", new byte[0]), meta, TextFamily.TAB, List.copyOf(measures),
        List.copyOf(functions), List.copyOf(economics), List.copyOf(sanggong), List.copyOf(executions), List.of(),
        List.of());
  }

  // ---- final report ----

  private void writeFinal(Book b, Book budget, Book prev) {
    long expenditure = b.expenditure();
    long income = b.income();
    long other = b.otherFunded();
    long fiscal = income - other;
    long generalBudget = expenditure - other;
    String otherMeasure = b.businessIncome ? Measure.BUSINESS_INCOME : Measure.OTHER_INCOME;

    // 01
    table("F01", Measure.GENERAL_BUDGET_INCOME, fiscal);
    if (other > 0) {
      table("F01", otherMeasure, other);
    }
    table("F01", Measure.INCOME_TOTAL, income);
    optional("F01", Measure.CARRYOVER_BEGIN, b.carryBegin);
    table("F01", Measure.GRAND_TOTAL, income + b.carryBegin);
    table("F01", Measure.EXPENDITURE_TOTAL, expenditure);
    optional("F01", Measure.CARRYOVER_END, b.carryEnd);
    classes(b, "F01", Map.<String, ToLongFunction<Book.Leaf>>of("total", Book.Leaf::total));
    // 02, 03
    table("F02", Measure.INCOME_TOTAL, income);
    table("F02", Measure.FISCAL_INCOME, fiscal);
    subjects(b, "F02", columns("total", Book.Leaf::income, "fiscal", l -> l.income() - l.other,
        b.businessIncome ? "business" : "other", l -> l.other));
    table("F03", Measure.EXPENDITURE_TOTAL, expenditure);
    table("F03", Measure.BASIC_EXPENDITURE, b.basic());
    table("F03", Measure.PROJECT_EXPENDITURE, b.project());
    subjects(b, "F03", columns("total", Book.Leaf::total, "basic", l -> l.basic, "project", l -> l.project));
    // 04
    String a = Measure.APPROPRIATION_PREFIX;
    table("F04", a + Measure.GENERAL_BUDGET_INCOME, fiscal);
    table("F04", a + Measure.INCOME_TOTAL, fiscal);
    optional("F04", a + Measure.CARRYOVER_BEGIN, b.carryBegin);
    table("F04", a + Measure.GRAND_TOTAL, fiscal + b.carryBegin);
    table("F04", a + Measure.EXPENDITURE_TOTAL, generalBudget);
    optional("F04", a + Measure.CARRYOVER_END, b.carryEnd);
    classes(b, "F04", columns("total", Book.Leaf::generalBudget, "general_budget", Book.Leaf::generalBudget));
    // 05
    table("F05", Measure.GENERAL_BUDGET_EXPENDITURE, generalBudget);
    table("F05", "general_budget_basic_expenditure", b.basic());
    table("F05", "general_budget_project_expenditure", b.project() - other);
    subjects(b, "F05", columns("total", Book.Leaf::generalBudget, "basic", l -> l.basic, "project",
        Book.Leaf::generalBudgetProject));
    // 06
    economic(b, "F06", true);
    table("F06", Measure.PERSONNEL_COST, b.personnel());
    table("F06", Measure.PUBLIC_COST, b.publicCost());
    // 09
    sanggongRow("F09", year, Basis.BUDGET, budget);
    sanggongRow("F09", year, Basis.ACTUAL, b);
    if (style.stats) {
      count("F09", Measure.OUTBOUND_GROUPS, b.outboundGroups);
      count("F09", Measure.OUTBOUND_PERSONS, b.outboundPersons);
      count("F09", Measure.VEHICLES_PURCHASED, b.vehiclesPurchased);
      count("F09", Measure.VEHICLES_HELD, b.vehiclesHeld);
      count("F09", Measure.RECEPTION_BATCHES, b.receptionBatches);
      count("F09", Measure.RECEPTION_PERSONS, b.receptionPersons);
    }
    // 10, 11
    if (style.f10) {
      table("F10", Measure.OPERATING_COST, b.operating());
      economic(b, "F10", true);
    }
    if (style.f11) {
      procurementTable(b);
    }

    // narrative
    narrative(Measure.GRAND_TOTAL, income + b.carryBegin);
    narrative(Measure.INCOME_TOTAL, income);
    narrative(Measure.EXPENDITURE_TOTAL, expenditure);
    narrative(Measure.BASIC_EXPENDITURE, b.basic());
    narrative(Measure.PROJECT_EXPENDITURE, b.project());
    narrative(Measure.PERSONNEL_COST, b.personnel());
    narrative(Measure.PUBLIC_COST, b.publicCost());
    narrative(Measure.OPERATING_COST, b.operating());
    if (style.procurementText) {
      procurementText(b, true);
    }
    if (style.narrativeCounts) {
      narrativeCount(Measure.OUTBOUND_GROUPS, b.outboundGroups);
      narrativeCount(Measure.OUTBOUND_PERSONS, b.outboundPersons);
      narrativeCount(Measure.VEHICLES_PURCHASED, b.vehiclesPurchased);
      narrativeCount(Measure.VEHICLES_HELD, b.vehiclesHeld);
      narrativeCount(Measure.RECEPTION_BATCHES, b.receptionBatches);
      narrativeCount(Measure.RECEPTION_PERSONS, b.receptionPersons);
    }
    if (style.headcount) {
      narrativeCount(Measure.HEADCOUNT_AUTHORIZED, b.headAuthorized);
      narrativeCount(Measure.HEADCOUNT_ACTUAL, b.headActual);
    }
    for (Basis basis : Basis.values()) {
      Book src = basis == Basis.BUDGET ? budget : b;
      for (Part p : List.of(Part.TOTAL, Part.OUTBOUND, Part.VEHICLE_TOTAL, Part.RECEPTION)) {
        sanggongFact(null, year, basis, p, part(src, p));
      }
      if (basis == Basis.ACTUAL || style.budgetVehicleParts) {
        sanggongFact(null, year, basis, Part.VEHICLE_PURCHASE, part(src, Part.VEHICLE_PURCHASE));
        sanggongFact(null, year, basis, Part.VEHICLE_OPERATION, part(src, Part.VEHICLE_OPERATION));
      }
    }

    // last year's figures, through the year-over-year sentences
    if (prev != null) {
      if (style.grandChange) {
        derived(Measure.GRAND_TOTAL, prev.income() + prev.carryBegin);
      }
      if (style.operatingChange) {
        derived(Measure.OPERATING_COST, prev.operating());
      }
      if (style.costChanges) {
        derived(Measure.PERSONNEL_COST, prev.personnel());
        derived(Measure.PUBLIC_COST, prev.publicCost());
      }
      if (style.sanggongChanges) {
        List<Part> parts = new ArrayList<>(List.of(Part.TOTAL, Part.OUTBOUND, Part.VEHICLE_TOTAL, Part.RECEPTION));
        if (style.vehiclePartChanges) {
          parts.addAll(List.of(Part.VEHICLE_PURCHASE, Part.VEHICLE_OPERATION));
        }
        for (Part p : parts) {
          sanggong.add(new SanggongFact(year - 1, Basis.ACTUAL, p, money(part(prev, p)), Provenance.derived(null, 0)));
        }
      }
    }
    if (style.executions && budget != null) {
      executions(b, budget);
    }
  }

  /** 年初预算 (the year's budget, budget table 5) against 决算 (table 05), in total and per item. */
  private void executions(Book b, Book budget) {
    long initialTotal = budget.expenditure() - budget.otherFunded() - budget.carryFunded();
    long finalTotal = b.expenditure() - b.otherFunded();
    executions.add(execution(null, "一般公共预算财政拨款支出", initialTotal, finalTotal));
    for (Book.Leaf l : b.leaves.values()) {
      if (l.generalBudget() <= 0) {
        continue;
      }
      Book.Leaf planned = budget.leaves.get(l.code);
      long initial = planned == null ? 0 : Math.max(0, planned.generalBudget());
      String name = b.parentNames.get(l.code.substring(0, 5)) + "（款）" + l.name + "（项）";
      executions.add(execution(l.code, name, initial, l.generalBudget()));
    }
  }

  private static ExecutionFact execution(String code, String name, long initial, long fin) {
    BigDecimal pct = initial == 0 ? null
        : BigDecimal.valueOf(fin).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(initial), 2, RoundingMode.HALF_UP);
    return new ExecutionFact(code, name, money(initial), money(fin), pct, Provenance.reported(null, 0));
  }

  // ---- budget report ----

  private void writeBudget(Book b, Book prevBudget, Book prevFinal) {
    long expenditure = b.expenditure();
    long other = b.otherFunded();
    long carry = b.carryFunded();
    long generalIncome = expenditure - other - carry;
    long income = generalIncome + other;
    String otherMeasure = b.businessIncome ? Measure.BUSINESS_INCOME : Measure.OTHER_INCOME;

    // 1
    table("B1", Measure.GENERAL_BUDGET_INCOME, generalIncome);
    if (other > 0) {
      table("B1", otherMeasure, other);
    }
    table("B1", Measure.INCOME_TOTAL, income);
    boolean carryPrinted = optional("B1", Measure.CARRYOVER_BEGIN, carry);
    table("B1", Measure.GRAND_TOTAL, expenditure);
    table("B1", Measure.EXPENDITURE_TOTAL, expenditure);
    classes(b, "B1", Map.<String, ToLongFunction<Book.Leaf>>of("total", Book.Leaf::total));
    // 2: the income by source of table 1, as its 合计 row
    table("B2", Measure.GRAND_TOTAL, expenditure);
    if (carryPrinted) {
      table("B2", Measure.CARRYOVER_BEGIN, carry);
    }
    table("B2", Measure.GENERAL_BUDGET_INCOME, generalIncome);
    if (other > 0) {
      table("B2", otherMeasure, other);
    }
    // 3
    table("B3", Measure.EXPENDITURE_TOTAL, expenditure);
    table("B3", Measure.BASIC_EXPENDITURE, b.basic());
    table("B3", Measure.PROJECT_EXPENDITURE, b.project());
    subjects(b, "B3", columns("total", Book.Leaf::total, "basic", l -> l.basic, "project", l -> l.project));
    // 4
    String a = Measure.APPROPRIATION_PREFIX;
    table("B4", a + Measure.INCOME_TOTAL, generalIncome);
    table("B4", a + Measure.GENERAL_BUDGET_INCOME, generalIncome);
    if (carryPrinted) {
      table("B4", a + Measure.CARRYOVER_BEGIN, carry);
    }
    table("B4", a + Measure.EXPENDITURE_TOTAL, expenditure - other);
    table("B4", a + Measure.GRAND_TOTAL, expenditure - other);
    ToLongFunction<Book.Leaf> appropriated = l -> l.total() - l.other;
    classes(b, "B4", columns("total", appropriated, "general_budget", appropriated));
    // 5
    table("B5", Measure.GENERAL_BUDGET_EXPENDITURE, generalIncome);
    table("B5", "general_budget_basic_expenditure", b.basic());
    table("B5", "general_budget_project_expenditure", b.project() - other - carry);
    subjects(b, "B5", columns("total", Book.Leaf::generalBudget, "basic", l -> l.basic, "project",
        Book.Leaf::generalBudgetProject));
    // 6
    table("B6", Measure.PERSONNEL_COST, b.personnel());
    table("B6", Measure.PUBLIC_COST, b.publicCost());
    economic(b, "B6", false);
    // 7: last year's budget beside this year's
    if (prevBudget != null) {
      sanggongRow("B7", year - 1, Basis.BUDGET, prevBudget);
    }
    sanggongRow("B7", year, Basis.BUDGET, b);

    // narrative
    narrative(Measure.GRAND_TOTAL, expenditure);
    narrative(Measure.EXPENDITURE_TOTAL, expenditure);
    narrative(Measure.BASIC_EXPENDITURE, b.basic());
    narrative(Measure.PROJECT_EXPENDITURE, b.project());
    if (style.incomeText) {
      narrative(Measure.INCOME_TOTAL, income);
    }
    narrative(Measure.PERSONNEL_COST, b.personnel());
    narrative(Measure.PUBLIC_COST, b.publicCost());
    narrative(Measure.OPERATING_COST, b.operating());
    if (style.procurementText) {
      procurementText(b, false);
    }
    if (prevFinal != null && style.narrativeCounts) {
      measures.add(new MeasureFact(year - 1, Measure.VEHICLES_HELD, money(prevFinal.vehiclesHeld * 100L),
          Provenance.reported(null, 0)));
    }
    for (Part p : List.of(Part.TOTAL, Part.OUTBOUND, Part.VEHICLE_TOTAL, Part.RECEPTION)) {
      sanggongFact(null, year, Basis.BUDGET, p, part(b, p));
    }
    // 财政拨款收入 is not printed in a budget: the parser adds table 1's appropriation lines
    measures.add(new MeasureFact(year, Measure.FISCAL_INCOME, money(generalIncome), Provenance.derived("B1", 0)));
    if (prevBudget != null) {
      if (style.grandChange) {
        derived(Measure.GRAND_TOTAL, prevBudget.expenditure());
      }
      if (style.operatingChange) {
        derived(Measure.OPERATING_COST, prevBudget.operating());
      }
      if (style.sanggongChanges) {
        for (Part p : List.of(Part.TOTAL, Part.OUTBOUND, Part.VEHICLE_TOTAL, Part.RECEPTION)) {
          sanggong.add(new SanggongFact(year - 1, Basis.BUDGET, p, money(part(prevBudget, p)),
              Provenance.derived(null, 0)));
        }
      }
    }
  }

  // ---- tables ----

  private void table(String table, String measure, long cents) {
    measures.add(new MeasureFact(year, measure, money(cents), Provenance.reported(table, 0)));
  }

  /** A line that may be blank: printed when not zero, and a zero printed as 0.00 in some reports. */
  private boolean optional(String table, String measure, long cents) {
    if (cents != 0 || rng.chance(style.zeroCells * 0.6)) {
      table(table, measure, cents);
      return true;
    }
    return false;
  }

  private void count(String table, String measure, int n) {
    if (n != 0 || rng.chance(style.zeroCells * 0.5)) {
      table(table, measure, n * 100L);
    }
  }

  private void narrative(String measure, long cents) {
    measures.add(new MeasureFact(year, measure, money(cents), Provenance.reported(null, 0)));
  }

  private void narrativeCount(String measure, int n) {
    narrative(measure, n * 100L);
  }

  private void derived(String measure, long cents) {
    measures.add(new MeasureFact(year - 1, measure, money(cents), Provenance.derived(null, 0)));
  }

  private void procurementTable(Book b) {
    table("F11", Measure.PROCUREMENT_TOTAL, b.procurementTotal());
    optional("F11", Measure.PROCUREMENT_GOODS, b.procurementGoods);
    optional("F11", Measure.PROCUREMENT_WORKS, b.procurementWorks);
    optional("F11", Measure.PROCUREMENT_SERVICES, b.procurementServices);
    optional("F11", Measure.PROCUREMENT_SME, b.procurementSme);
    optional("F11", Measure.PROCUREMENT_SMALL_MICRO, b.procurementSmallMicro);
  }

  private void procurementText(Book b, boolean isFinal) {
    narrative(Measure.PROCUREMENT_TOTAL, b.procurementTotal());
    narrative(Measure.PROCUREMENT_GOODS, b.procurementGoods);
    narrative(Measure.PROCUREMENT_WORKS, b.procurementWorks);
    narrative(Measure.PROCUREMENT_SERVICES, b.procurementServices);
    if (isFinal) {
      narrative(Measure.PROCUREMENT_SME, b.procurementSme);
      narrative(Measure.PROCUREMENT_SMALL_MICRO, b.procurementSmallMicro);
    }
  }

  private static Map<String, ToLongFunction<Book.Leaf>> columns(String n1, ToLongFunction<Book.Leaf> f1,
      String n2, ToLongFunction<Book.Leaf> f2) {
    Map<String, ToLongFunction<Book.Leaf>> out = new java.util.LinkedHashMap<>();
    out.put(n1, f1);
    out.put(n2, f2);
    return out;
  }

  private static Map<String, ToLongFunction<Book.Leaf>> columns(String n1, ToLongFunction<Book.Leaf> f1,
      String n2, ToLongFunction<Book.Leaf> f2, String n3, ToLongFunction<Book.Leaf> f3) {
    Map<String, ToLongFunction<Book.Leaf>> out = columns(n1, f1, n2, f2);
    out.put(n3, f3);
    return out;
  }

  /**
   * A function table's rows in print order (each 类, its 款, their 项), every parent the sum of its
   * children; a zero cell is blank (no fact), and a row with nothing is not printed.
   */
  private void subjects(Book b, String table, Map<String, ToLongFunction<Book.Leaf>> cols) {
    Map<String, long[]> rows = new TreeMap<>();
    List<String> names = new ArrayList<>(cols.keySet());
    for (Book.Leaf l : b.leaves.values()) {
      long[] v = new long[names.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = cols.get(names.get(i)).applyAsLong(l);
      }
      for (String code : List.of(l.code.substring(0, 3), l.code.substring(0, 5), l.code)) {
        long[] acc = rows.computeIfAbsent(code, c -> new long[names.size()]);
        for (int i = 0; i < v.length; i++) {
          acc[i] += v[i];
        }
      }
    }
    for (Map.Entry<String, long[]> e : rows.entrySet()) {
      String code = e.getKey();
      String name = code.length() == 7 ? b.leaves.get(code).name : b.parentNames.get(code);
      for (int i = 0; i < names.size(); i++) {
        if (e.getValue()[i] != 0) {
          functions.add(new SubjectFact(table, code, name, names.get(i), money(e.getValue()[i]),
              Provenance.reported(table, 0)));
        }
      }
    }
  }

  /** Class lines of a summary table (01, 04, budget 1, 4): one per 类, by column. */
  private void classes(Book b, String table, Map<String, ToLongFunction<Book.Leaf>> cols) {
    Map<String, long[]> rows = new TreeMap<>();
    List<String> names = new ArrayList<>(cols.keySet());
    for (Book.Leaf l : b.leaves.values()) {
      long[] acc = rows.computeIfAbsent(l.code.substring(0, 3), c -> new long[names.size()]);
      for (int i = 0; i < names.size(); i++) {
        acc[i] += cols.get(names.get(i)).applyAsLong(l);
      }
    }
    for (Map.Entry<String, long[]> e : rows.entrySet()) {
      for (int i = 0; i < names.size(); i++) {
        if (e.getValue()[i] != 0) {
          functions.add(new SubjectFact(table, e.getKey(), b.parentNames.get(e.getKey()), names.get(i),
              money(e.getValue()[i]), Provenance.reported(table, 0)));
        }
      }
    }
  }

  /**
   * Economic rows: table 06 (and 10, 302 only) as 决算数 by class and section; budget 6 with 合计
   * and the 人员经费 / 公用经费 column the class counts toward. Some reports print 0.00 in every
   * empty cell of 06 and 10 (as 临夏 does); the rest leave them blank.
   */
  private void economic(Book b, String table, boolean amountOnly) {
    Map<String, Long> rows = new TreeMap<>();
    for (Map.Entry<String, Long> e : b.econ.entrySet()) {
      String section = e.getKey();
      if (table.equals("F10") && !section.startsWith("302")) {
        continue;
      }
      rows.merge(section.substring(0, 3), e.getValue(), Long::sum);
      rows.merge(section, e.getValue(), Long::sum);
    }
    if (amountOnly && style.zeroEconomic) {
      for (String cls : table.equals("F10") ? List.of("302", "307", "310", "312", "399")
          : List.of("301", "302", "303", "307", "310", "399")) {
        rows.putIfAbsent(cls, 0L);
        if (table.equals("F06") || cls.equals("302")) {
          for (var s : yujue.warehouse.catalog.SubjectCatalog.economic().children(cls)) {
            rows.putIfAbsent(s.code(), 0L);
          }
        }
      }
    }
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      String code = e.getKey();
      String name = Subjects.economic(code);
      BigDecimal v = money(e.getValue());
      if (amountOnly) {
        economics.add(new SubjectFact(table, code, name, "amount", v, Provenance.reported(table, 0)));
      } else {
        String side = code.startsWith("301") || code.startsWith("303") ? "personnel" : "public";
        economics.add(new SubjectFact(table, code, name, "total", v, Provenance.reported(table, 0)));
        economics.add(new SubjectFact(table, code, name, side, v, Provenance.reported(table, 0)));
      }
    }
  }

  /**
   * One half of a 三公 row: the six parts. Zero parts are printed 0.00 or left blank, mostly the
   * same way across the half; reports differ, and so may the two halves of one row, and in some
   * halves the zero cells are mixed (临夏's 决算数 prints 出国 0.00 beside a blank 购置费 and 接待费).
   */
  private void sanggongRow(String table, int aboutYear, Basis basis, Book src) {
    boolean mixed = rng.chance(0.15);
    boolean zeros = rng.chance(style.zeroCells);
    for (Part p : Part.values()) {
      long cents = part(src, p);
      if (cents != 0 || (mixed ? rng.chance(0.5) : zeros)) {
        sanggongFact(table, aboutYear, basis, p, cents);
      }
    }
  }

  private void sanggongFact(String table, int aboutYear, Basis basis, Part p, long cents) {
    sanggong.add(new SanggongFact(aboutYear, basis, p, money(cents), Provenance.reported(table, 0)));
  }

  static long part(Book b, Part p) {
    return switch (p) {
      case TOTAL -> b.sanggongTotal();
      case OUTBOUND -> b.outbound;
      case VEHICLE_TOTAL -> b.vehicleTotal();
      case VEHICLE_PURCHASE -> b.purchase;
      case VEHICLE_OPERATION -> b.operation;
      case RECEPTION -> b.reception;
    };
  }

  static BigDecimal money(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
