package yujue.queries.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import yujue.queries.RefusedStatementException;
import yujue.queries.format.Cells;
import yujue.queries.format.ResultFormat;
import yujue.queries.format.ResultWriter;

/**
 * {@code yujue sql} without a statement: an interactive SQL shell over the warehouse views.
 * Statements run through {@link SqlRunner} (read-only, confined, time-limited) and may span lines
 * until {@code ;}; Ctrl-C cancels the statement running (or drops the one being typed), Ctrl-D
 * leaves. History persists in a file. Dot commands describe the views from {@link ViewDocs}.
 */
public final class Shell {

  static final String PROMPT = "yujue> ";
  static final String CONTINUATION = "  ...> ";

  private static final String HELP = """
      Statements: one read-only statement at a time (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW,
        SUMMARIZE, EXPLAIN, PRAGMA table_info), ending in ';' and spanning lines as needed.
        Files can be read only inside the warehouse; a statement over the time limit is stopped.
      .tables             every view with what it is
      .schema [VIEW]      every column of VIEW (or of every view) with its type and meaning
      .format [table|csv|json]
                          how results print (without an argument: the current one)
      .help               this text
      .quit               leave (so does Ctrl-D); Ctrl-C cancels the running statement
      """;

  private final Connection connection;
  private final SqlRunner runner;
  private final Terminal terminal;
  private final Path history;
  private final String warehouse;
  private final boolean interactive;
  private final ViewDocs docs = ViewDocs.load();
  private ResultFormat format;

  /**
   * @param connection a connection from {@code Warehouse.open}; the caller closes it
   * @param runner runs statements on that connection
   * @param history the history file, created readable by this user only if missing
   * @param warehouse how the banner names the warehouse
   * @param interactive whether someone types at a terminal; if not (a script piped in), no banner
   *     and no prompts, only results
   */
  public Shell(Connection connection, SqlRunner runner, Terminal terminal, Path history,
      ResultFormat format, String warehouse, boolean interactive) {
    this.connection = connection;
    this.runner = runner;
    this.terminal = terminal;
    this.history = history;
    this.format = format;
    this.warehouse = warehouse;
    this.interactive = interactive;
  }

