package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.DiagnosticCodes;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.OpCatalog;
import dev.shapesense.tensor.ShapeError;
import java.util.Map;

/**
 * Stable diagnostic codes (also SARIF rule ids), chosen from the error's typed facts and the op,
 * never from its message.
 */
final class Codes {
  private Codes() {}

  private static final Map<String, String> BY_ARGUMENT =
      Map.of(
          "in_features", DiagnosticCodes.LINEAR_IN_FEATURES,
          "in_channels", DiagnosticCodes.CONV_IN_CHANNELS,
          "num_features", DiagnosticCodes.NORM_NUM_FEATURES,
          "input_size", DiagnosticCodes.RNN_INPUT_SIZE,
          "embed_dim", DiagnosticCodes.ATTENTION_EMBED_DIM,
          "normalized_shape", DiagnosticCodes.NORM_NORMALIZED_SHAPE,
          "num_channels", DiagnosticCodes.NORM_NUM_CHANNELS);

  static String forModule(Module m, ShapeError e) {
    if (e.violation() != null && e.violation().argument() != null) {
      String c = BY_ARGUMENT.get(e.violation().argument());
      if (c != null) {
        return c;
      }
    }
    return DiagnosticCodes.MODULE_INPUT;
  }

  /** The code of an nn op's shape error: the op catalog's (generated from the op tables). */
  static String forMethod(String name) {
    String c = OpCatalog.code(name);
    return c != null ? c : DiagnosticCodes.OP;
  }

  /** A layer's constructor or fluent setter ({@code .groups(3)}) rejected its configuration. */
  static String forConfiguration() {
    return DiagnosticCodes.CONFIG;
  }
}
