package yujue.queries.accuracy;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import yujue.queries.Warehouse;
import yujue.queries.accuracy.FigureMatch.Miss;
import yujue.queries.accuracy.FigureMatch.Outcome;

/**
 * How exactly a landed warehouse holds the figures of a synthetic corpus ({@code yujue synth}):
 * every figure of every report's truth file against what landed for that report, overall, per
 * text family, per kind of damage, per report kind and per kind of fact, with the worst cases.
 *
 * <p>The truth directory is what {@code synth} wrote: {@code corpus.csv} (one row per report:
 * report and truth paths, metadata, family, damage kinds) and {@code truth/**.csv}, plain CSV in
 * the golden-file format {@code fact,table,code,measure,year,amount}. It is read here in Java: the
 * warehouse connection is confined to the warehouse directory. A landed document is matched to
 * its truth by the file name of its source file (synthetic names are unique in a corpus).
 *
 * <p>Landed figures are read through the warehouse views, current reports only, as the golden
 * format writes them: table is the table code, {@code narrative}, or {@code derived} for a derived
 * figure; year is the year the figure is about for measures and 三公, the report's fiscal year for
 * subject facts and execution sentences. A report that did not land, or was superseded, has all
 * its figures missing. A missing figure in a table where the parser reported an
 * {@code *_AMBIGUOUS} finding is counted as missing and also listed apart: the parser left it
 * NULL because the text allowed more than one reading.
 */
public final class Accuracy {

  private Accuracy() {}

  /** Counts of one slice (overall, a family, a damage kind, …). */
  public static final class Tally {
    long reports;
    long truth;
    long exact;
    long wrong;
    long missing;
    long ambiguous;
    long extra;

    void add(FigureMatch.Result r, long ambiguousMissing) {
      reports++;
      truth += r.truth();
      exact += r.exact();
      wrong += r.count(Outcome.WRONG);
      missing += r.count(Outcome.MISSING);
      extra += r.count(Outcome.EXTRA);
      ambiguous += ambiguousMissing;
    }

    /** exact / (truth + extra), in percent; 100 for nothing to compare. */
    public double accuracy() {
      long denominator = truth + extra;
      return denominator == 0 ? 100.0 : 100.0 * exact / denominator;
    }

    public long truth() {
      return truth;
    }

    public long exact() {
      return exact;
    }

    public long missing() {
      return missing;
    }

    public long wrong() {
      return wrong;
    }

    public long extra() {
      return extra;
    }

    public long ambiguous() {
      return ambiguous;
    }

    public long reports() {
      return reports;
    }
  }

  /** One report of the corpus, as its manifest row gives it. */
  record Entry(String name, String report, String truth, String regionCode, String department, int year, String kind,
      String family, List<String> damage) {}

  /** A figure that did not land exactly, with its report. */
  public record Case(String report, String family, String damage, String outcome, String figure, BigDecimal expected,
      BigDecimal landed, boolean ambiguous) {}

  /** A report's own score. */
  public record ReportScore(String report, String family, String damage, long truth, long exact, long misses,
      double accuracy, String note) {}

  /** Everything measured. */
  public static final class Summary {
    final Tally overall = new Tally();
    final Map<String, Tally> byFamily = new TreeMap<>();
    final Map<String, Tally> byDamage = new TreeMap<>();
    final Map<String, Tally> byKind = new TreeMap<>();
    final Map<String, Tally> byFact = new TreeMap<>();
    /** Misses by fact, table and measure (code and year left out), then outcome. */
    final Map<String, long[]> byPlace = new HashMap<>();
    final List<ReportScore> reportScores = new ArrayList<>();
    final PriorityQueue<Case> worst;
    final int worstLimit;
    int reports;
    int landed;
    int metadataExact;
    int notInTruth;
    final Map<String, Integer> notLanded = new TreeMap<>();

    Summary(int worstLimit) {
      this.worstLimit = worstLimit;
      this.worst = new PriorityQueue<>(Comparator.comparing(Summary::weight));
    }

    public Tally overall() {
      return overall;
    }

    public Map<String, Tally> byFamily() {
      return byFamily;
    }

    public Map<String, Tally> byDamage() {
      return byDamage;
    }

    public Map<String, Tally> byKind() {
      return byKind;
    }

    public Map<String, Tally> byFact() {
      return byFact;
    }

    public int reports() {
      return reports;
    }

