package dev.shapesense.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The op table: one declaration per {@code torch.nn.functional} op whose overloads are generated
 * into {@code FGenerated} (which {@code F} extends). Signatures are PyTorch 1.13's, names and
 * defaults as {@code torch.nn.functional} documents them; the schema types say which Java forms
 * each argument takes ({@link OpDecl}).
 */
final class OpTable {
  private OpTable() {}

  private static final String NN = "dev.shapesense.nn";
  private static final String RULES = "dev.shapesense.tensor.rules";
  private static final ClassName MAX_POOL_RULES = ClassName.get(RULES, "MaxPoolRules");
  private static final ClassName AVG_POOL_RULES = ClassName.get(RULES, "AvgPoolRules");
  private static final ClassName ADAPTIVE_RULES = ClassName.get(RULES, "AdaptivePoolRules");
  private static final String IMPL = "ConvPoolFunctions";
  private static final CodeBlock OUTPUT_ONLY =
      CodeBlock.of("$T::outputOnly", ClassName.get(NN, IMPL));

  private static final String CONV = "floor((%s + 2p - d(k - 1) - 1) / s) + 1";
  private static final String CONV_T = "(%s - 1)s - 2p + d(k - 1) + output_padding + 1";
  private static final String AVG = "floor((%s + 2p - k) / s) + 1";
  private static final String LP = "floor((%s - k) / s) + 1";

  /** A formula for each spatial dim, as PyTorch's docs write them: {@code H_out = ...}. */
  static String spatial(String f, int dims) {
    List<String> names = List.of("D", "H", "W").subList(3 - dims, 3);
    if (dims == 1) {
      names = List.of("L");
    }
    List<String> lines = new ArrayList<>();
    for (String n : names) {
      lines.add(n + "_out = " + String.format(f, n));
    }
    return String.join("\n", lines);
  }

