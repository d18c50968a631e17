package dev.shapesense.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The module table: the nn module classes that are one declaration each, written by {@link
 * ModuleGenerator} into {@code nn/src/generated/java}. Most are dimensional families ({@code
 * Conv1d/2d/3d}), which differ only in the number of spatial dims; their behaviour lives in the
 * hand-written bases ({@code ConvNd}, {@code MaxPoolNd}, ...). Signatures are PyTorch 1.13's
 * ({@code torch.nn} modules' constructors, names and defaults as documented), in the schema types
 * of {@link ModuleDecl}.
 */
final class ModuleTable {
  private ModuleTable() {}

  private static final String RULES = "dev.shapesense.tensor.rules";
  private static final ClassName TENSOR = ClassName.get("dev.shapesense.tensor", "Tensor");
  private static final ClassName NORM_OPS = ClassName.get(ModuleDecl.PACKAGE, "NormOps");
  private static final ClassName F = ClassName.get(ModuleDecl.PACKAGE, "F");

  /** The spatial dims' letters of an input with {@code n} of them. */
  private static String spatial(int n) {
    return switch (n) {
      case 1 -> "L";
      case 2 -> "H, W";
      default -> "D, H, W";
    };
  }

  /** The sides {@code padding} names for {@code n} padded dims. */
  private static String sides(int n) {
    return switch (n) {
      case 1 -> "left, right";
      case 2 -> "left, right, top, bottom";
      default -> "left, right, top, bottom, front, back";
    };
  }

  /** A holder of a module's own methods. */
  private static TypeSpec members(MethodSpec... methods) {
    return TypeSpec.classBuilder("Members").addMethods(List.of(methods)).build();
  }

  static List<ModuleDecl> modules() {
    List<ModuleDecl> out = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      out.add(conv(n));
      out.add(convTranspose(n));
      out.add(maxPool(n));
      out.add(avgPool(n));
      if (n < 3) {
        out.add(lpPool(n));
      }
      out.add(adaptive("Avg", n));
      out.add(adaptive("Max", n));
      out.add(batchNorm(n));
      out.add(instanceNorm(n));
      out.add(
          pad("Reflection", "reflect", "null", "the reflection of the input at its boundary", n));
      out.add(pad("Replication", "replicate", "null", "copies of the input's edge values", n));
      out.add(pad("Circular", "circular", "null", "the input wrapped around", n));
      out.add(pad("Zero", "constant", "0.0", "zeros", n));
      out.add(constantPad(n));
    }
    out.add(dropout("Dropout", "dropout", "zeroes elements with probability p in training"));
    out.add(
        dropout(
            "Dropout1d",
            "dropout1d",
            "zeroes whole channels of (N, C, L) or (C, L) input in training"));
    out.add(dropout("Dropout2d", "featureDropout", "zeroes whole channels (dim 1) in training"));
    out.add(
        dropout(
            "Dropout3d",
            "dropout3d",
            "zeroes whole channels of (N, C, D, H, W) or (C, D, H, W) input in training"));
    out.add(
        dropout(
            "AlphaDropout",
            "alphaDropout",
            "dropout that keeps the self-normalising mean and variance (for SELU)"));
    out.add(dropout("FeatureAlphaDropout", "featureAlphaDropout", "channel-wise alpha dropout"));
    out.add(recurrent("RNN"));
    out.add(recurrent("GRU"));
    out.add(recurrent("LSTM"));
    out.add(transformerLayer(false));
    out.add(transformerLayer(true));
    out.add(transformerStack(false));
    out.add(transformerStack(true));
    out.add(embedding());
    out.add(multiheadAttention());
    out.add(upsampling2d("UpsamplingNearest2d", "nearest", false));
    out.add(upsampling2d("UpsamplingBilinear2d", "bilinear", true));
    out.add(embeddingBag());
    out.add(cell("RNNCell", 1, "one Elman RNN step", "returns h' of the hidden's shape"));
    out.add(cell("GRUCell", 3, "one GRU step", "returns h' of the hidden's shape"));
    out.add(
        cell(
            "LSTMCell",
            4,
            "one LSTM step",
            "returns {@link Output} {@code (h_1, c_1)} of that shape"));
    return out;
  }

  private static ModuleDecl conv(int n) {
    String t = "int[]";
    return new ModuleDecl(
        "Conv" + n + "d",
        "(int in_channels, int out_channels, "
            + t
            + " kernel_size, "
            + t
            + " stride=1, "
            + t
            + "|str padding=0, "
            + t
            + " dilation=1, int groups=1, bool bias=True,"
            + " str padding_mode='zeros')",
        "ConvNd",
        true,
        CodeBlock.of("$L, false", n),
        3,
        CodeBlock.of(""),
        false,
        "{@code nn.Conv"
            + n
            + "d}: a "
            + n
            + "-d convolution of [N, C, "
            + spatial(n)
            + "] or unbatched [C, "
            + spatial(n)
            + "] inputs. Output spatial size {@code floor((in"
            + " + 2p - d(k - 1) - 1) / s) + 1}. Optional arguments are fluent setters ({@code"
            + " stride}, {@code padding} (ints or {@code \"same\"}/{@code \"valid\"}), {@code"
            + " dilation}, {@code groups}, {@code bias}, {@code paddingMode}) or positional"
            + " constructor arguments in PyTorch's order.",
        "ConvRules#conv",
        false,
        members());
  }

  private static ModuleDecl convTranspose(int n) {
    String t = "int[]";
    return new ModuleDecl(
        "ConvTranspose" + n + "d",
        "(int in_channels, int out_channels, "
            + t
            + " kernel_size, "
            + t
            + " stride=1, "
            + t
            + " padding=0, "
            + t
            + " output_padding=0, int groups=1, bool bias=True, "
            + t
            + " dilation=1, str padding_mode='zeros')",
        "ConvTransposeNd",
        true,
        CodeBlock.of("$L", n),
        3,
        CodeBlock.of(""),
        false,
        "{@code nn.ConvTranspose"
            + n
            + "d}: a "
            + n
            + "-d transposed convolution (batched or"
            + " unbatched input). Optional arguments are fluent setters ({@code stride}, {@code"
            + " padding}, {@code outputPadding}, {@code groups}, {@code bias}, {@code dilation},"
            + " {@code paddingMode}) or positional constructor arguments in PyTorch's order; {@code"
            + " forward(x, outputSize)} takes PyTorch's output_size.",
        "ConvRules#convTranspose",
        false,
        members());
  }

  private static ModuleDecl maxPool(int n) {
    ClassName rules = ClassName.get(RULES, "MaxPoolRules");
    // With indices, PyTorch runs the 1-d pool as the 2-d kernel on the input unsqueezed at -2.
    String withIndices = n == 1 ? "maxPool1dWithIndices" : "maxPool" + n + "d";
    return new ModuleDecl(
        "MaxPool" + n + "d",
        "(int[] kernel_size, int[] stride=None, int[] padding=0, int[] dilation=1,"
            + " bool return_indices=False, bool ceil_mode=False)",
        "MaxPoolNd",
        true,
        CodeBlock.of("$T::maxPool$Ld, $T::$L", rules, n, rules, withIndices),
        -1,
        CodeBlock.of(""),
        true,
        "{@code nn.MaxPool"
            + n
            + "d}: max over sliding windows of the last "
            + n
            + " dim(s);"
            + " output sizes by PyTorch's {@code pooling_output_shape}. A None stride is the kernel"
            + " size. Checks run in forward, as PyTorch's do.",
        "MaxPoolRules#maxPool" + n + "d",
        true,
        members());
  }

  private static ModuleDecl avgPool(int n) {
    ClassName self = ClassName.get(ModuleDecl.PACKAGE, "AvgPool" + n + "d");
    List<MethodSpec> methods = new ArrayList<>();
    if (n == 1) {
      methods.add(
          MethodSpec.methodBuilder("extraRepr")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED)
              .returns(String.class)
              .addComment("PyTorch's AvgPool1d stores its arguments as 1-tuples (_single).")
              .addStatement("return windowRepr(PoolArgs::tuple)")
              .build());
    } else {
      methods.add(
          MethodSpec.methodBuilder("divisorOverride")
              .addJavadoc(
                  "Divides each window's sum by this instead of the window size; must not be"
                      + " zero.\n")
              .addModifiers(Modifier.PUBLIC)
              .returns(self)
              .addParameter(Integer.class, "divisorOverride")
              .addStatement("this.divisorOverride = divisorOverride")
              .addStatement("return this")
              .build());
      methods.add(
          MethodSpec.methodBuilder("getDivisorOverride")
              .addModifiers(Modifier.PUBLIC)
              .returns(Integer.class)
              .addStatement("return divisorOverride")
              .build());
    }
    TypeSpec.Builder members = TypeSpec.classBuilder("Members").addMethods(methods);
    if (n == 1) {
      members.addField(
          FieldSpec.builder(ClassName.get(ModuleDecl.PACKAGE, "AvgPoolNd", "Rule"), "RULE")
              .addJavadoc("{@code avg_pool1d}, which takes no divisor.\n")
              .addModifiers(Modifier.STATIC, Modifier.FINAL)
              .initializer(
                  "(in, dtype, k, s, p, ceilMode, divisor) ->$W$T.avgPool1d(in, dtype, k, s, p,"
                      + " ceilMode)",
                  ClassName.get(RULES, "AvgPoolRules"))
              .build());
    }
    return new ModuleDecl(
        "AvgPool" + n + "d",
        "(int[] kernel_size, int[] stride=None, int[] padding=0, bool ceil_mode=False,"
            + " bool count_include_pad=True"
            + (n == 1 ? "" : ", int? divisor_override=None")
            + ")",
        "AvgPoolNd",
        true,
        n == 1
            ? CodeBlock.of("RULE")
            : CodeBlock.of("$T::avgPool$Ld", ClassName.get(RULES, "AvgPoolRules"), n),
        -1,
        n == 1 ? CodeBlock.of("null") : CodeBlock.of(""),
        true,
        "{@code nn.AvgPool"
            + n
            + "d}: mean over sliding windows of the last "
            + n
            + " dim(s);"
            + " output sizes by PyTorch's {@code pooling_output_shape}. A None stride is the kernel"
            + " size. Checks run in forward, as PyTorch's do.",
        "AvgPoolRules#avgPool" + n + "d",
        false,
        members.build());
  }

  private static ModuleDecl lpPool(int n) {
    return new ModuleDecl(
        "LPPool" + n + "d",
        "(float norm_type, int[] kernel_size, int[] stride=None, bool ceil_mode=False)",
        "LPPoolNd",
        true,
        CodeBlock.of("$T::avgPool$Ld", F, n),
        -1,
        CodeBlock.of(""),
        true,
        "{@code nn.LPPool"
            + n
            + "d}: power-average pooling; its shape is that of {@code avg_pool"
            + n
            + "d} with no padding (PyTorch computes it so), with the same checks and messages.",
        "AvgPoolRules#avgPool" + n + "d",
        false,
        members());
  }

  private static ModuleDecl adaptive(String kind, int n) {
    boolean max = kind.equals("Max");
    String size = n == 1 ? "size[]" : "size?[]";
    return new ModuleDecl(
        "Adaptive" + kind + "Pool" + n + "d",
        "(" + size + " output_size" + (max ? ", bool return_indices=False" : "") + ")",
        max ? "AdaptiveMaxPoolNd" : "AdaptivePoolNd",
        max,
        CodeBlock.of(
            "$L, $T::adaptive$LPool$Ld", n, ClassName.get(RULES, "AdaptivePoolRules"), kind, n),
        1,
        CodeBlock.of(""),
        n > 1,
        "{@code nn.Adaptive"
            + kind
            + "Pool"
            + n
            + "d}: "
            + kind.toLowerCase()
            + " pooling of the last "
            + n
            + " dim(s) to a fixed output size, whatever the input"
            + " size."
            + (n == 1 ? "" : " A None (null) entry keeps the input size of that dim.")
            + " Checks run in forward, as PyTorch's do.",
        "AdaptivePoolRules#adaptive" + kind + "Pool" + n + "d",
        max,
        members());
  }

  private static final String NORM_ARGS =
      "(long num_features, float eps=1e-05, float? momentum=0.1, bool affine=%s,"
          + " bool track_running_stats=%s)";

  private static ModuleDecl batchNorm(int n) {
    String ranks = n == 1 ? "2, 3" : String.valueOf(n + 2);
    String input = n == 1 ? "(N, C) or (N, C, L)" : "(N, C, " + spatial(n) + ")";
    return new ModuleDecl(
        "BatchNorm" + n + "d",
        String.format(NORM_ARGS, "True", "True"),
        "BatchNormBase",
        true,
        CodeBlock.of(""),
        1,
        CodeBlock.of(""),
        false,
        "{@code nn.BatchNorm"
            + n
            + "d}: batch norm of "
            + input
            + " input over the {@code"
            + " num_features} channels of dim 1; the output has the input's shape.",
        "NormRules#batchNorm",
        false,
        members(
            MethodSpec.methodBuilder("rankError")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(String.class)
                .addParameter(TypeName.INT, "rank")
                .addStatement("return expectRank(rank, $L)", ranks)
                .build()));
  }

  private static ModuleDecl instanceNorm(int n) {
    return new ModuleDecl(
        "InstanceNorm" + n + "d",
        String.format(NORM_ARGS, "False", "False"),
        "InstanceNormBase",
        true,
        CodeBlock.of(""),
        1,
        CodeBlock.of("$L", n),
        false,
        "{@code nn.InstanceNorm"
            + n
            + "d}: instance norm of (N, C, "
            + spatial(n)
            + ") or (C, "
            + spatial(n)
            + ") input; the output has the input's shape.",
        "NormRules#instanceNorm",
        false,
        members());
  }

  private static ModuleDecl pad(String kind, String mode, String value, String with, int n) {
    return new ModuleDecl(
        kind + "Pad" + n + "d",
        "(pad[" + n + "] padding)",
        "PadNd",
        false,
        CodeBlock.of(""),
        -1,
        CodeBlock.of("$S, $L", mode, value),
        false,
        padDoc(kind, n, with, mode),
        "PadRules#pad",
        false,
        members());
  }

  private static ModuleDecl constantPad(int n) {
    return new ModuleDecl(
        "ConstantPad" + n + "d",
        "(pad[" + n + "] padding, float|int value)",
        "ConstantPadNd",
        false,
        CodeBlock.of(""),
        -1,
        CodeBlock.of(""),
        false,
        padDoc(
            "Constant",
            n,
            "a constant value (an int is printed as PyTorch prints an int)",
            "constant"),
        "PadRules#constantPadNd",
        false,
        members());
  }

  private static String padDoc(String kind, int n, String with, String mode) {
    return "{@code nn."
        + kind
        + "Pad"
        + n
        + "d}: pads the last "
        + n
        + " dim(s) with "
        + with
        + "; {@code padding} is one int for every side or "
        + 2 * n
        + " ints ("
        + sides(n)
        + "). Forward is {@code F.pad(input, padding, \""
        + mode
        + "\")} with its checks and"
        + " messages.";
  }

  private static ModuleDecl dropout(String name, String op, String what) {
    return new ModuleDecl(
        name,
        "(float|long p=0.5, bool inplace=False)",
        "DropoutBase",
        true,
        CodeBlock.of(""),
        -1,
        CodeBlock.of(""),
        false,
        "{@code nn."
            + name
            + "}: "
            + what
            + "; the output has the input's shape. An int"
            + " probability is kept as PyTorch keeps it ({@code nn."
            + name
            + "(1)}).",
        "DropoutRules#checkProbability",
        false,
        members(
            MethodSpec.methodBuilder("forward")
                .addModifiers(Modifier.PUBLIC)
                .returns(TENSOR)
                .addParameter(TENSOR, "input")
                .addStatement(
                    "return fire($T.inPlace(input, $T.$L(input, probability(), isTraining()),"
                        + " inplace), input)",
                    F,
                    NORM_OPS,
                    op)
                .build()));
  }

  private static final String SHAPE = "the output has the input's shape.";
  private static final String IMPLICIT_DIM =
      " Without a dim PyTorch's implicit choice applies (0 for 0-, 1- and 3-d input, else 1).";

  /** The modules that hold their arguments and call one function in forward. */
  static List<OpModuleDecl> opModules() {
    return List.of(
        op(
            "CELU",
            "(float alpha=1.0, bool inplace=False)",
            "F.celu",
            "alpha={alpha}{, inplace}",
            "continuously differentiable exponential linear unit; " + SHAPE),
        op(
            "ELU",
            "(float alpha=1.0, bool inplace=False)",
            "F.elu",
            "alpha={alpha}{, inplace}",
            "exponential linear unit; " + SHAPE),
        op(
            "LeakyReLU",
            "(float negative_slope=0.01, bool inplace=False)",
            "F.leakyRelu",
            "negative_slope={negative_slope}{, inplace}",
            "element-wise {@code max(0, x) + negative_slope * min(0, x)}; " + SHAPE),
        op(
            "Threshold",
            "(float threshold, float value, bool inplace=False)",
            "F.threshold",
            "threshold={threshold}, value={value}{, inplace}",
            "replaces elements not above {@code threshold} by {@code value}; " + SHAPE),
        inplaceOnly("Mish", "F.mish", "element-wise {@code x * tanh(softplus(x))}"),
        inplaceOnly("ReLU", "F.relu", "element-wise {@code max(0, x)}"),
        inplaceOnly("ReLU6", "F.relu6", "element-wise {@code min(max(0, x), 6)}"),
        inplaceOnly("SELU", "F.selu", "scaled exponential linear unit"),
        inplaceOnly("SiLU", "F.silu", "element-wise {@code x * sigmoid(x)}"),
        // PyTorch prints no inplace for these two.
        op(
            "Hardswish",
            "(bool inplace=False)",
            "F.hardswish",
            null,
            "piecewise-linear approximation of swish; " + SHAPE),
        op(
            "Hardsigmoid",
            "(bool inplace=False)",
            "F.hardsigmoid",
            null,
            "piecewise-linear approximation of sigmoid; " + SHAPE),
        op(
            "Sigmoid",
            "()",
            "F.sigmoid",
            null,
            "element-wise logistic function (integral input gives float32); " + SHAPE),
        op(
            "Tanh",
            "()",
            "F.tanh",
            null,
            "element-wise hyperbolic tangent (integral input gives float32); " + SHAPE),
        op("Tanhshrink", "()", "F.tanhshrink", null, "element-wise {@code x - tanh(x)}; " + SHAPE),
        op(
            "LogSigmoid",
            "()",
            "F.logsigmoid",
            null,
            "element-wise {@code log(sigmoid(x))}; " + SHAPE),
        op("Softsign", "()", "F.softsign", null, "element-wise {@code x / (1 + |x|)}; " + SHAPE),
        softmax("Softmax", "F.softmax", "softmax along {@code dim}; "),
        softmax("Softmin", "F.softmin", "softmin ({@code softmax(-x)}) along {@code dim}; "),
        softmax("LogSoftmax", "F.logSoftmax", "log of softmax along {@code dim}; "),
        op(
            "Softmax2d",
            "()",
            "ActivationOps.softmax2d",
            null,
            "softmax over the channel dim (-3) of a 3-d or 4-d input; " + SHAPE),
        op(
            "GLU",
            "(int dim=-1)",
            "F.glu",
            "dim={dim}",
            "gated linear unit; splits {@code dim} (default -1) in halves, so that dim must have"
                + " an even size, and the output has half of it."),
        new OpModuleDecl(
            "Hardtanh",
            "(float min_val=-1.0, float max_val=1.0, bool inplace=False)",
            "F.hardtanh",
            "min_val={min_val}, max_val={max_val}{, inplace}",
            null,
            "{@code nn.Hardtanh}: clamps to {@code [min_val, max_val]}; "
                + SHAPE
                + " PyTorch"
                + " asserts {@code max_val > min_val} at construction (a bare AssertionError).",
            CodeBlock.of(
                "$T.hardtanh(minVal, maxVal)",
                ClassName.get("dev.shapesense.tensor.rules", "ActivationRules"))),
        op(
            "RReLU",
            "(float lower=0.125, float upper=0.3333333333333333, bool inplace=False)",
            "F.rrelu(input, lower, upper, isTraining(), inplace)",
            "lower={lower}, upper={upper}{, inplace}",
            "leaky ReLU with a random slope in {@code [lower, upper]} in training; " + SHAPE),
        op(
            "Softplus",
            "(num beta=1, num threshold=20)",
            "F.softplus",
            "beta={beta}, threshold={threshold}",
            "element-wise {@code log(1 + exp(beta * x)) / beta}, linear above {@code threshold};"
                + " "
                + SHAPE),
        op(
            "LocalResponseNorm",
            "(long size, float alpha=0.0001, float beta=0.75, float k=1.0)",
            "F.localResponseNorm",
            "{size}, alpha={alpha}, beta={beta}, k={k}",
            "normalises each element over {@code size} neighbouring channels; the input must be"
                + " 3-d or more, and the output has its shape."),
        op(
            "Hardshrink",
            "(float lambd=0.5)",
            "F.hardshrink",
            "{lambd}",
            "hard shrinkage; " + SHAPE),
        op(
            "Softshrink",
            "(float lambd=0.5)",
            "F.softshrink",
            "{lambd}",
            "soft shrinkage ({@code lambd} must not be negative, checked by forward); " + SHAPE),
        new OpModuleDecl(
            "PixelShuffle",
            "(int upscale_factor)",
            "F.pixelShuffle",
            "upscale_factor={upscale_factor}",
            "get",
            "{@code nn.PixelShuffle}: {@code F.pixel_shuffle} with the module's upscale factor."),
        new OpModuleDecl(
            "PixelUnshuffle",
            "(int downscale_factor)",
            "F.pixelUnshuffle",
            "downscale_factor={downscale_factor}",
            "get",
            "{@code nn.PixelUnshuffle}: {@code F.pixel_unshuffle} with the module's downscale"
                + " factor."),
        op(
            "Flatten",
            "(int start_dim=1, int end_dim=-1)",
            "input.flatten",
            "start_dim={start_dim}, end_dim={end_dim}",
            "dims {@code startDim..endDim} folded into one, as {@code input.flatten(startDim,"
                + " endDim)}; dim indexes are checked in forward, as in PyTorch."),
        op(
            "GELU",
            "(str approximate='none')",
            "F.gelu",
            "approximate='{approximate}'",
            "Gaussian error linear unit; "
                + SHAPE
                + " {@code approximate} is {@code 'none'} or"
                + " {@code 'tanh'}; as in PyTorch, any other string is accepted at construction"
                + " and rejected by forward."));
  }

  private static OpModuleDecl op(String name, String schema, String call, String repr, String doc) {
    return new OpModuleDecl(name, schema, call, repr, null, "{@code nn." + name + "}: " + doc);
  }

  private static OpModuleDecl inplaceOnly(String name, String call, String what) {
    return op(name, "(bool inplace=False)", call, "{inplace}", what + "; " + SHAPE);
  }

  private static OpModuleDecl softmax(String name, String call, String what) {
    return new OpModuleDecl(
        name,
        "(int? dim=None)",
        call,
        "dim={dim}",
        "",
        "{@code nn." + name + "}: " + what + SHAPE + IMPLICIT_DIM);
  }

  private static final String RECURRENT_SHAPES =
      " Input {@code [L, N, H_in]} ({@code [N, L, H_in]} with batch_first, {@code [L, H_in]}"
          + " unbatched); returns {@link Output} with output {@code [L, N, D * H_out]}";

  /**
   * {@code nn.RNN}, {@code nn.GRU} and {@code nn.LSTM} over {@code RNNBase}, which runs all three.
   * RNN's {@code nonlinearity} is a fluent setter only (the constructors take the arguments of
   * GRU's order).
   */
  private static ModuleDecl recurrent(String name) {
    boolean lstm = name.equals("LSTM");
    ClassName self = ClassName.get(ModuleDecl.PACKAGE, name);
    ClassName output = self.nestedClass("Output");
    TypeSpec.Builder members =
        TypeSpec.classBuilder("Members")
            .addType(
                lstm
                    ? tupleRecord(
                        "{@code (output, (h_n, c_n))}",
                        "output, $T.asList(hN, cN)",
                        "output",
                        "hN",
                        "cN")
                    : tupleRecord("{@code (output, h_n)}", "output, hN", "output", "hN"));
    List<String> inputs = lstm ? List.of("input", "h0", "c0") : List.of("input", "hx");
    MethodSpec.Builder forward =
        MethodSpec.methodBuilder("forward").addModifiers(Modifier.PUBLIC).returns(output);
    if (lstm) {
      forward.addJavadoc("{@code lstm(input, (h0, c0))}.\n");
    }
    for (String in : inputs) {
      forward.addParameter(TENSOR, in);
    }
    String all = String.join(", ", inputs);
    forward.addStatement("$T[] t = run($L)", TENSOR, all);
    forward.addStatement("return fire(new Output(t[0], t[1]$L), $L)", lstm ? ", t[2]" : "", all);
    members.addMethod(
        MethodSpec.methodBuilder("forward")
            .addModifiers(Modifier.PUBLIC)
            .returns(output)
            .addParameter(TENSOR, "input")
            .addStatement("return forward(input, null$L)", lstm ? ", null" : "")
            .build());
    members.addMethod(forward.build());
    if (name.equals("RNN")) {
      members.addMethod(
          MethodSpec.methodBuilder("nonlinearity")
              .addJavadoc("{@code nonlinearity}: \"tanh\" or \"relu\".\n")
              .addModifiers(Modifier.PUBLIC)
              .returns(self)
              .addParameter(String.class, "nonlinearity")
              .addStatement("setNonlinearity(nonlinearity)")
              .addStatement("return this")
              .build());
      members.addMethod(
          MethodSpec.methodBuilder("nonlinearity")
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addStatement("return nonlinearity")
              .build());
    }
    String doc =
        switch (name) {
          case "RNN" -> "{@code nn.RNN}: an Elman RNN with tanh or ReLU." + RECURRENT_SHAPES;
          case "GRU" -> "{@code nn.GRU}: a gated recurrent unit RNN." + RECURRENT_SHAPES;
          default ->
              "{@code nn.LSTM}, optionally with projections ({@code proj_size})."
                  + RECURRENT_SHAPES;
        };
    doc +=
        lstm
            ? ", h_n {@code [D * num_layers, N, H_out]} and c_n {@code [D * num_layers, N,"
                + " H_cell]}, where H_out is proj_size when set."
            : " and h_n {@code [D * num_layers, N, H_out]}.";
    if (name.equals("RNN")) {
      doc += " {@code nonlinearity} is set by its fluent setter.";
    }
    return new ModuleDecl(
        name,
        "(long input_size, long hidden_size, int num_layers=1, bool bias=True,"
            + " bool batch_first=False, float dropout=0.0, bool bidirectional=False"
            + (lstm ? ", long proj_size=0)" : ")"),
        "RNNBase",
        true,
        CodeBlock.of("$S", name.equals("RNN") ? "RNN_TANH" : name),
        2,
        CodeBlock.of(""),
        false,
        doc,
        "RecurrentRules#rnn",
        false,
        members.build());
  }

  /**
   * The overloads of a forward whose trailing arguments PyTorch lets default to None: the first
   * {@code required} tensors, then each longer prefix; the longest calls {@code impl}, the others
   * the next longer with null.
   */
  private static List<MethodSpec> forwards(String impl, int required, String... args) {
    List<MethodSpec> out = new ArrayList<>();
    for (int k = required; k <= args.length; k++) {
      MethodSpec.Builder m = MethodSpec.methodBuilder("forward").addModifiers(Modifier.PUBLIC);
      m.returns(TENSOR);
      List<String> call = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        if (i < k) {
          m.addParameter(TENSOR, args[i]);
          call.add(args[i]);
        } else if (i == k) {
          call.add("null");
        }
      }
      m.addStatement("return $L($L)", k == args.length ? impl : "forward", String.join(", ", call));
      out.add(m.build());
    }
    return out;
  }

  /** {@code nn.TransformerEncoderLayer} and {@code nn.TransformerDecoderLayer}. */
  private static ModuleDecl transformerLayer(boolean decoder) {
    String name = decoder ? "TransformerDecoderLayer" : "TransformerEncoderLayer";
    TypeSpec.Builder members =
        TypeSpec.classBuilder("Members")
            .addMethod(
                MethodSpec.methodBuilder("copy")
                    .addJavadoc(
                        "A deep copy with the same configuration and mode, as {@code"
                            + " copy.deepcopy} makes one.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ClassName.get(ModuleDecl.PACKAGE, name))
                    .addStatement("return copyInto(new $L(c.dModel, c.nhead))", name)
                    .build());
    if (decoder) {
      members.addMethods(
          forwards(
              "decode",
              2,
              "tgt",
              "memory",
              "tgtMask",
              "memoryMask",
              "tgtKeyPaddingMask",
              "memoryKeyPaddingMask"));
    } else {
      members.addMethods(forwards("encode", 1, "src", "srcMask", "srcKeyPaddingMask"));
    }
    String doc =
        decoder
            ? "{@code nn.TransformerDecoderLayer(d_model, nhead)}: self-attention, attention over"
                + " {@code memory}, then feed-forward, each with a residual and a LayerNorm (before"
                + " the block with norm_first). Maps {@code tgt} {@code [T, N, E]} ({@code [N, T,"
                + " E]} with batch_first) and memory {@code [S, N, E]} to {@code tgt}'s shape."
            : "{@code nn.TransformerEncoderLayer(d_model, nhead)}: self-attention then"
                + " feed-forward, each with a residual and a LayerNorm (before the block with"
                + " norm_first). Maps {@code src} {@code [S, N, E]} ({@code [N, S, E]} with"
                + " batch_first, {@code [S, E]} unbatched) to the same shape.";
    return new ModuleDecl(
        name,
        "(long d_model, long nhead, long dim_feedforward=2048, float dropout=0.1,"
            + " str activation='relu', float layer_norm_eps=1e-05, bool batch_first=False,"
            + " bool norm_first=False)",
        "TransformerLayerBase",
        true,
        CodeBlock.of(""),
        2,
        CodeBlock.of("$L", decoder),
        false,
        doc + " Children, forward and setters: {@link TransformerLayerBase}.",
        "AttentionRules",
        false,
        members.build());
  }

  /**
   * Fluent setters that store their argument in the base's field of the same name: {@code
   * typesAndNames} alternates a type ({@code TypeName} or {@code Class}) and a field name.
   */
  private static List<MethodSpec> setters(ClassName self, Object... typesAndNames) {
    List<MethodSpec> out = new ArrayList<>();
    for (int i = 0; i < typesAndNames.length; i += 2) {
      String name = (String) typesAndNames[i + 1];
      out.add(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(self)
              .addParameter(typeName(typesAndNames[i]), name)
              .addStatement("this.$N = $N", name, name)
              .addStatement("return this")
              .build());
    }
    return out;
  }

  /** Getters {@code name()} of the base's fields, as {@link #setters} lists them. */
  private static List<MethodSpec> getters(Object... typesAndNames) {
    List<MethodSpec> out = new ArrayList<>();
    for (int i = 0; i < typesAndNames.length; i += 2) {
      String name = (String) typesAndNames[i + 1];
      out.add(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(typeName(typesAndNames[i]))
              .addStatement("return $N", name)
              .build());
    }
    return out;
  }

  private static TypeName typeName(Object type) {
    return type instanceof TypeName t ? t : TypeName.get((Class<?>) type);
  }

  /**
   * {@code nn.UpsamplingNearest2d} and {@code nn.UpsamplingBilinear2d}: {@code Upsample} in one
   * mode (bilinear with {@code align_corners=True}); a size as an int or per dim, or a size and a
   * scale factor.
   */
  private static ModuleDecl upsampling2d(String name, String mode, boolean alignCorners) {
    ClassName self = ClassName.get(ModuleDecl.PACKAGE, name);
    TypeSpec.Builder members = TypeSpec.classBuilder("Members");
    for (TypeName size : List.of(TypeName.INT, ModuleDecl.INTS)) {
      members.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addParameter(size, "size")
              .addStatement("this()")
              .addStatement("size(size)")
              .build());
    }
    members.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ModuleDecl.INTS, "size")
            .addParameter(Double.class, "scaleFactor")
            .addStatement("super(size, scaleFactor, $S, $L)", mode, alignCorners ? "true" : "null")
            .build());
    return new ModuleDecl(
        name,
        "()",
        "Upsample",
        false,
        CodeBlock.of("null, null, $S, $L", mode, alignCorners ? "true" : "null"),
        0,
        CodeBlock.of(""),
        false,
        "{@code nn."
            + name
            + "}: {@link Upsample} in mode {@code "
            + mode
            + "}"
            + (alignCorners ? " with {@code align_corners=True}" : "")
            + " (deprecated in PyTorch). The constructors take PyTorch's {@code size=None,"
            + " scale_factor=None}: a size (an int, or one per dim), or a size and a scale factor;"
            + " the fluent setters of Upsample set either.",
        "ResampleRules#interpolate",
        false,
        members.build());
  }

  /** {@code nn.MultiheadAttention} over {@code MultiheadAttentionBase}. */
  private static ModuleDecl multiheadAttention() {
    ClassName self = ClassName.get(ModuleDecl.PACKAGE, "MultiheadAttention");
    TypeSpec.Builder members = TypeSpec.classBuilder("Members");
    members.addType(
        tupleRecord(
            "{@code (attn_output, attn_output_weights)}; weights null when need_weights is false",
            "output, weights",
            "output",
            "weights"));
    Object[][] options = {
      {TypeName.DOUBLE, "dropout", null},
      {TypeName.BOOLEAN, "bias", null},
      {TypeName.BOOLEAN, "addBiasKv", null},
      {TypeName.BOOLEAN, "addZeroAttn", null},
      {Long.class, "kdim", "{@code kdim}; null means embed_dim.\n"},
      {Long.class, "vdim", "{@code vdim}; null means embed_dim.\n"},
      {TypeName.BOOLEAN, "batchFirst", null},
    };
    for (Object[] o : options) {
      String name = (String) o[1];
      MethodSpec.Builder setter =
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(self)
              .addParameter(typeName(o[0]), name)
              .addStatement("this.$N = $N", name, name)
              .addStatement("configure()")
              .addStatement("return this");
      if (o[2] != null) {
        setter.addJavadoc((String) o[2]);
      }
      members.addMethod(setter.build());
    }
    // forward(query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
    // average_attn_weights=True): one overload per prefix from value on.
    Object[][] args = {
      {TENSOR, "query", null},
      {TENSOR, "key", null},
      {TENSOR, "value", null},
      {TENSOR, "keyPaddingMask", "null"},
      {TypeName.BOOLEAN, "needWeights", "true"},
      {TENSOR, "attnMask", "null"},
      {TypeName.BOOLEAN, "averageAttnWeights", "true"},
    };
    for (int k = 3; k <= args.length; k++) {
      MethodSpec.Builder m =
          MethodSpec.methodBuilder("forward")
              .addModifiers(Modifier.PUBLIC)
              .returns(self.nestedClass("Output"));
      List<String> call = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        if (i < k) {
          m.addParameter(typeName(args[i][0]), (String) args[i][1]);
          call.add((String) args[i][1]);
        } else {
          call.add((String) args[i][2]);
        }
      }
      if (k == args.length) {
        m.addJavadoc(
            "PyTorch's {@code forward}, batch_first transposes included, without the inference"
                + " fast path.\n");
      }
      members.addMethod(m.addStatement("return attend($L)", String.join(", ", call)).build());
    }
    return new ModuleDecl(
        "MultiheadAttention",
        "(long embed_dim, long num_heads, float dropout=0.0, bool bias=True,"
            + " bool add_bias_kv=False, bool add_zero_attn=False, long? kdim=None,"
            + " long? vdim=None, bool batch_first=False)",
        "MultiheadAttentionBase",
        false,
        CodeBlock.of(""),
        2,
        CodeBlock.of(""),
        false,
        "{@code nn.MultiheadAttention(embed_dim, num_heads)}: query {@code [L, N, E]} ({@code [N,"
            + " L, E]} with batch_first, {@code [L, E]} unbatched), key {@code [S, N, kdim]},"
            + " value {@code [S, N, vdim]}; returns {@link Output} with output of the query's"
            + " shape and weights {@code [N, L, S]} (per head {@code [N, heads, L, S]}; null when"
            + " need_weights is false). Parameters as PyTorch registers them: {@code"
            + " in_proj_weight} or {@code q/k/v_proj_weight} when kdim/vdim differ from"
            + " embed_dim, {@code in_proj_bias}, {@code bias_k}/{@code bias_v}, child {@code"
            + " out_proj}, which, as in PyTorch, is never called as a module. Each setter"
            + " registers the parameters anew, as PyTorch's constructor would.",
        "AttentionRules",
        false,
        members.build());
  }

  /** {@code nn.Embedding} over {@code EmbeddingBase}. */
  private static ModuleDecl embedding() {
    ClassName self = ClassName.get(ModuleDecl.PACKAGE, "Embedding");
    ClassName dim = ClassName.get("dev.shapesense.tensor", "Dim");
    TypeSpec.Builder members = TypeSpec.classBuilder("Members");
    members.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "A table whose sizes may be symbolic, as the analyzer builds one from unknown"
                    + " arguments.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(dim, "numEmbeddings")
            .addParameter(dim, "embeddingDim")
            .addStatement("super(numEmbeddings, embeddingDim)")
            .build());
    members.addMethod(
        MethodSpec.methodBuilder("paddingIdx")
            .addJavadoc("{@code padding_idx}, null for none: {@link #setPaddingIdx}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(Integer.class, "paddingIdx")
            .addStatement("setPaddingIdx(paddingIdx)")
            .addStatement("return this")
            .build());
    members.addMethods(
        setters(
            self,
            Double.class,
            "maxNorm",
            TypeName.DOUBLE,
            "normType",
            TypeName.BOOLEAN,
            "scaleGradByFreq",
            TypeName.BOOLEAN,
            "sparse"));
    members.addMethods(
        getters(
            Integer.class, "paddingIdx", ClassName.get(ModuleDecl.PACKAGE, "Parameter"), "weight"));
    return new ModuleDecl(
        "Embedding",
        "(long num_embeddings, long embedding_dim, int? padding_idx=None, float? max_norm=None,"
            + " float norm_type=2.0, bool scale_grad_by_freq=False, bool sparse=False)",
        "EmbeddingBase",
        false,
        CodeBlock.of(""),
        2,
        CodeBlock.of(""),
        false,
        "{@code nn.Embedding}: a lookup table {@code weight} of {@code [num_embeddings,"
            + " embedding_dim]}; int64/int32 indices of any shape give {@code input.shape +"
            + " [embedding_dim]}. A negative {@code padding_idx} counts from the end; it must lie"
            + " within {@code num_embeddings} (PyTorch's AssertionError at construction). The"
            + " padding index getter gives it made non-negative.",
        "EmbeddingRules",
        false,
        members.build());
  }

  /** {@code nn.EmbeddingBag} over {@code EmbeddingBagBase}. */
  private static ModuleDecl embeddingBag() {
    ClassName self = ClassName.get(ModuleDecl.PACKAGE, "EmbeddingBag");
    TypeSpec.Builder members = TypeSpec.classBuilder("Members");
    members.addMethods(
        setters(
            self,
            Double.class,
            "maxNorm",
            TypeName.DOUBLE,
            "normType",
            TypeName.BOOLEAN,
            "scaleGradByFreq",
            String.class,
            "mode",
            TypeName.BOOLEAN,
            "sparse",
            TypeName.BOOLEAN,
            "includeLastOffset"));
    members.addMethod(
        MethodSpec.methodBuilder("paddingIdx")
            .addJavadoc("{@code padding_idx}, null for none: {@link #setPaddingIdx}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(Integer.class, "paddingIdx")
            .addStatement("setPaddingIdx(paddingIdx)")
            .addStatement("return this")
            .build());
    members.addMethods(
        getters(
            TypeName.LONG,
            "numEmbeddings",
            TypeName.LONG,
            "embeddingDim",
            ClassName.get(ModuleDecl.PACKAGE, "Parameter"),
            "weight"));
    members.addMethods(forwards("run", 1, "input", "offsets", "perSampleWeights"));
    return new ModuleDecl(
        "EmbeddingBag",
        "(long num_embeddings, long embedding_dim, float? max_norm=None, float norm_type=2.0,"
            + " bool scale_grad_by_freq=False, str mode='mean', bool sparse=False)",
        "EmbeddingBagBase",
        false,
        CodeBlock.of(""),
        2,
        CodeBlock.of(""),
        false,
        "{@code nn.EmbeddingBag}: sums, averages or maxes bags of embeddings of a {@code"
            + " [num_embeddings, embedding_dim]} table without building the intermediate"
            + " embeddings. A 2-d input {@code [B, N]} gives {@code [B, embedding_dim]}; a 1-d"
            + " input with 1-d {@code offsets} gives one row per offset (one fewer with {@code"
            + " include_last_offset}). The mode is {@code 'sum'}, {@code 'mean'} or {@code"
            + " 'max'}, checked by forward, as in PyTorch.",
        "EmbeddingBagRules#embeddingBag",
        false,
        members.build());
  }

  /**
   * {@code nn.TransformerEncoder} and {@code nn.TransformerDecoder} over {@code TransformerStack}.
   */
  private static ModuleDecl transformerStack(boolean decoder) {
    String name = decoder ? "TransformerDecoder" : "TransformerEncoder";
    ClassName self = ClassName.get(ModuleDecl.PACKAGE, name);
    TypeSpec.Builder members =
        TypeSpec.classBuilder("Members")
            .addMethod(
                MethodSpec.methodBuilder("norm")
                    .addJavadoc("The final norm ({@code norm=}); null for none.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self)
                    .addParameter(ClassName.get(ModuleDecl.PACKAGE, "Module"), "norm")
                    .addStatement("setNorm(norm)")
                    .addStatement("return this")
                    .build());
    if (decoder) {
      members.addMethods(
          forwards(
              "run",
              2,
              "tgt",
              "memory",
              "tgtMask",
              "memoryMask",
              "tgtKeyPaddingMask",
              "memoryKeyPaddingMask"));
    } else {
      // Stored as PyTorch stores them: the fast path they choose changes no shape.
      for (String flag : List.of("enableNestedTensor", "maskCheck")) {
        members.addField(
            FieldSpec.builder(TypeName.BOOLEAN, flag, Modifier.PRIVATE)
                .initializer("true")
                .build());
        members.addMethod(
            MethodSpec.methodBuilder(flag)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(TypeName.BOOLEAN, flag)
                .addStatement("this.$N = $N", flag, flag)
                .addStatement("return this")
                .build());
      }
      members.addMethods(forwards("run", 1, "src", "mask", "srcKeyPaddingMask"));
    }
    String doc =
        decoder
            ? "{@code nn.TransformerDecoder(decoder_layer, num_layers)}: {@code num_layers} deep"
                + " copies of the layer as child {@code layers}, then the optional {@code norm}."
                + " Maps {@code tgt} (with {@code memory}) to {@code tgt}'s shape."
            : "{@code nn.TransformerEncoder(encoder_layer, num_layers)}: {@code num_layers} deep"
                + " copies of the layer as child {@code layers} (a ModuleList: {@code layers.0},"
                + " {@code layers.1}, ...), then the optional {@code norm}. Maps {@code src} to its"
                + " own shape. The nested-tensor fast path is not modelled; it changes no shape.";
    return new ModuleDecl(
        name,
        decoder
            ? "(TransformerDecoderLayer decoder_layer, int num_layers, Module norm=None)"
            : "(TransformerEncoderLayer encoder_layer, int num_layers, Module norm=None,"
                + " bool enable_nested_tensor=True, bool mask_check=True)",
        "TransformerStack",
        false,
        CodeBlock.of(""),
        2,
        CodeBlock.of("$L", decoder),
        false,
        doc,
        "AttentionRules",
        false,
        members.build());
  }

  /**
   * A nested {@code record Output} of tensors that PyTorch returns as a tuple: {@code asTuple}, a
   * Java expression over the fields ({@code $T} stands for {@code java.util.Arrays}), nests it as
   * PyTorch does.
   */
  private static TypeSpec tupleRecord(String doc, String asTuple, String... fields) {
    MethodSpec.Builder record = MethodSpec.constructorBuilder();
    for (String f : fields) {
      record.addParameter(TENSOR, f);
    }
    ClassName arrays = ClassName.get(java.util.Arrays.class);
    return TypeSpec.recordBuilder("Output")
        .addJavadoc(doc + ".\n")
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(record.build())
        .addSuperinterface(ClassName.get(ModuleDecl.PACKAGE, "TupleOutput"))
        .addMethod(
            MethodSpec.methodBuilder("asTuple")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(com.palantir.javapoet.ParameterizedTypeName.get(List.class, Object.class))
                .addStatement(
                    CodeBlock.builder()
                        .add("return $T.asList(", arrays)
                        .add(
                            asTuple.contains("$T")
                                ? CodeBlock.of(asTuple, arrays)
                                : CodeBlock.of(asTuple))
                        .add(")")
                        .build())
                .build())
        .build();
  }

  /** {@code nn.RNNCell}, {@code nn.GRUCell} and {@code nn.LSTMCell} over {@code RNNCellBase}. */
  private static ModuleDecl cell(String name, int chunks, String what, String returns) {
    boolean lstm = chunks == 4;
    ClassName self = ClassName.get(ModuleDecl.PACKAGE, name);
    TypeSpec.Builder members = TypeSpec.classBuilder("Members");
    TypeName result = TENSOR;
    if (lstm) {
      members.addType(tupleRecord("{@code (h_1, c_1)}", "h1, c1", "h1", "c1"));
      result = self.nestedClass("Output");
    }
    members.addMethod(
        MethodSpec.methodBuilder("forward")
            .addModifiers(Modifier.PUBLIC)
            .returns(result)
            .addParameter(TENSOR, "input")
            .addStatement("return forward(input, null$L)", lstm ? ", null" : "")
            .build());
    MethodSpec.Builder forward =
        MethodSpec.methodBuilder("forward").addModifiers(Modifier.PUBLIC).returns(result);
    List<String> inputs = lstm ? List.of("input", "h0", "c0") : List.of("input", "hx");
    for (String in : inputs) {
      forward.addParameter(TENSOR, in);
    }
    String all = String.join(", ", inputs);
    if (lstm) {
      forward.addJavadoc("{@code cell(input, (h0, c0))}.\n");
      forward.addStatement("$T[] t = step($L)", TENSOR, all);
      forward.addStatement("return fire(new Output(t[0], t[1]), $L)", all);
    } else {
      forward.addStatement("return fire(step($L)[0], $L)", all, all);
    }
    members.addMethod(forward.build());
    if (chunks == 1) {
      members.addMethod(
          MethodSpec.methodBuilder("nonlinearity")
              .addJavadoc(
                  "{@code nonlinearity}: \"tanh\" or \"relu\"; anything else fails at forward,"
                      + " as in PyTorch.\n")
              .addModifiers(Modifier.PUBLIC)
              .returns(self)
              .addParameter(String.class, "nonlinearity")
              .addStatement("this.nonlinearity = nonlinearity")
              .addStatement("return this")
              .build());
    }
    String states = lstm ? "h and c {@code [N, hidden_size]}" : "hidden {@code [N, hidden_size]}";
    return new ModuleDecl(
        name,
        "(long input_size, long hidden_size, bool bias=True"
            + (chunks == 1 ? ", str nonlinearity='tanh')" : ")"),
        "RNNCellBase",
        true,
        CodeBlock.of(""),
        2,
        CodeBlock.of("$L", chunks),
        false,
        "{@code nn."
            + name
            + "}: "
            + what
            + ". Input {@code [N, input_size]} or {@code"
            + " [input_size]}, "
            + states
            + " or {@code [hidden_size]}; "
            + returns
            + ".",
        "RecurrentRules#cell",
        false,
        members.build());
  }
}
