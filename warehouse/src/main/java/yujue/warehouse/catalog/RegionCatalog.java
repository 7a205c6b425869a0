package yujue.warehouse.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The GB/T 2260 region catalog vendored in {@code regions.csv} (see the README next to it), with
 * look-up by code and resolution of the region a department's name starts with.
 */
public final class RegionCatalog {

  private static final String RESOURCE = "/yujue/warehouse/catalog/regions.csv";

  /**
   * Pseudo-cities of the source data: they group the counties of a province-level municipality or
   * those a province administers directly. They name no real region, so they are never matched
   * against text and are left out of lineages (but remain reachable through {@link #byCode}).
   */
  private static final Set<String> PLACEHOLDER_NAMES =
      Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  private static final class Holder {
    static final RegionCatalog INSTANCE = readResource();
  }

  private final Map<String, Region> byCode;
  private final List<Region> all;
  /** Real (non-placeholder) regions by full name; several regions may share a name. */
  private final Map<String, List<Region>> byName = new HashMap<>();
  /**
   * The names of {@link #byName} by their first two chars ({@link #pairKey}), shortest first: where a
   * chain can go on from a position. Two chars rather than one leave a few names to try instead of
   * dozens (新, 南, 东 open some fifty names each); no real region's name is shorter.
   */
  private final Map<Integer, List<String>> namesByFirstPair = new HashMap<>();

