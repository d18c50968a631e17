package dev.shapesense.cli;

import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.LineIndex;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.analyzer.Workspace;

/** Offsets to the 1-based lines and columns the command line prints. */
final class Positions {
  private Positions() {}

  record Span(int line, int column, int endLine, int endColumn) {}

  static Span span(Workspace ws, Diagnostic d) {
    return span(ws, d.path(), d.range());
  }

  static Span span(Workspace ws, String path, TextRange range) {
    ParsedFile f = ws.file(path);
    if (f == null) {
      return new Span(1, 1, 1, 1);
    }
    LineIndex idx = f.lines();
    int s = range.start();
    int e = range.end();
    return new Span(idx.line(s) + 1, idx.column(s) + 1, idx.line(e) + 1, idx.column(e) + 1);
  }
}
