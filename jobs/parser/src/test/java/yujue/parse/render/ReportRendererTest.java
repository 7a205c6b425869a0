package yujue.parse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.TextFamily;
import yujue.parse.text.SourceDocument;

/** The renderer's own contract: deterministic, facts only, and each family's look. */
class ReportRendererTest {

  private static final Set<Damage> ALL = EnumSet.allOf(Damage.class);

  @Test
  void sameInputsSameText() {
    ParsedReport r = Reports.sample(Reports.HAIDONG_FINAL);
    for (TextFamily f : TextFamily.values()) {
      assertEquals(ReportRenderer.render(r, f, ALL, 42L), ReportRenderer.render(r, f, ALL, 42L));
    }
  }

  @Test
  void theSeedChoosesWhereDamageGoes() {
    ParsedReport r = Reports.sample(Reports.HAIDONG_FINAL);
    Set<List<Rendering.Injected>> placements = new HashSet<>();
    for (long seed = 1; seed <= 10; seed++) {
      placements.add(ReportRenderer.renderDetailed(r, TextFamily.TAB, EnumSet.of(Damage.SPLIT_NUMBER), seed).injected());
    }
    assertTrue(placements.size() > 1, "ten seeds put the split numbers in one place");
  }

  @Test
  void rendersFromTheFactsNotTheSourceText() throws ReflectiveOperationException {
    ParsedReport r = Reports.sample(Reports.XINING_FINAL);
    ParsedReport withoutText = withSource(r, SourceDocument.of("none", new byte[0]));
    for (TextFamily f : TextFamily.values()) {
      assertEquals(ReportRenderer.render(r, f, ALL, 3L), ReportRenderer.render(withoutText, f, ALL, 3L));
    }
  }

  /** The same report with another source document (a copy of the record, whatever its components). */
  private static ParsedReport withSource(ParsedReport r, SourceDocument doc) throws ReflectiveOperationException {
    RecordComponent[] parts = ParsedReport.class.getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    for (int i = 0; i < parts.length; i++) {
      types[i] = parts[i].getType();
      values[i] = parts[i].getType() == SourceDocument.class ? doc : parts[i].getAccessor().invoke(r);
    }
    return ParsedReport.class.getDeclaredConstructor(types).newInstance(values);
  }

  @Test
  void eachFamilyLooksLikeItsSamples() {
    ParsedReport r = Reports.sample(Reports.LINXIA_FINAL);
    String tab = ReportRenderer.render(r, TextFamily.TAB, Set.of(), 1L);
    assertTrue(tab.lines().filter(l -> l.contains("\t")).count() >= 20, "tab tables");
    assertTrue(tab.contains("八、其他收入\t8\t\t八、社会保障和就业支出"), "empty cells kept between tabs");
    assertFalse(tab.lines().anyMatch(l -> l.startsWith("#")), "plain headings");

    String md = ReportRenderer.render(r, TextFamily.MARKDOWN, Set.of(), 1L);
    assertTrue(md.contains("\n# 第一部分 部门概况\n") && md.contains("\n## 收入支出决算总表\n"), "markdown headings");
    assertTrue(md.contains("<b>本年收入合计</b>\t27\t887.29") && md.contains("<b>合计</b>"), "<b> around totals");

    String flow = ReportRenderer.render(r, TextFamily.FLOWING, Set.of(), 1L);
    assertFalse(flow.contains("\t"), "no tabs");
    assertTrue(flow.contains("\n八、社会保障和就业支出 38 61.21\n") || flow.contains("8 八、社会保障和就业支出"),
        "single spaces between cells, empty cells absent");
    assertTrue(flow.contains("\n附属单位上缴收\n\n入\n"), "header words broken across lines");
    assertTrue(flow.lines().toList().stream().skip(1).filter(l -> !l.isEmpty()).count()
        <= flow.lines().filter(String::isEmpty).count(), "a blank line after every line");
    assertFalse(flow.contains("\n- 2 -\n"), "no page numbers unless asked");
    assertTrue(ReportRenderer.render(r, TextFamily.FLOWING, Set.of(Damage.PAGE_NUMBERS), 1L).contains("\n- 2 -\n"));
  }

  @Test
  void theNarrativeRestatesTheFiguresInTheReportsPatterns() {
    String t = ReportRenderer.render(Reports.sample(Reports.HAIDONG_FINAL), TextFamily.MARKDOWN, Set.of(), 1L);
    assertTrue(t.contains("收入、支出总计2,678.82万元，比上年减少23.29万元"), "totals and their change");
    assertTrue(t.contains("本年支出合计2,678.82万元，其中：基本支出1,796.81万元"), "spending split");
    assertTrue(t.contains("人员经费1,668.77万元") && t.contains("公用经费128.04万元"), "costs");
    assertTrue(t.contains("“三公”经费支出预算为34.95万元，支出决算为27.11万元"), "三公 total");
    assertTrue(t.contains("因公出国（境）费用支出决算数与上年持平"), "三公 change, flat");
    assertTrue(t.contains("机关运行经费支出128.04万元，比上年减少7.93万元"), "机关运行经费");
    assertTrue(t.contains("政府采购支出总额284.10万元，其中：政府采购货物支出18.81万元"), "政府采购");
    assertTrue(t.contains("公务用车保有量为8辆"), "vehicles");
    String linxia = ReportRenderer.render(Reports.sample(Reports.LINXIA_FINAL), TextFamily.TAB, Set.of(), 1L);
    assertTrue(linxia.contains("核定编制40人，实际在岗人员49人"), "staffing");
  }
}
