package dev.shapesense.analyzer.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value's origins: the calls and inputs it was computed from, as sorted sets. */
class FlowTest {
  @Test
  void unionsOfManySetsAreSortedWithoutRepeats() {
    assertArrayEquals(
        new int[] {-1, 0, 1, 2, 3, 5},
        Flow.unionAll(List.of(new int[] {1, 3}, new int[] {2, 3}, new int[] {-1, 0, 5})));
    assertArrayEquals(new int[] {4}, Flow.unionAll(List.of(new int[] {4})));
    assertArrayEquals(new int[] {}, Flow.unionAll(List.of()));
  }

  @Test
  void aListComesFromWhatEachOfItsTensorsCameFrom() {
    Flow flow = new Flow();
    List<Object> outs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Tensor t = Tensors.empty(Device.META, DType.FLOAT32, Shape.parse("N, 4"));
      flow.produced(t, 4 - i);
      outs.add(t);
      outs.add(t);
    }
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, flow.of(outs));
  }
}
