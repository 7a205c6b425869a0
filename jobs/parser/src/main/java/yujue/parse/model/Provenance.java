package yujue.parse.model;

/**
 * Where a fact came from: its origin, the table (null for narrative) and the 1-based source line.
 * Every fact has one, so a researcher can go back to the printed figure.
 */
public record Provenance(Origin origin, String tableCode, int line) {

  public static Provenance reported(String tableCode, int line) {
    return new Provenance(Origin.REPORTED, tableCode, line);
  }

  public static Provenance repaired(String tableCode, int line) {
    return new Provenance(Origin.REPAIRED, tableCode, line);
  }

  public static Provenance derived(String tableCode, int line) {
    return new Provenance(Origin.DERIVED, tableCode, line);
  }

  public Source source() {
    return tableCode == null ? Source.NARRATIVE : Source.TABLE;
  }

  public Provenance withOrigin(Origin o) {
    return new Provenance(o, tableCode, line);
  }
}
