package dev.shapesense.analyzer;

/** One source file of a workspace snapshot: its path (as the client names it) and text. */
public record SourceFile(String path, String text) {}
