package dev.shapesense.analyzer;

import java.util.List;

/**
 * A problem at {@code range} of {@code path}: a stable {@code code} (also its SARIF rule id, e.g.
 * {@code shape/linear-in-features}), the message PyTorch would raise, and alternative fixes.
 */
public record Diagnostic(
    String path,
    TextRange range,
    Severity severity,
    String code,
    String message,
    List<Fix> fixes) {}
