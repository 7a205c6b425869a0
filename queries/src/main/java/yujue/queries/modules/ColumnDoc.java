package yujue.queries.modules;

/**
 * One documented output column (or peers metric) of a query module, as its SQL header states it:
 * {@code --   name  [unit]  meaning}.
 */
public record ColumnDoc(String name, String unit, String meaning) {}
