package yujue.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yujue.parse.ReportParser;
import yujue.parse.model.Finding;
import yujue.parse.model.ParsedReport;

/** Bytes to text: every encoding a report arrives in reads as the same text, and nothing else passes for text. */
class TextDecoderTest {

  static final List<String> SAMPLES = List.of(
      "2024-final-haidong-government-office.txt", "2024-final-xining-chengzhong-government-office.txt",
      "2024-final-linxia-government-office.txt", "2023-budget-haidong-government-office.txt");

  static List<String> samples() {
    return SAMPLES;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void legacyEncodingsReadAsTheSameTextAndTheSameFacts(String name) {
    byte[] utf8 = sample(name);
    String text = new String(utf8, StandardCharsets.UTF_8);
    ParsedReport twin = parse(name, utf8);
    assertEquals("UTF-8", TextDecoder.read(utf8).encoding());
    for (Charset cs : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
        StandardCharsets.UTF_16)) {
      byte[] b = text.getBytes(cs);
      DecodedText d = TextDecoder.read(b);
      assertEquals(text, d.text(), cs + " of " + name);
      assertEquals(List.of(), d.notes(), cs + " of " + name);
      assertSameFacts(twin, parse(name, b), cs.name());
    }
    // UTF-8 with a byte-order mark and CRLF line ends: the same lines, so the same facts at the same line numbers
    byte[] bomCrlf = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    assertSameFacts(twin, parse(name, bomCrlf), "UTF-8 BOM CRLF");
  }

  @Test
  void gbkIsReadAsGb18030() {
    String name = SAMPLES.get(0);
    String text = new String(sample(name), StandardCharsets.UTF_8);
    Charset gbk = Charset.forName("GBK");
    // GBK cannot encode every character of every report; this one it can
    assertTrue(gbk.newEncoder().canEncode(text));
    assertEquals(text, TextDecoder.read(text.getBytes(gbk)).text());
  }

