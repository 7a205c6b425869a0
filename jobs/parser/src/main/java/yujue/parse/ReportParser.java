package yujue.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import yujue.parse.evaluation.ProjectEvaluations;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.Segmenter;
import yujue.parse.layout.TableBlock;
import yujue.parse.meta.MetadataInference;
import yujue.parse.model.DocKind;
import yujue.parse.model.Finding;
import yujue.parse.model.Finding.Severity;
import yujue.parse.model.Measure;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.ReportMeta;
import yujue.parse.model.Sanggong.Basis;
import yujue.parse.model.Sanggong.Part;
import yujue.parse.model.SubjectFact;
import yujue.parse.model.TextFamily;
import yujue.parse.narrative.Narrative;
import yujue.parse.narrative.NarrativeExtractor;
import yujue.parse.narrative.NarrativeFacts;
import yujue.parse.pdf.PdfLines;
import yujue.parse.pdf.PdfText;
import yujue.parse.tables.EconomicTableParser;
import yujue.parse.tables.FunctionTableParser;
import yujue.parse.tables.IncomeByUnitParser;
import yujue.parse.tables.ParseContext;
import yujue.parse.tables.SanggongTableParser;
import yujue.parse.tables.SummaryTableParser;
import yujue.parse.tables.TableKind;
import yujue.parse.text.DecodedText;
import yujue.parse.text.FileSniffer;
import yujue.parse.text.SourceDocument;
import yujue.parse.text.TextDecoder;
import yujue.parse.validate.ReportFacts;
import yujue.parse.validate.Validator;
import yujue.warehouse.catalog.DepartmentTypeCatalog;

/**
 * One report from bytes to validated facts, in small stages: text, lines, layout (tables and
 * narrative), recognized tables, narrative figures, reconciliation, validation. Pure Java: no
 * engine is involved, so the same parse runs in a unit test, a Spark task or a notebook.
 */
public final class ReportParser {

  /** Bumped whenever parsing changes what lands, so a warehouse says which parser read a report. */
  public static final String VERSION = "0.1.0";

  private ReportParser() {}

  public static ParsedReport parse(SourceDocument doc) {
    return parse(doc, null);
  }

  /**
   * Parses a report file, text in any family or a PDF, with metadata from a manifest where given
   * (non-null fields override inference).
   */
  public static ParsedReport parse(SourceDocument doc, ReportMeta override) {
    if (FileSniffer.isPdf(doc.bytes())) {
      return parsePdf(doc, override);
    }
    DecodedText decoded = TextDecoder.read(doc.bytes());
    return parseText(doc, override, decoded, Segmenter.segment(decoded.text()));
  }

  /**
   * Parses a text report already decoded and segmented into {@code layout} (the land job checks
   * the same layout for signs of truncation, so it is built once).
   */
  public static ParsedReport parseText(SourceDocument doc, ReportMeta override, DecodedText decoded,
      ReportLayout layout) {
    // what decoding mended (invalid bytes, a cut-off end, overlong lines left out) lands as findings
    return parse(doc, override, layout, decoded.text(), ctx -> decoded.notes().forEach(
        n -> ctx.finding(n.ruleId(), Severity.WARNING, n.message(), null, null, null, n.line())));
  }

  /**
   * Parses a PDF report: its text layer read with positions ({@link PdfLines}: table rows as
   * positioned cells, line numbers a running index over the document) gives the lines; layout,
   * tables, narrative, reconciliation and validation are those of the text families. What the
   * reader noticed lands as findings, findings with a line say on which PDF page it is, and a
   * report without a single figure (a blank template) says so (NO_FIGURES). Throws
   * {@link TextDecoder.UnreadableTextException} with a plain reason for a PDF that cannot be read
   * (scanned without a text layer, encrypted, broken or truncated).
   */
  public static ParsedReport parsePdf(SourceDocument doc) {
    return parsePdf(doc, null);
  }

