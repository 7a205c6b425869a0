package yujue.warehouse.catalog;

import java.util.List;

/**
 * A kind of department (政府办公室, 人社局, ...), so that peers can be compared across regions.
 *
 * @param id stable id, e.g. {@code government_office}
 * @param nameZh Chinese name of the kind
 * @param patterns fragments of a department name (whitespace removed) that identify the kind;
 *     empty for the {@code other} fallback
 */
public record DepartmentType(String id, String nameZh, List<String> patterns) {

  public DepartmentType {
    patterns = List.copyOf(patterns);
  }

  /** Whether the (whitespace-free) department name contains one of the patterns. */
  public boolean matches(String compactName) {
    for (String p : patterns) { // a loop, not a stream: every report's department is classified
      if (compactName.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
