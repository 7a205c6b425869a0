package yujue.parse.synth;

import java.util.Map;
import java.util.TreeMap;

/**
 * One department's figures for one year, on one basis: what its final report (决算, executed) or
 * its budget (预算, planned) says, before any table is laid out. Everything is in cents of 万元,
 * so sums are exact: leaves are generated, every total is a sum of them.
 *
 * <p>Leaves are function items (项) split into basic and project spending, and economic sections
 * (款) of basic spending; the 三公 parts, counts and procurement are leaves too.
 */
final class Book {

  /** A function item (7-digit 项) of the year. */
  static final class Leaf {
    final String code;
    final String name;
    long basic;
    long project;
    /** Project spending paid from other (non-appropriation) income; 0 ≤ other ≤ project. */
    long other;
    /** Project spending paid from last year's carried-over appropriation (budget only); 0 ≤ carry ≤ project - other. */
    long carry;
    /** Income by subject (final table 02) minus spending: where carry-overs put income in another year. */
    long incomeDelta;

    Leaf(String code, String name) {
      this.code = code;
      this.name = name;
    }

    long total() {
      return basic + project;
    }

    /** What the general budget appropriation of the year pays (tables 05 / budget 5). */
    long generalBudget() {
      return total() - other - carry;
    }

    long generalBudgetProject() {
      return project - other - carry;
    }

    long income() {
      return total() + incomeDelta;
    }
  }

  final int year;
  final boolean isFinal;
  /** Function items by code (print order). */
  final TreeMap<String, Leaf> leaves = new TreeMap<>();
  /** Names of the classes and sections the items sit under. */
  final Map<String, String> parentNames = new TreeMap<>();
  /** Economic sections (5-digit 款) of basic spending paid by the general budget, cents. */
  final TreeMap<String, Long> econ = new TreeMap<>();

  /** Other income (事业收入 / 其他收入), spent in the year on project items. */
  long otherIncome;
  /** Whether the other income is 事业收入 (else 其他收入). */
  boolean businessIncome;
  /** Appropriations carried over into the year (年初结转和结余 / 上年结转) and out of it (年末结转和结余). */
  long carryBegin;
  long carryEnd;

  /** 三公 parts (预算 for a budget book, 决算 for a final book). */
  long outbound;
  long purchase;
  long operation;
  long reception;

  int vehiclesHeld;
  int vehiclesPurchased;
  int outboundGroups;
  int outboundPersons;
  int receptionBatches;
  int receptionPersons;
  int headAuthorized;
  int headActual;

  long procurementGoods;
  long procurementWorks;
  long procurementServices;
  long procurementSme;
  long procurementSmallMicro;

  Book(int year, boolean isFinal) {
    this.year = year;
    this.isFinal = isFinal;
  }

  long basic() {
    return leaves.values().stream().mapToLong(l -> l.basic).sum();
  }

  long project() {
    return leaves.values().stream().mapToLong(l -> l.project).sum();
  }

  long expenditure() {
    return basic() + project();
  }

  long otherFunded() {
    return leaves.values().stream().mapToLong(l -> l.other).sum();
  }

  long carryFunded() {
    return leaves.values().stream().mapToLong(l -> l.carry).sum();
  }

  long income() {
    return leaves.values().stream().mapToLong(Leaf::income).sum();
  }

  /** Sum of the economic sections of a class (301, 302, …). */
  long econClass(String cls) {
    return econ.entrySet().stream().filter(e -> e.getKey().startsWith(cls)).mapToLong(Map.Entry::getValue).sum();
  }

  /** 人员经费 = 301 + 303. */
  long personnel() {
    return econClass("301") + econClass("303");
  }

  /** 公用经费 = 302 + 310 (the other classes of basic spending this corpus uses). */
  long publicCost() {
    return econClass("302") + econClass("310");
  }

  /** 机关运行经费: the 商品和服务支出 (302) of basic spending, as table 10 lists it. */
  long operating() {
    return econClass("302");
  }

  long vehicleTotal() {
    return purchase + operation;
  }

  long sanggongTotal() {
    return outbound + vehicleTotal() + reception;
  }

  long procurementTotal() {
    return procurementGoods + procurementWorks + procurementServices;
  }
}
