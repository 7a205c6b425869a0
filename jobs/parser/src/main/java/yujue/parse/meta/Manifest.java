package yujue.parse.meta;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import yujue.parse.model.DocKind;
import yujue.parse.model.ReportMeta;
import yujue.warehouse.catalog.DepartmentTypeCatalog;
import yujue.warehouse.catalog.Region;
import yujue.warehouse.catalog.RegionCatalog;

/**
 * A manifest CSV ({@code file,region_code,department,fiscal_year,doc_kind}) that states what a
 * report is when its text does not say (no title, no 部门 header). A non-empty field overrides
 * inference; an empty one leaves it to the text. {@code file} is a path relative to the
 * manifest's directory, an absolute path, or a bare file name.
 */
public final class Manifest {

  static final List<String> COLUMNS = List.of("file", "region_code", "department", "fiscal_year", "doc_kind");

  /** One manifest row, as strings (the land job ships it to executors as is). */
  public record Entry(String regionCode, String department, String fiscalYear, String docKind)
      implements java.io.Serializable {

    /** The metadata this row states; fields it leaves empty are null. */
    public ReportMeta toMeta() {
      String regionName = null;
      if (regionCode != null) {
        regionName = RegionCatalog.load().byCode(regionCode).map(Region::name).orElse(null);
      }
      String type = DepartmentTypeCatalog.load().typeId(department);
      return new ReportMeta(regionCode, regionName, department, type,
          fiscalYear == null ? null : Integer.valueOf(fiscalYear),
          docKind == null ? null : DocKind.valueOf(docKind.toUpperCase(Locale.ROOT)), "manifest");
    }
  }

  private final Map<Path, Entry> byPath = new HashMap<>();
  private final Map<String, List<Entry>> byName = new HashMap<>();

  public static Manifest read(Path csv) throws IOException {
    Manifest m = new Manifest();
    m.add(csv);
    return m;
  }

  public static Manifest empty() {
    return new Manifest();
  }

  /** Adds the rows of another manifest file; a row that cannot be valid fails naming file and line. */
  public void add(Path csv) throws IOException {
    Path dir = csv.toAbsolutePath().getParent();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
          .setIgnoreEmptyLines(true).get().parse(in)) {
        if (!r.isMapped("file")) {
          throw new IllegalArgumentException(csv + ": a manifest needs the columns " + String.join(",", COLUMNS));
        }
        Entry e = new Entry(field(r, "region_code"), field(r, "department"), field(r, "fiscal_year"),
            field(r, "doc_kind"));
        validate(e, csv, r.getRecordNumber() + 1);
        String file = r.get("file").replace('\\', '/');
        Path p = Path.of(file);
        byPath.put((p.isAbsolute() ? p : dir.resolve(p)).normalize(), e);
        byName.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** The row for a report file: by its path, else by its name when only one row has that name. */
  public Optional<Entry> lookup(Path file) {
    Entry e = byPath.get(file.toAbsolutePath().normalize());
    if (e != null) {
      return Optional.of(e);
    }
    List<Entry> named = byName.getOrDefault(file.getFileName().toString(), List.of());
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  public boolean isEmpty() {
    return byPath.isEmpty();
  }

  private static String field(CSVRecord r, String name) {
    if (!r.isMapped(name) || !r.isSet(name)) {
      return null;
    }
    String v = r.get(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static void validate(Entry e, Path csv, long line) {
    String where = csv + " line " + line + ": ";
    if (e.regionCode() != null && RegionCatalog.load().byCode(e.regionCode()).isEmpty()) {
      throw new IllegalArgumentException(where + "region_code " + e.regionCode() + " is not a GB/T 2260 code");
    }
    if (e.fiscalYear() != null && !e.fiscalYear().matches("(19|20)\\d{2}")) {
      throw new IllegalArgumentException(where + "fiscal_year " + e.fiscalYear() + " is not a year");
    }
    if (e.docKind() != null && !e.docKind().equalsIgnoreCase("final") && !e.docKind().equalsIgnoreCase("budget")) {
      throw new IllegalArgumentException(where + "doc_kind must be final or budget, not " + e.docKind());
    }
  }
}
