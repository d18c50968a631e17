package dev.shapesense.tensor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Index;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Indexing, slicing and splitting, with Python's bounds and PyTorch's messages. */
class IndexOpsTest {
  private static final Dim T = Dim.sym("T");

  private static Tensor meta(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  private static String shape(Tensor t) {
    return t.shape().toString();
  }

  private static String shapes(List<Tensor> ts) {
    return ts.stream().map(IndexOpsTest::shape).collect(Collectors.joining(" "));
  }

  private static ShapeError error(Runnable r) {
    return assertThrows(ShapeError.class, r::run);
  }

  @Test
  void selectAndNarrow() {
    assertEquals("[B, C]", shape(meta("B, T, C").select(1, -1)));
    assertEquals("[B, 2, C]", shape(meta("B, T, C").narrow(1, 0, 2)));
    ShapeError e = error(() -> meta("2, 3, 4").select(1, 3));
    assertEquals("IndexError", e.pythonType());
    assertEquals(
        "select(): index 3 out of range for tensor of size [2, 3, 4] at dimension 1",
        e.getMessage());
    assertEquals(
        "start (2) + length (2) exceeds dimension size (3).",
        error(() -> meta("2, 3, 4").narrow(1, -1, 2)).getMessage());
    assertEquals(
        "narrow() cannot be applied to a 0-dim tensor.",
        error(() -> meta("").narrow(0, 0, 1)).getMessage());
  }

  @Test
  void sliceFollowsPythonBounds() {
    Tensor pos = meta("1, 1024, C");
    assertEquals("[1, T, C]", shape(meta("1, T, C").slice(1, 0, T)));
    assertEquals("[1, Math.min(T, 1024), C]", shape(pos.slice(1, 0, T)));
    assertEquals("[1, 2, C]", shape(pos.slice(1, -2, Long.MAX_VALUE)));
    assertEquals("[1, 0, C]", shape(pos.slice(1, 5, 1)));
    assertEquals("[1, 512, C]", shape(pos.slice(1, 0, 1024, 2)));
    assertEquals("[1, 3, C]", shape(meta("1, 3, C").slice(1, -10, 10)));
    assertEquals("[1, T - 1, C]", shape(meta("1, T, C").slice(1, 1)));
  }

  @Test
  void subscripts() {
    Tensor x = meta("B, T, C");
    assertEquals("[B, C]", shape(x.index(Index.all(), Index.at(-1), Index.all())));
    assertEquals(
        "[B, 1, T, Math.min(C, 5)]",
        shape(x.index(Index.all(), Index.none(), Index.all(), Index.range(0, 5))));
    assertEquals("[B, T]", shape(x.index(Index.ellipsis(), Index.at(0))));
    assertEquals("[T, C]", shape(x.index(Index.at(0))));
    assertEquals(
        "too many indices for tensor of dimension 3",
        error(() -> x.index(Index.at(0), Index.at(0), Index.at(0), Index.at(0))).getMessage());
    assertEquals(
        "index 3 is out of bounds for dimension 1 with size 3",
        error(() -> meta("2, 3").index(Index.all(), Index.at(3))).getMessage());
    assertEquals(
        "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in"
            + " C++ to convert a 0-dim tensor to a number",
        error(() -> meta("").index(Index.at(0))).getMessage());
    ShapeError step = error(() -> x.index(Index.step(-1)));
    assertEquals("ValueError", step.pythonType());
    assertEquals("step must be greater than zero", step.getMessage());
  }

  @Test
  void chunkSplitUnbind() {
    Dim c = Dim.sym("C");
    assertEquals("[N, C] [N, C] [N, C]", shapes(meta("N, 3 * C").chunk(3, -1)));
    assertEquals("[1, 2] [1, 2] [1, 2] [1, 1]", shapes(meta("1, 7").chunk(5, -1)));
    List<Tensor> odd = meta("N, D").chunk(2, 1);
    assertEquals("[N, (D + 1) / 2] [N, D - (D + 1) / 2]", shapes(odd));
    assertEquals(List.of("D - (D + 1) / 2 >= 1"), odd.get(1).assumptions());
    assertEquals("[5, 5] [1, 5]", shapes(meta("6, 5").split(new long[] {5, 1}, 0)));
    assertEquals("[2, C] [2, C]", shapes(meta("4, C").split(2)));
    assertEquals("[N, C] [N, 2 * C]", shapes(meta("N, 3 * C").split(new Dim[] {c, c.times(2)}, 1)));
    assertEquals(
        "split_with_sizes expects split_sizes to sum exactly to 1 (input tensor's size at"
            + " dimension -1), but got split_sizes=[2]",
        error(() -> meta("3, 1").split(new long[] {2}, -1)).getMessage());
    assertEquals(
        "chunk expects `chunks` to be greater than 0, got: 0",
        error(() -> meta("2, 6").chunk(0, 1)).getMessage());
    assertEquals("[B, C] [B, C]", shapes(meta("B, 2, C").unbind(1)));
    assertEquals(
        "Dimension specified as 0 but tensor has no dimensions",
        error(() -> meta("").unbind()).getMessage());
  }
}
