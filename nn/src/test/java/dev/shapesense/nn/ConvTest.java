package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Convolution layers and functions against answers recorded from PyTorch 1.13 on CPU. */
class ConvTest {
  private static Tensor meta(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  private static String error(Runnable r) {
    return assertThrows(ShapeError.class, r::run).getMessage();
  }

  @Test
  void symbolicOutputSizes() {
    assertEquals(
        "[N, 6, H - 4, W - 4]", new Conv2d(3, 6, 5).forward(meta("N, 3, H, W")).shape().toString());
    assertEquals(
        "[N, 6, (H - 5) / 2 + 1, (W - 5) / 2 + 1]",
        new Conv2d(3, 6, 5).stride(2).forward(meta("N, 3, H, W")).shape().toString());
    assertEquals(
        "[N, 4, L]",
        new Conv1d(2, 4, 4).padding("same").forward(meta("N, 2, L")).shape().toString());
    assertEquals(
        "[N, 3, 2 * H + 1, 2 * W + 1]",
        new ConvTranspose2d(2, 3, 3).stride(2).forward(meta("N, 2, H, W")).shape().toString());
  }

  @Test
  void parametersAndRepr() {
    Conv2d c = new Conv2d(3, 6, 5);
    assertEquals(456, c.parameterCount());
    assertEquals("3, 6, kernel_size=(5, 5), stride=(1, 1)", c.extraRepr());
    assertEquals(
        "3, 6, kernel_size=(5, 3), stride=(2, 2), padding=(1, 1), dilation=(2, 2), groups=3,"
            + " bias=False, padding_mode=reflect",
        new Conv2d(3, 6, new int[] {5, 3})
            .stride(2)
            .padding(1)
            .dilation(2)
            .groups(3)
            .bias(false)
            .paddingMode("reflect")
            .extraRepr());
    assertEquals(
        "3, 6, kernel_size=(5,), stride=(1,), padding=valid",
        new Conv1d(3, 6, 5).padding("valid").extraRepr());
    assertEquals(
        "3, 6, kernel_size=(5, 5), stride=(2, 2), output_padding=(1, 1)",
        new ConvTranspose2d(3, 6, 5).outputPadding(1).stride(2).extraRepr());
    assertEquals(
        List.of(6L, 1L, 5L, 3L),
        new Conv2d(3, 6, new int[] {5, 3})
            .groups(3).weight().shape().dims().stream().map(d -> d.value()).toList());
    assertEquals(3, new Conv2d(3, 6, 5).config().inChannels());
    assertEquals(List.of(2L, 2L), new Conv2d(3, 6, 5).stride(2).config().stride());
  }

  @Test
  void channelMismatchCarriesFacts() {
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () -> new Conv2d(16, 5, new int[] {2, 3}).forward(meta("4, 15, 3, 22")));
    assertEquals(
        "Given groups=1, weight of size [5, 16, 2, 3], expected input[4, 15, 3, 22] to have 16"
            + " channels, but got 15 channels instead",
        e.getMessage());
    assertEquals("in_channels", e.violation().argument());
    assertEquals("15", e.violation().expected().toString());
    assertEquals("16", e.violation().actual().toString());
  }

  @Test
  void constructErrors() {
    assertEquals(
        "out_channels must be divisible by groups", error(() -> new Conv2d(6, 7, 1).groups(2)));
    assertEquals(
        "padding='same' is not supported for strided convolutions",
        error(() -> new Conv2d(6, 5, 2).padding("same").stride(2)));
    assertEquals(
        "Invalid padding string 'full', should be one of {'same', 'valid'}",
        error(() -> new Conv2d(6, 5, 2).padding("full")));
    assertEquals(
        "Only \"zeros\" padding mode is supported for ConvTranspose2d",
        error(() -> new ConvTranspose2d(3, 4, 3).paddingMode("reflect")));
  }

  @Test
  void forwardErrors() {
    assertEquals(
        "Calculated padded input size per channel: (9 x 11). Kernel size: (10 x 12). Kernel size"
            + " can't be greater than actual input size",
        error(() -> F.conv2d(meta("3, 2, 9, 11"), meta("4, 2, 10, 12"), null, 3)));
    assertEquals(
        "Given input size per channel: (1 x 6). Calculated output size per channel: (1 x -1)."
            + " Output size is too small",
        error(() -> new ConvTranspose1d(3, 2, 4).padding(5).forward(meta("1, 3, 6"))));
    assertEquals(
        "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [2, 8]",
        error(() -> new Conv2d(2, 3, 3).forward(meta("2, 8"))));
    assertEquals(
        "non-positive stride is not supported",
        error(() -> new Conv1d(2, 4, 4).stride(0).forward(meta("2, 2, 31"))));
    assertEquals(
        "negative padding is not supported",
        error(() -> new Conv2d(8, 5, 5).padding(-1).forward(meta("8, 18, 7"))));
    assertEquals(
        "Argument #4: Padding size should be less than the corresponding input dimension, but got:"
            + " padding (2, 2) at dimension 2 of input 3",
        error(
            () -> new Conv2d(1, 1, 5).padding(2).paddingMode("reflect").forward(meta("1, 2, 1"))));
    assertEquals(
        "input (H: 4, W: 4 ) is too small. Calculated output H: 0 W: 0",
        error(
            () ->
                new Conv2d(2, 3, 1)
                    .padding(-2)
                    .paddingMode("replicate")
                    .forward(meta("1, 2, 4, 4"))));
    assertEquals(
        "Padding value causes wrapping around more than once.",
        error(
            () ->
                new Conv2d(2, 3, 3)
                    .padding(5)
                    .paddingMode("circular")
                    .forward(meta("1, 2, 4, 8"))));
    assertEquals(
        "expected scalar type Double but found Float",
        error(
            () ->
                new Conv2d(2, 3, 3)
                    .bias(false)
                    .forward(Tensors.empty(Device.META, DType.FLOAT64, Shape.of(1, 2, 8, 8)))));
    assertEquals(
        "Input type (double) and bias type (float) should be the same",
        error(
            () ->
                new Conv2d(2, 3, 3)
                    .forward(Tensors.empty(Device.META, DType.FLOAT64, Shape.of(1, 2, 8, 8)))));
  }

