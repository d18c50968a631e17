package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;

/** Control transfers of interpreted code, as exceptions without stack traces. */
final class Signals {
  private Signals() {}

  /** {@code return value;}. */
  static final class Return extends RuntimeException {
    final Object value;

    Return(Object value) {
      super(null, null, false, false);
      this.value = value;
    }
  }

  /** {@code yield value;} in a switch expression. */
  static final class Yield extends RuntimeException {
    final Object value;

    Yield(Object value) {
      super(null, null, false, false);
      this.value = value;
    }
  }

  /**
   * {@code break} ({@code isBreak}) or {@code continue}, to {@code label} (null: the innermost).
   */
  static final class Jump extends RuntimeException {
    final boolean isBreak;
    final String label;

    Jump(boolean isBreak, String label) {
      super(null, null, false, false);
      this.isBreak = isBreak;
      this.label = label;
    }
  }

  /**
   * A user's {@code throw} that the analysis reached, of the class {@code type} names as the code
   * wrote it ({@code throw new IllegalArgumentException(..)}), or null when not known ({@code throw
   * e}).
   */
  static final class UserThrow extends RuntimeException {
    final String type;

    /** The throw statement, and the file it is in. */
    final transient Node at;

    final transient dev.shapesense.analyzer.ParsedFile file;

    UserThrow(String type, Node at, dev.shapesense.analyzer.ParsedFile file) {
      super(null, null, false, false);
      this.type = type;
      this.at = at;
      this.file = file;
    }
  }

  /** A user module called from a built-in container gave a value the analysis cannot know. */
  static final class UnknownResult extends RuntimeException {
    UnknownResult() {
      super(null, null, false, false);
    }
  }

  /** The step budget is spent: the analysis of this model ends here. */
  public static final class OutOfBudget extends RuntimeException {
    public final Node at;

    /** Whether the time budget ran out (else the step budget). */
    public final boolean time;

    OutOfBudget(Node at, boolean time) {
      super(time ? "time budget spent" : "step budget spent", null, false, false);
      this.at = at;
      this.time = time;
    }
  }
}
