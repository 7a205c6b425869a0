package yujue.parse.model;

/** Where in a report a figure was read: a public table or the narrative (情况说明). */
public enum Source {
  TABLE, NARRATIVE;

  public String id() {
    return name().toLowerCase();
  }
}
