package dev.shapesense.nn;

import dev.shapesense.tensor.CpuConv;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.ConvModuleRules;
import dev.shapesense.tensor.rules.ConvPadRules;
import dev.shapesense.tensor.rules.ConvRules;
import dev.shapesense.tensor.rules.CostRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Base of the convolution layers ({@code torch.nn.modules.conv._ConvNd}): holds the configuration,
 * validates it with PyTorch's constructor checks after every fluent setter (ValueErrors in the
 * construct phase), and registers {@code weight} ({@code [out, in / groups, *kernel]}, transposed
 * {@code [in, out / groups, *kernel]}) and {@code bias} ({@code [out]}) under PyTorch's names.
 *
 * @param <T> the concrete layer, which every fluent setter returns
 */
public abstract class ConvNd<T extends ConvNd<T>> extends Module {
  /**
   * A layer's configuration as PyTorch stores it: tuples have one entry per spatial dim; {@code
   * paddingString} is {@code "same"}/{@code "valid"} (or, for a transposed layer, whatever string
   * was given) and then {@code padding} holds zeros.
   */
  public record Config(
      long inChannels,
      long outChannels,
      List<Long> kernelSize,
      List<Long> stride,
      List<Long> padding,
      String paddingString,
      List<Long> dilation,
      long groups,
      boolean bias,
      String paddingMode,
      List<Long> outputPadding) {}

  final int spatial;
  final boolean transposed;
  final long inChannels;
  final long outChannels;
  final long[] kernelSize;
  long[] stride;
  long[] padding;
  String paddingString;
  long[] dilation;
  long groups = 1;
  boolean bias = true;
  String paddingMode = "zeros";
  long[] outputPadding;

  ConvNd(int spatial, boolean transposed, long inChannels, long outChannels, int[] kernelSize) {
    this.spatial = spatial;
    this.transposed = transposed;
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernelSize = ntuple(kernelSize);
    this.stride = ntuple(new int[] {1});
    this.padding = ntuple(new int[] {0});
    this.dilation = ntuple(new int[] {1});
    this.outputPadding = ntuple(new int[] {0});
    update();
  }

  @SuppressWarnings("unchecked")
  final T self() {
    return (T) this;
  }

  /** PyTorch's {@code _single/_pair/_triple}: one value repeats, a sequence is kept as given. */
  final long[] ntuple(int... values) {
    long[] out = new long[values.length == 1 ? spatial : values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[values.length == 1 ? 0 : i];
    }
    return out;
  }

  /** Re-validates the configuration and re-registers the parameters. */
  final T update() {
    ConvModuleRules.checkConfig(
        inChannels,
        outChannels,
        stride,
        paddingString,
        groups,
        paddingMode,
        transposed ? getClass().getSimpleName() : null);
    List<Long> shape = new ArrayList<>();
    shape.add(transposed ? inChannels : outChannels);
    shape.add((transposed ? outChannels : inChannels) / groups);
    for (long k : kernelSize) {
      shape.add(k);
    }
    long[] w = shape.stream().mapToLong(Long::longValue).toArray();
    registerParameter("weight", Parameter.of(Shape.of(w)));
    registerParameter("bias", bias ? Parameter.of(outChannels) : null);
    return self();
  }

  // ---- fluent optional arguments ----------------------------------------------------------------

  public T stride(int... stride) {
    return change(() -> this.stride = ntuple(stride));
  }

  public T padding(int... padding) {
    return change(
        () -> {
          this.padding = ntuple(padding);
          this.paddingString = null;
        });
  }

  /** {@code 'same'} or {@code 'valid'}. */
  public T padding(String padding) {
    return change(
        () -> {
          this.paddingString = padding;
          this.padding = ntuple(0);
        });
  }

  public T dilation(int... dilation) {
    return change(() -> this.dilation = ntuple(dilation));
  }

  public T groups(int groups) {
    return change(() -> this.groups = groups);
  }

  public T bias(boolean bias) {
    return change(() -> this.bias = bias);
  }

  /** {@code 'zeros'}, {@code 'reflect'}, {@code 'replicate'} or {@code 'circular'}. */
  public T paddingMode(String paddingMode) {
    return change(() -> this.paddingMode = paddingMode);
  }

  /**
   * Applies a setter's change and re-validates; a rejected change is undone before the error
   * propagates, so a layer is never left in a configuration PyTorch would not construct.
   */
  final T change(Runnable apply) {
    long[] oldStride = stride;
    long[] oldPadding = padding;
    String oldPaddingString = paddingString;
    long[] oldDilation = dilation;
    long oldGroups = groups;
    boolean oldBias = bias;
    String oldPaddingMode = paddingMode;
    long[] oldOutputPadding = outputPadding;
    apply.run();
    try {
      return update();
    } catch (RuntimeException e) {
      stride = oldStride;
      padding = oldPadding;
      paddingString = oldPaddingString;
      dilation = oldDilation;
      groups = oldGroups;
      bias = oldBias;
      paddingMode = oldPaddingMode;
      outputPadding = oldOutputPadding;
      update();
      throw e;
    }
  }

