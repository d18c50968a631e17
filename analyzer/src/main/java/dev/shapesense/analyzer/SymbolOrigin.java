package dev.shapesense.analyzer;

/**
 * Where a symbolic dim of a model's input came from: {@code symbol} (e.g. {@code N}) was introduced
 * at {@code range} of {@code path} (an {@code @Dims} annotation or the forward parameter whose
 * shape was inferred), as {@code description} says in one sentence.
 */
public record SymbolOrigin(String symbol, String path, TextRange range, String description) {}
