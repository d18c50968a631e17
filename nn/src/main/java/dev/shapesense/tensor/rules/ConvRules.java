package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Shape rules of PyTorch 1.13's convolutions ({@code aten/src/ATen/native/Convolution.cpp} and the
 * CPU kernels it selects): {@code conv1d/2d/3d} with numeric or string padding, {@code
 * conv_transpose1d/2d/3d} and the {@code at::convolution} they share. Inputs are shapes (batched or
 * not, as the op allows), tuple arguments are {@code long[]} of length 1 or the number of spatial
 * dims, checks run in PyTorch's order with its CPU messages. Dims may be symbolic; {@link
 * #windowCount} and {@link #effectiveKernel} are the sliding-window helpers pooling rules share.
 */
public final class ConvRules {
  private ConvRules() {}

  /** An input with its batch dim ensured, and whether the caller's input already had one. */
  public record Batched(Shape input, boolean batched) {}

  // ---- sliding-window helpers -------------------------------------------------------------------

  /** The extent a dilated kernel covers: {@code dilation * (kernel - 1) + 1}. */
  public static Dim effectiveKernel(Dim kernel, long dilation) {
    return kernel.minus(1).times(dilation).plus(1);
  }

  /** Windows of {@code window} elements, {@code stride} apart, in {@code padded} elements. */
  public static Dim windowCount(Dim padded, Dim window, long stride) {
    return padded.minus(window).floorDiv(stride).plus(1);
  }

  /** {@code floor((in + 2p - d(k - 1) - 1) / s) + 1}. */
  public static Dim convOutputSize(Dim in, Dim kernel, long stride, Dim padding, long dilation) {
    return windowCount(in.plus(padding.times(2)), effectiveKernel(kernel, dilation), stride);
  }

  /** {@code (in - 1) s - 2p + d(k - 1) + 1 + outputPadding}. */
  public static Dim convTransposeOutputSize(
      Dim in, Dim kernel, long stride, Dim padding, long dilation, Dim outputPadding) {
    return in.minus(1)
        .times(stride)
        .minus(padding.times(2))
        .plus(effectiveKernel(kernel, dilation))
        .plus(outputPadding);
  }

  // ---- argument plumbing ------------------------------------------------------------------------

  /** Function names for messages, by spatial rank, so no call builds them. */
  private static final String[] CONV = {"conv0d", "conv1d", "conv2d", "conv3d"};

  private static final String[] CONV_TRANSPOSE = {
    "conv_transpose0d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d"
  };

  /** PyTorch's {@code batchify}: accepts {@code spatial + 1} or {@code spatial + 2} dims. */
  public static Batched batchify(Shape input, int spatial, String func) {
    int rank = input.rank();
    boolean batched = rank == spatial + 2;
    Checks.check(
        rank == spatial + 1 || batched,
        () ->
            "Expected "
                + (spatial + 1)
                + "D (unbatched) or "
                + (spatial + 2)
                + "D (batched) input to "
                + func
                + ", but got input of size: "
                + input);
    return new Batched(batched ? input : input.insert(0, Dim.of(1)), batched);
  }

  /** PyTorch's {@code expand_param_if_needed}: one value repeats, else the length must match. */
  public static long[] expandParam(long[] list, String name, int dim) {
    if (list.length == 1) {
      long[] out = new long[dim];
      Arrays.fill(out, list[0]);
      return out;
    }
    if (list.length == dim) {
      return list.clone();
    }
    // A wrong length: the symbolic form's check has PyTorch's text (it throws).
    expandParam(dims(list), name, dim);
    throw new IllegalStateException("unreachable: " + name);
  }

  /** As {@link #expandParam(long[], String, int)}, for output padding that may be symbolic. */
  static Dim[] expandParam(Dim[] list, String name, int dim) {
    if (list.length == 1) {
      Dim[] out = new Dim[dim];
      Arrays.fill(out, list[0]);
      return out;
    }
    Checks.check(
        list.length == dim,
        () ->
            "expected "
                + name
                + " to be a single integer value or a list of "
                + dim
                + " values to match the convolution dimensions, but got "
                + name
                + "="
                + Arrays.toString(list));
    return list.clone();
  }