  private RegionCatalog(List<Region> regions) {
    Map<String, Region> codes = new LinkedHashMap<>();
    for (Region r : regions) {
      if (codes.put(r.code(), r) != null) {
        throw new IllegalStateException("duplicate region code " + r.code());
      }
      if (!isPlaceholder(r)) {
        byName.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r);
      }
    }
    this.byCode = Collections.unmodifiableMap(codes);
    this.all = List.copyOf(regions);
    for (String n : byName.keySet()) {
      if (n.length() < 2) {
        throw new IllegalStateException("region name shorter than two chars: " + n);
      }
      namesByFirstPair.computeIfAbsent(pairKey(n, 0), c -> new ArrayList<>()).add(n);
    }
    namesByFirstPair.values().forEach(names -> names.sort(Comparator.comparingInt(String::length)));
  }

  /** The catalog read once from the classpath resource. */
  public static RegionCatalog load() {
    return Holder.INSTANCE;
  }

  public Optional<Region> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
  }

  /** Every region, in code order. */
  public List<Region> all() {
    return all;
  }

  /**
   * The region and its ancestors, outermost first, e.g. 青海省 西宁市 城中区. Placeholder
   * pseudo-cities (北京市 市辖区 东城区) are skipped: 北京市 东城区.
   */
  public List<Region> lineage(Region r) {
    List<Region> out = new ArrayList<>();
    for (Region cur = r; cur != null; cur = parent(cur)) {
      if (!isPlaceholder(cur)) {
        out.add(cur);
      }
    }
    Collections.reverse(out);
    return out;
  }

  /**
   * The most specific region a department name starts with, e.g. "海东市人民政府办公室" -> 630200
   * 海东市 (city), "西宁市城中区人民政府办公室" -> 630103 城中区, "临夏市人民政府办公室" -> 622901
   * 临夏市 (county-level city), "青海省财政厅" -> 630000.
   *
   * <p>The name may start with a chain of full region names (青海省海东市乐都区...), each one lying
   * inside the one before it; the chain that covers the most characters wins. contextText (e.g.
   * the report's full text, may be null) is used only to disambiguate a name that several regions
   * share (城中区 exists in 西宁市 and 柳州市): the candidate whose ancestors' names occur in the
   * department name is preferred, then the one whose ancestors' names occur in the context text.
   * Returns empty when nothing matches or the ambiguity cannot be settled (never guesses).
   */
  public Optional<Region> resolveDepartment(String departmentName, String contextText) {
    if (departmentName == null) {
      return Optional.empty();
    }
    String name = CatalogText.stripWhitespace(departmentName);
    ChainEnds ends = new ChainEnds();
    collectChains(name, 0, null, ends);
    List<Region> candidates = withoutSameNamedDescendants(ends.regions);
    if (candidates.size() <= 1) {
      return candidates.stream().findFirst();
    }
    String context = contextText == null ? "" : CatalogText.stripWhitespace(contextText);
    for (String text : List.of(name, context)) {
      List<Region> hits = candidates.stream().filter(c -> ancestorNamedIn(c, text)).toList();
      if (hits.size() == 1) {
        return Optional.of(hits.get(0));
      }
      if (!hits.isEmpty()) {
        candidates = hits; // still ambiguous: let the next text narrow these further
      }
    }
    return Optional.empty();
  }

  /** The regions ending the chains that cover the most characters of the text. */
  private static final class ChainEnds {
    int end;
    /**
     * In the order first offered, each once. A list: it holds a region or two, and testing those by
     * identity (each region is one object of the catalog) is cheaper than hashing a record's fields.
     */
    final List<Region> regions = new ArrayList<>();

    void offer(Region r, int chainEnd) {
      if (chainEnd > end) {
        end = chainEnd;
        regions.clear();
      }
      if (chainEnd == end && !holds(r)) {
        regions.add(r);
      }
    }

    private boolean holds(Region r) {
      for (Region o : regions) {
        if (o == r) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Depth-first over every chain of region names starting at {@code pos}: the next name must
   * belong to a region inside {@code enclosing} (any depth, so 青海省乐都区 works too), which is
   * what keeps a county from being accepted under a parent name that does not contain it.
   */
  private void collectChains(String text, int pos, Region enclosing, ChainEnds ends) {
    if (pos + 1 >= text.length()) {
      return; // no name of one char
    }
    // the names the text goes on with, shortest first: each region name at most once, no substring built
    for (String n : namesByFirstPair.getOrDefault(pairKey(text, pos), List.of())) {
      if (!text.startsWith(n, pos)) {
        continue;
      }
      int end = pos + n.length();
      for (Region r : byName.get(n)) {
        if (enclosing == null || isInside(r, enclosing)) {
          ends.offer(r, end);
          collectChains(text, end, r, ends);
        }
      }
    }
  }

  /** The two chars of {@code text} at {@code pos} as one int. */
  private static int pairKey(String text, int pos) {
    return text.charAt(pos) << 16 | text.charAt(pos + 1);
  }

  /**
   * The source data repeats some cities as their own only county under the same name (嘉峪关市
   * 620200 / 620201); a department named after it belongs to the city, so the copy is dropped.
   */
  private List<Region> withoutSameNamedDescendants(List<Region> candidates) {
    if (candidates.size() <= 1) {
      return List.copyOf(candidates); // nothing to drop (most names)
    }
    return candidates.stream()
        .filter(c -> candidates.stream()
            .noneMatch(o -> o != c && o.name().equals(c.name()) && isInside(c, o)))
        .toList();
  }

  private boolean ancestorNamedIn(Region r, String text) {
    for (Region a = parent(r); a != null; a = parent(a)) {
      if (!isPlaceholder(a) && text.contains(a.name())) {
        return true;
      }
    }
    return false;
  }

  private boolean isInside(Region r, Region enclosing) {
    for (Region a = parent(r); a != null; a = parent(a)) {
      if (a.equals(enclosing)) {
        return true;
      }
    }
    return false;
  }

  private Region parent(Region r) {
    return r.parentCode() == null ? null : byCode.get(r.parentCode());
  }

  private static boolean isPlaceholder(Region r) {
    return PLACEHOLDER_NAMES.contains(r.name());
  }

  private static RegionCatalog readResource() {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStream in = RegionCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      List<Region> regions = new ArrayList<>();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        for (CSVRecord rec : format.parse(reader)) {
          String parent = rec.get("parent_code");
          regions.add(new Region(
              rec.get("region_code"),
              rec.get("region_name"),
              Region.Level.valueOf(rec.get("level").toUpperCase(Locale.ROOT)),
              parent.isEmpty() ? null : parent,
              rec.get("province_code")));
        }
      }
      return new RegionCatalog(regions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
