package yujue.parse.text;

import java.util.List;

/**
 * A file's bytes as text: the text itself, the encoding it was read in, and what reading it had
 * to mend ({@link Note}s, landed as findings of the report). Line numbers of the text are those of
 * the file: a line left out is left empty, never removed.
 */
public record DecodedText(String text, String encoding, List<Note> notes) {

  public DecodedText {
    notes = List.copyOf(notes);
  }

  /** Something decoding mended: a finding with this rule id, message and 1-based line (null for the file). */
  public record Note(String ruleId, String message, Integer line) {}

  /** Rule ids of the notes. */
  public static final String BYTES_REPLACED = "TEXT_BYTES_REPLACED";
  public static final String CONTROL_CHARS = "TEXT_CONTROL_CHARS";
  public static final String TRUNCATED = "TEXT_TRUNCATED";
  public static final String LINE_DROPPED = "TEXT_LINE_DROPPED";
}