  /** {@code [0]}, shared: expandParam copies what it is given, nothing writes it. */
  private static final Dim[] ZERO = {Dim.of(0)};

  static Dim[] dims(long... values) {
    Dim[] out = new Dim[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Dim.of(values[i]);
    }
    return out;
  }

  // ---- the public ops ---------------------------------------------------------------------------

  /**
   * {@code conv1d/conv2d/conv3d} ({@code spatial} = 1, 2, 3) with numeric padding; {@code bias} and
   * its dtype may be null.
   */
  public static Shape conv(
      int spatial,
      Shape input,
      DType inputType,
      Shape weight,
      DType weightType,
      Shape bias,
      DType biasType,
      long[] stride,
      long[] padding,
      long[] dilation,
      long groups) {
    checkBiasType(inputType, biasType);
    return onBatched(
        input,
        spatial,
        CONV[spatial],
        inputType,
        weightType,
        in ->
            convolution(
                in, weight, bias, stride, dims(padding), dilation, false, ZERO, groups, inputType));
  }

  /** {@code conv1d/conv2d/conv3d} with {@code padding='same'} or {@code 'valid'}. */
  public static Shape conv(
      int spatial,
      Shape input,
      DType inputType,
      Shape weight,
      DType weightType,
      Shape bias,
      DType biasType,
      long[] stride,
      String padding,
      long[] dilation,
      long groups) {
    UnaryOperator<Shape> conv =
        switch (padding) {
          case "same" ->
              in -> convolutionSame(in, weight, bias, stride, dilation, groups, inputType);
          case "valid" ->
              in ->
                  convolution(
                      in, weight, bias, stride, ZERO, dilation, false, ZERO, groups, inputType);
          default ->
              in -> {
                throw new ShapeError("Invalid padding string: '" + padding + "'");
              };
        };
    return onBatched(input, spatial, CONV[spatial], inputType, weightType, conv);
  }

  /** {@code conv_transpose1d/2d/3d}; {@code outputPadding} may be symbolic (from output_size). */
  public static Shape convTranspose(
      int spatial,
      Shape input,
      DType inputType,
      Shape weight,
      DType weightType,
      Shape bias,
      long[] stride,
      long[] padding,
      Dim[] outputPadding,
      long groups,
      long[] dilation) {
    return onBatched(
        input,
        spatial,
        CONV_TRANSPOSE[spatial],
        inputType,
        weightType,
        in ->
            convolution(
                in,
                weight,
                bias,
                stride,
                dims(padding),
                dilation,
                true,
                outputPadding,
                groups,
                inputType));
  }

  /**
   * Runs {@code conv} on {@code input} with its batch dim ensured ({@code func} names the op in
   * batchify's message), checks the scalar types, then drops the batch dim the caller's input
   * lacked.
   */
  private static Shape onBatched(
      Shape input,
      int spatial,
      String func,
      DType inputType,
      DType weightType,
      UnaryOperator<Shape> conv) {
    Batched b = batchify(input, spatial, func);
    Shape out = conv.apply(b.input());
    checkScalarTypes(inputType, weightType);
    return b.batched() ? out : out.remove(0);
  }

