package yujue.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bad-input corpus: what arrives in a real inbox, generated from the four samples with fixed
 * seeds (nothing big is committed). Each entry says what must become of it.
 */
final class Corpus {

  /** What must become of an input. */
  enum Outcome { LANDED, ALREADY_LANDED, QUARANTINED }

  /**
   * One input: file name, kind (for the count by kind), expected outcome; for a quarantined input
   * the start of its reason; for a landed one the sample whose facts it must land exactly as
   * ({@code twin}, null when damage changes them) and finding ids it must carry.
   */
  record Entry(String name, String kind, Outcome outcome, String reason, String twin, boolean sameFindings,
      List<String> findings) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, Writer> writers = new LinkedHashMap<>();

  @FunctionalInterface
  interface Writer {
    void write(Path file) throws IOException, InterruptedException;
  }

  static final List<String> TRUNCATION_FINDINGS =
      List.of(DecodedTextIds.TRUNCATED, ReportChecks.TABLES_MISSING, ReportChecks.TEXT_ENDS_IN_TABLE);

  /** Finding ids of the text decoder, spelled here so the test reads plainly. */
  static final class DecodedTextIds {
    static final String TRUNCATED = yujue.parse.text.DecodedText.TRUNCATED;
    static final String BYTES_REPLACED = yujue.parse.text.DecodedText.BYTES_REPLACED;
    static final String LINE_DROPPED = yujue.parse.text.DecodedText.LINE_DROPPED;
  }

