package dev.shapesense.cli;

import dev.shapesense.analyzer.ModelSummary;
import dev.shapesense.tensor.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts and sizes as the trace table and the hover print them: numbers with thousands separators
 * ({@code 715,008}), a symbolic count as its expression with separated numbers ({@code 357,504 *
 * N}), {@code ?} when unknown; the footer as torchinfo 1.8.0 prints it, where a symbolic total is
 * printed exactly instead of rounded (docs/summary.md).
 */
public final class StatsFormat {
  private static final Pattern NUMBER = Pattern.compile("\\b\\d{4,}\\b");

  private StatsFormat() {}

  public static String count(Dim d) {
    if (d == null) {
      return "?";
    }
    if (d.isConst()) {
      return String.format(Locale.ROOT, "%,d", d.value());
    }
    Matcher m = NUMBER.matcher(d.toString());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, String.format(Locale.ROOT, "%,d", Long.parseLong(m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Bytes: {@code 37,632 B}, {@code 18,816 * N B}. */
  public static String bytes(Dim d) {
    return d == null ? "?" : count(d) + " B";
  }

  /** torchinfo's footer lines; symbolic totals exact, with their unit in the label. */
  public static List<String> footer(ModelSummary s) {
    List<String> out = new ArrayList<>();
    out.add("Total params: " + count(s.params()));
    out.add("Trainable params: " + count(s.trainableParams()));
    out.add("Non-trainable params: " + count(s.nonTrainableParams()));
    out.add(multAdds(s.macs()));
    out.add(megabytes("Input size", s.inputBytes()));
    out.add(megabytes("Forward/backward pass size", s.forwardBackwardBytes()));
    out.add(megabytes("Params size", s.paramBytes()));
    out.add(megabytes("Estimated Total Size", s.totalBytes()));
    return out;
  }

  /** {@code Total mult-adds (M): 1.32} ({@code M}, {@code G} or {@code T} as torchinfo picks). */
  static String multAdds(Dim d) {
    if (d == null || !d.isConst()) {
      return "Total mult-adds: " + count(d);
    }
    double v = d.value();
    if (v >= 1e12) {
      return String.format(Locale.ROOT, "Total mult-adds (T): %.2f", v / 1e12);
    }
    if (v >= 1e9) {
      return String.format(Locale.ROOT, "Total mult-adds (G): %.2f", v / 1e9);
    }
    return String.format(Locale.ROOT, "Total mult-adds (M): %.2f", v / 1e6);
  }

  /** {@code Input size (MB): 0.02}; symbolic: {@code Input size (bytes): 6,144 * N}. */
  static String megabytes(String label, Dim d) {
    if (d == null || !d.isConst()) {
      return label + " (bytes): " + count(d);
    }
    return String.format(Locale.ROOT, "%s (MB): %.2f", label, d.value() / 1e6);
  }
}
