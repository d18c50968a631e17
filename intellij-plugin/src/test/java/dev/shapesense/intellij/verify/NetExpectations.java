package dev.shapesense.intellij.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.InlayHintLabelPart;

/** What an IntelliJ user must see in {@code testdata/models/Net.java}, by 0-based line. */
final class NetExpectations {
  private NetExpectations() {}

  /** Every hint of Net's forward, left to right on each line (the fixture's caret comments). */
  static final Map<Integer, List<String>> ALL =
      new TreeMap<>(
          Map.of(
              13, List.of("[N, 6, 28, 28]", "[N, 6, 14, 14]"),
              16, List.of("[N, 16, 10, 10]", "[N, 16, 5, 5]"),
              19, List.of("[N, 400]"),
              21, List.of("[N, 120]", "[N, 120]"),
              24, List.of("[N, 84]", "[N, 84]"),
              27, List.of("[N, 10]")));

  /**
   * The labels by line, as LSP4IJ renders them without ever calling {@code inlayHint/resolve}: a
   * string label as it is, label parts joined.
   */
  static Map<Integer, List<String>> labelsByLine(List<InlayHint> hints) {
    List<InlayHint> sorted = new ArrayList<>(hints);
    sorted.sort(
        Comparator.comparing((InlayHint h) -> h.getPosition().getLine())
            .thenComparing(h -> h.getPosition().getCharacter()));
    Map<Integer, List<String>> byLine = new TreeMap<>();
    for (InlayHint hint : sorted) {
      assertEquals(InlayHintKind.Type, hint.getKind(), "kind of " + hint);
      String label =
          hint.getLabel().isLeft()
              ? hint.getLabel().getLeft()
              : hint.getLabel().getRight().stream()
                  .map(InlayHintLabelPart::getValue)
                  .collect(Collectors.joining());
      byLine.computeIfAbsent(hint.getPosition().getLine(), k -> new ArrayList<>()).add(label);
    }
    return byLine;
  }

  static int lineOf(Path file, String code) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(code)) {
        return i;
      }
    }
    throw new AssertionError(code + " not in " + file);
  }
}