  static Corpus build() {
    Corpus c = new Corpus();
    Map<String, byte[]> samples = new LinkedHashMap<>();
    for (String s : Warehouses.SAMPLE_NAMES) {
      samples.put(s, read(Warehouses.SAMPLES.resolve(s)));
    }
    samples.forEach((name, b) -> c.landed(short_(name) + ".txt", "sample", name, true, List.of(), b));

    // the same text in every encoding a report arrives in: the same facts and findings
    for (Map.Entry<String, byte[]> s : samples.entrySet()) {
      String text = new String(s.getValue(), StandardCharsets.UTF_8);
      String n = short_(s.getKey());
      c.landed(n + ".gb18030.txt", "transcoding", s.getKey(), true, List.of(), text.getBytes(Charset.forName("GB18030")));
      c.landed(n + ".utf16le.txt", "transcoding", s.getKey(), true, List.of(), text.getBytes(StandardCharsets.UTF_16LE));
      c.landed(n + ".utf16be.txt", "transcoding", s.getKey(), true, List.of(), text.getBytes(StandardCharsets.UTF_16BE));
      c.landed(n + ".utf16le-bom.txt", "transcoding", s.getKey(), true, List.of(),
          concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
      c.landed(n + ".utf16be-bom.txt", "transcoding", s.getKey(), true, List.of(), text.getBytes(StandardCharsets.UTF_16));
      c.landed(n + ".utf8-bom-crlf.txt", "transcoding", s.getKey(), true, List.of(),
          concat(bom(), text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
      // GBK: for text GBK can encode, the very bytes of GB18030 (its superset), so already landed
      Charset gbk = Charset.forName("GBK");
      if (gbk.newEncoder().canEncode(text)) {
        byte[] b = text.getBytes(gbk);
        c.add(new Entry(n + ".gbk.txt", "transcoding", Outcome.ALREADY_LANDED, null, null, false, null),
            f -> Files.write(f, b));
      }
    }
    String haidong = new String(samples.get(Warehouses.HAIDONG_FINAL), StandardCharsets.UTF_8);
    c.landed("haidong-final.cr-only.txt", "transcoding", Warehouses.HAIDONG_FINAL, true, List.of(),
        haidong.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));

    // cut off at many places, mostly in the middle of a character
    for (Map.Entry<String, byte[]> s : samples.entrySet()) {
      for (double at : new double[] {0.15, 0.35, 0.55, 0.75}) {
        byte[] b = Arrays.copyOf(s.getValue(), (int) (s.getValue().length * at) + 1);
        String name = short_(s.getKey()) + ".cut" + Math.round(at * 100) + ".txt";
        if (name.equals("budget-haidong.cut15.txt")) { // cut before the budget names its department and year
          c.quarantined(name, "truncation", "incomplete metadata", b);
        } else {
          c.landed(name, "truncation", null, false, null, b);
        }
      }
    }
    // cut off in the middle of table 03: the text ends inside a table and tables 04-09 are missing
    int inF03 = nthLineStart(haidong, lineOf(haidong, "\n支出决算表\n") + 1 + 12);
    c.landed("haidong-final.cut-in-table.txt", "truncation", null, false,
        List.of(ReportChecks.TEXT_ENDS_IN_TABLE, ReportChecks.TABLES_MISSING),
        haidong.substring(0, inF03).getBytes(StandardCharsets.UTF_8));

    // two reports in one file
    c.quarantined("two-haidong-linxia.txt", "concatenation", "two reports:",
        concat(samples.get(Warehouses.HAIDONG_FINAL), samples.get(Warehouses.LINXIA_FINAL)));
    c.quarantined("two-budget-final.txt", "concatenation", "two reports:",
        concat(samples.get(Warehouses.HAIDONG_BUDGET), samples.get(Warehouses.HAIDONG_FINAL)));
    c.quarantined("two-xining-twice.txt", "concatenation", "two reports:",
        concat(samples.get(Warehouses.XINING_FINAL), samples.get(Warehouses.XINING_FINAL)));
    c.quarantined("two-with-boms.txt", "concatenation", "two reports:",
        concat(concat(bom(), samples.get(Warehouses.HAIDONG_FINAL)), concat(bom(), samples.get(Warehouses.LINXIA_FINAL))));

    // garbled numbers
    String income = "本年收入合计\t27\t2,678.82";
    c.landed("garbled-digit.txt", "garbled number", null, false, List.of("F01_INCOME_SIDE"),
        haidong.replace(income, "本年收入合计\t27\t2,688.82").getBytes(StandardCharsets.UTF_8));
    c.landed("garbled-letter.txt", "garbled number", null, false, List.of(),
        haidong.replace(income, "本年收入合计\t27\t2,6l8.82").getBytes(StandardCharsets.UTF_8));
    c.landed("garbled-comma.txt", "garbled number", null, false, List.of(),
        haidong.replace(income, "本年收入合计\t27\t2,678,82").getBytes(StandardCharsets.UTF_8));
    c.landed("garbled-huge.txt", "garbled number", null, false, List.of(ReportChecks.VALUE_OUT_OF_RANGE),
        haidong.replace(income, "本年收入合计\t27\t26789999999999999999999.82").getBytes(StandardCharsets.UTF_8));
    byte[] invalid = samples.get(Warehouses.HAIDONG_FINAL).clone();
    invalid[indexOf(invalid, "2,678.82".getBytes(StandardCharsets.UTF_8)) + 2] = (byte) 0xFF;
    c.landed("garbled-invalid-byte.txt", "garbled number", null, false, List.of(DecodedTextIds.BYTES_REPLACED), invalid);
    for (int seed = 1; seed <= 4; seed++) {
      String sample = Warehouses.SAMPLE_NAMES.get(seed - 1);
      c.landed(short_(sample) + ".flips" + seed + ".txt", "garbled number", null, false, null,
          flipDigits(samples.get(sample), seed, 5));
    }

    // binary junk
    for (int seed = 1; seed <= 3; seed++) {
      byte[] junk = new byte[new int[] {1024, 65536, 1 << 20}[seed - 1]];
      new Random(seed).nextBytes(junk);
      c.quarantined("junk-" + seed + ".txt", "binary junk", "binary:", junk);
    }
    byte[] tail = new byte[10_000];
    new Random(4).nextBytes(tail);
    c.quarantined("junk-after-text.txt", "binary junk", "binary:",
        concat(Arrays.copyOf(samples.get(Warehouses.XINING_FINAL), 300), tail));
    c.quarantined("zeros.txt", "binary junk", "binary:", new byte[4096]);

    // not text at all, told by magic bytes
    byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    c.quarantined("scan.pdf", "broken PDF", "broken PDF: Page tree root must be a dictionary", pdf);
    c.quarantined("scan-with-junk-before.pdf", "broken PDF", "broken PDF: Page tree root must be a dictionary",
        concat(new byte[200], pdf));
    c.quarantined("page.png", "not text (magic bytes)", "image (PNG)",
        concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, seeded(5, 500)));
    c.quarantined("page.jpg", "not text (magic bytes)", "image (JPEG)",
        concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, seeded(6, 500)));
    c.quarantined("page.gif", "not text (magic bytes)", "image (GIF)",
        concat("GIF89a".getBytes(StandardCharsets.US_ASCII), seeded(7, 300)));
    c.quarantined("reports.zip", "not text (magic bytes)", "archive (ZIP)",
        zip("report.txt", samples.get(Warehouses.HAIDONG_FINAL)));
    c.quarantined("report.docx", "not text (magic bytes)", "office document: a Word file",
        zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
    c.quarantined("report.txt.gz", "not text (magic bytes)", "archive (gzip)", gzip(samples.get(Warehouses.LINXIA_FINAL)));
    c.quarantined("report.doc", "not text (magic bytes)", "office document: a Word/Excel 97-2003",
        concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
            seeded(8, 2000)));
    c.quarantined("a.out", "not text (magic bytes)", "binary: an executable",
        concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, seeded(9, 1000)));

