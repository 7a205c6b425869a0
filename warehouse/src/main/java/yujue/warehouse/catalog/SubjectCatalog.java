package yujue.warehouse.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A subject classification read from a classpath CSV: the function subjects (支出功能分类科目) or
 * the economic subjects (部门预算支出经济分类科目). Codes are the key; names help repair rows whose
 * code the PDF conversion cut (201030 for 2010301) and rows printed without a code.
 *
 * <p>The catalogs are seeds, not the national standard in full: a code missing here is still a
 * fact of the report (landed with a finding), never a reason to fail.
 */
public final class SubjectCatalog {

  private static final String DIR = "/yujue/warehouse/catalog/";

  /** A cut name must keep this many characters to be matched by prefix: shorter ones say too little. */
  private static final int MIN_PREFIX_CHARS = 4;

  private static final class Function {
    static final SubjectCatalog INSTANCE = read(DIR + "function_subjects.csv");
  }

  private static final class Economic {
    static final SubjectCatalog INSTANCE = read(DIR + "economic_subjects.csv");
  }

  private final List<Subject> all;
  private final Map<String, Subject> byCode;
  private final Map<String, List<Subject>> children;
  /** {@link #all} and {@link #children} with each name normalized, as the name look-ups go over them. */
  private final List<Named> allNamed;
  private final Map<String, List<Named>> childrenNamed;

  /** A subject and its normalized name. */
  private record Named(Subject subject, String normalizedName) {}
  /**
   * The codes of ASCII digits as {@link #digitKey}s in ascending order, and their subjects at the
   * same positions: the look-up asked for every table row searches a few contiguous ints instead
   * of hashing the code and following a hash table's scattered nodes.
   */
  private final int[] digitKeys;
  private final Subject[] byDigitKey;

  private SubjectCatalog(List<Subject> subjects) {
    Map<String, Subject> codes = new LinkedHashMap<>();
    Map<String, List<Subject>> kids = new LinkedHashMap<>();
    for (Subject s : subjects) {
      if (codes.put(s.code(), s) != null) {
        throw new IllegalStateException("duplicate subject code " + s.code());
      }
      if (s.parentCode() != null) {
        kids.computeIfAbsent(s.parentCode(), p -> new ArrayList<>()).add(s);
      }
    }
    kids.replaceAll((p, list) -> List.copyOf(list));
    this.all = List.copyOf(subjects);
    this.byCode = Collections.unmodifiableMap(codes);
    this.children = Collections.unmodifiableMap(kids);
    this.allNamed = named(all);
    Map<String, List<Named>> namedKids = new HashMap<>();
    kids.forEach((p, list) -> namedKids.put(p, named(list)));
    this.childrenNamed = namedKids;
    List<Subject> digitCoded = new ArrayList<>();
    for (Subject s : subjects) {
      if (digitKey(s.code()) >= 0) {
        digitCoded.add(s);
      }
    }
    digitCoded.sort(Comparator.comparingInt(s -> digitKey(s.code())));
    this.byDigitKey = digitCoded.toArray(new Subject[0]);
    this.digitKeys = new int[byDigitKey.length];
    for (int i = 0; i < digitKeys.length; i++) {
      digitKeys[i] = digitKey(byDigitKey[i].code());
    }
  }

