package yujue.parse.model;

import java.math.BigDecimal;

/** A narrative sentence on budget execution: 年初预算 against 决算 for one subject (or the whole). */
public record ExecutionFact(
    String subjectCode, String subjectName, BigDecimal budgetInitial, BigDecimal finalAmount, BigDecimal executionPct,
    Provenance provenance) {}
