package yujue.parse.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; text that is not
 * valid UTF-8 is tried as GB18030 (a superset of GBK/GB2312), the usual legacy encoding of Chinese
 * government files. Anything else is refused with a reason.
 */
public final class TextDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  public static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    try {
      return decodeStrict(bytes, 0, StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return strict(bytes, 0, GB18030);
    }
  }

  private static String strict(byte[] bytes, int offset, Charset cs) {
    try {
      return decodeStrict(bytes, offset, cs);
    } catch (CharacterCodingException e) {
      throw new UnreadableTextException("not valid " + cs.name() + " text");
    }
  }

  private static String decodeStrict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
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

  /** The input cannot be read as text; the land job quarantines it with this message. */
  public static final class UnreadableTextException extends RuntimeException {
    public UnreadableTextException(String message) {
      super(message);
    }
  }
}
