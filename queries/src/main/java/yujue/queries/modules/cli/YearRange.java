package yujue.queries.modules.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --years 2022-2024} or {@code --years 2024}. */
record YearRange(int from, int to) {
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");

  static final class Converter implements ITypeConverter<YearRange> {
    @Override
    public YearRange convert(String value) {
      Matcher m = YEARS.matcher(value.strip());
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a year or a range like 2022-2024");
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      if (from > to) throw new TypeConversionException("'" + value + "': the first year is after the last");
      return new YearRange(from, to);
    }
  }
}
