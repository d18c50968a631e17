package dev.shapesense.analyzer;

/**
 * Threads with a stack deep enough for the code generated models hold: a thousand nested calls
 * ({@code F.relu(F.relu(...))}) take JavaParser's recursive descent and the interpreter's recursive
 * evaluation far past a default thread stack. The memory is reserved, not committed: only what a
 * deep file uses is paid for. What still overflows becomes a diagnostic, never a crash.
 */
public final class Stacks {
  private Stacks() {}

  /** The stack of every thread that parses or analyses. */
  public static final long BYTES = 512L << 20;

  /** A thread running {@code r} with a {@link #BYTES} stack. */
  public static Thread thread(Runnable r, String name) {
    return new Thread(null, r, name, BYTES);
  }
}
