package dev.shapesense.analyzer;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first request, once, by whichever thread asks first; equal, hashed and
 * printed as that value. For parts of a result that most callers never read (a model's layer graph:
 * only the Model view and {@code shapesense graph} ask), so the analysis behind every keystroke
 * does not build them. What the computation reads must not change after the analysis (no syntax
 * tree: a newer version of the file takes the tree over).
 */
public final class Lazy<T> implements Supplier<T> {
  private Supplier<? extends T> compute;
  private T value;

  private Lazy(Supplier<? extends T> compute, T value) {
    this.compute = compute;
    this.value = value;
  }

  /** Computed on first {@link #get}. */
  public static <T> Lazy<T> of(Supplier<? extends T> compute) {
    return new Lazy<>(Objects.requireNonNull(compute), null);
  }

  /** Already computed. */
  public static <T> Lazy<T> value(T value) {
    return new Lazy<>(null, value);
  }

  @Override
  public synchronized T get() {
    if (compute != null) {
      value = compute.get();
      compute = null;
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lazy<?> l && Objects.equals(get(), l.get());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(get());
  }

  @Override
  public String toString() {
    return String.valueOf(get());
  }
}
