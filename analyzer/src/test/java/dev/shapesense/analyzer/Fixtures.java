package dev.shapesense.analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the caret-style expectations written under the code of a fixture model:
 *
 * <pre>
 *     x = pool.forward(F.relu(conv1.forward(x)));
 *   //    ^ [N, 6, 14, 14]                                  a hint at the caret's column
 *   //    ^^^^^^^^^^^^^^^^ error shape/code: message         a diagnostic spanning the carets
 *   //                ^^^ fix: 400                          a fix edit replacing the carets
 * </pre>
 *
 * Each expectation refers to the nearest code line above it (blank and comment-only lines are not
 * code lines). Lines and columns are 0-based.
 */
final class Fixtures {
  private Fixtures() {}

  record Expected(TreeSet<String> hints, TreeSet<String> diagnostics, TreeSet<String> fixes) {}

  static Path root() {
    String p = System.getProperty("shapesense.root");
    if (p != null && Files.isDirectory(Path.of(p, "testdata"))) {
      return Path.of(p);
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("testdata"))) {
      d = d.getParent();
    }
    return d;
  }

  static List<Path> javaFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every Java file under testdata/, in its subfolders too, sorted by path. */
  /**
   * Every testdata Java file but those of testdata/deep, whose thousand-level nesting needs the
   * deep stacks the product runs on (Stacks) and has tests of its own (JavaParsingTest, CliIT,
   * DeepIT).
   */
  static List<Path> allTestdataJavaFiles() {
    Path deep = root().resolve("testdata/deep");
    try (Stream<Path> s = Files.walk(root().resolve("testdata"))) {
      return s.filter(p -> p.toString().endsWith(".java") && !p.startsWith(deep)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Workspace workspace(Path dir) {
    List<SourceFile> files = new ArrayList<>();
    for (Path p : javaFiles(dir)) {
      files.add(new SourceFile(p.toString(), read(p)));
    }
    return Workspace.of(files);
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Expected expectations(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    TreeSet<String> hints = new TreeSet<>();
    TreeSet<String> diags = new TreeSet<>();
    TreeSet<String> fixes = new TreeSet<>();
    int codeLine = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!trimmed.startsWith("//")) {
        codeLine = i;
        continue;
      }
      int slash = line.indexOf("//");
      int caret = line.indexOf('^', slash + 2);
      if (caret < 0 || !line.substring(slash + 2, caret).isBlank() || codeLine < 0) {
        continue;
      }
      int end = caret;
      while (end < line.length() && line.charAt(end) == '^') {
        end++;
      }
      String rest = line.substring(end).strip();
      if (rest.startsWith("[") || rest.startsWith("(")) {
        hints.add(codeLine + ":" + caret + " " + rest);
      } else if (rest.startsWith("fix:")) {
        fixes.add(codeLine + ":" + caret + "-" + end + " " + rest.substring(4).strip());
      } else {
        diags.add(codeLine + ":" + caret + "-" + end + " " + rest);
      }
    }
    return new Expected(hints, diags, fixes);
  }

  /** The analysis of {@code path} in the same notation as {@link #expectations}. */
  static Expected actual(FileAnalysis a, String text) {
    LineIndex idx = new LineIndex(text);
    TreeSet<String> hints = new TreeSet<>();
    for (InlayHint h : a.hints()) {
      int s = h.range().start();
      hints.add(idx.line(s) + ":" + idx.column(s) + " " + h.label());
    }
    TreeSet<String> diags = new TreeSet<>();
    TreeSet<String> fixes = new TreeSet<>();
    for (Diagnostic d : a.diagnostics()) {
      int s = d.range().start();
      int e = d.range().end();
      int endCol = idx.line(e) == idx.line(s) ? idx.column(e) : idx.column(s) + 1;
      diags.add(
          idx.line(s)
              + ":"
              + idx.column(s)
              + "-"
              + endCol
              + " "
              + d.severity().label()
              + " "
              + d.code()
              + ": "
              + d.message());
      for (Fix f : d.fixes()) {
        for (TextEdit t : f.edits()) {
          if (t.path().equals(a.path())) {
            int fs = t.range().start();
            fixes.add(
                idx.line(fs)
                    + ":"
                    + idx.column(fs)
                    + "-"
                    + idx.column(t.range().end())
                    + " "
                    + t.newText());
          }
        }
      }
    }
    return new Expected(hints, diags, fixes);
  }
}
