package dev.shapesense.intellij;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The user's ShapeSense settings: the names, meaning and defaults of the VS Code extension's
 * {@code shapesense.inlayHints.enabled}, {@code shapesense.inlayHints.maxLength} and
 * {@code shapesense.defaultBatchSymbol}.
 *
 * <p>Plain Java (no IntelliJ type), so the build of this repository sends exactly this shape to
 * the real server. {@code inlayHintsMaxLength} 0 shows every hint in full. Immutable and
 * thread-safe.
 */
public record ShapeSenseOptions(
    boolean inlayHintsEnabled, int inlayHintsMaxLength, String defaultBatchSymbol) {

  public static final ShapeSenseOptions DEFAULTS = new ShapeSenseOptions(true, 0, "N");

  private static final Pattern SYMBOL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** What is wrong with these settings, one sentence each; empty when they are valid. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (inlayHintsMaxLength < 0) {
      problems.add("The longest hint cannot be negative (0 shows every hint in full): " + inlayHintsMaxLength + ".");
    }
    if (defaultBatchSymbol == null || !SYMBOL.matcher(defaultBatchSymbol).matches()) {
      problems.add(
          "The batch symbol must be a name such as N or batch, not '" + defaultBatchSymbol + "'.");
    }
    return problems;
  }

  /**
   * The settings as the server reads them from {@code initializationOptions} and
   * {@code workspace/didChangeConfiguration}: nested under {@code shapesense}, as VS Code sends
   * its configuration section and as LSP4IJ answers {@code workspace/configuration}.
   */
  public Map<String, Object> asSettings() {
    Map<String, Object> inlayHints = new LinkedHashMap<>();
    inlayHints.put("enabled", inlayHintsEnabled);
    inlayHints.put("maxLength", inlayHintsMaxLength);
    Map<String, Object> shapesense = new LinkedHashMap<>();
    shapesense.put("inlayHints", inlayHints);
    shapesense.put("defaultBatchSymbol", defaultBatchSymbol);
    return Map.of("shapesense", shapesense);
  }
}
