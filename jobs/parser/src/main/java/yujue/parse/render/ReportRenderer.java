package yujue.parse.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.TextFamily;
import yujue.parse.render.Doc.Table;
import yujue.parse.render.Rendering.Injected;

/**
 * Writes a parsed report back out as report text in one of the three converter families, with the
 * damage asked for, so that every report can be tested in every family: parse, render in family F,
 * parse again, and the facts must come back the same.
 *
 * <p>Only the facts of the {@link ParsedReport} are used, never its source text, so the same code
 * writes reports for facts that never had a text (a synthetic corpus). The output depends on the
 * facts, the family, the damage and the seed alone: the seed chooses where damage goes.
 *
 * <p>The parts, in order: title and 目录 ({@link FrontMatter}); 第一部分 部门概况 (FrontMatter);
 * 第二部分 tables ({@link SummaryTables}, {@link SubjectTables}, {@link EconomicTables},
 * {@link SanggongTable}); 第三部分 narrative ({@link FinalNarrative} or {@link BudgetNarrative});
 * then damage ({@link DamagePlan}) and the family's formatting ({@link Formatter}).
 */
public final class ReportRenderer {

  private ReportRenderer() {}

  public static String render(ParsedReport report, TextFamily family, Set<Damage> damage, long seed) {
    return renderDetailed(report, family, damage, seed).text();
  }

  /** The text and the list of damaged spots. */
  public static Rendering renderDetailed(ParsedReport report, TextFamily family, Set<Damage> damage, long seed) {
    Facts f = new Facts(report);
    Prose w = new Prose(family != TextFamily.TAB, family == TextFamily.TAB, f.year, f.isFinal());
    DamagePlan plan = new DamagePlan(damage, family, seed);
    List<Injected> front = new ArrayList<>();
    String titleName = titleName(f, plan, new Random(seed ^ 0x5DEECE66DL), front);

    Doc doc = new Doc();
    FrontMatter.write(doc, f, titleName, w);
    doc.heading(1, w.partTwo());
    doc.para("（本套报表金额单位转换时可能存在尾数误差）");
    for (Table t : f.isFinal() ? finalTables(f) : budgetTables(f)) {
      doc.add(new Doc.PageBreak());
      doc.add(t);
    }
    doc.add(new Doc.PageBreak());
    if (f.isFinal()) {
      FinalNarrative.write(doc, f, w);
    } else {
      BudgetNarrative.write(doc, f, w);
    }
    plan.apply(doc);

    boolean departmentHeaders = family == TextFamily.FLOWING || plan.has(Damage.MISSING_TITLE);
    Formatter formatter = new Formatter(family, plan.has(Damage.PAGE_NUMBERS), departmentHeaders ? departmentLine(f, w) : null);
    String text = formatter.format(doc);
    List<Injected> log = new ArrayList<>(front);
    log.addAll(plan.log);
    if (plan.has(Damage.PAGE_NUMBERS)) {
      log.add(new Injected(Damage.PAGE_NUMBERS, null, "- 2 -", ""));
    }
    return new Rendering(text, List.copyOf(log));
  }

  static List<Table> finalTables(Facts f) {
    List<Table> t = new ArrayList<>(List.of(SummaryTables.f01(f), SubjectTables.f02(f), SubjectTables.f03(f),
        SummaryTables.f04(f), SubjectTables.f05(f), EconomicTables.f06(f), SubjectTables.f07(f), SubjectTables.f08(f),
        SanggongTable.f09(f)));
    if (EconomicTables.hasF10(f)) {
      t.add(EconomicTables.f10(f));
    }
    if (SummaryTables.hasF11(f)) {
      t.add(SummaryTables.f11(f));
    }
    return t;
  }

  static List<Table> budgetTables(Facts f) {
    return List.of(SummaryTables.b1(f), SummaryTables.b2(f), SubjectTables.b3(f), SummaryTables.b4(f),
        SubjectTables.b5(f), EconomicTables.b6(f), SanggongTable.b7(f), SubjectTables.b8(f), SubjectTables.b9(f));
  }

  /** The line under each table title naming the department (and, in a final report, the year). */
  private static String departmentLine(Facts f, Prose w) {
    return f.isFinal() ? "部门：" + f.department + " " + f.year + " 年度 金额单位：万元"
        : "部门名称：" + f.department + " 单位：万元";
  }

  /** The department as the title prints it: null without a title, with a stray repeated character under OCR noise. */
  private static String titleName(Facts f, DamagePlan plan, Random rng, List<Injected> log) {
    String name = f.department;
    if (plan.has(Damage.MISSING_TITLE)) {
      log.add(new Injected(Damage.MISSING_TITLE, null, "", name));
      return null;
    }
    if (!plan.has(Damage.OCR_NOISE) || name.length() < 4) {
      return name;
    }
    // "人力资源和社会保障 障局": the text breaks before position i and repeats the character before it;
    // a reader drops the repeat where only that one character overlaps across the break
    List<Integer> positions = new ArrayList<>();
    for (int i = name.length() / 2; i < name.length(); i++) {
      boolean longerOverlap = i >= 2 && name.charAt(i - 2) == name.charAt(i - 1) && name.charAt(i - 1) == name.charAt(i);
      if (!longerOverlap) {
        positions.add(i);
      }
    }
    if (positions.isEmpty()) {
      return name;
    }
    int i = positions.get(rng.nextInt(positions.size()));
    String noisy = name.substring(0, i) + " " + name.substring(i - 1);
    log.add(new Injected(Damage.OCR_NOISE, null, noisy, name));
    return noisy;
  }
}
