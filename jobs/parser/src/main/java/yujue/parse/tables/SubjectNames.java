package yujue.parse.tables;

import yujue.warehouse.catalog.SubjectCatalog;

/** Subject names in the form the catalog compares them in, without a copy where there is nothing to change. */
public final class SubjectNames {

  private SubjectNames() {}

  /** {@link SubjectCatalog#normalizeName}, which returns the name itself when it holds nothing to change. */
  public static String normalized(String name) {
    return SubjectCatalog.normalizeName(name);
  }
}
