package yujue.parse.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import yujue.parse.meta.MetadataInference;
import yujue.warehouse.catalog.DepartmentType;
import yujue.warehouse.catalog.DepartmentTypeCatalog;
import yujue.warehouse.catalog.Region;
import yujue.warehouse.catalog.RegionCatalog;

/**
 * Departments of the synthetic corpus: a real GB/T 2260 region (county, city or province level)
 * and a kind of department, named as such departments name themselves ("西宁市城中区人民政府办公室",
 * "临夏市财政局", "青海省教育厅"). A name is only used when the parser's own catalogs read it back
 * as that region and that department type, so the metadata of every report is knowable from its
 * text; names are unique in a corpus.
 */
final class Departments {

  /**
   * A kind of department: its type id in {@code department_types.csv}, its name below and at
   * province level, and the function section (款) of its own work.
   */
  record Kind(String type, String local, String province, String section, String sectionName, int weight) {}

  /** Section names for the 款 the seed catalog does not hold (the national classification's names). */
  static final List<Kind> KINDS = List.of(
      new Kind("government_office", "人民政府办公室", "人民政府办公厅", "20103", null, 6),
      new Kind("finance", "财政局", "财政厅", "20106", null, 5),
      new Kind("development_reform", "发展和改革局", "发展和改革委员会", "20104", null, 3),
      new Kind("statistics", "统计局", "统计局", "20105", null, 3),
      new Kind("audit", "审计局", "审计厅", "20108", null, 3),
      new Kind("market_regulation", "市场监督管理局", "市场监督管理局", "20138", null, 3),
      new Kind("people_congress", "人大常委会办公室", "人大常委会办公厅", "20101", null, 3),
      new Kind("cppcc", "政协办公室", "政协办公厅", "20102", null, 3),
      new Kind("party_committee_office", "委办公室", "委办公厅", "20131", null, 3),
      new Kind("social_work", "委社会工作部", "委社会工作部", "20132", null, 2),
      new Kind("court", "人民法院", "高级人民法院", "20405", "法院", 3),
      new Kind("procuratorate", "人民检察院", "人民检察院", "20404", "检察", 3),
      new Kind("hrss", "人力资源和社会保障局", "人力资源和社会保障厅", "20801", "人力资源和社会保障管理事务", 4),
      new Kind("education", "教育局", "教育厅", "20501", "教育管理事务", 5),
      new Kind("health", "卫生健康局", "卫生健康委员会", "21001", "卫生健康管理事务", 5),
      new Kind("civil_affairs", "民政局", "民政厅", "20802", "民政管理事务", 4),
      new Kind("public_security", "公安局", "公安厅", "20402", "公安", 4),
      new Kind("natural_resources", "自然资源局", "自然资源厅", "22001", "自然资源事务", 3),
      new Kind("ecology_environment", "生态环境局", "生态环境厅", "21101", "环境保护管理事务", 3),
      new Kind("housing_construction", "住房和城乡建设局", "住房和城乡建设厅", "21201", "城乡社区管理事务", 3),
      new Kind("transport", "交通运输局", "交通运输厅", "21401", "公路水路运输", 3),
      new Kind("agriculture", "农业农村局", "农业农村厅", "21301", "农业农村", 4),
      new Kind("water", "水利局", "水利厅", "21303", "水利", 3),
      new Kind("culture_tourism", "文化和旅游局", "文化和旅游厅", "20701", "文化和旅游", 3),
      new Kind("emergency", "应急管理局", "应急管理厅", "22401", "应急管理事务", 3),
      new Kind("veterans", "退役军人事务局", "退役军人事务厅", "20828", "退役军人管理事务", 3),
      new Kind("other", "机关事务管理局", "机关事务管理局", "20103", null, 2),
      new Kind("other", "信访局", "信访局", "20103", null, 1),
      new Kind("other", "档案馆", "档案馆", "20126", null, 1),
      new Kind("other", "商务局", "商务厅", "20113", null, 2),
      new Kind("other", "司法局", "司法厅", "20406", "司法", 2),
      new Kind("other", "科学技术局", "科学技术厅", "20601", "科学技术管理事务", 2),
      new Kind("other", "医疗保障局", "医疗保障局", "21015", "医疗保障管理事务", 2),
      new Kind("other", "林业和草原局", "林业和草原局", "21302", "林业和草原", 2),
      new Kind("other", "体育局", "体育局", "20703", "体育", 1),
      new Kind("other", "乡村振兴局", "乡村振兴局", "21305", "巩固脱贫攻坚成果衔接乡村振兴", 1),
      new Kind("other", "融媒体中心", "广播电视局", "20708", "广播电视", 1));

