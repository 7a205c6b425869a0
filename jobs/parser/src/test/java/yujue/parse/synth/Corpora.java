package yujue.parse.synth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yujue.parse.ReportParser;
import yujue.parse.model.ParsedReport;
import yujue.parse.text.SourceDocument;

/** Small in-memory corpora for the tests, and the truth against a parse compared as multisets of lines. */
final class Corpora {

  private Corpora() {}

  static List<SynthCorpus.Generated> generate(long seed, int reports, double damageRate, double bothRate) {
    return SynthCorpus.inMemory(new SynthCorpus.Options(reports, seed, null, damageRate, bothRate, 1));
  }

  static ParsedReport parse(SynthCorpus.Generated g) {
    return ReportParser.parse(SourceDocument.of("synthetic.txt", g.rendering().text().getBytes(StandardCharsets.UTF_8)));
  }

  /** Truth lines against parsed lines: exact, and the truth lines missing and parsed lines extra (wrong = one of each). */
  record Diff(int truth, int exact, List<String> missing, List<String> extra) {
    double accuracy() {
      return truth + extra.size() == 0 ? 100 : 100.0 * exact / (truth + extra.size());
    }
  }

  static Diff diff(List<String> truth, List<String> parsed) {
    Map<String, Integer> have = new HashMap<>();
    parsed.forEach(l -> have.merge(l, 1, Integer::sum));
    List<String> missing = new ArrayList<>();
    int exact = 0;
    for (String l : truth) {
      Integer n = have.get(l);
      if (n != null && n > 0) {
        have.put(l, n - 1);
        exact++;
      } else {
        missing.add(l);
      }
    }
    List<String> extra = new ArrayList<>();
    have.forEach((l, n) -> {
      for (int i = 0; i < n; i++) {
        extra.add(l);
      }
    });
    extra.sort(null);
    return new Diff(truth.size(), exact, missing, extra);
  }
}
