package dev.shapesense.tensor;

/**
 * One entry of a Python subscript, for {@link Tensor#index}: {@code x[:, -1, 0:5, None, ...]} is
 * {@code x.index(Index.all(), Index.at(-1), Index.range(0, 5), Index.none(), Index.ellipsis())}.
 * Bounds follow Python slicing: negative values count from the end, out-of-range bounds are
 * clamped, a {@code null} bound is open. Immutable.
 */
public sealed interface Index {
  /** {@code i}: selects one position and drops the dim. */
  record At(Dim index) implements Index {}

  /** {@code start:end:step}; a null start or end is open. */
  record Range(Dim start, Dim end, long step) implements Index {}

  /** {@code None} (numpy's {@code newaxis}): inserts a dim of size 1. */
  record NewAxis() implements Index {}

  /** {@code ...}: as many full slices as the dims not otherwise indexed. */
  record Ellipsis() implements Index {}

  /** {@code :}, the whole dim. */
  static Index all() {
    return new Range(null, null, 1);
  }

  static Index at(long index) {
    return new At(Dim.of(index));
  }

  static Index at(Dim index) {
    return new At(index);
  }

  /** {@code start:end}. */
  static Index range(long start, long end) {
    return new Range(Dim.of(start), Dim.of(end), 1);
  }

  /** {@code start:end:step}. */
  static Index range(long start, long end, long step) {
    return new Range(Dim.of(start), Dim.of(end), step);
  }

  static Index range(long start, Dim end) {
    return new Range(Dim.of(start), end, 1);
  }

  static Index range(Dim start, Dim end) {
    return new Range(start, end, 1);
  }

  static Index range(Dim start, Dim end, long step) {
    return new Range(start, end, step);
  }

  /** {@code start:}. */
  static Index from(long start) {
    return new Range(Dim.of(start), null, 1);
  }

  static Index from(Dim start) {
    return new Range(start, null, 1);
  }

  /** {@code :end}. */
  static Index upTo(long end) {
    return new Range(null, Dim.of(end), 1);
  }

  static Index upTo(Dim end) {
    return new Range(null, end, 1);
  }

  /** {@code ::step}. */
  static Index step(long step) {
    return new Range(null, null, step);
  }

  /** {@code start::step}, as in {@code x[..., 1::2, :]}. */
  static Index from(long start, long step) {
    return new Range(Dim.of(start), null, step);
  }

  /** {@code None}. */
  static Index none() {
    return new NewAxis();
  }

  /** {@code ...}. */
  static Index ellipsis() {
    return new Ellipsis();
  }
}