    // nothing in it
    c.quarantined("empty.txt", "empty", "empty file", new byte[0]);
    c.quarantined("blank.txt", "empty", "no text", " \r\n\t\n\u3000\n".getBytes(StandardCharsets.UTF_8));
    c.quarantined("bom-only.txt", "empty", "no text", bom());

    // a line of tens of megabytes: refused in bounded time; a long line inside a report: left out
    c.add(new Entry("one-line-24mb.txt", "long line", Outcome.QUARANTINED, "line too long", null, false, null),
        f -> writeRepeated(f, "<td>1,234.56 部门决算 ".getBytes(StandardCharsets.UTF_8), 24 << 20));
    int line2 = haidong.indexOf('\n') + 1;
    c.landed("haidong-final.long-line.txt", "long line", Warehouses.HAIDONG_FINAL, false, List.of(DecodedTextIds.LINE_DROPPED),
        (haidong.substring(0, line2) + "<".repeat(2_000_000) + haidong.substring(haidong.indexOf('\n', line2)))
            .getBytes(StandardCharsets.UTF_8));

    // files that cannot be read
    c.add(new Entry("unreadable-device.txt", "unreadable", Outcome.QUARANTINED, "cannot read:", null, false, null),
        f -> Files.createSymbolicLink(f, Path.of("/proc/self/mem"))); // reading it fails with EIO, even for root
    c.add(new Entry("dangling-link.txt", "unreadable", Outcome.QUARANTINED,
        "not a regular file: a symbolic link to nothing", null, false, null),
        f -> Files.createSymbolicLink(f, f.resolveSibling("no-such-file.txt")));
    if (Files.isExecutable(Path.of("/usr/bin/mkfifo"))) {
      c.add(new Entry("pipe.txt", "unreadable", Outcome.QUARANTINED, "not a regular file: a named pipe", null, false, null),
          f -> {
            Process p = new ProcessBuilder("/usr/bin/mkfifo", f.toString()).start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
              throw new IOException("mkfifo failed");
            }
          });
    }
    if (!"root".equals(System.getProperty("user.name"))) { // root reads anything
      c.add(new Entry("no-permission.txt", "unreadable", Outcome.QUARANTINED, "cannot read: permission denied", null,
          false, null), f -> {
            Files.write(f, samples.get(Warehouses.HAIDONG_FINAL));
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
          });
    }
    c.add(new Entry("huge.txt", "too large", Outcome.QUARANTINED, "too large:", null, false, null), f -> {
      try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
        r.setLength(65L << 20); // sparse: takes no disk
      }
    });

    // text, but not a report the text says enough about
    c.quarantined("note.txt", "no metadata", "incomplete metadata",
        "关于报送部门决算的说明\n\n请各单位按时报送。\n".getBytes(StandardCharsets.UTF_8));
    c.quarantined("numbers.txt", "no metadata", "incomplete metadata",
        "1\t2\t3\n4.00\t5.00\t6.00\n".getBytes(StandardCharsets.UTF_8));

    // copies: of a report (landed once), of a PDF (quarantined like it)
    c.add(new Entry("haidong-final.copy.txt", "duplicate", Outcome.ALREADY_LANDED, null, null, false, null),
        f -> Files.write(f, samples.get(Warehouses.HAIDONG_FINAL)));
    c.quarantined("copy-of-scan.pdf", "duplicate", "broken PDF: Page tree root must be a dictionary", pdf);
    return c;
  }

  Map<String, Entry> entries() {
    return entries;
  }

  /** Writes every input into {@code dir}. */
  void write(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    for (Map.Entry<String, Writer> w : writers.entrySet()) {
      w.getValue().write(dir.resolve(w.getKey()));
    }
  }

  private void landed(String name, String kind, String twin, boolean sameFindings, List<String> findings, byte[] b) {
    add(new Entry(name, kind, Outcome.LANDED, null, twin, sameFindings, findings), f -> Files.write(f, b));
  }

  private void quarantined(String name, String kind, String reason, byte[] b) {
    add(new Entry(name, kind, Outcome.QUARANTINED, reason, null, false, null), f -> Files.write(f, b));
  }

  private void add(Entry e, Writer w) {
    if (entries.put(e.name(), e) != null) {
      throw new IllegalStateException("two corpus entries named " + e.name());
    }
    writers.put(e.name(), w);
  }

  static String short_(String sample) {
    return sample.replace("-government-office.txt", "").replaceFirst("^\\d{4}-", "")
        .replace("xining-chengzhong", "xining");
  }

  /** Flips {@code n} digits of table lines (lines with a tab or a |) to other digits, at seeded places. */
  private static byte[] flipDigits(byte[] b, long seed, int n) {
    String text = new String(b, StandardCharsets.UTF_8);
    List<Integer> places = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        lineStart = i + 1;
      } else if (ch >= '0' && ch <= '9' && i + 1 < text.length() && text.charAt(i + 1) == '.') {
        String line = text.substring(lineStart, Math.max(lineStart, text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i)));
        if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.matches(".*\\d\\.\\d\\d.*\\d\\.\\d\\d.*")) {
          places.add(i);
        }
      }
    }
    Random r = new Random(seed);
    char[] chars = text.toCharArray();
    for (int k = 0; k < n && !places.isEmpty(); k++) {
      int at = places.remove(r.nextInt(places.size()));
      chars[at] = (char) ('0' + (chars[at] - '0' + 1 + r.nextInt(8)) % 10);
    }
    return new String(chars).getBytes(StandardCharsets.UTF_8);
  }

  private static void writeRepeated(Path f, byte[] unit, int size) throws IOException {
    byte[] block = new byte[unit.length * 4096];
    for (int i = 0; i < 4096; i++) {
      System.arraycopy(unit, 0, block, i * unit.length, unit.length);
    }
    try (var out = Files.newOutputStream(f)) {
      for (int written = 0; written < size; written += block.length) {
        out.write(block);
      }
    }
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int nthLineStart(String text, int line) {
    int at = 0;
    for (int l = 1; l < line; l++) {
      at = text.indexOf('\n', at) + 1;
    }
    return at;
  }

  private static int indexOf(byte[] b, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= b.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("not found");
  }

  private static byte[] seeded(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] bom() {
    return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(b);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(String entry, byte[] b) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        z.putNextEntry(new ZipEntry(entry));
        z.write(b);
        z.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
