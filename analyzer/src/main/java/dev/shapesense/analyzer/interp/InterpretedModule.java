package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.nn.Module;
import dev.shapesense.nn.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance of a user's module class, whose code the interpreter runs. Its fields live in a map
 * (declaration order, superclass first); a built-in superclass such as {@code Sequential} is
 * represented by a delegate instance. As a real {@link Module} it answers {@code namedModules()},
 * {@code parameterCount()} and {@code train()}, and built-in containers can call it.
 */
final class InterpretedModule extends Module {
  final TypeRef type;
  final FieldValues fields = new FieldValues();
  private final Interpreter interpreter;
  private final Map<String, Module> delegateHolder = new LinkedHashMap<>();

  /**
   * The enclosing instance of an inner or local module class's object (JLS 8.1.3), or null. In an
   * array: Module's field scan takes a field of type Object for a child.
   */
  final Object[] outer = new Object[1];

  /** The enclosing method's locals a local class's object sees, or null. */
  Map<String, Object> captured;

  /** True when its built-in superclass could not be built: its layers are not known. */
  boolean incomplete;

  InterpretedModule(TypeRef type, Interpreter interpreter) {
    this.type = type;
    this.interpreter = interpreter;
  }

  String typeName() {
    return type.decl().getNameAsString();
  }

  void setDelegate(Module m) {
    delegateHolder.put("delegate", m);
  }

  Module delegate() {
    return delegateHolder.get("delegate");
  }

  @Override
  public Map<String, Module> namedChildren() {
    Map<String, Module> out = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (v instanceof Module m) {
            out.put(k, m);
          }
        });
    if (delegate() != null) {
      out.putAll(delegate().namedChildren());
    }
    out.putAll(super.namedChildren());
    return out;
  }

  /** As {@code namedChildren().values()}, without building the map when only fields hold them. */
  @Override
  public List<Module> children() {
    if (delegate() != null || super.hasChildren()) {
      return new ArrayList<>(namedChildren().values());
    }
    List<Module> out = new ArrayList<>();
    for (Object v : fields.values()) {
      if (v instanceof Module m) {
        out.add(m);
      }
    }
    return out;
  }

  @Override
  public boolean hasChildren() {
    for (Object v : fields.values()) {
      if (v instanceof Module) {
        return true;
      }
    }
    return (delegate() != null && delegate().hasChildren()) || super.hasChildren();
  }

  @Override
  public Map<String, Parameter> namedOwnParameters() {
    Map<String, Parameter> out = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (v instanceof Parameter p) {
            out.put(k, p);
          }
        });
    if (delegate() != null) {
      out.putAll(delegate().namedOwnParameters());
    }
    out.putAll(super.namedOwnParameters());
    return out;
  }

  /** Built-in containers call user modules through here. */
  @Override
  public Object callForward(Object... inputs) {
    Object out = interpreter.callModule(this, List.of(inputs), null);
    if (Values.isUnknown(out)) {
      throw new Signals.UnknownResult();
    }
    return out;
  }

  @Override
  public String toString() {
    Map<String, Module> kids = namedChildren();
    if (kids.isEmpty()) {
      return typeName() + "()";
    }
    // PyTorch's Module.__repr__, with the user's class name.
    StringBuilder sb = new StringBuilder(typeName()).append("(\n");
    for (var e : kids.entrySet()) {
      String child = e.getValue().toString().replace("\n", "\n  ");
      sb.append("  (").append(e.getKey()).append("): ").append(child).append('\n');
    }
    return sb.append(')').toString();
  }
}
