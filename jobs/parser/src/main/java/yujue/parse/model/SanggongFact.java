package yujue.parse.model;

import java.math.BigDecimal;

/** One 三公 figure: a part, on a basis, about a year. */
public record SanggongFact(
    int aboutYear, Sanggong.Basis basis, Sanggong.Part part, BigDecimal amount, Provenance provenance) {

  /** table | narrative | derived, as the sanggong view reports it. */
  public String sourceId() {
    return provenance.origin() == Origin.DERIVED ? "derived" : provenance.source().id();
  }
}
