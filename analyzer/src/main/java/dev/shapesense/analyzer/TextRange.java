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

  /**
   * Every bit of both offsets mixed into the bits hash tables look at (a multiplicative hash): the
   * analysis keeps a large file's hints and calls in tables keyed by their ranges.
   */
  @Override
  public int hashCode() {
    long k = ((long) start << 32 | end) * 0x9E3779B97F4A7C15L;
    return (int) (k >>> 32);
  }
}
