package dev.shapesense.analyzer.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shapesense.nn.Linear;
import dev.shapesense.nn.Sequential;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recorded call's multiply-adds are worked out when first asked for, once: the hints and
 * diagnostics of an edit never need them, and the layers' rules are not run for them.
 */
class RecorderCountsTest {
  /** A Linear that counts how often its multiply-adds are asked for. */
  static final class CountedLinear extends Linear {
    int asked;

    CountedLinear(long in, long out) {
      super(in, out);
    }

    @Override
    public Dim multAdds(Shape output) {
      asked++;
      return super.multAdds(output);
    }
  }

  private static Tensor meta(String shape) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(shape));
  }

  @Test
  void countsAreWorkedOutWhenAskedForAndOnce() {
    CountedLinear a = new CountedLinear(4, 8);
    CountedLinear b = new CountedLinear(8, 2);
    Sequential root = new Sequential(a, b);
    Recorder rec = new Recorder();
    Tensor x = meta("N, 4");
    Tensor h = meta("N, 8");
    Tensor y = meta("N, 2");
    rec.enter(root);
    rec.trace(a, List.of(x), h, null);
    rec.trace(b, List.of(h), y, null);
    rec.trace(root, List.of(x), y, null);
    rec.exit(root);
    List<Recorder.Call> calls = rec.takeCalls();
    assertEquals(0, a.asked + b.asked, "no count is worked out while recording");

    // torchinfo: a Linear counts (weight + bias elements) * N: (32 + 8) * N and (16 + 2) * N.
    assertEquals("58 * N", calls.get(2).macs().toString());
    assertEquals("0", calls.get(2).ownMacs().toString());
    assertEquals("40 * N", calls.get(0).macs().toString());
    assertEquals("18 * N", calls.get(1).ownMacs().toString());
    assertEquals(1, a.asked);
    assertEquals(1, b.asked);
  }

  @Test
  void anUnknownCountMakesTheSumsAroundItUnknown() {
    Linear a = new Linear(4, 8);
    Sequential root = new Sequential(a, new Linear(8, 2));
    Recorder rec = new Recorder();
    rec.enter(root);
    rec.trace(a, List.of(meta("N, 4")), meta("N, 8"), null);
    rec.functionalMacs(null);
    rec.trace(root, List.of(meta("N, 4")), meta("N, 8"), null);
    rec.exit(root);
    List<Recorder.Call> calls = rec.takeCalls();
    assertEquals("40 * N", calls.get(0).macs().toString());
    assertNull(calls.get(1).macs());
  }

  @Test
  void aContainerCalledByAContainerCountsTheCallsOfTheModulesInsideIt() {
    Linear a = new Linear(4, 8);
    Linear b = new Linear(8, 2);
    Linear c = new Linear(2, 2);
    Sequential inner = new Sequential(a, b);
    Sequential outer = new Sequential(inner, c);
    Recorder rec = new Recorder();
    rec.enter(outer);
    rec.trace(a, List.of(meta("N, 4")), meta("N, 8"), null);
    rec.trace(b, List.of(meta("N, 8")), meta("N, 2"), null);
    rec.trace(inner, List.of(meta("N, 4")), meta("N, 2"), null);
    rec.trace(c, List.of(meta("N, 2")), meta("N, 2"), null);
    rec.trace(outer, List.of(meta("N, 4")), meta("N, 2"), null);
    rec.exit(outer);
    List<Recorder.Call> calls = rec.takeCalls();
    // (32 + 8) * N + (16 + 2) * N; then (4 + 2) * N more.
    assertEquals("58 * N", calls.get(2).macs().toString());
    assertEquals("64 * N", calls.get(4).macs().toString());
  }
}
