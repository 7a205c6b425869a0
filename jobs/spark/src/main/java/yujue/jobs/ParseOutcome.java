package yujue.jobs;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;
import yujue.jobs.spark.SparkSchemas;
import yujue.parse.ReportParser;
import yujue.parse.layout.ReportLayout;
import yujue.parse.layout.Segmenter;
import yujue.parse.meta.Manifest;
import yujue.parse.model.ParsedReport;
import yujue.parse.model.ReportMeta;
import yujue.parse.rows.WarehouseRows;
import yujue.parse.text.DecodedText;
import yujue.parse.text.FileSniffer;
import yujue.parse.text.SourceDocument;
import yujue.parse.text.TextDecoder;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/**
 * What became of one input file on an executor: its warehouse rows per table name, or the reason
 * it was quarantined ({@code reason != null}). Serializable so it can be cached and collected.
 */
public record ParseOutcome(
    String sourceFile, String sha256, String docId, Integer fiscalYear, String regionCode,
    Map<String, List<Object[]>> rows, int facts, int findings, String reason) implements Serializable {

  /** Seconds one file may take to parse before it is quarantined (system property yujue.parse.timeoutSeconds). */
  static final long TIMEOUT_SECONDS = Long.getLong("yujue.parse.timeoutSeconds", 300);

  /** Parses run here, so that one that never ends can be given up on; daemon threads never keep a JVM alive. */
  private static final ExecutorService PARSERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "yujue-parse");
    t.setDaemon(true);
    return t;
  });

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

  /** The outcome's own fields, as they head its row in the run's staged reports. */
  static final List<String> SUMMARY_COLUMNS = List.of(
      "source_file", "sha256", "doc_id", "fiscal_year", "region_code", "facts", "findings", "reason");

  /** The outcome as one row: its own fields, then its rows of each table as a nested list (null when none). */
  Row toRow(List<Table> tables) {
    Object[] v = new Object[SUMMARY_COLUMNS.size() + tables.size()];
    Object[] head = {sourceFile, sha256, docId, fiscalYear, regionCode, facts, findings, reason};
    System.arraycopy(head, 0, v, 0, head.length);
    for (int i = 0; i < tables.size(); i++) {
      List<Object[]> r = rows.get(tables.get(i).name());
      // Spark's row encoder takes a Scala Seq for an array column
      v[head.length + i] = r == null || r.isEmpty() ? null
          : CollectionConverters.asScala(r.stream().map(SparkSchemas::toRow).toList());
    }
    return RowFactory.create(v);
  }

  /** The outcome without its rows: what the driver keeps for the run record. */
  ParseOutcome withoutRows() {
    return new ParseOutcome(sourceFile, sha256, docId, fiscalYear, regionCode, Map.of(), facts, findings, reason);
  }

  /** The outcome without its rows, read back from the summary columns of its row. */
  static ParseOutcome fromSummary(Row r) {
    return new ParseOutcome(r.getString(0), r.getString(1), r.getString(2), r.isNullAt(3) ? null : r.getInt(3),
        r.getString(4), Map.of(), r.getInt(5), r.getInt(6), r.getString(7));
  }

  /** Reads and parses one file; never throws, so one bad file cannot stop the batch. */
  public static ParseOutcome parse(Input in, String runId, Timestamp landedAt) {
    SourceDocument doc;
    try {
      Path path = Path.of(in.path());
      long size = Files.size(path);
      if (size > SourceDocument.MAX_BYTES) {
        return quarantined(in, in.sha256(), tooLarge(size));
      }
      doc = SourceDocument.of(in.sourceFile(), Files.readAllBytes(path));
    } catch (IOException e) {
      return quarantined(in, in.sha256(), InputFiles.cannotRead(e));
    } catch (RuntimeException | OutOfMemoryError e) {
      return quarantined(in, in.sha256(), "cannot read: " + describe(e));
    }
    try {
      // PDFs go to the PDF reader inside ReportParser.parse; a text is decoded and laid out once,
      // for the checks around the parser and the parser alike
      ReportMeta manifest = in.manifest() == null ? null : in.manifest().toMeta();
      ReportLayout layout = null;
      ParsedReport report;
      if (FileSniffer.isPdf(doc.bytes())) {
        report = withTimeout(() -> ReportParser.parse(doc, manifest), doc);
      } else {
        DecodedText decoded = TextDecoder.read(doc.bytes());
        ReportLayout l = layout = Segmenter.segment(decoded.text());
        Optional<String> two = ReportChecks.moreThanOneReport(l.lines());
        if (two.isPresent()) {
          return quarantined(in, doc.sha256(), two.get());
        }
        report = withTimeout(() -> ReportParser.parseText(doc, manifest, decoded, l), doc);
      }
      ReportMeta m = report.meta();
      if (!m.complete()) {
        return quarantined(in, doc.sha256(), "incomplete metadata: could not tell the " + missing(m)
            + " from the text; state it in a manifest (file,region_code,department,fiscal_year,doc_kind)");
      }
      Map<String, List<Object[]>> rows = new LinkedHashMap<>();
      for (Map.Entry<Table, List<Object[]>> e : WarehouseRows.of(report, runId, landedAt).entrySet()) {
        rows.put(e.getKey().name(), new ArrayList<>(e.getValue()));
      }
      if (layout != null) {
        rows = ReportChecks.guard(rows, ReportChecks.truncation(layout, m.docKind(), ReportChecks.tablesRead(rows)));
      }
      return new ParseOutcome(in.sourceFile(), doc.sha256(), doc.docId(), m.fiscalYear(), m.regionCode(), rows,
          documentCount(rows, "fact_count"), documentCount(rows, "finding_count"), null);
    } catch (TextDecoder.UnreadableTextException e) {
      return quarantined(in, doc.sha256(), e.getMessage());
    } catch (TimeoutException e) {
      return quarantined(in, doc.sha256(), "parser failed: gave up after " + TIMEOUT_SECONDS + " s");
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // a parser bug on odd input: quarantine the file with what went wrong, keep the batch going
      return quarantined(in, doc.sha256(), "parser failed: " + describe(e));
    }
  }

  /** A count of the document row (facts and findings as landed, after {@link ReportChecks#guard}). */
  private static int documentCount(Map<String, List<Object[]>> rows, String column) {
    Object[] doc = rows.get(WarehouseSchema.DOCUMENTS.name()).get(0);
    return (Integer) doc[WarehouseSchema.DOCUMENTS.columnNames().indexOf(column)];
  }

  private static ParsedReport withTimeout(Callable<ParsedReport> parse, SourceDocument doc) throws TimeoutException {
    Future<ParsedReport> f = PARSERS.submit(parse);
    try {
      return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true); // a regular expression ignores interrupts: the daemon thread may run on, the batch does not wait
      throw e;
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing " + doc.sourceFile(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  static String tooLarge(long size) {
    return String.format(Locale.ROOT, "too large: %.1f MB; a report text is well under 1 MB (the limit is %d MB)",
        size / 1048576.0, SourceDocument.MAX_BYTES / 1048576);
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
