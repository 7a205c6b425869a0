package yujue.parse.validate;

import static yujue.parse.model.Amounts.nz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import yujue.parse.model.Amounts;
import yujue.parse.model.Finding;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SanggongFact;
import yujue.parse.model.SubjectFact;

/**
 * The validation rules (domain.md section 5 and what the samples showed), by stable id. Each
 * allows the rounding its figures can carry ("尾数误差": a cent or two per summed figure).
 */
public final class RuleCatalog {

  private RuleCatalog() {}

  private static final BigDecimal CENT2 = new BigDecimal("0.02");
  private static final BigDecimal CENT1 = new BigDecimal("0.01");

  public static final List<Rule> RULES = List.of(
      new Rule("F01_INCOME_SIDE", Severity.ERROR, CENT2,
          "01: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计",
          r -> f -> sumRule(r, f, "F01", Measure.GRAND_TOTAL,
              List.of(Measure.INCOME_TOTAL, Measure.NON_FISCAL_BALANCE_USED, Measure.CARRYOVER_BEGIN))),
      new Rule("F01_EXPENDITURE_SIDE", Severity.ERROR, CENT2,
          "01: 本年支出合计 + 结余分配 + 年末结转和结余 = 总计",
          r -> f -> sumRule(r, f, "F01", Measure.GRAND_TOTAL,
              List.of(Measure.EXPENDITURE_TOTAL, Measure.BALANCE_DISTRIBUTION, Measure.CARRYOVER_END))),
      new Rule("B1_BALANCE", Severity.ERROR, CENT2,
          "budget 1: 本年收入合计 + 上年结转 = 收入总计",
          r -> f -> sumRule(r, f, "B1", Measure.GRAND_TOTAL, List.of(Measure.INCOME_TOTAL, Measure.CARRYOVER_BEGIN))),
      new Rule("F01_F02_INCOME", Severity.ERROR, CENT1, "01 本年收入合计 = 02 合计",
          r -> f -> equalRule(r, f, Measure.INCOME_TOTAL, "F01", Measure.INCOME_TOTAL, "F02")),
      new Rule("F01_F03_EXPENDITURE", Severity.ERROR, CENT1, "01 本年支出合计 = 03 合计",
          r -> f -> equalRule(r, f, Measure.EXPENDITURE_TOTAL, "F01", Measure.EXPENDITURE_TOTAL, "F03")),
      new Rule("F06_PERSONNEL", Severity.ERROR, CENT2, "06: 人员经费合计 = 301 + 303",
          r -> f -> costRule(r, f, Measure.PERSONNEL_COST, Set.of("301", "303"))),
      new Rule("F06_PUBLIC", Severity.ERROR, CENT2, "06: 公用经费合计 = 302 + 307 + 309 + 310 + 312 + 313 + 399",
          r -> f -> costRule(r, f, Measure.PUBLIC_COST, Set.of("302", "307", "309", "310", "312", "313", "399"))),
      new Rule("F06_F05_BASIC", Severity.ERROR, CENT2, "人员经费 + 公用经费 (06) = 基本支出 of 05",
          RuleCatalog::basicRule),
      new Rule("SUBJECT_TREE", Severity.ERROR, CENT2, "every parent subject = sum of its children, in every column",
          RuleCatalog::treeRule),
      new Rule("T09_IDENTITY", Severity.ERROR, CENT2, "09: 合计 = 出国 + 公务用车小计 + 接待; 小计 = 购置 + 运行",
          RuleCatalog::sanggongRule),
      new Rule("F11_PARTS", Severity.ERROR, CENT2, "11: 政府采购合计 = 货物 + 工程 + 服务",
          r -> f -> sumRule(r, f, "F11", Measure.PROCUREMENT_TOTAL,
              List.of(Measure.PROCUREMENT_GOODS, Measure.PROCUREMENT_WORKS, Measure.PROCUREMENT_SERVICES))),
      new Rule("NARRATIVE_MATCHES_TABLE", Severity.WARNING, CENT1, "a figure restated in the narrative = the table's",
          RuleCatalog::narrativeRule),
      new Rule("T09_VEHICLE_30231", Severity.INFO, CENT1,
          "09 公务用车运行维护费 (actual) = 30231 of table 06 (they usually agree)", RuleCatalog::vehicleRule));

