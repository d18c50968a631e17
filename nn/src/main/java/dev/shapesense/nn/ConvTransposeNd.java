package dev.shapesense.nn;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.ConvModuleRules;
import dev.shapesense.tensor.rules.ConvRules;

/**
 * Base of the transposed convolutions ({@code _ConvTransposeNd}): adds {@code outputPadding} and
 * {@code forward(x, outputSize)}, which picks the output padding that yields the requested size
 * (PyTorch's ValueError when no padding can). Output spatial size {@code (in - 1) s - 2p + d(k - 1)
 * + 1 + outputPadding}. Only {@code "zeros"} padding mode exists; a padding string is accepted as
 * PyTorch accepts it (as a tuple of characters) and fails in forward with PyTorch's TypeError.
 *
 * @param <T> the concrete layer, which every fluent setter returns
 */
public abstract class ConvTransposeNd<T extends ConvTransposeNd<T>> extends ConvNd<T> {
  ConvTransposeNd(int spatial, long inChannels, long outChannels, int[] kernelSize) {
    super(spatial, true, inChannels, outChannels, kernelSize);
  }

  public T outputPadding(int... outputPadding) {
    return change(() -> this.outputPadding = ntuple(outputPadding));
  }

  @Override
  public T padding(String padding) {
    // _ntuple turns a string into its characters; an empty one becomes an empty tuple.
    super.padding(padding);
    if (padding.isEmpty()) {
      this.paddingString = null;
      this.padding = new long[0];
    }
    return self();
  }

  public Tensor forward(Tensor input) {
    return fire(transposedForward(input, null), input);
  }

  /** {@code forward(input, output_size)}: spatial sizes, or with the non-spatial dims in front. */
  public Tensor forward(Tensor input, long[] outputSize) {
    return fire(transposedForward(input, outputSize), input);
  }

  public Tensor forward(Tensor input, int[] outputSize) {
    long[] size = outputSize == null ? null : new long[outputSize.length];
    for (int i = 0; size != null && i < size.length; i++) {
      size[i] = outputSize[i];
    }
    return forward(input, size);
  }

  /** As {@link #forward(Tensor, long[])}, with the size as a shape (e.g. another tensor's). */
  public Tensor forward(Tensor input, Shape outputSize) {
    return forward(input, outputSize == null ? null : outputSize.sizes());
  }

  private Tensor transposedForward(Tensor input, long[] outputSize) {
    String name = getClass().getSimpleName();
    if (!paddingMode.equals("zeros")) {
      throw new ShapeError("ValueError", "Only `zeros` padding mode is supported for " + name);
    }
    Dim[] op;
    Assumptions into = new Assumptions();
    if (outputSize == null) {
      op = new Dim[outputPadding.length];
      for (int i = 0; i < op.length; i++) {
        op[i] = Dim.of(outputPadding[i]);
      }
    } else {
      op =
          ConvModuleRules.outputPadding(
              name,
              input.shape(),
              outputSize,
              spatial,
              stride,
              padding,
              kernelSize,
              dilation,
              paddingString != null,
              into);
    }
    if (paddingString != null) {
      throw new ShapeError(
          "TypeError",
          "conv_transpose"
              + spatial
              + "d(): argument 'padding' (position 5) must be tuple of ints, not tuple");
    }
    Parameter w = weight();
    Parameter b = biasParameter();
    Shape out =
        ConvRules.convTranspose(
            spatial,
            input.shape(),
            input.dtype(),
            w.shape(),
            w.dtype(),
            b == null ? null : b.shape(),
            stride,
            padding,
            op,
            groups,
            dilation);
    out = into.onto(out);
    if (input.hasData()) {
      return dev.shapesense.tensor.CpuConv.convTranspose(
          spatial, input, w, b, out, stride, padding, dilation, groups);
    }
    return Tensor.result(out, input.dtype(), input, w, b);
  }
}
