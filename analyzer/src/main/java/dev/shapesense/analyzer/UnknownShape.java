package dev.shapesense.analyzer;

/**
 * Why an expression has no shape: {@code range} in {@code path} is the expression whose value the
 * analysis could not know (a missing hint, or a {@code ?} in the trace); {@code reason} names the
 * first unknown value it depends on and its cause, which is at {@code causeRange} of {@code
 * causePath} (null when the expression itself is the cause).
 */
public record UnknownShape(
    String path, TextRange range, String reason, String causePath, TextRange causeRange) {}
