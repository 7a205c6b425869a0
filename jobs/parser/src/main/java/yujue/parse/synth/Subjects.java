package yujue.parse.synth;

import java.util.Map;
import yujue.warehouse.catalog.Subject;
import yujue.warehouse.catalog.SubjectCatalog;

/**
 * Names of the function (支出功能分类) and economic (经济分类) subjects the corpus uses: the seed
 * catalog's where it has them; for a department's own 款 outside it (法院, 教育管理事务, …), the
 * national classification's name and the item suffixes of domain.md section 4 (01 行政运行, 02 一般
 * 行政管理事务, 03 机关服务, 50 事业运行, 99 其他…支出), as real reports print them.
 */
final class Subjects {

  private Subjects() {}

  /** Item suffixes of a department's own 款. */
  static final String RUN = "01";
  static final String ADMIN = "02";
  static final String SERVICE = "03";
  static final String INSTITUTION = "50";
  static final String OTHER = "99";

  private static final Map<String, String> SUFFIX_NAMES = Map.of(
      RUN, "行政运行", ADMIN, "一般行政管理事务", SERVICE, "机关服务", INSTITUTION, "事业运行");

  /** The name of a function subject: catalog, else built from its 款's name for the kinds' own 款. */
  static String function(String code, String sectionName) {
    Subject s = SubjectCatalog.function().byCode(code).orElse(null);
    if (s != null) {
      return s.name();
    }
    if (code.length() == 5) {
      return sectionName;
    }
    if (code.length() == 7) {
      String suffix = code.substring(5);
      return suffix.equals(OTHER) ? "其他" + sectionName + "支出" : SUFFIX_NAMES.get(suffix);
    }
    throw new IllegalArgumentException("no name for function subject " + code);
  }

  static String economic(String code) {
    return SubjectCatalog.economic().byCode(code).map(Subject::name)
        .orElseThrow(() -> new IllegalArgumentException("no economic subject " + code));
  }
}
