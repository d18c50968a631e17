package dev.shapesense.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.FieldSpec;
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
      out.add(pad("Reflection", "reflect", "null", "the reflection of the input at its boundary", n));
      out.add(pad("Replication", "replicate", "null", "copies of the input's edge values", n));
      out.add(pad("Circular", "circular", "null", "the input wrapped around", n));
      out.add(pad("Zero", "constant", "0.0", "zeros", n));
      out.add(constantPad(n));
    }
    out.add(dropout("Dropout", "dropout", "zeroes elements with probability p in training"));
    out.add(
        dropout(
            "Dropout1d", "dropout1d", "zeroes whole channels of (N, C, L) or (C, L) input in training"));
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
    return out;
  }

  private static ModuleDecl conv(int n) {
    String t = "int[]";
    return new ModuleDecl(
        "Conv" + n + "d",
        "(int in_channels, int out_channels, " + t + " kernel_size, " + t + " stride=1, " + t
            + "|str padding=0, " + t + " dilation=1, int groups=1, bool bias=True,"
            + " str padding_mode='zeros')",
        "ConvNd",
        true,
        CodeBlock.of("$L, false", n),
        3,
        CodeBlock.of(""),
        false,
        "{@code nn.Conv" + n + "d}: a " + n + "-d convolution of [N, C, " + spatial(n)
            + "] or unbatched [C, " + spatial(n) + "] inputs. Output spatial size {@code floor((in"
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
        "(int in_channels, int out_channels, " + t + " kernel_size, " + t + " stride=1, " + t
            + " padding=0, " + t + " output_padding=0, int groups=1, bool bias=True, " + t
            + " dilation=1, str padding_mode='zeros')",
        "ConvTransposeNd",
        true,
        CodeBlock.of("$L", n),
        3,
        CodeBlock.of(""),
        false,
        "{@code nn.ConvTranspose" + n + "d}: a " + n + "-d transposed convolution (batched or"
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
        "{@code nn.MaxPool" + n + "d}: max over sliding windows of the last " + n + " dim(s);"
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
              .addJavadoc("Divides each window's sum by this instead of the window size; must not be"
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
    TypeSpec.Builder members =
        TypeSpec.classBuilder("Members").addMethods(methods);
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
            + " bool count_include_pad=True" + (n == 1 ? "" : ", int? divisor_override=None") + ")",
        "AvgPoolNd",
        true,
        n == 1
            ? CodeBlock.of("RULE")
            : CodeBlock.of("$T::avgPool$Ld", ClassName.get(RULES, "AvgPoolRules"), n),
        -1,
        n == 1 ? CodeBlock.of("null") : CodeBlock.of(""),
        true,
        "{@code nn.AvgPool" + n + "d}: mean over sliding windows of the last " + n + " dim(s);"
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
        "{@code nn.LPPool" + n + "d}: power-average pooling; its shape is that of {@code avg_pool"
            + n + "d} with no padding (PyTorch computes it so), with the same checks and messages.",
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
        "{@code nn.Adaptive" + kind + "Pool" + n + "d}: " + kind.toLowerCase()
            + " pooling of the last " + n + " dim(s) to a fixed output size, whatever the input"
            + " size." + (n == 1 ? "" : " A None (null) entry keeps the input size of that dim.")
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
        "{@code nn.BatchNorm" + n + "d}: batch norm of " + input + " input over the {@code"
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
        "{@code nn.InstanceNorm" + n + "d}: instance norm of (N, C, " + spatial(n) + ") or (C, "
            + spatial(n) + ") input; the output has the input's shape.",
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
        padDoc("Constant", n, "a constant value (an int is printed as PyTorch prints an int)",
            "constant"),
        "PadRules#constantPadNd",
        false,
        members());
  }

  private static String padDoc(String kind, int n, String with, String mode) {
    return "{@code nn." + kind + "Pad" + n + "d}: pads the last " + n + " dim(s) with " + with
        + "; {@code padding} is one int for every side or " + 2 * n + " ints (" + sides(n)
        + "). Forward is {@code F.pad(input, padding, \"" + mode + "\")} with its checks and"
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
        "{@code nn." + name + "}: " + what + "; the output has the input's shape. An int"
            + " probability is kept as PyTorch keeps it ({@code nn." + name + "(1)}).",
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
}
