package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module's forward hooks fire once per call, as PyTorch's do: also for a user subclass of a
 * built-in container whose own {@code forward} calls {@code super.forward} (lucidrains' MLP-Mixer
 * is such a {@code Sequential}).
 */
class ForwardHookCountTest {
  static final class Scaled extends Sequential {
    Scaled() {
      super(new Linear(4, 8), new ReLU());
    }

    @Override
    public Tensor forward(Tensor x) {
      return super.forward(x).mul(2);
    }
  }

  static final class Plain extends Sequential {
    Plain() {
      super(new Linear(4, 8));
    }
  }

  private static List<String> hooked(Module m) {
    List<String> seen = new ArrayList<>();
    m.registerForwardHook(
        (mod, in, out) -> seen.add(mod.getClass().getSimpleName() + " " + ((Tensor) out).shape()));
    return seen;
  }

  @Test
  void aSubclassCallingSuperForwardFiresOnce() {
    try (var scope = Device.META.asDefault()) {
      Scaled s = new Scaled();
      List<String> seen = hooked(s);
      s.call(Tensors.zeros(2, 4));
      assertEquals(List.of("Scaled [2, 8]"), seen);
      // A direct forward call (the Java idiom for calling a layer) fires them once too: through
      // the built-in forward it calls.
      s.forward(Tensors.zeros(3, 4));
      assertEquals(List.of("Scaled [2, 8]", "Scaled [3, 8]"), seen);
    }
  }

  @Test
  void aSubclassInheritingTheBuiltInForwardFiresOnce() {
    try (var scope = Device.META.asDefault()) {
      Plain p = new Plain();
      List<String> seen = hooked(p);
      p.call(Tensors.zeros(2, 4));
      p.forward(Tensors.zeros(3, 4));
      assertEquals(List.of("Plain [2, 8]", "Plain [3, 8]"), seen);
    }
  }
}
