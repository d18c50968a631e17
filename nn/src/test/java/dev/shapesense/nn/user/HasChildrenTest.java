package dev.shapesense.nn.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.nn.Linear;
import dev.shapesense.nn.Module;
import dev.shapesense.nn.Parameter;
import dev.shapesense.nn.ReLU;
import dev.shapesense.nn.Sequential;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Module#hasChildren()} agrees with {@link Module#namedChildren()}, for built-in layers and
 * for user modules (outside the library's package, so their fields are read).
 */
class HasChildrenTest {
  /** A user module whose child is a field, possibly unset. */
  static final class Holder extends Module {
    Module child;
    Object any;
    Parameter scale;

    Holder(Module child, Object any, Parameter scale) {
      this.child = child;
      this.any = any;
      this.scale = scale;
    }
  }

  @Test
  void agreesWithNamedChildren() {
    List<Module> modules = new ArrayList<>();
    try (Device.Scope meta = Device.META.asDefault()) {
      Parameter p = new Parameter(Tensors.empty(Device.META, DType.FLOAT32, Shape.of(3)));
      modules.add(new Linear(4, 3));
      modules.add(new ReLU());
      modules.add(new Sequential());
      modules.add(new Sequential(new ReLU()));
      Module registered = new Module() {};
      registered.addModule("r", new ReLU());
      modules.add(registered);
      modules.add(new Module() {});
      modules.add(new Holder(null, null, p));
      modules.add(new Holder(new ReLU(), null, null));
      modules.add(new Holder(null, new ReLU(), null));
      modules.add(new Holder(null, "not a module", p));
    }
    List<Boolean> expected = new ArrayList<>();
    List<Boolean> actual = new ArrayList<>();
    for (Module m : modules) {
      expected.add(!m.namedChildren().isEmpty());
      actual.add(m.hasChildren());
    }
    assertEquals(
        List.of(false, false, false, true, true, false, false, true, true, false), expected);
    assertEquals(expected, actual);
  }
}