  private static final int TOTAL_WEIGHT = KINDS.stream().mapToInt(Kind::weight).sum();

  /** A department: where, what, and its name as its reports print it. */
  record Department(int index, Region region, Kind kind, String name) {
    String type() {
      return kind.type();
    }
  }

  private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  private final RegionCatalog catalog = RegionCatalog.load();
  private final List<Region> counties = new ArrayList<>();
  private final List<Region> cities = new ArrayList<>();
  private final List<Region> provinces = new ArrayList<>();
  private final Set<String> used = new HashSet<>();
  private final long seed;

  Departments(long seed) {
    this.seed = seed;
    for (Region r : catalog.all()) {
      if (PLACEHOLDERS.contains(r.name()) || r.code().startsWith("71") || r.code().startsWith("81")
          || r.code().startsWith("82") || r.name().matches(".*(开发区|管理区|示范区|园区|高新区).*")) {
        continue;
      }
      switch (r.level()) {
        case COUNTY -> counties.add(r);
        case CITY -> cities.add(r);
        case PROVINCE -> provinces.add(r);
      }
    }
  }

  /**
   * The department with this index: drawn from the index's own random stream, redrawn until its
   * name is new to the corpus and reads back as its region and type. Indexes must be asked for in
   * order (uniqueness depends on the earlier ones).
   */
  Department next(int index) {
    Rng rng = Rng.of(seed, 1, index);
    for (int attempt = 0; attempt < 1000; attempt++) {
      double level = rng.nextDouble();
      List<Region> pool = level < 0.72 ? counties : level < 0.95 ? cities : provinces;
      Region region = rng.pick(pool);
      Kind kind = kind(rng);
      Optional<String> name = name(region, kind, rng);
      if (name.isPresent() && used.add(name.get())) {
        return new Department(index, region, kind, name.get());
      }
    }
    throw new IllegalStateException("no new department name after 1000 attempts; the corpus is too large");
  }

  private static Kind kind(Rng rng) {
    int w = rng.nextInt(TOTAL_WEIGHT);
    for (Kind k : KINDS) {
      w -= k.weight();
      if (w < 0) {
        return k;
      }
    }
    throw new IllegalStateException();
  }

  /** The name, if one of the usual spellings reads back as this region and kind. */
  private Optional<String> name(Region region, Kind kind, Rng rng) {
    boolean province = region.level() == Region.Level.PROVINCE;
    String suffix = province ? kind.province() : kind.local();
    for (String prefix : prefixes(region, rng)) {
      String name = prefix + suffix;
      if (readsBack(name, region, kind)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Ways to write the region at the head of a name, most usual first. */
  private List<String> prefixes(Region region, Rng rng) {
    List<String> out = new ArrayList<>();
    Region parent = region.parentCode() == null ? null : catalog.byCode(region.parentCode()).orElse(null);
    boolean parentReal = parent != null && !PLACEHOLDERS.contains(parent.name());
    if (region.level() == Region.Level.COUNTY) {
      boolean district = region.name().endsWith("区");
      if (parentReal && (district || rng.chance(0.25))) {
        out.add(parent.name() + region.name());
      }
      out.add(region.name());
      if (parentReal) {
        out.add(parent.name() + region.name());
      }
      catalog.byCode(region.provinceCode()).ifPresent(p -> out.add(p.name() + region.name()));
    } else {
      out.add(region.name());
    }
    return out;
  }

  /** Whether the parser's catalogs take this name for this region and this type. */
  static boolean readsBack(String name, Region region, Kind kind) {
    if (name.length() > 40 || !name.equals(MetadataInference.clean(name))) {
      return false;
    }
    Optional<Region> r = RegionCatalog.load().resolveDepartment(name, null);
    if (r.isEmpty() || !r.get().code().equals(region.code())) {
      return false;
    }
    Optional<DepartmentType> t = DepartmentTypeCatalog.load().classify(name);
    return kind.type().equals(DepartmentTypeCatalog.OTHER) ? t.isEmpty() : t.isPresent() && t.get().id().equals(kind.type());
  }
}
