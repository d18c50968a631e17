package dev.shapesense.cli;

import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.LineIndex;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.Workspace;

/** Offsets to the 1-based lines and columns the command line prints. */
final class Positions {
  private Positions() {}

  record Span(int line, int column, int endLine, int endColumn) {}

  static Span span(Workspace ws, Diagnostic d) {
    ParsedFile f = ws.file(d.path());
    if (f == null) {
      return new Span(1, 1, 1, 1);
    }
    LineIndex idx = f.lines();
    int s = d.range().start();
    int e = d.range().end();
    return new Span(idx.line(s) + 1, idx.column(s) + 1, idx.line(e) + 1, idx.column(e) + 1);
  }
}
