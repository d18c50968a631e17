package dev.shapesense.lsp;

import dev.shapesense.analyzer.LineIndex;
import dev.shapesense.analyzer.TextRange;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * An immutable document text and the one place where the analyzer's 0-based UTF-16 offsets and LSP
 * positions (0-based line, UTF-16 character) are converted, both ways, and where incremental edits
 * are applied. Line breaks are {@code \n}, {@code \r\n} and a lone {@code \r}, as in LSP 3.17.
 * Positions outside the text are clamped as the specification asks: a character past the end of its
 * line means the line's end, a line past the last means the end of the text. Thread-safe.
 */
public final class DocumentText {
  private final String text;
  private volatile LineIndex lines;

  public DocumentText(String text) {
    this.text = text;
  }

  DocumentText(String text, LineIndex lines) {
    this.text = text;
    this.lines = lines;
  }

  public String text() {
    return text;
  }

  private LineIndex lines() {
    LineIndex l = lines;
    if (l == null) {
      l = new LineIndex(text);
      lines = l;
    }
    return l;
  }

  /** The LSP position of an offset (clamped to the text). */
  public Position position(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    LineIndex l = lines();
    int line = l.line(o);
    return new Position(line, o - l.lineStart(line));
  }

  public Range range(TextRange r) {
    return new Range(position(r.start()), position(r.end()));
  }

  /** The offset of an LSP position, clamped to the text and to the end of its line. */
  public int offset(Position p) {
    LineIndex l = lines();
    if (p.getLine() < 0) {
      return 0;
    }
    if (p.getLine() >= l.lineCount()) {
      return text.length();
    }
    int start = l.lineStart(p.getLine());
    int end = lineContentEnd(l, p.getLine());
    return start + Math.max(0, Math.min(p.getCharacter(), end - start));
  }

  /** Whether a position names a place inside the text without clamping. */
  public boolean contains(Position p) {
    LineIndex l = lines();
    return p.getLine() >= 0
        && p.getLine() < l.lineCount()
        && p.getCharacter() >= 0
        && p.getCharacter() <= lineContentEnd(l, p.getLine()) - l.lineStart(p.getLine());
  }

  private int lineContentEnd(LineIndex l, int line) {
    int end = line + 1 < l.lineCount() ? l.lineStart(line + 1) : text.length();
    if (end > l.lineStart(line) && end <= text.length() && line + 1 < l.lineCount()) {
      end--;
      if (text.charAt(end) == '\n' && end > l.lineStart(line) && text.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return end;
  }

  /**
   * The text after {@code changes}, applied in order as LSP says (each range refers to the text the
   * previous change left); a change without a range replaces the whole text. {@code onClamp} hears
   * about each range that was outside the text and had to be clamped.
   */
  public DocumentText apply(List<TextDocumentContentChangeEvent> changes, Runnable onClamp) {
    DocumentText cur = this;
    for (TextDocumentContentChangeEvent c : changes) {
      String newText = c.getText() == null ? "" : c.getText();
      if (c.getRange() == null) {
        cur = new DocumentText(newText);
        continue;
      }
      Range r = c.getRange();
      if (r.getStart() == null || r.getEnd() == null) {
        onClamp.run();
        continue;
      }
      if (!cur.contains(r.getStart()) || !cur.contains(r.getEnd())) {
        onClamp.run();
      }
      int s = cur.offset(r.getStart());
      int e = Math.max(s, cur.offset(r.getEnd()));
      cur = new DocumentText(cur.text.substring(0, s) + newText + cur.text.substring(e));
    }
    return cur;
  }
}
