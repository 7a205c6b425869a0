package yujue.queries.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import yujue.queries.accuracy.FigureMatch.Outcome;
import yujue.queries.cli.QueriesMain;

/**
 * The accuracy tool: matching figures (exact, wrong, missing, extra, duplicates), and the whole
 * command on a tiny landed warehouse against a tiny truth directory.
 */
class AccuracyTest {

  @Test
  void figuresPairUpByKeyThenByAmount() {
    List<String> truth = List.of(
        "measure,F01,,income_total,2024,100.00",
        "measure,F01,,grand_total,2024,120.00",
        "function,F03,201,total,2024,50.00",
        "function,F03,201,total,2024,50.00", // the same figure printed twice
        "sanggong,F09,,actual.total,2024,7.00");
    List<String> landed = List.of(
        "measure,F01,,income_total,2024,100.0", // the same amount at another scale is exact
        "measure,F01,,grand_total,2024,121.00", // wrong
        "function,F03,201,total,2024,50.00", // one of two
        "measure,narrative,,personnel_cost,2024,9.00"); // extra
    FigureMatch.Result r = FigureMatch.match(truth, landed);
    assertEquals(5, r.truth());
    assertEquals(2, r.exact());
    assertEquals(1, r.count(Outcome.WRONG));
    assertEquals(2, r.count(Outcome.MISSING), "the second 201 total and the 三公 total");
    assertEquals(1, r.count(Outcome.EXTRA));
    FigureMatch.Miss wrong = r.misses().stream().filter(m -> m.outcome() == Outcome.WRONG).findFirst().orElseThrow();
    assertEquals(new BigDecimal("120.00"), wrong.expected());
    assertEquals(new BigDecimal("121.00"), wrong.landed());
    assertEquals("F01", wrong.table());
    assertEquals(1, r.exactByFact().get("measure"));
    assertEquals(1, r.exactByFact().get("function"));
    assertEquals(2, r.truthByFact().get("measure"));
  }

  /** Three reports: one landed exactly, one with a wrong, a missing (ambiguous) and an extra figure, one not landed. */
  private static Path[] fixture(Path tmp) throws IOException, SQLException {
    Path truth = Files.createDirectories(tmp.resolve("corpus"));
    List<String> a = List.of("measure,F01,,income_total,2024,100.00", "function,F03,201,total,2024,100.00",
        "sanggong,F09,,actual.total,2024,7.00", "sanggong,derived,,actual.total,2023,8.00",
        "execution,narrative,,budget_initial,2024,90.00", "execution,narrative,,final_amount,2024,100.00",
        "execution,narrative,,execution_pct,2024,111.11");
    List<String> b = List.of("measure,B1,,income_total,2023,50.00", "measure,derived,,fiscal_income,2023,50.00",
        "function,B3,201,total,2023,50.00", "economic,B6,301,total,2023,30.00", "sanggong,B7,,budget.vehicle_operation,2022,3.00");
    List<String> c = List.of("measure,F01,,income_total,2024,10.00", "measure,narrative,,income_total,2024,10.00");
    truthFile(truth, "a", a);
    truthFile(truth, "b", b);
    truthFile(truth, "c", c);
    Files.writeString(truth.resolve("corpus.csv"), String.join("\n",
        "report,truth,region_code,region_name,department,department_type,fiscal_year,doc_kind,family,damage,figures,department_id",
        "reports/63/a.txt,truth/63/a.csv,630200,海东市,海东市财政局,finance,2024,final,tab,,7,0",
        "reports/63/b.txt,truth/63/b.csv,630200,海东市,海东市教育局,education,2023,budget,flowing,split_number|page_numbers,5,1",
        "reports/63/c.txt,truth/63/c.csv,630200,海东市,海东市民政局,civil_affairs,2024,final,markdown,ocr_noise,2,2") + "\n",
        StandardCharsets.UTF_8);
    Path wh = new LandedFixture()
        .doc("aaaaaaaaaaaaaaaa", "/x/reports/63/a.txt", "630200", "海东市财政局", 2024, "final", "tab", a)
        .doc("bbbbbbbbbbbbbbbb", "/x/reports/63/b.txt", "630200", "海东市教育局", 2023, "budget", "flowing", List.of(
            "measure,B1,,income_total,2023,50.00", "measure,derived,,fiscal_income,2023,50.00",
            "function,B3,201,total,2023,5.00", // wrong: a digit lost
            "economic,B6,301,total,2023,30.00",
            "economic,B6,30101,total,2023,30.00")) // extra
        .finding("bbbbbbbbbbbbbbbb", 2023, "630200", "T09_COLUMNS_AMBIGUOUS", "B7")
        .write(tmp.resolve("wh"));
    return new Path[] {truth, wh};
  }

