package yujue.warehouse.catalog;

import java.util.Optional;

/**
 * One subject of a classification: a function subject (支出功能分类, 类/款/项) or an economic subject
 * (支出经济分类, 类/款).
 *
 * @param code 3 digits for a class, 5 for a section, 7 for an item
 * @param parentCode the enclosing subject; {@code null} for a class
 * @param costKind {@code personnel} (人员经费) or {@code public} (公用经费) for an economic subject
 *     counting toward one of them; {@code null} otherwise
 */
public record Subject(String code, String name, Level level, String parentCode, String costKind) {

  /** 类, 款, 项, told apart by the number of digits of the code. */
  public enum Level {
    CLASS(3),
    SECTION(5),
    ITEM(7);

    private final int digits;

    Level(int digits) {
      this.digits = digits;
    }

    public int digits() {
      return digits;
    }

    /** The level of a code of this length; empty for other lengths (a 6-digit code is a cut item). */
    public static Optional<Level> ofCode(String code) {
      for (Level l : values()) {
        if (code != null && code.length() == l.digits) {
          return Optional.of(l);
        }
      }
      return Optional.empty();
    }
  }
}
