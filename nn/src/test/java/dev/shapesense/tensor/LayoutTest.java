package dev.shapesense.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.nn.Linear;
import org.junit.jupiter.api.Test;

/**
 * Which views PyTorch allows after transposes, expands and slices, decided by strides; every case
 * recorded with PyTorch 1.13 on the meta device (and on CPU where noted).
 */
class LayoutTest {
  private static final String VIEW = Layout.VIEW_INCOMPATIBLE;

  private static Tensor x() {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.of(2, 3, 4));
  }

  private static String refused(Runnable r) {
    return assertThrows(ShapeError.class, r::run).getMessage();
  }

  @Test
  void aViewAcrossTransposedDimsIsRefusedWithPyTorchsText() {
    assertEquals(VIEW, refused(() -> x().transpose(1, 2).view(2, 12)));
    assertEquals(VIEW, refused(() -> x().transpose(0, 1).view(3, 8)));
    assertEquals(VIEW, refused(() -> x().transpose(1, 2).view(-1)));
    assertEquals(VIEW, refused(() -> x().permute(0, 2, 1).view(Shape.of(2, 12))));
    assertEquals(VIEW, refused(() -> x().narrow(2, 0, 2).view(2, 6)));
    // PyTorch: RuntimeError on CPU too.
    try (var cpu = Device.CPU.asDefault()) {
      assertEquals(VIEW, refused(() -> Tensors.zeros(2, 3, 4).transpose(1, 2).view(2, 12)));
    }
  }

  @Test
  void viewsTheStridesExpressAreAllowed() {
    assertEquals(Shape.of(2, 4, 3), x().transpose(1, 2).view(2, 4, 3).shape());
    // Splitting one dim is always a view.
    assertEquals(Shape.of(2, 2, 2, 3), x().transpose(1, 2).unflatten(1, 2, 2).shape());
    assertEquals(Shape.of(2, 12), x().transpose(1, 2).contiguous().view(2, 12).shape());
    assertEquals(Shape.of(2, 12), x().permute(0, 2, 1).reshape(2, 12).shape());
    assertEquals(Shape.of(2, 12), x().transpose(1, 2).flatten(1).shape());
    assertEquals(Shape.of(5, 24), x().expand(5, 2, 3, 4).view(5, 24).shape());
    assertEquals(Shape.of(2, 8), x().narrow(1, 0, 2).view(2, 8).shape());
    assertEquals(Shape.of(2, 12), x().unsqueeze(0).transpose(0, 1).view(2, 12).shape());
    assertEquals(
        Shape.of(4, 2, 3),
        x().transpose(1, 2).transpose(0, 1).transpose(1, 2).transpose(0, 2).view(4, 2, 3).shape());
    // A reshape that cannot view copies: what follows is contiguous again.
    assertEquals(Shape.of(24), x().transpose(1, 2).reshape(2, 12).view(24).shape());
    // chunk/split pieces keep the strides: a chunk along the last dim cannot merge.
    assertEquals(VIEW, refused(() -> x().chunk(2, 2).get(0).view(12)));
    assertEquals(Shape.of(12), x().chunk(2, 0).get(0).view(12).shape());
    try (var cpu = Device.CPU.asDefault()) {
      Tensor t = Tensors.arange(24).view(2, 3, 4).transpose(1, 2);
      assertEquals(Shape.of(2, 4, 3), t.view(2, 4, 3).shape());
      assertEquals(4L, t.contiguous().view(2, 12).longs()[1]);
    }
  }

  @Test
  void symbolicSizesNeverRefuseAViewThatSomeValuesAllow() {
    // [N, T, 4, 16] from [N, 4, T, 16]: view(N, T, 64) fits when T == 1 only; not refused.
    Tensor q =
        Tensors.empty(Device.META, DType.FLOAT32, Shape.parse("N, 4, T, 16")).transpose(1, 2);
    assertEquals(Shape.parse("N, T, 64"), q.view(Dim.sym("N"), Dim.sym("T"), Dim.of(64)).shape());
    assertEquals(
        Shape.parse("N, T, 64"),
        q.contiguous().view(Dim.sym("N"), Dim.sym("T"), Dim.of(64)).shape());
  }

  @Test
  void aLinearOnATransposed3dInputChecksSizesAsBmmDoes() {
    try (var meta = Device.META.asDefault()) {
      Tensor xt = x().transpose(1, 2);
      assertEquals(Shape.of(2, 4, 5), new Linear(3, 5).forward(xt).shape());
      // F.linear(x.transpose(1, 2), W) with in_features 5: matmul does not fold it, bmm checks.
      assertEquals(
          "Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [2, 5].",
          refused(() -> new Linear(5, 5).forward(xt)));
      // Contiguous or folded inputs: mm's text, as before.
      assertEquals(
          "mat1 and mat2 shapes cannot be multiplied (6x4 and 5x5)",
          refused(() -> new Linear(5, 5).forward(x())));
      assertEquals(
          "mat1 and mat2 shapes cannot be multiplied (8x3 and 5x5)",
          refused(
              () ->
                  new Linear(5, 5)
                      .forward(x().transpose(0, 1).transpose(0, 2).transpose(0, 1).contiguous())));
    }
  }

  @Test
  void attentionHeadsMergedWithoutContiguousAreRefused() {
    // nanoGPT's y.transpose(1, 2).contiguous().view(B, T, C) with the contiguous() left out, at
    // T = 16: the matrix product's result is contiguous, its transpose is not.
    Tensor q =
        Tensors.empty(Device.META, DType.FLOAT32, Shape.parse("N, 16, 64"))
            .view(Dim.sym("N"), Dim.of(16), Dim.of(4), Dim.of(16))
            .transpose(1, 2);
    Tensor att = Tensors.softmax(q.matmul(q.transpose(-2, -1)), -1);
    Tensor y = att.matmul(q);
    assertEquals(Shape.parse("N, 4, 16, 16"), y.shape());
    assertEquals(VIEW, refused(() -> y.transpose(1, 2).view(Dim.sym("N"), Dim.of(16), Dim.of(64))));
    assertEquals(
        Shape.parse("N, 16, 64"),
        y.transpose(1, 2).contiguous().view(Dim.sym("N"), Dim.of(16), Dim.of(64)).shape());
  }
}
