package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Modules chained in order ({@code nn.Sequential}); each takes and returns one Tensor. */
public class Sequential extends Module implements Iterable<Module> {
  /**
   * The entries by name, in registration order: {@code add}, {@code append} and {@code addModule}.
   */
  private final Map<String, Module> entries = new LinkedHashMap<>();

  public Sequential(Module... modules) {
    for (Module m : modules) {
      add(m);
    }
  }

  /** Appends {@code m} named by its index, as {@code append} does. */
  public Sequential add(Module m) {
    return add(String.valueOf(entries.size()), m);
  }

  /** Appends {@code m} under {@code name}. */
  public Sequential add(String name, Module m) {
    addModule(name, m);
    return this;
  }

  /**
   * Registers {@code module} as an entry too, as PyTorch's {@code add_module} on a Sequential does:
   * {@code forward} runs it in registration order (a name given again keeps its place).
   */
  @Override
  public <M extends Module> M addModule(String name, M module) {
    super.addModule(name, module);
    entries.put(name, module);
    return module;
  }

  /** Same as {@link #add(Module)}. */
  public Sequential append(Module m) {
    return add(m);
  }

  /** The entry at {@code i}; negative counts from the end. */
  public Module get(int i) {
    return ModuleList.at(new ArrayList<>(entries.values()), i);
  }

  public int size() {
    return entries.size();
  }

  @Override
  public Iterator<Module> iterator() {
    return List.copyOf(entries.values()).iterator();
  }

  public Tensor forward(Tensor input) {
    Tensor x = input;
    for (Module m : List.copyOf(entries.values())) {
      x = m.call(x);
    }
    return fire(x, input);
  }
}
