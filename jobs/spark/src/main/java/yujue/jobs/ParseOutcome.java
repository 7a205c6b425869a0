package yujue.jobs;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import yujue.parse.ReportParser;
import yujue.parse.meta.Manifest;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.ReportMeta;
import yujue.parse.rows.WarehouseRows;
import yujue.parse.text.SourceDocument;
import yujue.parse.text.TextDecoder;
import yujue.warehouse.schema.Table;

/**
 * What became of one input file on an executor: its warehouse rows per table name, or the reason
 * it was quarantined ({@code reason != null}). Serializable so it can be cached and collected.
 */
public record ParseOutcome(
    String sourceFile, String sha256, String docId, Integer fiscalYear, String regionCode,
    Map<String, List<Object[]>> rows, int facts, int findings, String reason) implements Serializable {

  /**
   * A file to parse: its name as given to the job, where to read it, its SHA-256 as seen by the
   * driver, and the manifest row stating its metadata (null when none does).
   */
  public record Input(String sourceFile, String path, String sha256, Manifest.Entry manifest)
      implements Serializable {}

  public boolean landed() {
    return reason == null;
  }

  public List<Object[]> rows(String table) {
    return rows.getOrDefault(table, List.of());
  }

  /** The outcome without its rows, for the driver's run record. */
  public ParseOutcome summary() {
    return new ParseOutcome(sourceFile, sha256, docId, fiscalYear, regionCode, Map.of(), facts, findings, reason);
  }

  /** Reads and parses one file; never throws, so one bad file cannot stop the batch. */
  public static ParseOutcome parse(Input in, String runId, Timestamp landedAt) {
    SourceDocument doc;
    try {
      doc = SourceDocument.of(in.sourceFile(), Files.readAllBytes(Path.of(in.path())));
    } catch (IOException | RuntimeException e) {
      return quarantined(in, in.sha256(), "cannot read the file: " + describe(e));
    }
    try {
      ParsedReport report = ReportParser.parse(doc, in.manifest() == null ? null : in.manifest().toMeta());
      ReportMeta m = report.meta();
      if (!m.complete()) {
        return quarantined(in, doc.sha256(), "incomplete metadata: could not tell the " + missing(m)
            + " from the text; state it in a manifest (file,region_code,department,fiscal_year,doc_kind)");
      }
      Map<String, List<Object[]>> rows = new LinkedHashMap<>();
      for (Map.Entry<Table, List<Object[]>> e : WarehouseRows.of(report, runId, landedAt).entrySet()) {
        rows.put(e.getKey().name(), new ArrayList<>(e.getValue()));
      }
      return new ParseOutcome(in.sourceFile(), doc.sha256(), doc.docId(), m.fiscalYear(), m.regionCode(), rows,
          report.factCount(), report.findings().size(), null);
    } catch (TextDecoder.UnreadableTextException e) {
      return quarantined(in, doc.sha256(), "unreadable text: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // a parser bug on odd input: quarantine the file with what went wrong, keep the batch going
      return quarantined(in, doc.sha256(), "parser failed: " + describe(e));
    }
  }

  private static ParseOutcome quarantined(Input in, String sha256, String reason) {
    return new ParseOutcome(in.sourceFile(), sha256, null, null, null, Map.of(), 0, 0, reason);
  }

  private static String missing(ReportMeta m) {
    List<String> parts = new ArrayList<>();
    if (m.regionCode() == null) {
      parts.add("region");
    }
    if (m.departmentName() == null) {
      parts.add("department");
    }
    if (m.fiscalYear() == null) {
      parts.add("year");
    }
    if (m.docKind() == null) {
      parts.add("kind (final or budget)");
    }
    return String.join(", ", parts);
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
