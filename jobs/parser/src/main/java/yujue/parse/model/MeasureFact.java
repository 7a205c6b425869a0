package yujue.parse.model;

import java.math.BigDecimal;

/** A document-level figure about one year (the report's own, or the previous one). */
public record MeasureFact(int aboutYear, String measure, BigDecimal amount, Provenance provenance) {}
