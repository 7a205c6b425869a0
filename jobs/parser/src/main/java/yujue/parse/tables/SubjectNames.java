package yujue.parse.tables;

import yujue.warehouse.catalog.SubjectCatalog;

/** Subject names in the form the catalog compares them in, without a copy where there is nothing to change. */
public final class SubjectNames {

  private SubjectNames() {}

  /** {@link SubjectCatalog#normalizeName}, which returns the name itself when it holds nothing to change. */
  public static String normalized(String name) {
    return SubjectCatalog.normalizeName(name);
  }

  /**
   * Whether two names are the same once normalized. Most printed names are the catalog's to the
   * char, which settles it without scanning both for something to normalize.
   */
  static boolean same(String a, String b) {
    return a.equals(b) || normalized(a).equals(normalized(b));
  }

  /**
   * Whether {@code name} opens with {@code prefix} once both are normalized. Normalizing maps each
   * char on its own (dropped or replaced), so a prefix as printed is a prefix once normalized too:
   * the plain test settles most names.
   */
  static boolean startsWith(String name, String prefix) {
    return name.startsWith(prefix) || normalized(name).startsWith(normalized(prefix));
  }
}
