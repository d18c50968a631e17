package dev.shapesense.lsp;

import java.util.Map;

/**
 * How each kind of layer computes its output shape, as PyTorch's documentation writes it (p
 * padding, d dilation, k kernel size, s stride), for tooltips and hovers. Display text only.
 */
final class Formulas {
  private Formulas() {}

  private static final String CONV = "floor((%s + 2p - d(k - 1) - 1) / s) + 1";
  private static final String CONV_T = "(%s - 1)s - 2p + d(k - 1) + output_padding + 1";
  private static final String AVG = "floor((%s + 2p - k) / s) + 1";
  private static final String LP = "floor((%s - k) / s) + 1";
  private static final String SAME = "output shape = input shape";

  private static final Map<String, String> BY_TYPE =
      Map.ofEntries(
          Map.entry("Linear", "[*, in_features] -> [*, out_features]"),
          Map.entry("Bilinear", "[*, in1_features], [*, in2_features] -> [*, out_features]"),
          Map.entry("Flatten", "[N, d_start, ..., d_end] -> [N, d_start · ... · d_end]"),
          Map.entry("Unflatten", "[*, d, *] -> [*, unflattened_size, *]"),
          Map.entry("Embedding", "[*] -> [*, embedding_dim]"),
          Map.entry("LSTM", "output: [L, N, D · hidden_size] ([N, L, D · hidden_size] when batch_first); h_n, c_n: [D · num_layers, N, hidden_size]"),
          Map.entry("GRU", "output: [L, N, D · hidden_size] ([N, L, D · hidden_size] when batch_first); h_n: [D · num_layers, N, hidden_size]"),
          Map.entry("RNN", "output: [L, N, D · hidden_size] ([N, L, D · hidden_size] when batch_first); h_n: [D · num_layers, N, hidden_size]"),
          Map.entry("LSTMCell", "[N, input_size] -> h', c': [N, hidden_size]"),
          Map.entry("GRUCell", "[N, input_size] -> [N, hidden_size]"),
          Map.entry("RNNCell", "[N, input_size] -> [N, hidden_size]"),
          Map.entry("MultiheadAttention", "output: [L, N, E] ([N, L, E] when batch_first); weights: [N, L, S]"),
          Map.entry("PixelShuffle", "[N, C · r², H, W] -> [N, C, H · r, W · r]"),
          Map.entry("PixelUnshuffle", "[N, C, H · r, W · r] -> [N, C · r², H, W]"),
          Map.entry("Upsample", "H_out = floor(H · scale_factor), or size"));

  /** The formula for a layer type, or null when none applies. */
  static String of(String type) {
    String f = BY_TYPE.get(type);
    if (f != null) {
      return f;
    }
    int dims = type.endsWith("1d") ? 1 : type.endsWith("2d") ? 2 : type.endsWith("3d") ? 3 : 0;
    if (type.startsWith("ConvTranspose") && dims > 0) {
      return spatial(CONV_T, dims);
    }
    if ((type.startsWith("Conv") || type.startsWith("MaxPool")) && dims > 0) {
      return spatial(CONV, dims);
    }
    if (type.startsWith("AvgPool") && dims > 0) {
      return spatial(AVG, dims);
    }
    if (type.startsWith("LPPool") && dims > 0) {
      return spatial(LP, dims);
    }
    if (type.startsWith("Adaptive") && dims > 0) {
      return "spatial dims -> output_size";
    }
    if (type.contains("Norm") || type.contains("Dropout") || type.contains("Pad") && dims > 0) {
      return type.contains("Pad") ? "each padded dim grows by its left and right padding" : SAME;
    }
    return null;
  }

  private static String spatial(String f, int dims) {
    String[] names = dims == 1 ? new String[] {"L"} : dims == 2 ? new String[] {"H", "W"} : new String[] {"D", "H", "W"};
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      if (sb.length() > 0) {
        sb.append("\n");
      }
      sb.append(n).append("_out = ").append(String.format(f, n));
    }
    return sb.toString();
  }
}
