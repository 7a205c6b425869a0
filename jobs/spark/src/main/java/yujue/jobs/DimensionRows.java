package yujue.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import yujue.warehouse.catalog.DepartmentType;
import yujue.warehouse.catalog.DepartmentTypeCatalog;
import yujue.warehouse.catalog.Region;
import yujue.warehouse.catalog.RegionCatalog;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.WarehouseSchema;

/** The dimension tables as rows in schema column order, straight from the reference catalogs. */
public final class DimensionRows {

  private DimensionRows() {}

  public static Map<Table, List<Object[]>> all() {
    Map<Table, List<Object[]>> out = new LinkedHashMap<>();
    out.put(WarehouseSchema.DIM_REGION, regions());
    out.put(WarehouseSchema.DIM_FUNCTION_SUBJECT, subjects(SubjectCatalog.function(), false));
    out.put(WarehouseSchema.DIM_ECONOMIC_SUBJECT, subjects(SubjectCatalog.economic(), true));
    out.put(WarehouseSchema.DIM_DEPARTMENT_TYPE, departmentTypes());
    return out;
  }

  static List<Object[]> regions() {
    RegionCatalog catalog = RegionCatalog.load();
    List<Object[]> rows = new ArrayList<>();
    for (Region r : catalog.all()) {
      String fullName = catalog.lineage(r).stream().map(Region::name).collect(Collectors.joining());
      rows.add(new Object[] {r.code(), r.name(), lower(r.level()), r.parentCode(), r.provinceCode(), fullName});
    }
    return rows;
  }

  /** Economic subjects carry one more column, cost_kind. */
  static List<Object[]> subjects(SubjectCatalog catalog, boolean withCostKind) {
    List<Object[]> rows = new ArrayList<>();
    for (Subject s : catalog.all()) {
      rows.add(withCostKind
          ? new Object[] {s.code(), s.name(), lower(s.level()), s.parentCode(), s.costKind()}
          : new Object[] {s.code(), s.name(), lower(s.level()), s.parentCode()});
    }
    return rows;
  }

  static List<Object[]> departmentTypes() {
    List<Object[]> rows = new ArrayList<>();
    for (DepartmentType t : DepartmentTypeCatalog.load().all()) {
      rows.add(new Object[] {t.id(), t.nameZh(), String.join("|", t.patterns())});
    }
    return rows;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
