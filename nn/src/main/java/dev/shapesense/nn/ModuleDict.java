package dev.shapesense.nn;

import dev.shapesense.tensor.ShapeError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Submodules by name, in insertion order ({@code nn.ModuleDict}); iterates over names. */
public class ModuleDict extends Module implements Iterable<String> {
  private final LinkedHashMap<String, Module> items = new LinkedHashMap<>();

  public ModuleDict() {}

  public ModuleDict(Map<String, ? extends Module> modules) {
    modules.forEach(this::put);
  }

  public ModuleDict put(String name, Module m) {
    addModule(name, m);
    return this;
  }

  /**
   * Registers {@code module} as an item too, as PyTorch's {@code add_module} on a ModuleDict does.
   */
  @Override
  public <M extends Module> M addModule(String name, M module) {
    super.addModule(name, module);
    items.put(name, module);
    return module;
  }

  public Module get(String name) {
    Module m = items.get(name);
    if (m == null) {
      throw new ShapeError("KeyError", "'" + name + "'");
    }
    return m;
  }

  public boolean containsKey(String name) {
    return items.containsKey(name);
  }

  public int size() {
    return items.size();
  }

  public List<String> keys() {
    return new ArrayList<>(items.keySet());
  }

  public List<Module> values() {
    return new ArrayList<>(items.values());
  }

  public List<Map.Entry<String, Module>> items() {
    return new ArrayList<>(items.entrySet());
  }

  @Override
  public Iterator<String> iterator() {
    return keys().iterator();
  }
}
