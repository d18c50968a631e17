package dev.shapesense.nn;

import dev.shapesense.tensor.Checks;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A list of submodules named {@code 0, 1, ...} ({@code nn.ModuleList}); it has no forward. */
public class ModuleList extends Module implements Iterable<Module> {
  private final List<Module> items = new ArrayList<>();

  public ModuleList(Module... modules) {
    for (Module m : modules) {
      add(m);
    }
  }

  public ModuleList(Iterable<? extends Module> modules) {
    for (Module m : modules) {
      add(m);
    }
  }

  public ModuleList add(Module m) {
    addModule(String.valueOf(items.size()), m);
    items.add(m);
    return this;
  }

  public ModuleList append(Module m) {
    return add(m);
  }

  public ModuleList extend(Iterable<? extends Module> modules) {
    for (Module m : modules) {
      add(m);
    }
    return this;
  }

  public Module get(int i) {
    return at(items, i);
  }

  /** Entry {@code i} of {@code items}, negative from the end, as Python indexes a list. */
  static Module at(List<Module> items, int i) {
    int n = items.size();
    Checks.check(i >= -n && i < n, "IndexError", () -> "index " + i + " is out of range");
    return items.get(i < 0 ? i + n : i);
  }

  public int size() {
    return items.size();
  }

  @Override
  public Iterator<Module> iterator() {
    return List.copyOf(items).iterator();
  }
}
