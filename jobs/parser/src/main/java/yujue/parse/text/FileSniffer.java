package yujue.parse.text;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells files that are not text by their first bytes (magic numbers): PDFs, images, archives,
 * office documents, executables. Each answer is a quarantine reason an operator can act on.
 */
public final class FileSniffer {

  /** Why a PDF is not report text: it goes to the PDF reader (ReportParser.parsePdf) instead. */
  public static final String PDF = "PDF: not text; read it with the PDF reader";

  private FileSniffer() {}

  /** A PDF file: the specification lets up to 1024 bytes precede its %PDF- header. */
  public static boolean isPdf(byte[] b) {
    return indexOf(b, ascii("%PDF-"), 1024) >= 0;
  }

  /** Why the bytes are not a report text, or empty when they may be text. */
  public static Optional<String> notText(byte[] b) {
    if (isPdf(b)) {
      return Optional.of(PDF);
    }
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return image("PNG");
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return image("JPEG");
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return image("GIF");
    }
    if (starts(b, 'I', 'I', '*', 0) || starts(b, 'M', 'M', 0, '*')) {
      return image("TIFF");
    }
    if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
      return image("WebP");
    }
    if (b.length >= 26 && starts(b, 'B', 'M') && littleEndianInt(b, 2) == b.length) {
      return image("BMP");
    }
    if (b.length >= 12 && new String(b, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
      return Optional.of("image or video: an ISO media file (HEIC, AVIF, MP4); Yujue reads report texts only");
    }
    if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
      return Optional.of(zip(b));
    }
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Optional.of("office document: a Word/Excel 97-2003 file (.doc, .xls, .wps); save the report as plain text");
    }
    if (starts(b, '{', '\\', 'r', 't', 'f')) {
      return Optional.of("office document: an RTF file; save the report as plain text");
    }
    if (starts(b, 0x1F, 0x8B)) {
      return archive("gzip");
    }
    if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return archive("7z");
    }
    if (starts(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
      return archive("RAR");
    }
    if (starts(b, 0xFD, '7', 'z', 'X', 'Z', 0)) {
      return archive("xz");
    }
    if (starts(b, 'B', 'Z', 'h') && b.length >= 10 && startsAt(b, 3, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)) {
      return archive("bzip2");
    }
    if (starts(b, 0x7F, 'E', 'L', 'F')) {
      return Optional.of("binary: an executable (ELF), not a report text");
    }
    return Optional.empty();
  }

  private static Optional<String> image(String kind) {
    return Optional.of("image (" + kind + "): a picture, not a report text; Yujue does not read scans (no OCR)");
  }

  private static Optional<String> archive(String kind) {
    return Optional.of("archive (" + kind + "): unpack it and land the report texts inside");
  }

  /** ZIP, or one of the office formats built on it (their part names lie near the start). */
  private static String zip(byte[] b) {
    int head = Math.min(b.length, 64 * 1024);
    if (indexOf(b, ascii("word/"), head) >= 0) {
      return "office document: a Word file (.docx); save the report as plain text";
    }
    if (indexOf(b, ascii("xl/"), head) >= 0) {
      return "office document: an Excel file (.xlsx); save the report as plain text";
    }
    if (indexOf(b, ascii("OFD.xml"), head) >= 0) {
      return "office document: an OFD file (版式文档); export the report as plain text";
    }
    return "archive (ZIP): unpack it and land the report texts inside";
  }

  private static boolean starts(byte[] b, int... prefix) {
    return startsAt(b, 0, prefix);
  }

  private static boolean startsAt(byte[] b, int offset, int... prefix) {
    if (b.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[offset + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static long littleEndianInt(byte[] b, int at) {
    return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** First index of {@code needle} starting before {@code limit}, or -1. */
  static int indexOf(byte[] b, byte[] needle, int limit) {
    int last = Math.min(limit, b.length - needle.length);
    outer:
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