  /** {@link #parsePdf(SourceDocument)} with metadata from a manifest where given. */
  public static ParsedReport parsePdf(SourceDocument doc, ReportMeta override) {
    PdfText pdf = PdfLines.read(doc.bytes());
    ReportLayout layout = Segmenter.segment(TextFamily.PDF, pdf.lines());
    ParsedReport r = parse(doc, override, layout, pdf.text(), ctx -> pdf.notes().forEach(
        n -> ctx.finding(n.ruleId(), Severity.WARNING, n.message(), null, null, null, null)));
    List<Finding> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      findings.add(f.line() == null || pdf.page(f.line()) == 0 ? f : new Finding(f.ruleId(), f.severity(),
          f.message() + " (PDF page " + pdf.page(f.line()) + ")", f.expected(), f.actual(), f.tableCode(), f.line()));
    }
    if (r.measures().isEmpty() && r.functionFacts().isEmpty() && r.economicFacts().isEmpty() && r.sanggong().isEmpty()) {
      findings.add(new Finding("NO_FIGURES", Severity.WARNING, "the report prints no figures (a blank template?)",
          null, null, null, null));
    }
    return new ParsedReport(r.source(), r.meta(), r.family(), r.measures(), r.functionFacts(), r.economicFacts(),
        r.sanggong(), r.executions(), findings, r.evaluations());
  }

  /** Everything after the line stage, shared by text and PDF; {@code notes} adds what reading the input noticed. */
  private static ParsedReport parse(SourceDocument doc, ReportMeta override, ReportLayout layout, String text,
      Consumer<ParseContext> notes) {
    MetadataInference.Department department = MetadataInference.findDepartment(layout);
    ReportMeta meta = merge(MetadataInference.infer(layout, text, department), override);
    int year = meta.fiscalYear() == null ? 0 : meta.fiscalYear();
    DocKind kind = meta.docKind() == null ? DocKind.FINAL : meta.docKind();
    ParseContext ctx = new ParseContext(layout.family(), year);
    notes.accept(ctx);
    NarrativeFacts nf = NarrativeExtractor.extract(new Narrative(layout.narrative()), kind);
    readTables(layout, ctx, nf);
    Reconciler.apply(ctx, nf, kind);
    if (override == null || override.departmentName() == null) {
      ctx.findings.addAll(MetadataInference.findings(department));
    }
    ctx.findings.addAll(TableBlocks.repeatedHeaders(layout));
    ctx.findings.addAll(Validator.validate(
        new ReportFacts(year, ctx.measures, ctx.functionFacts, ctx.economicFacts, ctx.sanggong)));
    if (layout.tables().isEmpty()) {
      ctx.finding("NO_TABLES", Severity.WARNING, "no public table was recognized in the text", null, null, null, null);
    }
    return new ParsedReport(doc, meta, layout.family(), ctx.measures, ctx.functionFacts, ctx.economicFacts,
        ctx.sanggong, Reconciler.executions(ctx, nf), ctx.findings,
        kind == DocKind.FINAL ? ProjectEvaluations.read(layout) : List.of());
  }

  /**
   * The inferred metadata with the manifest's non-null fields over it. A manifest that names the
   * department but not its type gets the type of the name it gives: the inferred type belongs to
   * the inferred name (another department, or none when the text names none), and a report with a
   * department name always has a type.
   */
  static ReportMeta merge(ReportMeta inferred, ReportMeta o) {
    if (o == null) {
      return inferred;
    }
    return new ReportMeta(
        o.regionCode() != null ? o.regionCode() : inferred.regionCode(),
        o.regionName() != null ? o.regionName() : inferred.regionName(),
        o.departmentName() != null ? o.departmentName() : inferred.departmentName(),
        o.departmentType() != null ? o.departmentType()
            : o.departmentName() != null ? DepartmentTypeCatalog.load().typeId(o.departmentName())
            : inferred.departmentType(),
        o.fiscalYear() != null ? o.fiscalYear() : inferred.fiscalYear(),
        o.docKind() != null ? o.docKind() : inferred.docKind(),
        "manifest");
  }

  /** Tables in an order where each can use what the earlier ones said. */
  private static void readTables(ReportLayout layout, ParseContext ctx, NarrativeFacts nf) {
    for (TableBlock t : layout.tables()) {
      if (SummaryTableParser.handles(t.kind())) {
        SummaryTableParser.parse(t, ctx);
      }
    }
    for (TableBlock t : layout.tables()) {
      if (IncomeByUnitParser.handles(t.kind())) {
        IncomeByUnitParser.parse(t, ctx);
      }
    }
    for (TableBlock t : layout.tables()) {
      if (EconomicTableParser.handles(t.kind())) {
        EconomicTableParser.parse(t, ctx);
      }
    }
    for (TableBlock t : layout.tables()) {
      if (FunctionTableParser.handles(t.kind())) {
        Map<String, BigDecimal> totalRow = FunctionTableParser.parse(t, ctx, totalHints(t.kind(), ctx, nf));
        TotalRows.record(t.kind(), totalRow, ctx, t.titleLine());
      }
    }
    for (TableBlock t : layout.tables()) {
      if (SanggongTableParser.handles(t.kind())) {
        SanggongTableParser.parse(t, ctx, sanggongHints(t.kind(), ctx, nf));
      }
    }
  }

  /** What other tables and the narrative say of a function table's 合计 row, by column. */
  private static Map<String, BigDecimal> totalHints(TableKind kind, ParseContext ctx, NarrativeFacts nf) {
    Map<String, BigDecimal> h = new HashMap<>();
    String summary = kind.docKind == DocKind.FINAL ? "F01" : "B1";
    if (kind == TableKind.F02 && ctx.measure(Measure.INCOME_TOTAL, summary) != null) {
      h.put("total", ctx.measure(Measure.INCOME_TOTAL, summary));
      BigDecimal fiscal = BigDecimal.ZERO;
      for (String m : List.of(Measure.GENERAL_BUDGET_INCOME, Measure.GOV_FUND_INCOME, Measure.SOE_CAPITAL_INCOME)) {
        BigDecimal v = ctx.measure(m, summary);
        fiscal = v == null ? fiscal : fiscal.add(v);
      }
      h.put("fiscal", fiscal);
      putZeroIfBlank(h, "upper_grant", ctx.measure(Measure.UPPER_GRANT_INCOME, summary));
      putZeroIfBlank(h, "business", ctx.measure(Measure.BUSINESS_INCOME, summary));
      putZeroIfBlank(h, "operating", ctx.measure(Measure.OPERATING_INCOME, summary));
      putZeroIfBlank(h, "affiliated", ctx.measure(Measure.AFFILIATED_INCOME, summary));
      putZeroIfBlank(h, "other", ctx.measure(Measure.OTHER_INCOME, summary));
    }
    if (kind == TableKind.F03 || kind == TableKind.B3) {
      BigDecimal total = ctx.measure(Measure.EXPENDITURE_TOTAL, summary);
      if (total != null) {
        h.put("total", total);
      }
      stated(nf, Measure.BASIC_EXPENDITURE).ifPresent(v -> h.put("basic", v));
      stated(nf, Measure.PROJECT_EXPENDITURE).ifPresent(v -> h.put("project", v));
    }
    return h;
  }

  private static void putZeroIfBlank(Map<String, BigDecimal> h, String col, BigDecimal v) {
    h.put(col, v == null ? BigDecimal.ZERO : v);
  }

  private static java.util.Optional<BigDecimal> stated(NarrativeFacts nf, String measure) {
    NarrativeFacts.Stated s = nf.measures.get(measure);
    return s == null ? java.util.Optional.empty() : java.util.Optional.of(s.amount());
  }

  /** Narrative figures for each half of a 三公 table; the vehicle operation cost of 30231 where the narrative is silent. */
  private static List<Map<Part, BigDecimal>> sanggongHints(TableKind kind, ParseContext ctx, NarrativeFacts nf) {
    List<Map<Part, BigDecimal>> halves = List.of(new EnumMap<>(Part.class), new EnumMap<>(Part.class));
    if (kind == TableKind.F09) {
      nf.sanggong.get(Basis.BUDGET).forEach((p, s) -> halves.get(0).put(p, s.amount()));
      nf.sanggong.get(Basis.ACTUAL).forEach((p, s) -> halves.get(1).put(p, s.amount()));
    } else {
      nf.sanggong.get(Basis.BUDGET).forEach((p, s) -> halves.get(1).put(p, s.amount()));
      nf.sanggongChanges.get(Basis.BUDGET).forEach((p, change) -> {
        BigDecimal now = halves.get(1).get(p);
        if (now != null) {
          halves.get(0).put(p, now.subtract(change.amount()));
        }
      });
    }
    String econTable = kind == TableKind.F09 ? "F06" : "B6";
    String econMeasure = kind == TableKind.F09 ? "amount" : "total";
    for (SubjectFact e : ctx.economicFacts) { // the first 30231 of the economic table
      if (e.tableCode().equals(econTable) && e.subjectCode().equals("30231") && e.measure().equals(econMeasure)) {
        halves.get(1).putIfAbsent(Part.VEHICLE_OPERATION, e.amount());
        break;
      }
    }
    return halves;
  }
}
