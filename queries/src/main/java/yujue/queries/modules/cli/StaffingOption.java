package yujue.queries.modules.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import yujue.queries.modules.Staffing;
import yujue.queries.modules.StaffingRow;

/** {@code --staffing FILE}, mixed into the modules that divide by headcount. */
final class StaffingOption {
  @Option(names = "--staffing", paramLabel = "FILE",
      description = "Staffing CSV (header region_code,department,fiscal_year,authorized,actual) giving "
          + "headcounts where a report states none.")
  Path file;

  List<StaffingRow> rows() throws IOException {
    if (file == null) return List.of();
    try {
      return Staffing.read(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException("staffing file does not exist: " + file);
    }
  }
}
