package yujue.parse;

import java.math.BigDecimal;
import java.util.Map;
import yujue.parse.model.Measure;
import yujue.parse.model.MeasureFact;
import yujue.parse.model.Provenance;
import yujue.parse.tables.ParseContext;
import yujue.parse.tables.TableKind;

/** The 合计 rows of function tables are document totals: 03's is total spending split 基本/项目. */
final class TotalRows {

  private TotalRows() {}

  static void record(TableKind kind, Map<String, BigDecimal> row, ParseContext ctx, int line) {
    String t = kind.code();
    switch (kind) {
      case F02 -> {
        put(ctx, Measure.INCOME_TOTAL, row.get("total"), t, line);
        put(ctx, Measure.FISCAL_INCOME, row.get("fiscal"), t, line);
      }
      case F03, B3 -> {
        put(ctx, Measure.EXPENDITURE_TOTAL, row.get("total"), t, line);
        put(ctx, Measure.BASIC_EXPENDITURE, row.get("basic"), t, line);
        put(ctx, Measure.PROJECT_EXPENDITURE, row.get("project"), t, line);
      }
      case F05, B5 -> {
        put(ctx, Measure.GENERAL_BUDGET_EXPENDITURE, row.get("total"), t, line);
        put(ctx, "general_budget_basic_expenditure", row.get("basic"), t, line);
        put(ctx, "general_budget_project_expenditure", row.get("project"), t, line);
      }
      default -> { }
    }
  }

  private static void put(ParseContext ctx, String measure, BigDecimal v, String table, int line) {
    if (v != null) {
      ctx.measures.add(new MeasureFact(ctx.fiscalYear, measure, v, Provenance.reported(table, line)));
    }
  }
}
