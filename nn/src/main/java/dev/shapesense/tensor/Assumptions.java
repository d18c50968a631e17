package dev.shapesense.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * Conditions a shape rule could not decide on symbolic dims ({@code C == 3} with symbolic {@code
 * C}), collected while one rule runs. A rule makes its own collector, hands it to the checks it
 * makes ({@link Checks#check(Truth, java.util.function.Supplier, java.util.function.Supplier,
 * Assumptions)}) and returns what it collected on its result ({@link Shape#assuming}); the op that
 * builds the result tensor puts them on it, so each tensor carries the assumptions its shape rests
 * on. Nothing is kept between rules: a rule that fails leaves nothing behind.
 */
public final class Assumptions {
  /** Null until the first condition: most rules record none, and run on every call. */
  private List<String> conditions;

  /** Records {@code assumption} once. */
  public void add(String assumption) {
    if (conditions == null) {
      conditions = new ArrayList<>(2);
    }
    if (!conditions.contains(assumption)) {
      conditions.add(assumption);
    }
  }

  /** Records each of {@code assumptions} once, in order. */
  public void addAll(List<String> assumptions) {
    for (String a : assumptions) {
      add(a);
    }
  }

  /** Records the assumptions {@code s} (a rule's result) rests on. */
  public void addAll(Shape s) {
    if (s != null) {
      addAll(s.assumptions());
    }
  }

  /**
   * {@code s} resting on these conditions and then on its own: a result whose rule ran after the
   * checks that recorded these.
   */
  public Shape onto(Shape s) {
    if (isEmpty()) {
      return s;
    }
    return s.withoutAssumptions().assuming(this).assuming(s.assumptions());
  }

  public boolean isEmpty() {
    return conditions == null || conditions.isEmpty();
  }

  /** The recorded conditions, in the order first recorded. */
  public List<String> list() {
    return conditions == null ? List.of() : List.copyOf(conditions);
  }
}
