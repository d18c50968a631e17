package dev.shapesense.tensor;

import java.util.function.Supplier;

/**
 * Preconditions of shape rules. A failed check throws {@link ShapeError} with PyTorch's text, built
 * only when the check fails. A check that cannot be decided on symbolic dims records an assumption
 * into the {@link Assumptions} its caller passes instead of failing.
 */
public final class Checks {
  private Checks() {}

  /** A RuntimeError unless {@code ok}. */
  public static void check(boolean ok, Supplier<String> message) {
    if (!ok) {
      throw new ShapeError(message.get());
    }
  }

  /** A {@code pythonType} error (ValueError, IndexError...) unless {@code ok}. */
  public static void check(boolean ok, String pythonType, Supplier<String> message) {
    if (!ok) {
      throw new ShapeError(pythonType, message.get());
    }
  }

  /**
   * Fails when {@code t} is FALSE; when UNKNOWN records {@code assumption} into {@code into} and
   * goes on.
   *
   * @return whether the condition is known to hold
   */
  public static boolean check(
      Truth t, Supplier<String> message, Supplier<String> assumption, Assumptions into) {
    return check(t, "RuntimeError", message, assumption, into);
  }

  public static boolean check(
      Truth t,
      String pythonType,
      Supplier<String> message,
      Supplier<String> assumption,
      Assumptions into) {
    if (t == Truth.FALSE) {
      throw new ShapeError(pythonType, message.get());
    }
    if (t == Truth.UNKNOWN) {
      into.add(assumption.get());
      return false;
    }
    return true;
  }

  /**
   * Fails unless {@code a == b} can hold; records {@code a == b} into {@code into} if undecidable.
   */
  public static void checkEq(Dim a, Dim b, Supplier<String> message, Assumptions into) {
    check(Dim.eq(a, b), message, () -> a + " == " + b, into);
  }

  /** As {@link #checkEq(Dim, Dim, Supplier, Assumptions)}, with typed facts for fixes. */
  public static void checkEq(
      Dim a, Dim b, ShapeError.Violation facts, Supplier<String> message, Assumptions into) {
    Truth t = Dim.eq(a, b);
    if (t == Truth.FALSE) {
      throw new ShapeError("RuntimeError", message.get(), facts);
    }
    if (t == Truth.UNKNOWN) {
      into.add(a + " == " + b);
    }
  }

  /**
   * Wraps a possibly negative dim index into {@code [0, rank)} as PyTorch's {@code maybe_wrap_dim}
   * does: a 0-d tensor accepts -1 and 0.
   */
  public static int wrapDim(long dim, int rank) {
    int r = Math.max(rank, 1);
    if (dim < -r || dim > r - 1) {
      throw new ShapeError(
          "IndexError",
          "Dimension out of range (expected to be in range of ["
              + -r
              + ", "
              + (r - 1)
              + "], but got "
              + dim
              + ")");
    }
    return (int) (dim < 0 ? dim + r : dim);
  }
}