  @Test
  void aBiasOfAnotherTypeFailsWithNumericPaddingOnlyAsInPyTorch() {
    // F.conv2d(x, w, b.double(), 1, p) in PyTorch 1.13, meta and CPU alike: p = 1 raises; 'same'
    // and 'valid' (its _convolution_mode path) check no bias type and give float32.
    for (Device d : List.of(Device.META, Device.CPU)) {
      Tensor x = Tensors.empty(d, DType.FLOAT32, Shape.of(1, 3, 8, 8));
      Tensor w = Tensors.empty(d, DType.FLOAT32, Shape.of(4, 3, 3, 3));
      Tensor b = Tensors.empty(d, DType.FLOAT64, Shape.of(4));
      assertEquals(
          "Input type (float) and bias type (double) should be the same",
          assertThrows(RuntimeException.class, () -> F.conv2d(x, w, b, 1, 1)).getMessage());
      Tensor same = F.conv2d(x, w, b, 1, "same");
      assertEquals("[1, 4, 8, 8]", same.shape().toString());
      assertEquals(DType.FLOAT32, same.dtype());
      assertEquals("[1, 4, 6, 6]", F.conv2d(x, w, b, 1, "valid").shape().toString());
    }
  }

  @Test
  void samePaddingAndModes() {
    assertEquals(
        "Given groups=1, weight of size [2, 3, 2, 2], expected input[1, 4, 6, 6] to have 3"
            + " channels, but got 4 channels instead",
        error(() -> F.conv2d(meta("1, 4, 5, 5"), meta("2, 3, 2, 2"), null, 1, "same")));
    assertEquals(
        "[1, 3, 6, 8]",
        new Conv2d(2, 3, 4)
            .padding("same")
            .paddingMode("reflect")
            .forward(meta("1, 2, 6, 8"))
            .shape()
            .toString());
    assertEquals(
        "[3, 4, 4]",
        new Conv2d(2, 3, 3)
            .padding(1)
            .paddingMode("replicate")
            .forward(meta("2, 4, 4"))
            .shape()
            .toString());
  }

  @Test
  void transposedOutputSize() {
    ConvTranspose2d t = new ConvTranspose2d(2, 3, 3).stride(2);
    assertEquals(
        "[1, 3, 18, 17]",
        t.forward(meta("1, 2, 8, 8"), new long[] {1, 3, 18, 17}).shape().toString());
    assertEquals(
        "[3, 18, 17]", t.forward(meta("2, 8, 8"), new long[] {3, 18, 17}).shape().toString());
    assertEquals(
        "ConvTranspose2D: for 4D input, output_size must have 2 or 4 elements (got 1)",
        error(() -> t.forward(meta("1, 2, 8, 8"), new long[] {18})));
    assertEquals(
        "requested an output size of (16,), but valid sizes range from [14] to [15] (for an input"
            + " of torch.Size([6]))",
        error(
            () ->
                new ConvTranspose1d(8, 1, 4).stride(2).forward(meta("1, 8, 6"), new long[] {16})));
    assertEquals(
        "output padding must be smaller than either stride or dilation, but got"
            + " output_padding_depth: 1 output_padding_height: 1 output_padding_width: 1"
            + " stride_depth: 1 stride_height: 1 stride_width: 1 dilation_depth: 1"
            + " dilation_height: 1 dilation_width: 1",
        error(() -> new ConvTranspose3d(2, 3, 3).outputPadding(1).forward(meta("1, 2, 8, 8, 8"))));
    assertEquals(
        "conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, not tuple",
        error(() -> new ConvTranspose2d(3, 4, 3).padding("same").forward(meta("1, 3, 5, 5"))));
    assertEquals(
        "Given transposed=1, weight of size [2, 3, 3, 3, 3], expected input[1, 4, 3, 3, 3] to have"
            + " 2 channels, but got 4 channels instead",
        error(() -> new ConvTranspose3d(2, 3, 3).forward(meta("1, 4, 3, 3, 3"))));
  }
}
