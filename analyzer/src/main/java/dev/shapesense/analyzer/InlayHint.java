package dev.shapesense.analyzer;

/** The shape of the expression at {@code range}; editors show {@code label} after its end. */
public record InlayHint(String path, TextRange range, String label) {}
