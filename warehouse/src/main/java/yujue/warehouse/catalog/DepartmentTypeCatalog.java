package yujue.warehouse.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The department types of {@code department_types.csv}, and the classification of a department
 * name by the first type (in file order) one of whose patterns it contains. The file lists the
 * narrow kinds first: 政协海东市委员会办公室 must become cppcc before the 党委办公室 patterns
 * (市委员会办公室) see it.
 */
public final class DepartmentTypeCatalog {

  private static final String RESOURCE = "/yujue/warehouse/catalog/department_types.csv";

  /** Id of the fallback type for departments no pattern recognizes. */
  public static final String OTHER = "other";

  private static final class Holder {
    static final DepartmentTypeCatalog INSTANCE = readResource();
  }

  private final List<DepartmentType> all;

  private DepartmentTypeCatalog(List<DepartmentType> types) {
    this.all = List.copyOf(types);
  }

  /** The catalog read once from the classpath resource. */
  public static DepartmentTypeCatalog load() {
    return Holder.INSTANCE;
  }

  /** Every type in file order, {@code other} included. */
  public List<DepartmentType> all() {
    return all;
  }

  /**
   * The type of a department, e.g. 海东市人民政府办公室 -> government_office. Empty when no pattern
   * matches; a report then records {@link #OTHER} ({@link #typeId}).
   */
  /** The type id a report records for a department: {@link #classify}'s, else {@link #OTHER}; null without a name. */
  public String typeId(String departmentName) {
    return departmentName == null ? null : classify(departmentName).map(DepartmentType::id).orElse(OTHER);
  }

  public Optional<DepartmentType> classify(String departmentName) {
    if (departmentName == null) {
      return Optional.empty();
    }
    String compact = CatalogText.stripWhitespace(departmentName);
    for (DepartmentType t : all) { // a loop, not a stream: every report is classified
      if (t.matches(compact)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static DepartmentTypeCatalog readResource() {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (InputStream in = DepartmentTypeCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      List<DepartmentType> types = new ArrayList<>();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        for (CSVRecord rec : format.parse(reader)) {
          List<String> patterns =
              Arrays.stream(rec.get("patterns").split("\\|")).map(String::strip)
                  .filter(p -> !p.isEmpty()).toList();
          types.add(new DepartmentType(rec.get("department_type"), rec.get("name_zh"), patterns));
        }
      }
      return new DepartmentTypeCatalog(types);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