  /** PyTorch's {@code _convolution_same}: stride 1, output spatial size equals the input's. */
  static Shape convolutionSame(
      Shape input,
      Shape weight,
      Shape bias,
      long[] stride,
      long[] dilation,
      long groups,
      DType inputType) {
    int k = weight.rank();
    Checks.check(k > 2, () -> "weight should have at least three dimensions");
    int dim = k - 2;
    Checks.check(
        k == input.rank(),
        () ->
            "Expected "
                + k
                + "-dimensional input for "
                + k
                + "-dimensional weight"
                + weight
                + ", but got "
                + input.rank()
                + "-dimensional input of size "
                + input
                + " instead");
    Checks.check(
        stride.length == dim || stride.length == 1,
        () -> "stride cannot broadcast to " + dim + " dimensions");
    Checks.check(
        dilation.length == dim || dilation.length == 1,
        () -> "dilation cannot broadcast to " + dim + " dimensions");
    for (long s : stride) {
      Checks.check(s == 1, () -> "padding='same' is not supported for strided convolutions");
    }
    // Odd total padding goes to the right: PyTorch pads the input by the difference first.
    Dim[] padLeft = new Dim[dim];
    Shape padded = input;
    for (int i = 0; i < dim; i++) {
      long d = dilation.length == 1 ? dilation[0] : dilation[i];
      Dim total = weight.get(i + 2).minus(1).times(d);
      Dim left = total.floorDiv(2);
      Dim extra = total.minus(left.times(2));
      padded = padded.set(i + 2, input.get(i + 2).plus(extra));
      padLeft[i] = left;
    }
    return convolution(
        padded, weight, bias, stride, padLeft, dilation, false, ZERO, groups, inputType);
  }

  /**
   * PyTorch's {@code at::_convolution} on a batched input: {@code check_shape_forward}, then the
   * checks of the CPU backend it selects.
   */
  public static Shape convolution(
      Shape input,
      Shape weight,
      Shape bias,
      long[] strideIn,
      Dim[] paddingIn,
      long[] dilationIn,
      boolean transposed,
      Dim[] outputPaddingIn,
      long groups,
      DType inputType) {
    int k = weight.rank();
    int dim = k - 2;
    Checks.check(dim > 0, () -> "weight should have at least three dimensions");
    Checks.check(groups > 0, () -> "non-positive groups is not supported");
    long[] stride = expandParam(strideIn, "stride", dim);
    Dim[] padding = expandParam(paddingIn, "padding", dim);
    long[] dilation = expandParam(dilationIn, "dilation", dim);
    Dim[] outputPadding = expandParam(outputPaddingIn, "output_padding", dim);
    Assumptions into = new Assumptions();
    checkShapeForward(
        input, weight, bias, stride, padding, dilation, transposed, outputPadding, groups, into);

    List<Dim> out = new ArrayList<>();
    out.add(input.get(0));
    out.add(transposed ? weight.get(1).times(groups) : weight.get(0));
    for (int i = 0; i < dim; i++) {
      Dim in = input.get(i + 2);
      Dim kernel = weight.get(i + 2);
      out.add(
          transposed
              ? convTransposeOutputSize(
                  in, kernel, stride[i], padding[i], dilation[i], outputPadding[i])
              : convOutputSize(in, kernel, stride[i], padding[i], dilation[i]));
    }
    Shape result = Shape.of(out);
    // Zero batch or zero channels skip the backends; other empty inputs are refused.
    if (Dim.eq(input.get(0), Dim.of(0)) == Truth.TRUE
        || Dim.eq(input.get(1), Dim.of(0)) == Truth.TRUE) {
      for (Dim d : result) {
        if (d.isConst() && d.value() < 0) {
          throw new ShapeError("invalid shape dimension " + d.value());
        }
      }
      return result.assuming(into);
    }
    Checks.check(
        Dim.eq(input.numel(), Dim.of(0)) != Truth.TRUE,
        () ->
            "Only zero batch or zero channel inputs are supported, but got input shape: " + input);
    // The CPU backends see 1-d convolutions as 2-d ones of height 1.
    boolean as2d = dim == 1;
    long[] s2 = as2d ? new long[] {1, stride[0]} : stride;
    long[] d2 = as2d ? new long[] {1, dilation[0]} : dilation;
    if (transposed) {
      Dim[] op2 = as2d ? new Dim[] {Dim.of(0), outputPadding[0]} : outputPadding;
      ConvTransposeChecks.check(input, weight, groups, s2, d2, op2, as2d, result, into);
    } else {
      checkKernelNotEmpty(input, weight, groups, d2, as2d, inputType);
      boolean positive = true;
      for (long d : d2) {
        positive &= d > 0;
      }
      Checks.check(
          positive, () -> "dilation should be greater than zero, but got " + Arrays.toString(d2));
    }
    return result.assuming(into);
  }

