package dev.shapesense.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * Conditions a shape rule could not decide on symbolic dims ({@code C == 3} with symbolic {@code
 * C}). Rules record them here while they run, on the current thread; the op that builds the result
 * tensor drains them onto it, so each tensor carries the assumptions its shape rests on.
 */
public final class Assumptions {
  private static final ThreadLocal<List<String>> PENDING = ThreadLocal.withInitial(ArrayList::new);

  private Assumptions() {}

  static void record(String assumption) {
    List<String> l = PENDING.get();
    if (!l.contains(assumption)) {
      l.add(assumption);
    }
  }

  /** Takes and clears the assumptions recorded on this thread since the last drain. */
  public static List<String> drain() {
    List<String> l = PENDING.get();
    if (l.isEmpty()) {
      return List.of();
    }
    List<String> out = List.copyOf(l);
    l.clear();
    return out;
  }
}