  private static void truthFile(Path dir, String name, List<String> lines) throws IOException {
    Path f = dir.resolve("truth/63/" + name + ".csv");
    Files.createDirectories(f.getParent());
    Files.writeString(f, "fact,table,code,measure,year,amount\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void measuresALandedWarehouse(@TempDir Path tmp) throws IOException, SQLException {
    Path[] f = fixture(tmp);
    Accuracy.Summary s = Accuracy.measure(f[0], f[1], 10, tmp.resolve("misses.csv"));
    assertEquals(3, s.reports());
    assertEquals(2, s.landed());
    assertEquals(2, s.metadataExact());
    Accuracy.Tally all = s.overall();
    assertEquals(14, all.truth());
    assertEquals(7 + 3, all.exact());
    assertEquals(1, all.wrong());
    assertEquals(1 + 2, all.missing(), "b's 三公 cell and c's two figures");
    assertEquals(1, all.ambiguous(), "b's B7 cell was left NULL as ambiguous");
    assertEquals(1, all.extra());
    assertEquals(100.0 * 10 / 15, all.accuracy(), 1e-9);
    assertEquals(100.0, s.byFamily().get("tab").accuracy(), 1e-9);
    assertEquals(0.0, s.byFamily().get("markdown").accuracy(), 1e-9);
    assertEquals(100.0 * 3 / 6, s.byDamage().get("split_number").accuracy(), 1e-9);
    assertEquals(s.byDamage().get("split_number").truth(), s.byDamage().get("page_numbers").truth());
    assertEquals(7, s.byDamage().get("none").truth());
    assertEquals(3, s.byFact().get("execution").exact());
    assertEquals(2, s.byKind().size());
    List<Accuracy.Case> worst = s.worstCases();
    assertEquals("wrong", worst.get(0).outcome(), "a wrong figure is the worst case");
    assertEquals("function,B3,201,total,2023", worst.get(0).figure());
    assertEquals("c", s.worstReports(5).get(0).report(), "the report that did not land is the worst");
    List<String> misses = Files.readAllLines(tmp.resolve("misses.csv"));
    assertEquals(1 + 5, misses.size(), "header and one line per figure that did not land exactly");

    StringWriter text = new StringWriter();
    AccuracyReport.print(s, new PrintWriter(text), 5);
    String out = text.toString();
    assertTrue(out.contains("figures: 14 in the truth, 10 landed exactly: 66.667%"), out);
    assertTrue(out.contains("by family") && out.contains("by damage kind") && out.contains("worst cases"), out);
  }

  @Test
  void theCommand(@TempDir Path tmp) throws IOException, SQLException {
    Path[] f = fixture(tmp);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new QueriesMain());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("accuracy", "--truth", f[0].toString(), "--warehouse", f[1].toString(), "--worst", "3");
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("accuracy: 3 reports in the truth, 2 landed"), out.toString());
    assertEquals(2, cl.execute("accuracy", "--truth", tmp.resolve("nowhere").toString(), "--warehouse", f[1].toString()));
  }
}