  /**
   * A kernel with a zero-size dim passes {@code check_shape_forward} (it makes the output larger)
   * and fails in the CPU backend that {@code _select_conv_backend} picks, each with its own text:
   * oneDNN for float32 inputs that {@code use_mkldnn} accepts, else the slow kernels. {@code input}
   * is batched; 1-d convolutions are seen as 2-d ones of height 1, as the backends see them. A
   * symbolic batch is taken to be above 1, as a model's batch is.
   */
  static void checkKernelNotEmpty(
      Shape input, Shape weight, long groups, long[] dilation, boolean as2d, DType inputType) {
    List<Dim> kernel = new ArrayList<>();
    if (as2d) {
      kernel.add(Dim.of(1));
    }
    boolean empty = false;
    for (int i = 2; i < weight.rank(); i++) {
      kernel.add(weight.get(i));
      empty |= Dim.eq(weight.get(i), Dim.of(0)) == Truth.TRUE;
    }
    if (!empty) {
      return;
    }
    // use_mkldnn's first clause (strided, dilated, batch >= 16, a kernel dim other than 1, or
    // several threads) holds whenever a kernel dim is 0.
    boolean dilated = false;
    for (long d : dilation) {
      dilated |= d != 1;
    }
    if (inputType == null || inputType == DType.FLOAT32) {
      Dim kh = kernel.get(kernel.size() - 2);
      Dim kw = kernel.get(kernel.size() - 1);
      Dim rows = as2d ? Dim.of(1) : input.get(3);
      Dim leading = input.get(0).times(input.get(1)).times(input.get(2)).times(rows);
      boolean mkldnn =
          groups > 1
              || (Dim.lt(Dim.of(3), kh) == Truth.TRUE && Dim.lt(Dim.of(3), kw) == Truth.TRUE)
              || Dim.lt(Dim.of(1), input.get(0)) != Truth.FALSE
              || Dim.lt(Dim.of(20480), leading) != Truth.FALSE;
      if (mkldnn) {
        throw new ShapeError(
            "could not create a descriptor for a dilated convolution forward propagation"
                + " primitive");
      }
    }
    if (dilated) {
      throw new ShapeError("kernel size should be greater than zero, but got " + kernel);
    }
    if (kernel.size() == 3) {
      throw new ShapeError(
          "kernel size should be greater than zero, but got: "
              + kernel.get(0)
              + " x "
              + kernel.get(1)
              + " x "
              + kernel.get(2)
              + " (TxHxW)");
    }
    throw new ShapeError(
        "kernel size should be greater than zero, but got kernel_height: "
            + kernel.get(0)
            + " kernel_width: "
            + kernel.get(1));
  }

