package dev.shapesense.analyzer;

/** A span of a source text as 0-based UTF-16 offsets, {@code end} exclusive. */
public record TextRange(int start, int end) {
  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  public boolean contains(int offset) {
    return offset >= start && offset <= end;
  }

  public boolean overlaps(TextRange o) {
    return start <= o.end && o.start <= end;
  }
}
