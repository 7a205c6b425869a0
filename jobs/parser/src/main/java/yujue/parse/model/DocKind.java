package yujue.parse.model;

/** What a report is: 部门决算 (final accounts, executed figures) or 部门预算 (budget, planned figures). */
public enum DocKind {
  FINAL, BUDGET;

  public String id() {
    return name().toLowerCase();
  }
}
