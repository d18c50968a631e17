package dev.shapesense.analyzer.reliability;

import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The testdata model files the reliability tests start from: every {@code .java} file of {@code
 * testdata/models} and {@code testdata/torchvision}, each with the workspace of its folder. Paths
 * are relative to the repository root ({@code testdata/models/Net.java}).
 */
final class Corpus {
  private Corpus() {}

  static final List<String> FOLDERS = List.of("testdata/models", "testdata/torchvision");

  static Path root() {
    String p = System.getProperty("shapesense.root");
    if (p != null && Files.isDirectory(Path.of(p, "testdata"))) {
      return Path.of(p);
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("testdata"))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalStateException("no testdata folder above " + Path.of("").toAbsolutePath());
    }
    return d;
  }

  /** The source files of one folder, sorted by path. */
  static List<SourceFile> folder(String folder) {
    Path dir = root().resolve(folder);
    try (Stream<Path> s = Files.list(dir)) {
      List<SourceFile> out = new ArrayList<>();
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        out.add(new SourceFile(folder + "/" + p.getFileName(), Files.readString(p)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every corpus file. */
  static List<SourceFile> all() {
    List<SourceFile> out = new ArrayList<>();
    FOLDERS.forEach(f -> out.addAll(folder(f)));
    return out;
  }

  /** The workspace of the folder that holds {@code path}. */
  static Workspace workspaceOf(String path) {
    return Workspace.of(folder(path.substring(0, path.lastIndexOf('/'))));
  }

  static String read(String relative) {
    try {
      return Files.readString(root().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
