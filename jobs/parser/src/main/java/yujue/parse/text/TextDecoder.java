package yujue.parse.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes to text, whatever arrives. A byte-order mark decides the encoding (UTF-8, UTF-16LE/BE,
 * UTF-32LE/BE). Without one, the bytes are read as UTF-8, GB18030 (a superset of GBK and GB2312,
 * the usual legacy encoding of Chinese government files) and, when their zero bytes say so, as
 * UTF-16LE/BE; the reading with the fewest invalid bytes and implausible characters wins (UTF-8 on
 * a tie). So a report in a legacy encoding reads as exactly the same text as its UTF-8 twin.
 *
 * <p>What cannot be text is refused with a reason ({@link UnreadableTextException}): empty files,
 * PDFs, images, archives and office files ({@link FileSniffer}), bytes no encoding reads (more than
 * {@value #MAX_BAD_PERCENT}% invalid), text that is only whitespace, and text whose every line is
 * longer than {@value #MAX_LINE_CHARS} characters. Damage short of that is mended and noted:
 * invalid byte sequences become U+FFFD, control characters U+FFFD, a character cut off at the end
 * of the file is dropped, CRLF and CR line ends become LF, and lines longer than
 * {@value #MAX_LINE_CHARS} characters are left out (emptied, so line numbers stay those of the
 * file). Every pass is linear in the file's size and later stages only ever see lines of bounded
 * length, so no input can make a regular expression run away.
 */
public final class TextDecoder {

  /** Lines longer than this are left out: a table row or a paragraph of a report is a few hundred characters. */
  public static final int MAX_LINE_CHARS = 10_000;
  /** Above this share of invalid bytes and implausible characters the bytes are not text in that encoding. */
  public static final int MAX_BAD_PERCENT = 2;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final char REPLACEMENT = '\uFFFD';

  private TextDecoder() {}

  /** The text of the bytes; see {@link #read}. */
  public static String decode(byte[] bytes) {
    return read(bytes).text();
  }

  /** The text of the bytes with its encoding and what was mended; throws {@link UnreadableTextException}. */
  public static DecodedText read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new UnreadableTextException("empty file: the file has no bytes");
    }
    FileSniffer.notText(bytes).ifPresent(reason -> {
      throw new UnreadableTextException(reason);
    });
    Reading best = choose(bytes);
    long chars = Math.max(1, best.chars);
    if (best.bad() * 100 > chars * MAX_BAD_PERCENT) {
      throw new UnreadableTextException(String.format(Locale.ROOT,
          "binary: not text in UTF-8, GB18030 or UTF-16 (read as %s, the closest, %d of %d characters are invalid or "
              + "control characters)", best.charset.name(), best.bad(), best.chars));
    }
    return finish(bytes, best);
  }

  /** The encoding to read the bytes in, with its counts (the text itself is built once, by {@link #finish}). */
  private static Reading choose(byte[] b) {
    if (starts(b, 0xEF, 0xBB, 0xBF)) {
      return count(b, 3, StandardCharsets.UTF_8);
    }
    if (starts(b, 0xFF, 0xFE, 0, 0)) {
      return count(b, 4, UTF_32LE);
    }
    if (starts(b, 0, 0, 0xFE, 0xFF)) {
      return count(b, 4, UTF_32BE);
    }
    if (starts(b, 0xFF, 0xFE)) {
      return count(b, 2, StandardCharsets.UTF_16LE);
    }
    if (starts(b, 0xFE, 0xFF)) {
      return count(b, 2, StandardCharsets.UTF_16BE);
    }
    Reading best = count(b, 0, StandardCharsets.UTF_8);
    if (best.bad() == 0) {
      return best;
    }
    List<Charset> others = new ArrayList<>(List.of(GB18030));
    others.addAll(utf16ByZeroBytes(b));
    for (Charset cs : others) {
      Reading r = count(b, 0, cs);
      if (r.bad() < best.bad()) {
        best = r;
      }
    }
    return best;
  }

  /**
   * UTF-16 without a byte-order mark shows itself by zero bytes on one side of each code unit
   * (every ASCII character: digits, spaces, line breaks); without that evidence short binary junk
   * would read as plausible Chinese.
   */
  private static List<Charset> utf16ByZeroBytes(byte[] b) {
    long even = 0;
    long odd = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    long units = b.length / 2;
    long enough = Math.max(1, units / 100);
    if (odd >= enough && even * 10 <= odd) {
      return List.of(StandardCharsets.UTF_16LE);
    }
    if (even >= enough && odd * 10 <= even) {
      return List.of(StandardCharsets.UTF_16BE);
    }
    return List.of();
  }

  /** How the bytes read in one encoding; {@code text} is the decoded text when it was already built, else null. */
  private record Reading(Charset charset, int offset, long chars, long errors, long implausible, boolean truncated,
      String text, boolean clean) {
    long bad() {
      return errors + implausible;
    }
  }

  /** Decodes in fixed-size chunks, counting without keeping the text. */
  private static Reading count(byte[] b, int offset, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      Reading valid = validUtf8(b, offset);
      if (valid != null) {
        return valid;
      }
    }
    Counter c = new Counter();
    boolean truncated = decode(b, offset, cs, CharBuffer.allocate(8192), c);
    return new Reading(cs, offset, c.chars, c.errors, c.implausible, truncated, null, false);
  }

  /**
   * The common case, fast: bytes that are valid UTF-8, decoded by hand in one pass that also looks
   * at each char as it comes (see {@link Scan}). A valid sequence has one reading, so the text is
   * the one the String constructor or the chunked decoder gives. Bytes holding anything but one- to
   * three-byte sequences in their shortest form (a four-byte one, an invalid byte, a cut-off end),
   * or a U+FFFD, go to {@link #validUtf8ByString}, as they did before.
   */
  private static Reading validUtf8(byte[] b, int offset) {
    char[] chars = new char[b.length - offset]; // UTF-8 never has more chars than bytes
    Scan scan = new Scan();
    int n = 0;
    for (int i = offset; i < b.length; n++) {
      int lead = b[i] & 0xFF;
      int ch;
      if (lead < 0x80) {
        ch = lead;
        i++;
      } else if (lead >= 0xC2 && lead < 0xE0 && i + 1 < b.length && continuation(b[i + 1])) {
        ch = (lead & 0x1F) << 6 | b[i + 1] & 0x3F;
        i += 2;
      } else if (lead >= 0xE0 && lead < 0xF0 && i + 2 < b.length && continuation(b[i + 1])
          && continuation(b[i + 2])) {
        ch = (lead & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
        i += 3;
        if (ch < 0x800 || ch >= 0xD800 && ch < 0xE000) {
          return validUtf8ByString(b, offset); // overlong, or a surrogate: not valid UTF-8
        }
      } else {
        return validUtf8ByString(b, offset);
      }
      chars[n] = (char) ch;
      if ((NOTEWORTHY[ch >>> 6] & 1L << ch) != 0 && !scan.look((char) ch, n)) {
        return validUtf8ByString(b, offset);
      }
    }
    return scan.reading(offset, new String(chars, 0, n));
  }

  private static boolean continuation(byte x) {
    return (x & 0xC0) == 0x80;
  }

  /**
   * What the scan of valid UTF-8 counts of the {@link #NOTEWORTHY} chars it is shown: those not
   * {@link #plausible}, and whether {@link #finish} has anything to mend (a CR, a byte-order mark,
   * a control char, a line longer than {@link #MAX_LINE_CHARS}).
   */
  private static final class Scan {
    long implausible;
    boolean mend;
    int lineStart;

    /** Looks at the noteworthy char {@code ch} at {@code index}; false for a U+FFFD. */
    boolean look(char ch, int index) {
      if (ch == REPLACEMENT) {
        return false;
      }
      if (!plausible(ch)) {
        implausible++;
      }
      if (ch == '\n') {
        mend |= index - lineStart > MAX_LINE_CHARS;
        lineStart = index + 1;
      } else if (ch == '\r' || ch == 0xFEFF || replacedControl(ch)) {
        mend = true;
      }
      return true;
    }

    Reading reading(int offset, String s) {
      mend |= s.length() - lineStart > MAX_LINE_CHARS;
      return new Reading(StandardCharsets.UTF_8, offset, s.length(), 0, implausible, false, s, !mend);
    }
  }

  /**
   * Valid UTF-8 the hand decoder leaves alone: bytes that are valid decode to the same text
   * through the String constructor as through the chunked decoder, with no error and no cut-off
   * end. Any invalid or cut-off sequence gives U+FFFD there, so a text without U+FFFD was valid;
   * one with U+FFFD (invalid bytes, or a U+FFFD written in the file) returns null and is read by
   * {@link #decode} as before.
   */
  private static Reading validUtf8ByString(byte[] b, int offset) {
    String s = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
    if (s.indexOf(REPLACEMENT) >= 0) {
      return null;
    }
    Scan scan = new Scan();
    char[] chunk = new char[Math.min(8192, s.length())]; // the chars, a chunk at a time: no charAt per char
    for (int from = 0; from < s.length(); from += chunk.length) {
      int to = Math.min(s.length(), from + chunk.length);
      s.getChars(from, to, chunk, 0);
      for (int i = from; i < to; i++) {
        char ch = chunk[i - from];
        if ((NOTEWORTHY[ch >>> 6] & 1L << ch) != 0) {
          scan.look(ch, i);
        }
      }
    }
    return scan.reading(offset, s);
  }

  /**
   * A bit per char: set for the chars the scan of valid UTF-8 must look at, those not
   * {@link #plausible}, line breaks, what {@link #finish} mends and U+FFFD. The others, the bulk of any
   * report, pass with one table look-up and no branch that depends on the script.
   */
  private static final long[] NOTEWORTHY = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (!plausible(ch) || ch == '\n' || ch == '\r' || ch == 0xFEFF || replacedControl(ch) || ch == REPLACEMENT) {
        NOTEWORTHY[c >>> 6] |= 1L << c;
      }
    }
  }

  /** Control characters {@link #finish} reads as U+FFFD. */
  private static boolean replacedControl(char ch) {
    return ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f' || ch >= 0x7F && ch < 0xA0;
  }

  private static final class Counter {
    long chars;
    long errors;
    long implausible;
    StringBuilder out; // null while only counting

    void error() {
      errors++;
      chars++;
      if (out != null) {
        out.append(REPLACEMENT);
      }
    }

    void accept(CharBuffer buf) {
      buf.flip();
      chars += buf.remaining();
      for (int i = buf.position(); i < buf.limit(); i++) {
        if (!plausible(buf.get(i))) {
          implausible++;
        }
      }
      if (out != null) {
        out.append(buf);
      }
      buf.clear();
    }
  }

  /**
   * Decodes {@code b} from {@code offset}, feeding {@code c}; an invalid sequence counts as one error
   * and one U+FFFD. Returns whether the input ends in the middle of a character (which is dropped).
   */
  private static boolean decode(byte[] b, int offset, Charset cs, CharBuffer buf, Counter c) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
    boolean truncated = false;
    while (true) {
      CoderResult r = d.decode(in, buf, true);
      if (r.isOverflow()) {
        c.accept(buf);
      } else if (r.isError()) {
        c.accept(buf);
        if (r.isMalformed() && in.position() + r.length() >= in.limit()
            && in.limit() - in.position() < d.charset().newEncoder().maxBytesPerChar() + 1) {
          truncated = true; // the last character was cut off: drop it, it is not damage inside the text
          in.position(in.limit());
        } else {
          c.error();
          in.position(in.position() + r.length());
        }
      } else {
        break;
      }
    }
    while (d.flush(buf).isOverflow()) {
      c.accept(buf);
    }
    c.accept(buf);
    return truncated;
  }

  /**
   * Characters a report text plausibly holds: ASCII and Latin, Greek and Cyrillic (both in GB2312),
   * the scripts of China's autonomous regions, punctuation and symbols, CJK of every block, and
   * full-width forms. Control characters, private-use characters and Hangul (what a wrong encoding
   * usually yields) are not.
   */
  static boolean plausible(char ch) {
    if (ch < 0x20) {
      return ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
    }
    if (ch < 0x7F) {
      return true;
    }
    if (ch < 0xA0) {
      return false; // DEL and C1 controls
    }
    if (ch >= 0x2E80 && ch < 0xA000) {
      return true; // CJK, the bulk of a report, tested first
    }
    return ch < 0x0530 // Latin, IPA, Greek, Cyrillic
        || ch >= 0x0600 && ch < 0x0700 // Arabic script (Uyghur)
        || ch >= 0x0F00 && ch < 0x1000 // Tibetan
        || ch >= 0x1800 && ch < 0x18B0 // Mongolian
        || ch >= 0x1E00 && ch < 0x1F00 // Latin extended additional (pinyin)
        || ch >= 0x2000 && ch < 0x2C00 // punctuation, symbols, arrows, math, box drawing, shapes
        || ch >= 0x2E80 && ch < 0xA000 // CJK radicals, punctuation, kana, bopomofo, enclosed, Ext A, unified
        || ch >= 0xD800 && ch < 0xE000 // surrogates: decoders only emit them paired
        || ch >= 0xF900 && ch < 0xFB00 // CJK compatibility ideographs
        || ch >= 0xFE10 && ch < 0xFE70 // vertical and compatibility forms
        || ch >= 0xFF00 && ch < 0xFFF0 // half-width and full-width forms
        || ch == 0xFEFF || ch == REPLACEMENT;
  }

  /** Builds the text in the chosen encoding and mends it: controls, byte-order marks, overlong lines. */
  private static DecodedText finish(byte[] b, Reading r) {
    if (r.clean) { // valid UTF-8 with nothing to mend: the decoded text as it is, no copy
      if (r.text.isBlank()) {
        throw new UnreadableTextException("no text: the file holds only whitespace");
      }
      return new DecodedText(r.text, r.charset.name(), List.of());
    }
    StringBuilder s;
    if (r.text != null) {
      s = new StringBuilder(r.text); // decoded already while choosing the encoding
    } else {
      Counter c = new Counter();
      c.out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, r.chars + 16));
      decode(b, r.offset, r.charset, CharBuffer.allocate(8192), c);
      s = c.out;
    }
    List<DecodedText.Note> notes = new ArrayList<>();
    int firstReplaced = -1;
    long controls = 0;
    int write = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == 0xFEFF) {
        continue; // byte-order marks inside the text (files joined together) carry nothing
      }
      if (ch == '\r') { // CRLF and old Mac CR line ends become LF: the same lines, the same numbers
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        ch = '\n';
      }
      if (replacedControl(ch)) {
        ch = REPLACEMENT;
        controls++;
      }
      if (ch == REPLACEMENT && firstReplaced < 0) {
        firstReplaced = write;
      }
      s.setCharAt(write++, ch);
    }
    s.setLength(write);
    String cs = r.charset.name();
    if (r.errors > 0) {
      notes.add(new DecodedText.Note(DecodedText.BYTES_REPLACED, String.format(Locale.ROOT,
          "%d byte sequence(s) are not valid %s; each was read as U+FFFD (�), so figures there may be missing",
          r.errors, cs), lineOf(s, firstReplaced)));
    }
    if (controls > 0) {
      notes.add(new DecodedText.Note(DecodedText.CONTROL_CHARS, String.format(Locale.ROOT,
          "%d control character(s) (such as NUL) were read as U+FFFD (�)", controls), lineOf(s, firstReplaced)));
    }
    if (r.truncated) {
      notes.add(new DecodedText.Note(DecodedText.TRUNCATED,
          "the file ends in the middle of a " + cs + " character: it was probably cut off", null));
    }
    String text = dropOverlongLines(s, notes);
    if (text.isBlank()) {
      boolean dropped = notes.stream().anyMatch(n -> n.ruleId().equals(DecodedText.LINE_DROPPED));
      throw new UnreadableTextException(dropped
          ? String.format(Locale.ROOT, "line too long: every line with text is longer than %d characters "
              + "(line 1 has %d); not a report text", MAX_LINE_CHARS, firstLineLength(s))
          : "no text: the file holds only whitespace");
    }
    return new DecodedText(text, cs, notes);
  }

  /** Empties lines longer than {@link #MAX_LINE_CHARS}, noting each; line breaks as LineReader splits them. */
  private static String dropOverlongLines(StringBuilder s, List<DecodedText.Note> notes) {
    StringBuilder out = null;
    int line = 1;
    int start = 0;
    int copied = 0;
    int n = s.length();
    for (int i = 0; i <= n; i++) {
      boolean end = i == n;
      char ch = end ? '\n' : s.charAt(i);
      if (ch != '\n' && ch != '\r') {
        continue;
      }
      int length = i - start;
      if (length > MAX_LINE_CHARS) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(s, copied, start); // everything before the line, then nothing for it
        copied = i;
        notes.add(new DecodedText.Note(DecodedText.LINE_DROPPED, String.format(Locale.ROOT,
            "line %d is %d characters long (more than %d): left out, it is not report text", line, length,
            MAX_LINE_CHARS), line));
      }
      if (!end && ch == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
        i++;
      }
      line++;
      start = i + 1;
    }
    if (out == null) {
      return s.toString();
    }
    out.append(s, copied, n);
    return out.toString();
  }

  private static int firstLineLength(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
        return i;
      }
    }
    return s.length();
  }

  /** 1-based line of character {@code index}, or null when there is none. */
  private static Integer lineOf(CharSequence s, int index) {
    if (index < 0) {
      return null;
    }
    int line = 1;
    for (int i = 0; i < index; i++) {
      char ch = s.charAt(i);
      if (ch == '\n' || ch == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The input cannot be read as a report text; the message is the quarantine reason. */
  public static final class UnreadableTextException extends RuntimeException {
    public UnreadableTextException(String message) {
      super(message);
    }
  }
}
