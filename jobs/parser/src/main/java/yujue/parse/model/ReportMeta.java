package yujue.parse.model;

/** What a report is about, inferred from its text (or a manifest). Any part may be null if unknown. */
public record ReportMeta(
    String regionCode, String regionName, String departmentName, String departmentType, Integer fiscalYear,
    DocKind docKind, String metadataSource) {

  public boolean complete() {
    return regionCode != null && departmentName != null && fiscalYear != null && docKind != null;
  }
}
