package yujue.queries.modules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import yujue.queries.Warehouse;
import yujue.queries.export.TableExport;
import yujue.queries.format.ResultWriter;
import yujue.queries.modules.Filters;
import yujue.queries.modules.ModulePages.Slice;
import yujue.queries.modules.Page;
import yujue.queries.modules.QueryModule;

/**
 * {@code yujue <module>}: runs a {@link QueryModule} with the filters every module shares.
 * Subclasses name the module and add its own options by overriding {@link #filters()}.
 */
public abstract class ModuleCommand implements Callable<Integer> {
  static final String WAREHOUSE_ENV = "YUJUE_WAREHOUSE";

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse directory (default: $" + WAREHOUSE_ENV + ").")
  Path warehouse;

  @Option(names = {"--region", "--regions"}, paramLabel = "CODES", split = ",",
      description = "GB/T 2260 region codes, comma-separated (default: every region).")
  List<String> regions = List.of();

  @Option(names = "--department-type", paramLabel = "ID",
      description = "Department type id, e.g. government_office (default: every type).")
  String departmentType;

  @Option(names = "--years", paramLabel = "YEARS", converter = YearRange.Converter.class,
      description = "Fiscal years: 2022-2024, or one year (default: every year).")
  YearRange years;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv, json, parquet, arrow or xlsx (default: table).")
  OutputFormat format;

  @Option(names = "--page", paramLabel = "N",
      description = "Only page N of the answer (1 = first): one department type and whole regions in code order,"
          + " about --page-size departments; for peers, one fiscal year. The page and how many there are go to"
          + " standard error.")
  Integer page;

  @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "" + Page.DEFAULT_SIZE,
      description = "Departments per page (default: ${DEFAULT-VALUE}; not for peers).")
  int pageSize;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE instead of standard output (required for parquet, arrow and xlsx).")
  Path out;

  protected abstract QueryModule module();

  /** The shared filters; a module with options of its own adds them. */
  protected Filters filters() throws IOException {
    return Filters.NONE.withRegions(regions).withDepartmentType(departmentType)
        .withYears(years == null ? null : years.from(), years == null ? null : years.to());
  }

  @Override
  public Integer call() throws SQLException, IOException {
    if (format.file != null && out == null) {
      throw new ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(Locale.ROOT) + " needs --out FILE");
    }
    Filters asked;
    Page p;
    try {
      asked = filters();
      module().parameters(asked); // validates the module's options before the warehouse is opened
      p = page == null ? null : new Page(page, pageSize);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try (Connection c = open(warehouseDir())) {
      Filters f = p == null ? asked : page(c, asked, p).filters();
      if (format.file != null) {
        module().prepare(c, f);
        TableExport.write(c, module().sql(), module().parameters(f), format.file, out);
      } else if (out != null) {
        try (Writer w = Files.newBufferedWriter(out, UTF_8)) {
          writeText(c, f, w);
        }
      } else {
        PrintWriter w = spec.commandLine().getOut();
        writeText(c, f, w);
        w.flush();
      }
    }
    return 0;
  }

  /** The page's slice, said on standard error (standard output is the page's rows alone). */
  private Slice page(Connection c, Filters f, Page p) throws SQLException {
    Slice slice;
    try {
      slice = module().page(c, f, p);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("page " + p.number() + " of " + slice.pages() + ": " + slice.span());
    err.flush();
    return slice;
  }

  private void writeText(Connection c, Filters f, Appendable w) throws SQLException, IOException {
    try (ResultSet rs = module().run(c, f)) {
      ResultWriter.write(rs, format.text, w);
    }
  }

  private Path warehouseDir() {
    if (warehouse != null) return warehouse;
    String fromEnv = System.getenv(WAREHOUSE_ENV);
    if (fromEnv == null || fromEnv.isBlank()) {
      throw new ParameterException(spec.commandLine(), "no warehouse given: pass --warehouse DIR or set " + WAREHOUSE_ENV);
    }
    return Path.of(fromEnv);
  }

  private Connection open(Path dir) throws SQLException {
    try {
      return Warehouse.open(dir);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Help text is a format string to picocli: a literal % must be doubled. */
  static String escape(String text) {
    return text.replace("%", "%%");
  }

  /** Takes the command's description from its module's SQL header. */
  static final class Describe implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      ModuleCommand cmd = (ModuleCommand) spec.userObject();
      String d = cmd.module().description();
      spec.usageMessage().description(escape(Character.toUpperCase(d.charAt(0)) + d.substring(1)));
      return spec;
    }
  }
}
