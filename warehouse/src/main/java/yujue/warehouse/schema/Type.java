package yujue.warehouse.schema;

/**
 * A column type, engine-free. Adapters at the edge (Spark, DuckDB, docs) map it;
 * money is always {@link #AMOUNT}, never a floating type.
 */
public record Type(Kind kind, int precision, int scale) {

  public enum Kind { STRING, INT, BIGINT, BOOLEAN, TIMESTAMP, DECIMAL }

  /** Money in 万元 with two decimals; 18 digits fit Parquet's INT64 decimal encoding. */
  public static final Type AMOUNT = decimal(18, 2);
  /** Counts and percentages as printed (8.00 辆, 109.75 %). */
  public static final Type QUANTITY = decimal(12, 2);
  public static final Type STRING = new Type(Kind.STRING, 0, 0);
  public static final Type INT = new Type(Kind.INT, 0, 0);
  public static final Type BIGINT = new Type(Kind.BIGINT, 0, 0);
  public static final Type BOOLEAN = new Type(Kind.BOOLEAN, 0, 0);
  public static final Type TIMESTAMP = new Type(Kind.TIMESTAMP, 0, 0);

  public static Type decimal(int precision, int scale) {
    return new Type(Kind.DECIMAL, precision, scale);
  }

  /** SQL spelling shared by DuckDB and the docs. */
  public String sql() {
    return switch (kind) {
      case STRING -> "VARCHAR";
      case INT -> "INTEGER";
      case BIGINT -> "BIGINT";
      case BOOLEAN -> "BOOLEAN";
      case TIMESTAMP -> "TIMESTAMP";
      case DECIMAL -> "DECIMAL(" + precision + "," + scale + ")";
    };
  }
}
