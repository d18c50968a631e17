package dev.shapesense.analyzer;

import dev.shapesense.tensor.IntSet;
import dev.shapesense.tensor.Shape;
import java.util.Map;

/**
 * A project's settings for the analysis (read by the clients from {@code shapesense.json}): {@code
 * severities} overrides a code's severity, an absent severity ({@code null} value) turns the code
 * off; {@code inputs} gives the input shape of a model class whose {@code forward} declares none;
 * {@code ranges} narrows a declared symbol to the sizes a model is meant for ({@code "H":
 * "64..1024"}, see {@link #range}).
 */
public record ProjectSettings(
    Map<String, Severity> severities, Map<String, Shape> inputs, Map<String, IntSet> ranges) {
  public static final ProjectSettings NONE = new ProjectSettings(Map.of(), Map.of());

  public ProjectSettings {
    severities = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(severities));
    inputs = Map.copyOf(inputs);
    ranges = Map.copyOf(ranges);
  }

  public ProjectSettings(Map<String, Severity> severities, Map<String, Shape> inputs) {
    this(severities, inputs, Map.of());
  }

  /**
   * A range of sizes as shapesense.json writes it: {@code "64..1024"}, {@code "64.."} (no upper
   * bound), {@code "..1024"}.
   *
   * @throws IllegalArgumentException when the text is not such a range or holds no size
   */
  public static IntSet range(String text) {
    String[] parts = text.trim().split("\\.\\.", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "a range is written lo..hi, e.g. 64..1024, not '" + text + "'");
    }
    long lo;
    long hi;
    try {
      lo = parts[0].isBlank() ? 1 : Long.parseLong(parts[0].trim());
      hi = parts[1].isBlank() ? Long.MAX_VALUE : Long.parseLong(parts[1].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "a range is written lo..hi, e.g. 64..1024, not '" + text + "'");
    }
    if (lo < 1 || hi < lo) {
      throw new IllegalArgumentException(
          "the range '" + text + "' holds no size (sizes are 1 or more)");
    }
    if (hi != Long.MAX_VALUE && hi >= 1 << 22) {
      throw new IllegalArgumentException("the range '" + text + "' ends beyond " + (1 << 22));
    }
    return IntSet.range(lo, hi);
  }

  /** The diagnostic as the project wants it, or null when its code is turned off. */
  Diagnostic apply(Diagnostic d) {
    if (!severities.containsKey(d.code())) {
      return DiagnosticCodes.OFF_BY_DEFAULT.contains(d.code()) ? null : d;
    }
    Severity s = severities.get(d.code());
    return s == null
        ? null
        : new Diagnostic(d.path(), d.range(), s, d.code(), d.message(), d.fixes());
  }
}
