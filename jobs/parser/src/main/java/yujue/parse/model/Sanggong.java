package yujue.parse.model;

/** 三公经费: the three public expenses, and the two bases they are reported on. */
public final class Sanggong {

  private Sanggong() {}

  public enum Basis {
    BUDGET, ACTUAL;

    public String id() {
      return name().toLowerCase();
    }
  }

  /** Parts in table-09 column order; {@link #TOTAL} = outbound + vehicle_total + reception. */
  public enum Part {
    TOTAL, // 合计
    OUTBOUND, // 因公出国（境）费用
    VEHICLE_TOTAL, // 公务用车购置及运行维护费 小计
    VEHICLE_PURCHASE, // 公务用车购置费
    VEHICLE_OPERATION, // 公务用车运行维护费
    RECEPTION; // 公务接待费

    public String id() {
      return name().toLowerCase();
    }
  }
}