  public static Optional<Rule> byId(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static List<Finding> sumRule(Rule r, ReportFacts f, String table, String total, List<String> parts) {
    Optional<MeasureFact> t = f.tableMeasure(total, table);
    if (t.isEmpty()) {
      return List.of();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String p : parts) {
      sum = sum.add(f.tableMeasure(p, table).map(MeasureFact::amount).orElse(BigDecimal.ZERO));
    }
    return check(r, t.get().amount(), sum, table, t.get().provenance().line(),
        table + " " + total + " " + t.get().amount().toPlainString() + " but its parts sum to " + sum.toPlainString());
  }

  private static List<Finding> equalRule(Rule r, ReportFacts f, String m1, String t1, String m2, String t2) {
    Optional<MeasureFact> a = f.tableMeasure(m1, t1);
    Optional<MeasureFact> b = f.tableMeasure(m2, t2);
    if (a.isEmpty() || b.isEmpty()) {
      return List.of();
    }
    return check(r, a.get().amount(), b.get().amount(), t2, b.get().provenance().line(),
        t1 + " " + m1 + " " + a.get().amount().toPlainString() + " but " + t2 + " prints "
            + b.get().amount().toPlainString());
  }

  private static List<Finding> costRule(Rule r, ReportFacts f, String measure, Set<String> classes) {
    Optional<MeasureFact> t = f.tableMeasure(measure, "F06");
    if (t.isEmpty()) {
      return List.of();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (SubjectFact s : f.table("F06", true)) {
      if (classes.contains(s.subjectCode())) {
        sum = sum.add(s.amount());
      }
    }
    return check(r, t.get().amount(), sum, "F06", t.get().provenance().line(),
        "06 " + measure + " " + t.get().amount().toPlainString() + " but its classes sum to " + sum.toPlainString());
  }

  private static Function<ReportFacts, List<Finding>> basicRule(Rule r) {
    return f -> {
      Optional<MeasureFact> p = f.tableMeasure(Measure.PERSONNEL_COST, "F06");
      Optional<MeasureFact> u = f.tableMeasure(Measure.PUBLIC_COST, "F06");
      Optional<MeasureFact> basic = f.tableMeasure("general_budget_basic_expenditure", "F05");
      if (p.isEmpty() || u.isEmpty() || basic.isEmpty()) {
        return List.of();
      }
      BigDecimal sum = p.get().amount().add(u.get().amount());
      return check(r, basic.get().amount(), sum, "F06", p.get().provenance().line(),
          "06 人员经费 + 公用经费 = " + sum.toPlainString() + " but 05 基本支出 is "
              + basic.get().amount().toPlainString());
    };
  }

  private static Function<ReportFacts, List<Finding>> treeRule(Rule r) {
    return f -> {
      List<Finding> out = new ArrayList<>();
      Map<String, List<SubjectFact>> byTableMeasure = new HashMap<>();
      for (SubjectFact s : f.functions()) {
        byTableMeasure.computeIfAbsent(s.tableCode() + "/" + s.measure(), k -> new ArrayList<>()).add(s);
      }
      for (List<SubjectFact> group : byTableMeasure.values()) {
        Map<String, SubjectFact> byCode = new HashMap<>();
        Map<String, BigDecimal> childSums = new HashMap<>();
        Map<String, Integer> childCounts = new HashMap<>();
        for (SubjectFact s : group) {
          byCode.put(s.subjectCode(), s);
        }
        for (SubjectFact s : group) {
          String parent = parentCode(s.subjectCode());
          if (parent != null && byCode.containsKey(parent)) {
            childSums.merge(parent, s.amount(), BigDecimal::add);
            childCounts.merge(parent, 1, Integer::sum);
          }
        }
        for (Map.Entry<String, BigDecimal> e : childSums.entrySet()) {
          SubjectFact p = byCode.get(e.getKey());
          BigDecimal tol = r.tolerance().max(CENT1.multiply(BigDecimal.valueOf(childCounts.get(e.getKey()))));
          if (!Amounts.close(p.amount(), e.getValue(), tol)) {
            out.add(r.finding(p.tableCode() + " " + p.subjectCode() + " " + p.measure() + " "
                    + p.amount().toPlainString() + " but its children sum to " + e.getValue().toPlainString(),
                p.amount(), e.getValue(), p.tableCode(), p.provenance().line()));
          }
        }
      }
      return out;
    };
  }

  static String parentCode(String code) {
    return switch (code.length()) {
      case 7 -> code.substring(0, 5);
      case 5 -> code.substring(0, 3);
      default -> null;
    };
  }

  private static Function<ReportFacts, List<Finding>> sanggongRule(Rule r) {
    return f -> {
      List<Finding> out = new ArrayList<>();
      for (Basis b : Basis.values()) {
        Map<Part, BigDecimal> c = new HashMap<>();
        Integer line = null;
        String table = null;
        for (SanggongFact s : f.sanggong()) {
          if (s.aboutYear() == f.year() && s.basis() == b && s.provenance().tableCode() != null) {
            c.put(s.part(), s.amount());
            line = s.provenance().line();
            table = s.provenance().tableCode();
          }
        }
        if (c.containsKey(Part.TOTAL)) {
          BigDecimal parts = nz(c.get(Part.OUTBOUND)).add(nz(c.get(Part.VEHICLE_TOTAL))).add(nz(c.get(Part.RECEPTION)));
          out.addAll(check(r, c.get(Part.TOTAL), parts, table, line,
              table + " 三公 " + b.id() + " 合计 " + c.get(Part.TOTAL).toPlainString() + " but its parts sum to " + parts));
        }
        if (c.containsKey(Part.VEHICLE_TOTAL)
            && (c.containsKey(Part.VEHICLE_PURCHASE) || c.containsKey(Part.VEHICLE_OPERATION))) {
          BigDecimal v = nz(c.get(Part.VEHICLE_PURCHASE)).add(nz(c.get(Part.VEHICLE_OPERATION)));
          out.addAll(check(r, c.get(Part.VEHICLE_TOTAL), v, table, line,
              table + " 三公 " + b.id() + " 公务用车小计 " + c.get(Part.VEHICLE_TOTAL).toPlainString()
                  + " but 购置 + 运行 = " + v));
        }
      }
      return out;
    };
  }

  private static Function<ReportFacts, List<Finding>> narrativeRule(Rule r) {
    return f -> {
      List<Finding> out = new ArrayList<>();
      for (MeasureFact n : f.measures()) {
        if (n.aboutYear() != f.year() || n.provenance().tableCode() != null
            || n.provenance().origin() == yujue.parse.model.Origin.DERIVED) {
          continue;
        }
        f.anyTableMeasure(n.measure()).ifPresent(t -> out.addAll(check(r, t.amount(), n.amount(), null,
            n.provenance().line(), "the narrative states " + n.measure() + " " + n.amount().toPlainString()
                + " but table " + t.provenance().tableCode() + " prints " + t.amount().toPlainString())));
      }
      for (Basis b : Basis.values()) {
        for (Part p : Part.values()) {
          Optional<SanggongFact> t = f.sanggong(b, p, true);
          Optional<SanggongFact> n = f.sanggong(b, p, false);
          if (t.isPresent() && n.isPresent()) {
            out.addAll(check(r, t.get().amount(), n.get().amount(), null, n.get().provenance().line(),
                "the narrative states 三公 " + b.id() + " " + p.id() + " " + n.get().amount().toPlainString()
                    + " but the table prints " + t.get().amount().toPlainString()));
          }
        }
      }
      return out;
    };
  }

  private static Function<ReportFacts, List<Finding>> vehicleRule(Rule r) {
    return f -> {
      Optional<SanggongFact> op = f.sanggong(Basis.ACTUAL, Part.VEHICLE_OPERATION, true);
      BigDecimal e = f.cell("F06", "30231", "amount", true);
      if (op.isEmpty() || e == null) {
        return List.of();
      }
      return check(r, op.get().amount(), e, "F06", null,
          "09 公务用车运行维护费 " + op.get().amount().toPlainString() + " but 06 30231 is " + e.toPlainString());
    };
  }

  private static List<Finding> check(Rule r, BigDecimal expected, BigDecimal actual, String table, Integer line,
      String message) {
    if (Amounts.close(expected, actual, r.tolerance())) {
      return List.of();
    }
    return List.of(r.finding(message, expected, actual, table, line));
  }
}
