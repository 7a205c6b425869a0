package yujue.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The report files named by the land job's inputs: files as given, directories walked. */
final class InputFiles {

  private InputFiles() {}

  /**
   * Every input of the run, sorted and without repeats, each with the reason it cannot be read
   * (null when it can be). Directories are walked recursively, skipping hidden files and
   * directories and the .json/.csv manifests that may lie beside the reports; a file named directly
   * is always taken. An entry that is not a regular file (a broken symbolic link, a named pipe, a
   * device) and a directory that cannot be listed are inputs too, quarantined with their reason:
   * nothing under an input is skipped silently. Symbolic links to files are followed, links to
   * directories are not.
   */
  static TreeMap<Path, String> expand(Collection<Path> inputs) {
    TreeMap<Path, String> files = new TreeMap<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, files);
      } else if (Files.exists(input) || Files.isSymbolicLink(input)) {
        files.put(input.normalize(), Files.isRegularFile(input) ? null : notRegular(input));
      } else {
        throw new IllegalArgumentException("input does not exist: " + input);
      }
    }
    return files;
  }

  private static void walk(Path root, TreeMap<Path, String> files) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isReport(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isRegularFile() || Files.isRegularFile(file)) {
            files.put(file.normalize(), null);
          } else if (!Files.isDirectory(file)) { // a link to a directory is not followed
            files.put(file.normalize(), notRegular(file));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!hidden(file)) {
            files.put(file.normalize(), cannotRead(e));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** Manifests lying in input directories: files named manifest.csv or *.manifest.csv. */
  static TreeSet<Path> manifests(Collection<Path> inputs) {
    TreeSet<Path> found = new TreeSet<>();
    for (Path input : inputs) {
      if (!Files.isDirectory(input)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(input)) {
        walk.filter(Files::isRegularFile).filter(InputFiles::isManifest).forEach(p -> found.add(p.normalize()));
      } catch (IOException | UncheckedIOException e) {
        // an unreadable directory is quarantined by expand(); its manifests cannot be read either
      }
    }
    return found;
  }

  static boolean isManifest(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.equals("manifest.csv") || name.endsWith(".manifest.csv");
  }

  /** The quarantine reason for an input that cannot be opened or read. */
  static String cannotRead(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "cannot read: the file disappeared while the run was reading it";
    }
    String m = e.getMessage();
    return "cannot read: " + (m == null ? e.getClass().getSimpleName() : m);
  }

  private static String notRegular(Path p) {
    if (Files.isSymbolicLink(p) && !Files.exists(p)) {
      return "not a regular file: a symbolic link to nothing";
    }
    return "not a regular file: a named pipe, socket or device";
  }

  private static boolean hidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  private static boolean isReport(Path file) {
    if (hidden(file)) {
      return false;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.endsWith(".json") && !name.endsWith(".csv");
  }
}