  private static void checkShapeForward(
      Shape input,
      Shape weight,
      Shape bias,
      long[] stride,
      Dim[] padding,
      long[] dilation,
      boolean transposed,
      Dim[] outputPadding,
      long groups,
      Assumptions into) {
    for (Dim p : padding) {
      Checks.check(
          Dim.le(Dim.of(0), p), () -> "negative padding is not supported", () -> p + " >= 0", into);
    }
    for (Dim p : outputPadding) {
      Checks.check(
          Dim.le(Dim.of(0), p),
          () -> "negative output_padding is not supported",
          () -> p + " >= 0",
          into);
    }
    for (long s : stride) {
      Checks.check(s > 0, () -> "non-positive stride is not supported");
    }
    int k = input.rank();
    Checks.check(
        weight.rank() == k,
        () ->
            "Expected "
                + weight.rank()
                + "-dimensional input for "
                + weight.rank()
                + "-dimensional weight "
                + weight
                + ", but got "
                + k
                + "-dimensional input of size "
                + input
                + " instead");
    Dim w0 = weight.get(0);
    Checks.check(
        Dim.le(Dim.of(groups), w0),
        () ->
            "Given groups="
                + groups
                + ", expected weight to be at least "
                + groups
                + " at dimension 0, but got weight of size "
                + weight
                + " instead",
        () -> w0 + " >= " + groups,
        into);
    Checks.check(
        Dim.eq(w0.minus(w0.floorDiv(groups).times(groups)), Dim.of(0)),
        () ->
            "Given groups="
                + groups
                + ", expected weight to be divisible by "
                + groups
                + " at dimension 0, but got weight of size ["
                + weight
                + "] instead",
        () -> w0 + " % " + groups + " == 0",
        into);
    Dim channels = input.get(1);
    if (!transposed) {
      Dim expected = weight.get(1).times(groups);
      Checks.checkEq(
          channels,
          expected,
          new ShapeError.Violation("in_channels", channels, expected),
          () ->
              "Given groups="
                  + groups
                  + ", weight of size "
                  + weight
                  + ", expected input"
                  + input
                  + " to have "
                  + expected
                  + " channels, but got "
                  + channels
                  + " channels instead",
          into);
      checkBias(bias, w0, () -> "Given weight of size " + weight, into);
      List<Dim> in = new ArrayList<>();
      List<Dim> ker = new ArrayList<>();
      Truth fits = Truth.TRUE;
      for (int i = 2; i < k; i++) {
        Dim padded = input.get(i).plus(padding[i - 2].times(2));
        Dim kernel = effectiveKernel(weight.get(i), dilation[i - 2]);
        in.add(padded);
        ker.add(kernel);
        Truth t = Dim.le(kernel, padded);
        if (t == Truth.UNKNOWN) {
          into.add(kernel + " <= " + padded);
        }
        fits = fits.and(t);
      }
      Checks.check(
          fits != Truth.FALSE,
          () ->
              "Calculated padded input size per channel: ("
                  + joinX(in)
                  + "). Kernel size: ("
                  + joinX(ker)
                  + "). Kernel size can't be greater than actual input size");
    } else {
      Checks.checkEq(
          channels,
          w0,
          new ShapeError.Violation("in_channels", channels, w0),
          () ->
              "Given transposed=1, weight of size "
                  + weight
                  + ", expected input"
                  + input
                  + " to have "
                  + w0
                  + " channels, but got "
                  + channels
                  + " channels instead",
          into);
      checkBias(
          bias,
          weight.get(1).times(groups),
          () -> "Given transposed=1, weight of size " + weight,
          into);
    }
  }

  private static String joinX(List<Dim> dims) {
    List<String> out = new ArrayList<>();
    for (Dim d : dims) {
      out.add(d.toString());
    }
    return String.join(" x ", out);
  }

  private static void checkBias(
      Shape bias, Dim elements, Supplier<String> prefix, Assumptions into) {
    if (bias == null) {
      return;
    }
    Checks.check(
        bias.rank() == 1 ? Dim.eq(bias.get(0), elements) : Truth.FALSE,
        () ->
            prefix.get()
                + ", expected bias to be 1-dimensional with "
                + elements
                + " elements, but got bias of size "
                + bias
                + " instead",
        () -> bias.get(0) + " == " + elements,
        into);
  }

  /** The check {@code conv1d/2d/3d} make first: the bias's dtype must be the input's. */
  static void checkBiasType(DType input, DType bias) {
    if (input == null || bias == null || input == bias) {
      return;
    }
    throw new ShapeError(
        "Input type ("
            + cTypeName(input)
            + ") and bias type ("
            + cTypeName(bias)
            + ") should be the same");
  }

  /** The CPU kernels' final check: weight (and bias) of the input's scalar type. */
  static void checkScalarTypes(DType input, DType weight) {
    if (input == null || weight == null || input == weight) {
      return;
    }
    throw new ShapeError(
        "expected scalar type " + input.scalarName() + " but found " + weight.scalarName());
  }

  /** The C++ type names {@code caffe2::TypeMeta::name()} prints. */
  static String cTypeName(DType t) {
    return switch (t) {
      case BOOL -> "bool";
      case UINT8 -> "unsigned char";
      case INT8 -> "signed char";
      case INT16 -> "short int";
      case INT32 -> "int";
      case INT64 -> "long int";
      case FLOAT16 -> "c10::Half";
      case BFLOAT16 -> "c10::BFloat16";
      case FLOAT32 -> "float";
      case FLOAT64 -> "double";
    };
  }
}
