package yujue.parse.render;

/**
 * Kinds of conversion damage the renderer can put into a report, each one seen in the corpus
 * (domain.md section 6). Dropped empty cells are not a flag: they are what the flowing family is.
 * The renderer puts damage only where a careful reader could still mend it from the report itself.
 */
public enum Damage {
  /** A number split in two, "27.1⇥1" (tab) or "2,678.8 2" (flowing), once or twice per report (section 6). */
  SPLIT_NUMBER,
  /** 7-digit function codes cut to 6 in tables 02/03 ("201030 行政运行"), economic codes cut to the class in 06 ("301 基本工资"). */
  TRUNCATED_CODE,
  /** A long subject name wrapped onto the next line, the rest of the row following it (section 6). */
  WRAPPED_NAME,
  /** A subject name with its last character(s) cut ("…相关机构事务支", section 6). */
  CUT_NAME,
  /** A long table printed over two pages with its header repeated on the second (section 6, markdown family). */
  REPEATED_HEADER,
  /** Page numbers "- 7 -" on lines of their own between pages (section 6, flowing family). */
  PAGE_NUMBERS,
  /** A stray repeated character in the title's department name, "人力资源和社会保障 障局" (section 6). */
  OCR_NOISE,
  /** No title line: department and year only in "部门：… 2024 年度" table headers (section 6, as 临夏). */
  MISSING_TITLE
}