  @Test
  void notTextIsRefusedWithAPlainReason() throws IOException {
    assertReason("empty file", new byte[0]);
    assertReason("no text", " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII));
    assertReason("no text", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertEquals(FileSniffer.PDF, reason("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
    assertReason("image (PNG)", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
    assertReason("image (JPEG)", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'});
    assertReason("archive (gzip)", gzip(sample(SAMPLES.get(0))));
    assertReason("archive (ZIP)", zip("report.txt", sample(SAMPLES.get(0))));
    assertReason("office document: a Word file", zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
    assertReason("office document: a Word/Excel 97-2003",
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0});
    for (long seed = 1; seed <= 5; seed++) {
      byte[] junk = new byte[(int) (1000 * seed * seed)];
      new Random(seed).nextBytes(junk);
      assertReason("binary", junk);
    }
    assertReason("binary", new byte[4096]); // NUL bytes
    assertReason("binary", new byte[] {'a', 'b', (byte) 0xFF, (byte) 0x80});
  }

  @Test
  void damageIsMendedAndNoted() {
    String name = SAMPLES.get(0);
    byte[] b = sample(name);
    // a file cut in the middle of a character (UTF-8 Chinese takes 3 bytes) is not taken for GB18030
    int cut = b.length / 2;
    while ((b[cut] & 0xC0) != 0x80) {
      cut++;
    }
    DecodedText truncated = TextDecoder.read(Arrays.copyOf(b, cut));
    assertEquals("UTF-8", truncated.encoding());
    assertEquals(List.of(DecodedText.TRUNCATED), truncated.notes().stream().map(DecodedText.Note::ruleId).toList());
    // a byte flipped into an invalid one: the rest still reads as UTF-8
    byte[] flipped = b.clone();
    flipped[1000] = (byte) 0xFF;
    DecodedText d = TextDecoder.read(flipped);
    assertEquals("UTF-8", d.encoding());
    assertEquals(DecodedText.BYTES_REPLACED, d.notes().get(0).ruleId());
    assertTrue(d.text().indexOf('\uFFFD') >= 0);
    ParsedReport r = parse(name, flipped);
    assertTrue(r.findings().stream().map(Finding::ruleId).anyMatch(DecodedText.BYTES_REPLACED::equals));
    assertEquals(parse(name, b).meta(), r.meta());
  }

  /**
   * Valid UTF-8 of one to three bytes a char is decoded by hand: the text the String constructor
   * gives, with the same notes; four-byte chars, overlong forms, encoded surrogates and U+FFFD are
   * left to the constructor and the chunked decoder, and read as before.
   */
  @Test
  void utf8IsReadAsTheStringConstructorReadsIt() {
    List<String> texts = List.of("合计\t2,678.82\n×é ÿ Ω ¥\n", "\uFEFF一\r\n二\n", "收入\u0001支出\n", "ａ\uFFEF\n",
        "\uD83D\uDE00 表情\n", "支出\uFFFD\n", "\u3000　\u0085 x\n", "한국어 텍스트\n");
    String tail = "一般公共预算财政拨款收入 12.00\n".repeat(40); // enough good text for the damage to be mended
    for (String text : texts) {
      String t = text + tail;
      byte[] b = t.getBytes(StandardCharsets.UTF_8);
      DecodedText d = TextDecoder.read(b);
      assertEquals("UTF-8", d.encoding(), t);
      String expected = new String(b, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\uFEFF", "")
          .replace('\u0001', '\uFFFD').replace('\u0085', '\uFFFD');
      assertEquals(expected, d.text(), t);
    }
    assertEquals(List.of(DecodedText.CONTROL_CHARS),
        TextDecoder.read(("收入\u0001支出\n" + tail).getBytes(StandardCharsets.UTF_8)).notes().stream()
            .map(DecodedText.Note::ruleId).toList());
    for (byte[] invalid : List.of(new byte[] {'a', (byte) 0xC0, (byte) 0x80, 'b'},
        new byte[] {'a', (byte) 0xE0, (byte) 0x80, (byte) 0x80, 'b'}, new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'},
        new byte[] {'a', 'b', 'c', (byte) 0xE4, (byte) 0xB8})) {
      byte[] good = tail.getBytes(StandardCharsets.UTF_8);
      byte[] b = Arrays.copyOf(good, good.length + invalid.length);
      System.arraycopy(invalid, 0, b, good.length, invalid.length);
      DecodedText d = TextDecoder.read(b);
      assertEquals("UTF-8", d.encoding(), Arrays.toString(invalid));
      assertFalse(d.notes().isEmpty(), Arrays.toString(invalid));
    }
  }

  /** Random valid text over every char width the hand decoder reads, checked against the JDK's decoder. */
  @Test
  void randomValidUtf8IsReadAsTheStringConstructorReadsIt() {
    Random random = new Random(20261122);
    for (int round = 0; round < 300; round++) {
      StringBuilder t = new StringBuilder();
      for (int i = 0, n = 500 + random.nextInt(1500); i < n; i++) {
        int kind = random.nextInt(200); // mostly CJK, as a report: many odd chars would read as binary
        int cp = kind < 140 ? 0x4E00 + random.nextInt(0x5200)
            : kind < 170 ? 0x20 + random.nextInt(0x5F) // printable ASCII
            : kind < 180 ? 0xA0 + random.nextInt(0x530 - 0xA0) // two bytes: Latin, Greek, Cyrillic
            : kind == 180 ? 0x800 + random.nextInt(0xF000 - 0x800) // any three bytes (surrogates skipped below)
            : kind < 185 && round % 4 == 0 ? 0x10000 + random.nextInt(0x1000) // four bytes: the whole text
                                                                          // is left to the String constructor
            : '\n';
        if (cp >= 0xD800 && cp < 0xE000 || cp == 0xFEFF || cp == 0xFFFD || cp == 0x85) {
          continue;
        }
        t.appendCodePoint(cp);
      }
      byte[] b = t.toString().getBytes(StandardCharsets.UTF_8);
      assertEquals(new String(b, StandardCharsets.UTF_8), TextDecoder.read(b).text(), "round " + round);
    }
  }

  @Test
  void aLineOfTensOfMegabytesIsRefusedInBoundedTime() {
    byte[] line = new byte[24 * 1024 * 1024];
    byte[] unit = "<td 1234.56 二〇二四年部门决算".getBytes(StandardCharsets.UTF_8); // '<' never closed: worst case for tag patterns
    for (int i = 0; i < line.length; i++) {
      line[i] = unit[i % unit.length];
    }
    int end = line.length - line.length % unit.length;
    byte[] oneLine = Arrays.copyOf(line, end);
    TextDecoder.UnreadableTextException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(TextDecoder.UnreadableTextException.class, () -> ReportParser.parse(SourceDocument.of("x", oneLine))));
    assertTrue(e.getMessage().startsWith("line too long"), e.getMessage());
  }

  @Test
  void aLongLineInsideAReportIsLeftOutAndTheReportStillParses() {
    String name = SAMPLES.get(0);
    String text = new String(sample(name), StandardCharsets.UTF_8);
    String junk = "<".repeat(3_000_000);
    int firstBreak = text.indexOf('\n');
    // replaces line 2 (blank in the sample), so every other line keeps its number
    String damaged = text.substring(0, firstBreak + 1) + junk + text.substring(text.indexOf('\n', firstBreak + 1));
    ParsedReport twin = parse(name, sample(name));
    ParsedReport r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> parse(name, damaged.getBytes(StandardCharsets.UTF_8)));
    Finding dropped = r.findings().get(0);
    assertEquals(DecodedText.LINE_DROPPED, dropped.ruleId());
    assertEquals(2, dropped.line());
    assertEquals(twin.measures(), r.measures());
    assertEquals(twin.functionFacts(), r.functionFacts());
  }

  @Test
  void sha256OfAFileIsThatOfItsBytes() throws IOException {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("yujue", ".txt");
    try {
      byte[] b = sample(SAMPLES.get(1));
      java.nio.file.Files.write(f, b);
      assertEquals(SourceDocument.of("x", b).sha256(), SourceDocument.sha256(f));
    } finally {
      java.nio.file.Files.delete(f);
    }
  }

  static void assertSameFacts(ParsedReport expected, ParsedReport actual, String what) {
    assertEquals(expected.meta(), actual.meta(), what);
    assertEquals(expected.family(), actual.family(), what);
    assertEquals(expected.measures(), actual.measures(), what);
    assertEquals(expected.functionFacts(), actual.functionFacts(), what);
    assertEquals(expected.economicFacts(), actual.economicFacts(), what);
    assertEquals(expected.sanggong(), actual.sanggong(), what);
    assertEquals(expected.executions(), actual.executions(), what);
    assertEquals(expected.evaluations(), actual.evaluations(), what);
    assertEquals(expected.findings(), actual.findings(), what);
    assertFalse(expected.measures().isEmpty());
  }

  private static void assertReason(String prefix, byte[] b) {
    String r = reason(b);
    assertTrue(r.startsWith(prefix), "expected a reason starting with '" + prefix + "' but got: " + r);
  }

  private static String reason(byte[] b) {
    return assertThrows(TextDecoder.UnreadableTextException.class, () -> TextDecoder.read(b)).getMessage();
  }

  private static ParsedReport parse(String name, byte[] b) {
    return ReportParser.parse(SourceDocument.of(name, b));
  }

  static byte[] sample(String name) {
    try (InputStream in = TextDecoderTest.class.getResourceAsStream("/samples/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] zip(String entry, byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(b);
      z.closeEntry();
    }
    return out.toByteArray();
  }
}
