package dev.shapesense.analyzer.ide;

import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.ModuleCall;
import java.util.List;

/**
 * What a hover at a place of a model file is about, as typed data ({@link Ide#hover}): editors and
 * other clients only turn it into text. A layer (its field or a call of it), a model (its class
 * name or {@code forward}), or an expression whose shape is not known.
 */
public sealed interface HoverInfo {
  /**
   * A layer: {@code calls} are every evaluation of the call at the hover, or of every call of the
   * field declared there (at least one; each with its input and output shapes, parameter count and
   * statistics); {@code name} the field's name (null when the module was not read from a field);
   * {@code origins} where the symbols of the calls' shapes came from, in the order the model
   * introduced them; {@code unknown} why the expression at the hover has no shape, when a call's
   * output is not known and the analyzer can say why (else null).
   */
  record Layer(
      String name,
      String type,
      String repr,
      List<ModuleCall> calls,
      List<SymbolSource> origins,
      String unknown)
      implements HoverInfo {
    public Layer {
      calls = List.copyOf(calls);
      origins = List.copyOf(origins);
    }
  }

  /** A model: its inputs, output, parameter count and the sizes it works for. */
  record Model(ModelResult model) implements HoverInfo {}

  /**
   * An expression without a shape: why, as {@link dev.shapesense.analyzer.Analyzer#explain} says
   * it.
   */
  record Unknown(String reason) implements HoverInfo {}

  /**
   * Where a symbol of a model's input came from: {@code description} in one sentence, at 1-based
   * {@code line} of {@code path} (0 when the file is not in the workspace any more).
   */
  record SymbolSource(String symbol, String description, String path, int line) {}
}
