package dev.shapesense.bench;

import dev.shapesense.analyzer.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The model files of the repository's {@code testdata/models}, which benchmarks analyse. */
final class TestdataModels {
  private TestdataModels() {}

  /**
   * Each {@code .java} file of {@code testdata/models} under {@code root}, as {@code
   * testdata/models/NAME}, in name order.
   *
   * @throws IllegalArgumentException when {@code root} has no such folder or it holds no model
   */
  static List<SourceFile> read(Path root) throws IOException {
    Path dir = root.resolve("testdata").resolve("models");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "no "
              + dir.toAbsolutePath()
              + ": run from the repository's root, or give it as -Dshapesense.root");
    }
    List<SourceFile> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        all.add(
            new SourceFile(
                "testdata/models/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no models in " + dir.toAbsolutePath());
    }
    return all;
  }

  /** {@link #read} of the repository at {@code -Dshapesense.root} (default: the working folder). */
  static List<SourceFile> read() throws IOException {
    return read(Path.of(System.getProperty("shapesense.root", ".")));
  }
}