  static List<OpDecl> ops() {
    List<OpDecl> ops = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      String t = "int[" + n + "]";
      ops.add(
          tensorsOp(
                  "conv"
                      + n
                      + "d(Tensor input, Tensor weight, Tensor? bias=None, "
                      + t
                      + " stride=1, "
                      + t
                      + "|str padding=0, "
                      + t
                      + " dilation=1, int groups=1) -> Tensor",
                  "convNd",
                  n,
                  "ConvRules#conv")
              .layers(spatial(CONV, n), "Conv" + n + "d"));
      ops.add(
          tensorsOp(
                  "conv_transpose"
                      + n
                      + "d(Tensor input, Tensor weight, Tensor? bias=None, "
                      + t
                      + " stride=1, "
                      + t
                      + " padding=0, "
                      + t
                      + " output_padding=0, int groups=1, "
                      + t
                      + " dilation=1) -> Tensor",
                  "convTransposeNd",
                  n,
                  "ConvRules#convTranspose")
              .layers(spatial(CONV_T, n), "ConvTranspose" + n + "d"));
    }
    for (int n = 1; n <= 3; n++) {
      String schema =
          "max_pool"
              + n
              + "d(Tensor input, int[] kernel_size, int[] stride=None, int[] padding=0, "
              + "int[] dilation=1, bool ceil_mode=False)";
      // With indices, PyTorch runs the 1-d pool as the 2-d kernel on the input unsqueezed at -2.
      String rule = n == 1 ? "maxPool1dWithIndices" : "maxPool" + n + "d";
      ops.add(
          new OpDecl(
                  schema + " -> Tensor",
                  "maxPool" + n + "d",
                  "Tensor",
                  IMPL + ".maxPool",
                  CodeBlock.of("$L, $T::maxPool$Ld", n, MAX_POOL_RULES, n),
                  OUTPUT_ONLY,
                  "",
                  "MaxPoolRules#maxPool" + n + "d",
                  false)
              .layers(spatial(CONV, n), "MaxPool" + n + "d"));
      ops.add(
          new OpDecl(
              schema + " -> MaxPool" + n + "d.Output",
              "maxPool" + n + "dWithIndices",
              "MaxPool" + n + "d.Output",
              IMPL + ".maxPool",
              CodeBlock.of("$L, $T::$L", n, MAX_POOL_RULES, rule),
              CodeBlock.of("$T::new", ClassName.get(NN, "MaxPool" + n + "d", "Output")),
              "return_indices=True",
              "MaxPoolRules#" + rule,
              false));
    }
    ops.add(
        new OpDecl(
                "avg_pool1d(Tensor input, int[] kernel_size, int[] stride=None, int[] padding=0, "
                    + "bool ceil_mode=False, bool count_include_pad=True) -> Tensor",
                "avgPool1d",
                "Tensor",
                IMPL + ".avgPool",
                CodeBlock.of("1, $T.RULE", ClassName.get(NN, "AvgPool1d")),
                CodeBlock.of("null"),
                "",
                "AvgPoolRules#avgPool1d",
                false)
            .layers(spatial(AVG, 1), "AvgPool1d"));
    for (int n = 2; n <= 3; n++) {
      ops.add(
          op(
                  "avg_pool"
                      + n
                      + "d(Tensor input, int[] kernel_size, int[] stride=None, "
                      + "int[] padding=0, bool ceil_mode=False, bool count_include_pad=True, "
                      + "int? divisor_override=None) -> Tensor",
                  IMPL + ".avgPool",
                  CodeBlock.of("$L, $T::avgPool$Ld", n, AVG_POOL_RULES, n),
                  "AvgPoolRules#avgPool" + n + "d")
              .layers(spatial(AVG, n), "AvgPool" + n + "d"));
    }
    ops.add(
        op(
                "lp_pool1d(Tensor input, float norm_type, int kernel_size, int[] stride=None, "
                    + "bool ceil_mode=False) -> Tensor",
                IMPL + ".lpPool1d",
                CodeBlock.of(""),
                "AvgPoolRules#avgPool1d")
            .layers(spatial(LP, 1), "LPPool1d"));
    ops.add(
        op(
                "lp_pool2d(Tensor input, float norm_type, int[] kernel_size, int[] stride=None, "
                    + "bool ceil_mode=False) -> Tensor",
                IMPL + ".lpPool2d",
                CodeBlock.of(""),
                "AvgPoolRules#avgPool2d")
            .layers(spatial(LP, 2), "LPPool2d"));
    for (int n = 1; n <= 3; n++) {
      // A 1-d pool takes no None in its output size.
      String size = n == 1 ? "size[1]" : "size?[" + n + "]";
      for (String kind : List.of("avg", "max")) {
        String name = "adaptive_" + kind + "_pool" + n + "d";
        String schema = name + "(Tensor input, " + size + " output_size)";
        String rule = "adaptive" + (kind.equals("avg") ? "Avg" : "Max") + "Pool" + n + "d";
        CodeBlock leading =
            CodeBlock.of("$L, $L, $T::$L", n, kind.equals("max"), ADAPTIVE_RULES, rule);
        ops.add(
            new OpDecl(
                    schema + " -> Tensor",
                    OpDecl.camel(name),
                    "Tensor",
                    IMPL + ".adaptivePool",
                    leading,
                    OUTPUT_ONLY,
                    "",
                    "AdaptivePoolRules#" + rule,
                    false)
                .layers(
                    "spatial dims -> output_size",
                    "Adaptive" + (kind.equals("avg") ? "Avg" : "Max") + "Pool" + n + "d"));
        if (kind.equals("max")) {
          String output = "AdaptiveMaxPool" + n + "d.Output";
          ops.add(
              new OpDecl(
                  schema + " -> " + output,
                  OpDecl.camel(name) + "WithIndices",
                  output,
                  IMPL + ".adaptivePool",
                  leading,
                  CodeBlock.of("$T::new", ClassName.get(NN, "AdaptiveMaxPool" + n + "d", "Output")),
                  "return_indices=True",
                  "AdaptivePoolRules#" + rule,
                  false));
        }
      }
    }
    return ops;
  }

  /** An op implemented by {@code Tensors.<method>(spatial, ...)}, which takes long[] tuples. */
  private static OpDecl tensorsOp(String schema, String method, int spatial, String rule) {
    String torch = schema.substring(0, schema.indexOf('('));
    return new OpDecl(
        schema,
        OpDecl.camel(torch),
        "Tensor",
        "dev.shapesense.tensor.Tensors." + method,
        CodeBlock.of("$L", spatial),
        CodeBlock.of(""),
        "",
        rule,
        true);
  }

  /** An op returning a tensor, named as PyTorch names it in lowerCamelCase. */
  private static OpDecl op(String schema, String impl, CodeBlock leading, String rule) {
    String torch = schema.substring(0, schema.indexOf('('));
    return new OpDecl(
        schema, OpDecl.camel(torch), "Tensor", impl, leading, CodeBlock.of(""), "", rule, false);
  }
}
