package dev.shapesense.analyzer;

import dev.shapesense.tensor.Shape;
import java.util.Map;

/**
 * A project's settings for the analysis (read by the clients from {@code shapesense.json}):
 * {@code severities} overrides a code's severity, an absent severity ({@code null} value) turns
 * the code off; {@code inputs} gives the input shape of a model class whose {@code forward}
 * declares none.
 */
public record ProjectSettings(Map<String, Severity> severities, Map<String, Shape> inputs) {
  public static final ProjectSettings NONE = new ProjectSettings(Map.of(), Map.of());

  public ProjectSettings {
    severities = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(severities));
    inputs = Map.copyOf(inputs);
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