  /**
   * torchinfo 1.8.0 counts a convolution's {@code weight} and {@code bias} by the batch and the
   * output's spatial dims, not its channels: {@link CostRules#conv}.
   */
  @Override
  public Dim multAdds(Shape output) {
    Dim n = Dim.of(0);
    for (Parameter p : namedParameters().values()) {
      n = n.plus(CostRules.conv(p.shape().numel(), output));
    }
    return n;
  }

  public Tensor forward(Tensor input) {
    return fire(convForward(input), input);
  }

  /** {@code _conv_forward}: pads by {@code padding_mode} first unless it is zeros. */
  final Tensor convForward(Tensor input) {
    Parameter w = weight();
    Parameter b = biasParameter();
    Shape in = input.shape();
    Shape out;
    if (!paddingMode.equals("zeros")) {
      long[] pad = ConvModuleRules.reversedPadding(kernelSize, padding, paddingString, dilation);
      in = ConvPadRules.pad(in, pad, paddingMode);
      out = conv(in, input, w, b, new long[] {0}, null);
      if (input.hasData()) {
        Tensor padded = CpuConv.pad(input, in, pad, paddingMode, 0);
        return CpuConv.conv(spatial, padded, w, b, out, stride, new long[] {0}, dilation, groups);
      }
    } else {
      out = conv(in, input, w, b, padding, paddingString);
      if (input.hasData()) {
        long[] left =
            paddingString == null
                ? padding
                : paddingString.equals("same")
                    ? CpuConv.samePadding(w.shape(), spatial, dilation)
                    : new long[] {0};
        return CpuConv.conv(spatial, input, w, b, out, stride, left, dilation, groups);
      }
    }
    return Tensor.result(out, input.dtype(), input, w, b);
  }

  private Shape conv(Shape in, Tensor x, Tensor w, Tensor b, long[] pad, String padString) {
    Shape bs = b == null ? null : b.shape();
    if (padString != null) {
      return ConvRules.conv(
          spatial,
          in,
          x.dtype(),
          w.shape(),
          w.dtype(),
          bs,
          b == null ? null : b.dtype(),
          stride,
          padString,
          dilation,
          groups);
    }
    return ConvRules.conv(
        spatial,
        in,
        x.dtype(),
        w.shape(),
        w.dtype(),
        bs,
        b == null ? null : b.dtype(),
        stride,
        pad,
        dilation,
        groups);
  }

  // ---- configuration ----------------------------------------------------------------------------

  public long inChannels() {
    return inChannels;
  }

  public long outChannels() {
    return outChannels;
  }

  public List<Long> kernelSize() {
    return list(kernelSize);
  }

  /** The whole configuration (the optional arguments' names are taken by the fluent setters). */
  public Config config() {
    return new Config(
        inChannels,
        outChannels,
        list(kernelSize),
        list(stride),
        list(padding),
        paddingString,
        list(dilation),
        groups,
        bias,
        paddingMode,
        list(outputPadding));
  }

  private static List<Long> list(long[] a) {
    return Arrays.stream(a).boxed().toList();
  }

  public Parameter weight() {
    return ownParameter("weight");
  }

  /** The bias, or null with {@code bias(false)}. */
  public Parameter biasParameter() {
    return ownParameter("bias");
  }

  @Override
  protected String extraRepr() {
    StringBuilder sb = new StringBuilder();
    sb.append(inChannels).append(", ").append(outChannels);
    sb.append(", kernel_size=").append(tuple(kernelSize));
    sb.append(", stride=").append(tuple(stride));
    if (paddingString != null) {
      sb.append(", padding=").append(transposed ? charTuple(paddingString) : paddingString);
    } else if (!allEqual(padding, 0)) {
      sb.append(", padding=").append(tuple(padding));
    }
    if (!allEqual(dilation, 1)) {
      sb.append(", dilation=").append(tuple(dilation));
    }
    if (transposed && !allEqual(outputPadding, 0)) {
      sb.append(", output_padding=").append(tuple(outputPadding));
    }
    if (groups != 1) {
      sb.append(", groups=").append(groups);
    }
    if (!bias) {
      sb.append(", bias=False");
    }
    if (!paddingMode.equals("zeros")) {
      sb.append(", padding_mode=").append(paddingMode);
    }
    return sb.toString();
  }

  private boolean allEqual(long[] a, long v) {
    // PyTorch compares with the default tuple of the layer's rank, so (0,) differs in a 2-d layer.
    if (a.length != spatial) {
      return false;
    }
    for (long x : a) {
      if (x != v) {
        return false;
      }
    }
    return true;
  }

  static String tuple(long[] a) {
    return Shape.of(a).tuple();
  }

  private static String charTuple(String s) {
    List<String> parts = new ArrayList<>();
    for (char c : s.toCharArray()) {
      parts.add("'" + c + "'");
    }
    return parts.size() == 1 ? "(" + parts.get(0) + ",)" : "(" + String.join(", ", parts) + ")";
  }
}
