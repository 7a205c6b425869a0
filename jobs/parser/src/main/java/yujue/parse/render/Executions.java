package yujue.parse.render;

import java.util.ArrayList;
import java.util.List;
import yujue.parse.model.ExecutionFact;
import yujue.parse.model.SubjectFact;

/**
 * Budget execution sentences of a final report: "（1）政府办公厅（室）及相关机构事务（款）行政运行（项）。
 * 年初预算为765.74万元，支出决算为840.41万元，完成年初预算的109.75%。" for items, "1．一般公共服务支出
 * 年初预算数为…" for classes, and the whole's sentence for the figure without a subject code.
 */
final class Executions {

  private Executions() {}

  static void write(Doc doc, Facts f, Prose w, String y) {
    List<ExecutionFact> all = f.report.executions();
    if (all.isEmpty()) {
      return;
    }
    doc.heading(3, "（三）一般公共预算财政拨款支出具体情况。");
    List<String> items = new ArrayList<>();
    int classes = 0;
    for (ExecutionFact e : all) {
      if (e.budgetInitial() == null || e.finalAmount() == null) {
        continue;
      }
      String figures = "年初预算为" + w.wan(e.budgetInitial()) + "，支出决算为" + w.wan(e.finalAmount())
          + (e.executionPct() == null ? "" : "，完成年初预算的" + e.executionPct().toPlainString() + "%") + "。";
      String code = e.subjectCode();
      if (code == null) {
        String name = e.subjectName() == null ? "" : e.subjectName();
        if (name.equals("一般公共预算财政拨款支出")) {
          doc.para(y + name + figures);
        } else {
          items.add("（" + (items.size() + 1) + "）" + name + "。" + figures);
        }
      } else if (code.length() == 3) {
        items.add(++classes + "．" + name(f, code, e.subjectName()) + figures);
      } else if (code.length() == 7) {
        items.add("（" + (items.size() + 1) + "）" + name(f, code.substring(0, 5), "") + "（款）" + name(f, code,
            e.subjectName()) + "（项）。" + figures);
      }
    }
    items.forEach(doc::para);
  }

  /** A subject's name as the report's own tables print it. */
  private static String name(Facts f, String code, String fallback) {
    for (SubjectFact s : f.report.functionFacts()) {
      if (s.subjectCode().equals(code)) {
        return s.subjectName();
      }
    }
    return fallback;
  }
}
