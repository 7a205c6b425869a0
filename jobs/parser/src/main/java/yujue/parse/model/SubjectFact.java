package yujue.parse.model;

import java.math.BigDecimal;

/** One cell of a table keyed by subject code: a function (功能分类) or economic (经济分类) subject. */
public record SubjectFact(
    String tableCode, String subjectCode, String subjectName, String measure, BigDecimal amount, Provenance provenance) {}
