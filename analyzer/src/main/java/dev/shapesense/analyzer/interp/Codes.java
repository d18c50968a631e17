package dev.shapesense.analyzer.interp;

import dev.shapesense.nn.Module;
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
          "in_features", "shape/linear-in-features",
          "in_channels", "shape/conv-in-channels",
          "num_features", "shape/norm-num-features",
          "input_size", "shape/rnn-input-size",
          "embed_dim", "shape/attention-embed-dim",
          "normalized_shape", "shape/norm-normalized-shape",
          "num_channels", "shape/norm-num-channels");

  private static final Map<String, String> BY_METHOD =
      Map.ofEntries(
          Map.entry("view", "shape/view-size"),
          Map.entry("reshape", "shape/view-size"),
          Map.entry("viewAs", "shape/view-size"),
          Map.entry("unflatten", "shape/view-size"),
          Map.entry("cat", "shape/cat-sizes"),
          Map.entry("stack", "shape/cat-sizes"),
          Map.entry("matmul", "shape/matmul"),
          Map.entry("mm", "shape/matmul"),
          Map.entry("bmm", "shape/matmul"),
          Map.entry("linear", "shape/matmul"),
          Map.entry("add", "shape/broadcast"),
          Map.entry("sub", "shape/broadcast"),
          Map.entry("mul", "shape/broadcast"),
          Map.entry("div", "shape/broadcast"));

  static String forModule(Module m, ShapeError e) {
    if (e.violation() != null && e.violation().argument() != null) {
      String c = BY_ARGUMENT.get(e.violation().argument());
      if (c != null) {
        return c;
      }
      return "shape/" + kebab(e.violation().argument());
    }
    return "shape/" + kebab(m.getClass().getSimpleName()) + "-input";
  }

  static String forMethod(String name) {
    return BY_METHOD.getOrDefault(name, "shape/" + kebab(name));
  }

  /** A layer's constructor rejected its arguments. */
  static String forConstruction(Class<?> cls, ShapeError e) {
    if (e.violation() != null && e.violation().argument() != null) {
      return "shape/config-" + kebab(e.violation().argument());
    }
    return "shape/config";
  }

  /** A layer's fluent setter ({@code .groups(3)}) rejected the configuration. */
  static String forSetter(String method) {
    return "shape/config-" + kebab(method);
  }

  /** {@code MaxPool2d} to {@code max-pool2d}, {@code in_features} to {@code in-features}. */
  static String kebab(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        sb.append('-');
      } else if (Character.isUpperCase(c)) {
        boolean wordStart =
            i > 0
                && (Character.isLowerCase(s.charAt(i - 1))
                    || Character.isDigit(s.charAt(i - 1))
                    || (i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1))));
        if (wordStart && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
          sb.append('-');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
