package yujue.warehouse.schema;

/** One column of a warehouse table: name, type, whether NULL is allowed, and what it means. */
public record Column(String name, Type type, boolean nullable, String doc) {

  public static Column required(String name, Type type, String doc) {
    return new Column(name, type, false, doc);
  }

  public static Column optional(String name, Type type, String doc) {
    return new Column(name, type, true, doc);
  }
}