  /** Reads and runs until .quit or end of input; returns the exit code. */
  public int run() {
    createPrivately(history);
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("yujue")
        .parser(new StatementParser())
        .variable(LineReader.HISTORY_FILE, history)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, interactive ? CONTINUATION : "")
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is SQL, not history
        .build();
    PrintWriter out = terminal.writer();
    if (interactive) {
      out.println("Yujue SQL over " + warehouse + ": read-only, statements end with ';'."
          + " .help for commands, Ctrl-D to leave.");
      out.flush();
    }
    try {
      while (true) {
        String input;
        try {
          input = reader.readLine(interactive ? PROMPT : "");
        } catch (UserInterruptException e) {
          continue; // Ctrl-C while typing: drop the statement
        } catch (EndOfFileException e) {
          break; // Ctrl-D
        }
        if (!execute(input, out)) break;
        out.flush();
      }
    } finally {
      try {
        reader.getHistory().save();
      } catch (IOException e) {
        out.println("warning: history not saved to " + history + ": " + e.getMessage());
      }
      out.flush();
    }
    return 0;
  }

  /** Runs one input: a dot command or a statement. Returns false to leave. */
  boolean execute(String input, PrintWriter out) {
    String text = input.strip();
    if (text.startsWith(".")) return command(text, out);
    if (StatementParser.blank(text)) return true;
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> runner.cancel());
    try {
      runner.run(text, format, out);
    } catch (RefusedStatementException e) {
      out.println("refused: " + e.getMessage());
    } catch (StatementStoppedException e) {
      out.println("stopped: " + e.getMessage());
    } catch (SQLException e) {
      out.println("error: " + Messages.oneLine(e));
    } catch (IOException e) {
      out.println("error: " + e.getMessage());
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
    return true;
  }

  private boolean command(String text, PrintWriter out) {
    String[] words = text.replaceFirst(";$", "").strip().split("\\s+");
    String arg = words.length > 1 ? words[1] : null;
    if (words.length > 2) {
      out.println("error: " + words[0] + " takes at most one argument");
      return true;
    }
    try {
      switch (words[0].toLowerCase(Locale.ROOT)) {
        case ".quit", ".exit" -> {
          return false;
        }
        case ".help" -> out.print(HELP);
        case ".tables" -> tables(out);
        case ".schema" -> schema(arg, out);
        case ".format" -> format(arg, out);
        default -> out.println("error: unknown command " + words[0] + "; .help lists the commands");
      }
    } catch (SQLException | IOException e) {
      out.println("error: " + Messages.oneLine(e));
    }
    return true;
  }

  private void format(String arg, PrintWriter out) {
    if (arg == null) {
      out.println("format: " + format.name().toLowerCase(Locale.ROOT));
      return;
    }
    try {
      format = ResultFormat.valueOf(arg.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      out.println("error: unknown format " + arg + "; use table, csv or json");
    }
  }

  private void tables(PrintWriter out) throws SQLException, IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String view : views()) {
      rows.add(List.of(view, firstSentence(docs.meaning(view).orElse("(not described)"))));
    }
    print(List.of("view", "meaning"), rows, out);
  }

  private void schema(String view, PrintWriter out) throws SQLException, IOException {
    List<String> views = views();
    if (view == null) {
      List<List<String>> rows = new ArrayList<>();
      for (String v : views) {
        for (String[] c : columns(v)) rows.add(List.of(v, c[0], c[1], meaning(v, c[0])));
      }
      print(List.of("view", "column", "type", "meaning"), rows, out);
      return;
    }
    String name = views.stream().filter(v -> v.equalsIgnoreCase(view)).findFirst().orElse(null);
    if (name == null) {
      out.println("error: no view named " + view + "; .tables lists them");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (String[] c : columns(name)) rows.add(List.of(c[0], c[1], meaning(name, c[0])));
    print(List.of("column", "type", "meaning"), rows, out);
  }

  private String meaning(String view, String column) {
    return docs.meaning(view, column).orElse("(not described)");
  }

  /** The connection's views: the described ones in their order, then any others. */
  private List<String> views() throws SQLException {
    Set<String> present = new LinkedHashSet<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' ORDER BY view_name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) present.add(rs.getString(1));
    }
    List<String> ordered = new ArrayList<>();
    for (ViewDocs.View v : docs.views()) {
      if (present.remove(v.name())) ordered.add(v.name());
    }
    ordered.addAll(present);
    return ordered;
  }

  /** Name and type of each column of a view, in order. */
  private List<String[]> columns(String view) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT column_name, data_type FROM duckdb_columns()"
            + " WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index")) {
      ps.setString(1, view);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) columns.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return columns;
  }

  /**
   * Prints text rows with {@link ResultWriter} (through DuckDB, so every format and the display
   * width of Chinese text behave as for query results). In table format the last column is
   * wrapped to fit the terminal.
   */
  private void print(List<String> header, List<List<String>> rows, PrintWriter out)
      throws SQLException, IOException {
    List<List<String>> shown = format == ResultFormat.TABLE ? wrapLast(header, rows) : rows;
    String names = header.stream().map(h -> '"' + h + '"').collect(Collectors.joining(", "));
    String row = "(" + String.join(", ", header.stream().map(h -> "?").toList()) + ")";
    String sql = shown.isEmpty()
        ? "SELECT " + header.stream().map(h -> "NULL::VARCHAR AS \"" + h + '"').collect(Collectors.joining(", "))
            + " WHERE false"
        : "SELECT * FROM (VALUES " + String.join(", ", java.util.Collections.nCopies(shown.size(), row))
            + ") AS t(" + names + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = 1;
      for (List<String> r : shown) {
        for (String cell : r) ps.setString(i++, cell);
      }
      try (ResultSet rs = ps.executeQuery()) {
        ResultWriter.write(rs, format, out);
      }
    }
  }

  private List<List<String>> wrapLast(List<String> header, List<List<String>> rows) {
    int width = terminal.getWidth() > 0 ? terminal.getWidth() : 120;
    int used = 1; // the table's left border
    for (int c = 0; c < header.size() - 1; c++) {
      int w = Cells.width(header.get(c));
      for (List<String> r : rows) w = Math.max(w, Cells.width(r.get(c)));
      used += w + 3;
    }
    int room = Math.max(30, width - used - 4);
    List<List<String>> wrapped = new ArrayList<>();
    for (List<String> r : rows) {
      List<String> copy = new ArrayList<>(r);
      copy.set(r.size() - 1, wrap(r.get(r.size() - 1), room));
      wrapped.add(copy);
    }
    return wrapped;
  }

  /** Breaks text into lines of at most {@code width} display cells, at spaces where it can. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineCells = 0;
    for (String word : text.split(" ")) {
      int w = Cells.width(word);
      if (lineCells > 0 && lineCells + 1 + w > width) {
        out.append('\n');
        lineCells = 0;
      } else if (lineCells > 0) {
        out.append(' ');
        lineCells++;
      }
      // A word wider than a line (Chinese has no spaces) is cut wherever it must be.
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        int cw = Cells.width(cp);
        if (lineCells + cw > width && lineCells > 0) {
          out.append('\n');
          lineCells = 0;
        }
        out.appendCodePoint(cp);
        lineCells += cw;
        i += Character.charCount(cp);
      }
    }
    return out.toString();
  }

  /** Up to the first ". " : a staging table's doc can run to several sentences. */
  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** The history holds what was queried: readable by this user only. */
  private static void createPrivately(Path file) {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException | UnsupportedOperationException e) {
      // Exists already, or no POSIX permissions here: JLine creates it as it can.
    } catch (IOException e) {
      // A directory that does not exist, say: JLine reports it when it saves.
    }
  }
}
