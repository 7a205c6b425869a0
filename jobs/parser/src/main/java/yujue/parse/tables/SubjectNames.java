package yujue.parse.tables;

import yujue.warehouse.catalog.SubjectCatalog;

/** Subject names in the form the catalog compares them in, without a copy where there is nothing to change. */
public final class SubjectNames {

  private SubjectNames() {}

  /**
   * {@link SubjectCatalog#normalizeName}: equal to it, and the name itself when it holds no
   * whitespace and no half-width parenthesis (most names, compared for every row and fact).
   */
  public static String normalized(String name) {
    if (name == null) {
      return SubjectCatalog.normalizeName(null);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // no supplementary character is whitespace, so testing chars tests the code points
      if (c == '(' || c == ')' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return SubjectCatalog.normalizeName(name);
      }
    }
    return name;
  }
}