  /**
   * A code of 1 to 8 ASCII digits as an int that is equal only for equal codes (its length, then
   * its digits: "301" -> 3301, "0301" -> 40301); -1 for any other text.
   */
  static int digitKey(String code) {
    int n = code.length();
    if (n == 0 || n > 8) {
      return -1;
    }
    int key = n;
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      key = key * 10 + (c - '0');
    }
    return key;
  }

  /** The subject of a stripped code, or null: by digit key when the code has one, else by the map. */
  private Subject find(String code) {
    int key = digitKey(code);
    if (key < 0) {
      return byCode.get(code); // codes of other text are never digit-keyed, so only the map can hold them
    }
    int at = Arrays.binarySearch(digitKeys, key);
    return at >= 0 ? byDigitKey[at] : null;
  }

  /** 支出功能分类科目 (类/款/项), read once. */
  public static SubjectCatalog function() {
    return Function.INSTANCE;
  }

  /** 支出经济分类科目 (类/款) with their cost kind, read once. */
  public static SubjectCatalog economic() {
    return Economic.INSTANCE;
  }

  public Optional<Subject> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(find(code.strip()));
  }

  /** Every subject in file order (each class followed by its sections and items). */
  public List<Subject> all() {
    return all;
  }

  public List<Subject> children(String parentCode) {
    return parentCode == null ? List.of() : children.getOrDefault(parentCode.strip(), List.of());
  }

  /**
   * The only subject in the whole catalog with this (normalized) name. Empty when none or several
   * share it: 其他支出 is 229, 22999 and 2299999 at once, and only the parent can tell them apart.
   */
  public Optional<Subject> byName(String name) {
    return unique(allNamed, normalizeName(name)::equals);
  }

  /**
   * The child of parentCode with this name. An exact (normalized) match first; failing that, the
   * only child whose name starts with the given one, which repairs names the converter cut
   * (其他政府办公厅（室）及相关机构事务支 -> 2010399) as long as at least 4 characters are left.
   */
  public Optional<Subject> childByName(String parentCode, String name) {
    String wanted = normalizeName(name);
    List<Named> siblings = parentCode == null ? List.of() : childrenNamed.getOrDefault(parentCode.strip(), List.of());
    Optional<Subject> exact = unique(siblings, wanted::equals);
    if (exact.isPresent() || wanted.length() < MIN_PREFIX_CHARS) {
      return exact;
    }
    return unique(siblings, s -> s.startsWith(wanted));
  }

  /**
   * The cost kind (personnel | public) an economic subject counts toward. A section without one
   * inherits its class's, and so does a section code not in the catalog, so that a new 302xx still
   * lands in 公用经费.
   */
  public Optional<String> costKind(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip();
    Optional<String> own = byCode(c).map(Subject::costKind);
    if (own.isPresent() || c.length() <= Subject.Level.CLASS.digits()) {
      return own;
    }
    return byCode(c.substring(0, Subject.Level.CLASS.digits())).map(Subject::costKind);
  }

  /**
   * The form names are compared in: whitespace (including U+3000) removed, since PDF text breaks
   * names anywhere, and half-width parentheses made full-width, as the reports print them. The
   * name itself when there is nothing to change (most names: this runs for every row and fact).
   */
  public static String normalizeName(String name) {
    if (name == null) {
      return "";
    }
    for (int i = 0; i < name.length(); i++) {
      // no supplementary character is whitespace, so testing chars tests the code points; the CJK
      // of names lies above U+3000, where no char changes, and is passed with one comparison
      char c = name.charAt(i);
      if (c <= '\u3000' && changedByNormalizing(c)) {
        return normalizedCopy(name);
      }
    }
    return name;
  }

  private static String normalizedCopy(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) { // by code point, as a loop: this runs for every row
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.appendCodePoint(c == '(' ? '（' : c == ')' ? '）' : c);
      }
    }
    return sb.toString();
  }

  /** A half-width parenthesis or whitespace: what {@link #normalizeName} removes or replaces. */
  private static boolean changedByNormalizing(char c) {
    return c == '(' || c == ')' || (mayBeSpace(c) && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  /**
   * False for chars that are neither {@link Character#isWhitespace} nor {@link Character#isSpaceChar},
   * without asking the Unicode tables: every such char is a control or space up to U+0020, U+00A0,
   * U+1680, U+2000..U+205F or U+3000, and the CJK of names lies above U+3000.
   */
  private static boolean mayBeSpace(char c) {
    return c <= ' ' || c == '\u00A0' || (c >= '\u1680' && c <= '\u3000');
  }

  /**
   * {@link #normalizeName} of a catalog subject's name. No name in the catalogs holds a space or a
   * half-width parenthesis, so this is a scan of the name that returns it as is: cheaper than
   * looking a kept copy up by code, which this once did for every table row.
   */
  public String normalizedName(Subject s) {
    return normalizeName(s.name());
  }

  /** The only subject whose normalized name passes the test; empty when none or several do. */
  private static Optional<Subject> unique(List<Named> subjects, Predicate<String> nameTest) {
    Subject hit = null;
    for (Named s : subjects) {
      if (nameTest.test(s.normalizedName())) {
        if (hit != null) {
          return Optional.empty();
        }
        hit = s.subject();
      }
    }
    return Optional.ofNullable(hit);
  }

  private static List<Named> named(List<Subject> subjects) {
    List<Named> out = new ArrayList<>(subjects.size());
    for (Subject s : subjects) {
      out.add(new Named(s, normalizeName(s.name())));
    }
    return List.copyOf(out);
  }

  private static SubjectCatalog read(String resource) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (InputStream in = SubjectCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      List<Subject> subjects = new ArrayList<>();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        for (CSVRecord rec : format.parse(reader)) {
          subjects.add(toSubject(rec, resource));
        }
      }
      return new SubjectCatalog(subjects);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static Subject toSubject(CSVRecord rec, String resource) {
    String code = rec.get("subject_code");
    Subject.Level level = Subject.Level.valueOf(rec.get("level").toUpperCase(Locale.ROOT));
    if (code.length() != level.digits() || !code.chars().allMatch(Character::isDigit)) {
      throw new IllegalStateException(
          resource + " line " + rec.getRecordNumber() + ": code " + code + " is not a " + level);
    }
    // economic_subjects.csv has cost_kind, function_subjects.csv does not
    String costKind = rec.isMapped("cost_kind") ? rec.get("cost_kind") : "";
    return new Subject(
        code, rec.get("subject_name"), level, emptyToNull(rec.get("parent_code")), emptyToNull(costKind));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
