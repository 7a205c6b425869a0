package yujue.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The report files named by the land job's inputs: files as given, directories walked. */
final class InputFiles {

  private InputFiles() {}

  /**
   * Every regular file of the inputs, sorted and without repeats. Directories are walked
   * recursively, skipping hidden files and directories and the .json/.csv manifests that may lie
   * beside the reports; a file named directly is always taken.
   */
  static TreeSet<Path> expand(Collection<Path> inputs) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path input : inputs) {
      if (Files.isRegularFile(input)) {
        files.add(input.normalize());
      } else if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> isReport(input.relativize(p)))
              .forEach(p -> files.add(p.normalize()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + input, e);
        }
      } else {
        throw new IllegalArgumentException("input does not exist or is not a file or directory: " + input);
      }
    }
    return files;
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
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + input, e);
      }
    }
    return found;
  }

  static boolean isManifest(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.equals("manifest.csv") || name.endsWith(".manifest.csv");
  }

  private static boolean isReport(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.endsWith(".json") && !name.endsWith(".csv");
  }
}