    public int landed() {
      return landed;
    }

    public int metadataExact() {
      return metadataExact;
    }

    /** The worst cases, worst first. */
    public List<Case> worstCases() {
      List<Case> out = new ArrayList<>(worst);
      out.sort(Comparator.comparing(Summary::weight).reversed());
      return out;
    }

    public List<ReportScore> worstReports(int n) {
      return reportScores.stream().filter(r -> r.misses() > 0)
          .sorted(Comparator.comparingDouble(ReportScore::accuracy).thenComparing(ReportScore::report)).limit(n)
          .toList();
    }

    /** Wrong figures first (by how far off), then missing and extra ones (by size). */
    private static BigDecimal weight(Case c) {
      BigDecimal size = c.expected() != null && c.landed() != null ? c.expected().subtract(c.landed()).abs()
          : (c.expected() != null ? c.expected() : c.landed()).abs();
      BigDecimal rank = c.outcome().equals("wrong") ? new BigDecimal("1e12") : c.ambiguous() ? BigDecimal.ZERO
          : new BigDecimal("1e9");
      return rank.add(size.min(new BigDecimal("999999999")));
    }

    void offer(Case c) {
      worst.add(c);
      if (worst.size() > worstLimit) {
        worst.poll();
      }
    }
  }

  /**
   * Measures a landed warehouse against a truth directory. {@code mismatches}, when not null,
   * receives every figure that did not land exactly, as CSV.
   */
  public static Summary measure(Path truthDir, Path warehouseDir, int worst, Path mismatches)
      throws IOException, SQLException {
    Map<String, Entry> corpus = readCorpus(truthDir);
    Summary s = new Summary(worst);
    s.reports = corpus.size();
    BufferedWriter out = mismatches == null ? null : Files.newBufferedWriter(mismatches, StandardCharsets.UTF_8);
    try (Connection c = Warehouse.open(warehouseDir)) {
      if (out != null) {
        out.write("report,family,damage,outcome,fact,table,code,measure,year,expected,landed,ambiguous\n");
      }
      Map<String, LandedDoc> docs = documents(c, corpus, s);
      Map<String, Set<String>> ambiguous = ambiguousTables(c);
      Map<String, String> reasons = quarantineReasons(c);
      Set<String> seen = new HashSet<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(FACTS_SQL)) {
        String doc = null;
        List<String> lines = new ArrayList<>();
        while (rs.next()) {
          String d = rs.getString(1);
          if (!d.equals(doc)) {
            flush(doc, lines, docs, ambiguous, corpus, truthDir, s, out, seen);
            doc = d;
            lines = new ArrayList<>();
          }
          lines.add(rs.getString(2) + "," + rs.getString(3) + "," + rs.getString(4) + "," + rs.getString(5) + ","
              + rs.getInt(6) + "," + rs.getBigDecimal(7).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        flush(doc, lines, docs, ambiguous, corpus, truthDir, s, out, seen);
      }
      // reports with no landed figure at all: not landed, superseded, or landed empty
      Map<String, String> landedByName = new HashMap<>();
      docs.forEach((docId, d) -> landedByName.put(d.name(), docId));
      for (Entry e : corpus.values()) {
        if (seen.contains(e.name())) {
          continue;
        }
        String docId = landedByName.get(e.name());
        String note;
        if (docId == null) {
          String reason = reasons.get(e.name());
          note = reason == null ? "not landed" : "quarantined: " + reason;
          s.notLanded.merge(reason == null ? "not landed" : reason.replaceAll(":.*", ""), 1, Integer::sum);
        } else {
          note = docs.get(docId).current() ? "landed without figures" : "superseded by another report";
        }
        score(e, truthLines(truthDir, e), List.of(), Set.of(), s, out, note);
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    return s;
  }

  /** Every landed figure of current reports, in the golden format's columns, by document. */
  static final String FACTS_SQL = """
      SELECT doc_id, 'function' AS fact, table_code AS tbl, subject_code AS code, measure, fiscal_year AS yr, amount
      FROM function_facts
      UNION ALL
      SELECT doc_id, 'economic', table_code, subject_code, measure, fiscal_year, amount
      FROM economic_facts
      UNION ALL
      SELECT doc_id, 'measure', CASE WHEN provenance = 'derived' THEN 'derived' ELSE coalesce(table_code, 'narrative') END,
        '', measure, about_year, amount
      FROM measures
      UNION ALL
      SELECT s.doc_id, 'sanggong',
        CASE WHEN s.provenance = 'derived' OR s.source = 'derived' THEN 'derived' ELSE coalesce(s.table_code, 'narrative') END,
        '', s.basis || '.' || s.part, s.about_year, s.amount
      FROM stg_fct_sanggong s JOIN documents d ON d.doc_id = s.doc_id AND d.run_id = s.run_id
      WHERE d.status = 'current'
      UNION ALL
      SELECT doc_id, 'execution', 'narrative', coalesce(subject_code, ''), 'budget_initial', fiscal_year, budget_initial
      FROM budget_execution WHERE budget_initial IS NOT NULL
      UNION ALL
      SELECT doc_id, 'execution', 'narrative', coalesce(subject_code, ''), 'final_amount', fiscal_year, final_amount
      FROM budget_execution WHERE final_amount IS NOT NULL
      UNION ALL
      SELECT doc_id, 'execution', 'narrative', coalesce(subject_code, ''), 'execution_pct', fiscal_year,
        CAST(execution_pct AS DECIMAL(18, 2))
      FROM budget_execution WHERE execution_pct IS NOT NULL
      ORDER BY 1
      """;

  /** A landed document: its file name (the key to the truth) and whether it is current. */
  record LandedDoc(String name, boolean current) {}

  private static Map<String, LandedDoc> documents(Connection c, Map<String, Entry> corpus, Summary s)
      throws SQLException {
    Map<String, LandedDoc> out = new HashMap<>();
    Map<String, String> bestByName = new HashMap<>();
    Map<String, Boolean> bestCurrent = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT doc_id, source_file, region_code, department_name, fiscal_year, doc_kind, text_family, status"
            + " FROM documents ORDER BY landed_at, doc_id")) {
      while (rs.next()) {
        String docId = rs.getString(1);
        String name = stem(rs.getString(2));
        boolean current = "current".equals(rs.getString(8));
        out.put(docId, new LandedDoc(name, current));
        Entry e = corpus.get(name);
        if (e == null) {
          s.notInTruth++;
          continue;
        }
        // the current document for a name wins; else the last landed
        if (current || !Boolean.TRUE.equals(bestCurrent.get(name))) {
          boolean metadata = e.regionCode().equals(rs.getString(3)) && e.department().equals(rs.getString(4))
              && e.year() == rs.getInt(5) && e.kind().equals(rs.getString(6)) && e.family().equals(rs.getString(7));
          bestByName.put(name, docId + (metadata ? "+" : "-"));
          bestCurrent.put(name, current);
        }
      }
    }
    s.landed = bestByName.size();
    s.metadataExact = (int) bestByName.values().stream().filter(v -> v.endsWith("+")).count();
    return out;
  }

  private static Map<String, Set<String>> ambiguousTables(Connection c) throws SQLException {
    Map<String, Set<String>> out = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT doc_id, table_code FROM stg_fct_finding WHERE rule_id LIKE '%AMBIGUOUS' AND table_code IS NOT NULL")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  /** Why inputs were quarantined, by file name; empty when the warehouse has no quarantine view. */
  private static Map<String, String> quarantineReasons(Connection c) {
    Map<String, String> out = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source_file, reason FROM quarantine")) {
      while (rs.next()) {
        out.put(stem(rs.getString(1)), rs.getString(2));
      }
    } catch (SQLException e) {
      // an older warehouse without the view: reasons stay unknown
    }
    return out;
  }

  private static void flush(String docId, List<String> lines, Map<String, LandedDoc> docs,
      Map<String, Set<String>> ambiguous, Map<String, Entry> corpus, Path truthDir, Summary s, BufferedWriter out,
      Set<String> seen) throws IOException {
    if (docId == null) {
      return;
    }
    LandedDoc d = docs.get(docId);
    Entry e = d == null ? null : corpus.get(d.name());
    if (e == null || !seen.add(e.name())) {
      return;
    }
    score(e, truthLines(truthDir, e), lines, ambiguous.getOrDefault(docId, Set.of()), s, out, "");
  }

  private static void score(Entry e, List<String> truth, List<String> landed, Set<String> ambiguousTables, Summary s,
      BufferedWriter out, String note) throws IOException {
    FigureMatch.Result r = FigureMatch.match(truth, landed);
    String damage = e.damage().isEmpty() ? "none" : String.join("|", e.damage());
    long ambiguousMissing = 0;
    for (Miss m : r.misses()) {
      boolean amb = m.outcome() == Outcome.MISSING && ambiguousTables.contains(m.table());
      ambiguousMissing += amb ? 1 : 0;
      String outcome = m.outcome().name().toLowerCase();
      s.offer(new Case(e.name(), e.family(), damage, outcome, m.key(), m.expected(), m.landed(), amb));
      String[] k = m.key().split(",", -1);
      s.byPlace.computeIfAbsent(k[0] + "," + k[1] + "," + k[3], x -> new long[Outcome.values().length + 1])
          [amb ? Outcome.values().length : m.outcome().ordinal()]++;
      if (out != null) {
        out.write(String.join(",", e.name(), e.family(), damage, outcome, m.key(),
            m.expected() == null ? "" : m.expected().toPlainString(), m.landed() == null ? "" : m.landed().toPlainString(),
            Boolean.toString(amb)));
        out.write('\n');
      }
    }
    s.overall.add(r, ambiguousMissing);
    s.byFamily.computeIfAbsent(e.family(), k -> new Tally()).add(r, ambiguousMissing);
    s.byKind.computeIfAbsent(e.kind(), k -> new Tally()).add(r, ambiguousMissing);
    for (String d : e.damage().isEmpty() ? List.of("none") : e.damage()) {
      s.byDamage.computeIfAbsent(d, k -> new Tally()).add(r, ambiguousMissing);
    }
    // per kind of fact: the report's figures of that kind and the misses among them
    Map<String, FigureMatch.Result> byFact = splitByFact(r);
    byFact.forEach((fact, part) -> {
      long amb = part.misses().stream()
          .filter(m -> m.outcome() == Outcome.MISSING && ambiguousTables.contains(m.table())).count();
      s.byFact.computeIfAbsent(fact, k -> new Tally()).add(part, amb);
    });
    long extra = r.count(Outcome.EXTRA);
    double accuracy = r.truth() + extra == 0 ? 100.0 : 100.0 * r.exact() / (r.truth() + extra);
    s.reportScores.add(new ReportScore(e.name(), e.family(), damage, r.truth(), r.exact(), r.misses().size(), accuracy,
        note));
  }

  private static Map<String, FigureMatch.Result> splitByFact(FigureMatch.Result r) {
    Map<String, FigureMatch.Result> out = new TreeMap<>();
    Set<String> facts = new HashSet<>(r.truthByFact().keySet());
    r.misses().forEach(m -> facts.add(m.fact()));
    for (String f : facts) {
      out.put(f, new FigureMatch.Result(Map.of(f, r.truthByFact().getOrDefault(f, 0)),
          Map.of(f, r.exactByFact().getOrDefault(f, 0)),
          r.misses().stream().filter(m -> m.fact().equals(f)).toList()));
    }
    return out;
  }

  // ---- the truth directory ----

  static Map<String, Entry> readCorpus(Path dir) throws IOException {
    Path manifest = dir.resolve("corpus.csv");
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException("not a synthetic corpus (no corpus.csv): " + dir);
    }
    Map<String, Entry> out = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String report = r.get("report");
        String damage = r.get("damage");
        Entry e = new Entry(stem(report), report, r.get("truth"), r.get("region_code"), r.get("department"),
            Integer.parseInt(r.get("fiscal_year")), r.get("doc_kind"), r.get("family"),
            damage.isEmpty() ? List.of() : List.of(damage.split("\\|")));
        out.put(e.name(), e);
      }
    }
    return out;
  }

  static List<String> truthLines(Path dir, Entry e) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve(e.truth()), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("fact,")) {
          out.add(l);
        }
      }
    }
    return out;
  }

  /** The file name without directories and extension: the key between a landed source file and the truth. */
  static String stem(String path) {
    String p = path.replace('\\', '/');
    String name = p.substring(p.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Misses grouped by where they are (fact, table, measure), most first: [wrong, missing, extra, ambiguous]. */
  public static List<Map.Entry<String, long[]>> places(Summary s, int n) {
    return s.byPlace.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -total(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .limit(n).toList();
  }

  static long total(long[] counts) {
    return counts[Outcome.WRONG.ordinal()] + counts[Outcome.MISSING.ordinal()] + counts[Outcome.EXTRA.ordinal()]
        + counts[Outcome.values().length];
  }
}
