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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The report files named by the land job's inputs: files as given, directories walked. */
final class InputFiles {

  private InputFiles() {}

  /**
   * The inputs of a run, listed in one walk: each report file, sorted and without repeats, with
   * the reason it cannot be read (null when it can); the attributes the walk read of each regular
   * file, so that planning need not read them again; and the manifests lying in input directories.
   */
  record Listing(TreeMap<Path, String> files, Map<Path, BasicFileAttributes> attributes, TreeSet<Path> manifests) {}

  /**
   * Lists every input of the run. Directories are walked recursively, skipping hidden files and
   * directories and the .json/.csv manifests that may lie beside the reports; a file named directly
   * is always taken. An entry that is not a regular file (a broken symbolic link, a named pipe, a
   * device) and a directory that cannot be listed are inputs too, quarantined with their reason:
   * nothing under an input is skipped silently. Symbolic links to files are followed, links to
   * directories are not. Manifests are files named manifest.csv or *.manifest.csv anywhere under
   * an input directory, hidden directories included.
   */
  static Listing list(Collection<Path> inputs) {
    Listing listing = new Listing(new TreeMap<>(), new HashMap<>(), new TreeSet<>());
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, listing);
      } else if (Files.exists(input) || Files.isSymbolicLink(input)) {
        listing.files().put(input.normalize(), Files.isRegularFile(input) ? null : notRegular(input));
      } else {
        throw new IllegalArgumentException("input does not exist: " + input);
      }
    }
    return listing;
  }

  private static void walk(Path root, Listing listing) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        /** The hidden directory being walked for manifests only, or null. */
        private Path hiddenDir;

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (hiddenDir == null && !dir.equals(root) && hidden(dir)) {
            hiddenDir = dir;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (dir.equals(hiddenDir)) {
            hiddenDir = null;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          boolean regular = attrs.isRegularFile() || Files.isRegularFile(file);
          if (regular && isManifest(file)) {
            listing.manifests().add(file.normalize());
          }
          if (hiddenDir != null || !isReport(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (regular) {
            listing.files().put(file.normalize(), null);
            if (attrs.isRegularFile()) { // a link's attributes are its own, not its target's
              listing.attributes().put(file.normalize(), attrs);
            }
          } else if (!Files.isDirectory(file)) { // a link to a directory is not followed
            listing.files().put(file.normalize(), notRegular(file));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (hiddenDir == null && !hidden(file)) {
            listing.files().put(file.normalize(), cannotRead(e));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
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
