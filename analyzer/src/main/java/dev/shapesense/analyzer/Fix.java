package dev.shapesense.analyzer;

import java.util.List;

/** A quick fix: a title and the edits that make it. */
public record Fix(String title, List<TextEdit> edits) {}
