package dev.shapesense.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintLabelPart;

/** Test models and readable views of LSP values. */
final class Fixtures {
  private Fixtures() {}

  static String model(String name) throws IOException {
    return Files.readString(LspProcess.root().resolve("testdata/models/" + name + ".java"));
  }

  static String uri(String name) {
    return Path.of("/virtual/ws", name + ".java").toUri().toString();
  }

  /** Each hint as {@code line:character label}. */
  static List<String> show(List<InlayHint> hints) {
    return hints.stream()
        .map(
            h ->
                h.getPosition().getLine()
                    + ":"
                    + h.getPosition().getCharacter()
                    + " "
                    + h.getLabel().getRight().stream()
                        .map(InlayHintLabelPart::getValue)
                        .collect(Collectors.joining()))
        .toList();
  }
}
