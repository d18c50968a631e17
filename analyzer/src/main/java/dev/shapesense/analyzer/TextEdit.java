package dev.shapesense.analyzer;

/** Replace {@code range} of a file with {@code newText}. */
public record TextEdit(String path, TextRange range, String newText) {}
