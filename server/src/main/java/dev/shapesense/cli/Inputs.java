package dev.shapesense.cli;

import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a command analyses and the workspace it resolves classes in: every {@code .java} file
 * under the given folders, each given file, and the other {@code .java} files beside a given file
 * (so a block class in its own file resolves). Paths are kept as the user wrote them.
 */
record Inputs(List<String> targets, Workspace workspace) {

  /** Thrown for a path that does not exist or cannot be read. */
  public static class BadInput extends Exception {
    BadInput(String message) {
      super(message);
    }
  }

  /** These inputs without the targets the project excludes. */
  Inputs without(ProjectConfig project) {
    return new Inputs(targets.stream().filter(t -> !project.excludes(t)).toList(), workspace);
  }

  static Inputs load(List<Path> paths) throws BadInput {
    List<String> targets = new ArrayList<>();
    Map<String, SourceFile> all = new LinkedHashMap<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        for (Path f : javaFiles(p, true)) {
          String name = f.toString();
          targets.add(name);
          all.put(name, read(f));
        }
      } else if (Files.isRegularFile(p)) {
        String name = p.toString();
        targets.add(name);
        all.put(name, read(p));
        Path dir = p.toAbsolutePath().normalize().getParent();
        if (dir != null) {
          for (Path f : javaFiles(dir, false)) {
            Path rel =
                p.getParent() == null ? f.getFileName() : p.getParent().resolve(f.getFileName());
            String key = rel.toString();
            if (!all.containsKey(key) && !f.equals(p.toAbsolutePath().normalize())) {
              SourceFile s = tryRead(f, key);
              if (s != null) {
                all.put(key, s);
              }
            }
          }
        }
      } else {
        throw new BadInput(p + ": no such file or directory");
      }
    }
    return new Inputs(targets, Workspace.of(all.values()));
  }

  private static List<Path> javaFiles(Path dir, boolean recursive) throws BadInput {
    try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
      return s.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new BadInput(dir + ": cannot list: " + e.getMessage());
    }
  }

  private static SourceFile read(Path p) throws BadInput {
    try {
      return new SourceFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
    } catch (MalformedInputException e) {
      throw new BadInput(p + ": not UTF-8 text");
    } catch (IOException e) {
      throw new BadInput(p + ": cannot read: " + e.getMessage());
    }
  }

  private static SourceFile tryRead(Path p, String name) {
    try {
      return new SourceFile(name, Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return null;
    }
  }
}
