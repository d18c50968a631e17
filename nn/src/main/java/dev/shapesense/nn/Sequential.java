package dev.shapesense.nn;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Tensor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Modules chained in order ({@code nn.Sequential}); each takes and returns one Tensor. */
public class Sequential extends Module implements Iterable<Module> {
  private final List<Module> order = new ArrayList<>();

  public Sequential(Module... modules) {
    for (Module m : modules) {
      add(m);
    }
  }

  /** Appends {@code m} named by its index, as {@code append} does. */
  public Sequential add(Module m) {
    return add(String.valueOf(order.size()), m);
  }

  /** Appends {@code m} under {@code name}. */
  public Sequential add(String name, Module m) {
    addModule(name, m);
    order.add(m);
    return this;
  }

  /** Same as {@link #add(Module)}. */
  public Sequential append(Module m) {
    return add(m);
  }

  /** The entry at {@code i}; negative counts from the end. */
  public Module get(int i) {
    int n = order.size();
    Checks.check(i >= -n && i < n, "IndexError", () -> "index " + i + " is out of range");
    return order.get(i < 0 ? i + n : i);
  }

  public int size() {
    return order.size();
  }

  @Override
  public Iterator<Module> iterator() {
    return List.copyOf(order).iterator();
  }

  public Tensor forward(Tensor input) {
    Tensor x = input;
    for (Module m : order) {
      x = m.call(x);
    }
    return fire(x, input);
  }
}
