package yujue.warehouse.catalog;

/**
 * One GB/T 2260 administrative region from {@code regions.csv}.
 *
 * @param code 6-digit region code, e.g. {@code 630200}
 * @param name full official name, e.g. 海东市
 * @param level province, prefecture-level (city) or county-level
 * @param parentCode 6-digit code of the enclosing region; {@code null} for provinces
 * @param provinceCode 6-digit code of the province the region lies in (its own code for a province)
 */
public record Region(String code, String name, Level level, String parentCode, String provinceCode) {

  public enum Level { PROVINCE, CITY, COUNTY }
}
