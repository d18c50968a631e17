package dev.shapesense.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The tensor op table: one declaration per PyTorch op of {@code Tensor} (methods) and {@code
 * Tensors} ({@code torch.*}), from which {@link TensorGenerator} writes every public overload and
 * {@link CatalogGenerator} the runtime catalog. Schemas are PyTorch 1.13's ({@code
 * native_functions.yaml}), overload names included; see {@link TensorOp} for the types.
 */
final class TensorOpTable {
  private TensorOpTable() {}

  static final String VIEW_SIZE = "shape/view-size";
  static final String CAT_SIZES = "shape/cat-sizes";
  static final String MATMUL = "shape/matmul";
  static final String BROADCAST = "shape/broadcast";

  private static final List<String> BOTH = List.of("Tensor", "Tensors");

  /** An op with a {@code Tensor} method and a {@code torch.*} function. */
  private static TensorOp op(String schema, String impl, String rule, String kernel) {
    return new TensorOp(schema, impl, rule, kernel, BOTH, null, camelName(schema), List.of(), null);
  }

  /** An op that is only a {@code Tensor} method. */
  private static TensorOp method(String schema, String impl, String rule, String kernel) {
    return new TensorOp(
        schema, impl, rule, kernel, List.of("Tensor"), null, camelName(schema), List.of(), null);
  }

  /** An op that is only a {@code torch.*} function. */
  private static TensorOp torch(String schema, String impl, String rule, String kernel) {
    return new TensorOp(
        schema, impl, rule, kernel, List.of("Tensors"), null, camelName(schema), List.of(), null);
  }

  /** A {@code torch.*} function that {@code F} also has: {@code F.linear} forwards to it. */
  private static TensorOp torchAndF(String schema, String impl, String rule, String kernel) {
    return new TensorOp(
        schema,
        impl,
        rule,
        kernel,
        List.of("Tensors", "F"),
        null,
        camelName(schema),
        List.of(),
        null);
  }

  /**
   * A {@code torch.nn.functional} function: its implementation call is in package {@code
   * dev.shapesense.nn}; {@code inplace=True} overwrites a CPU input ({@code F.inPlace}).
   */
  private static TensorOp f(String schema, String impl, String rule, String kernel) {
    if (schema.contains("bool inplace=False")) {
      impl = "F.inPlace({input}, " + impl + ", {inplace})";
    }
    return new TensorOp(
        schema, impl, rule, kernel, List.of("F"), null, camelName(schema), List.of(), null);
  }

  private static String camelName(String schema) {
    String head = schema.substring(0, schema.indexOf('('));
    int dot = head.indexOf('.');
    return OpDecl.camel(dot < 0 ? head : head.substring(0, dot));
  }

  static List<TensorOp> ops() {
    List<TensorOp> ops = new ArrayList<>();
    views(ops);
    joins(ops);
    linalg(ops);
    elementwise(ops);
    reductions(ops);
    activations(ops);
    functional(ops);
    layers(ops);
    return ops;
  }

  private static void views(List<TensorOp> ops) {
    ops.add(
        method(
                "view(Tensor self, SymInt[] size) -> Tensor",
                "ViewOps.view({self}, {size})",
                "ViewRules#view",
                "Tensor#sharing")
            .withCode(VIEW_SIZE));
    ops.add(
        method(
                "view_as(Tensor self, Tensor other) -> Tensor",
                "ViewOps.view({self}, {other}.shape().dims())",
                "ViewRules#view",
                "Tensor#sharing")
            .withCode(VIEW_SIZE));
    ops.add(
        op(
                "reshape(Tensor self, SymInt[] shape) -> Tensor",
                "ViewOps.reshape({self}, {shape})",
                "ViewRules#reshape",
                "Tensor#sharing")
            .withCode(VIEW_SIZE));
    ops.add(
        method(
                "reshape_as(Tensor self, Tensor other) -> Tensor",
                "ViewOps.reshape({self}, {other}.shape().dims())",
                "ViewRules#reshape",
                "Tensor#sharing")
            .withCode(VIEW_SIZE));
    ops.add(
        method(
            "contiguous(Tensor self) -> Tensor",
            "ViewOps.contiguous({self})",
            "ViewRules#reshape",
            "Tensor#sharing"));
    ops.add(
        op(
                "flatten(Tensor self, int start_dim=0, int end_dim=-1) -> Tensor",
                "ViewOps.flatten({self}, {start_dim}, {end_dim})",
                "ViewRules#flatten",
                "Tensor#sharing")
            .layers("[N, d_start, ..., d_end] -> [N, d_start · ... · d_end]", "Flatten"));
    ops.add(
        op(
                "unflatten(Tensor self, int dim, SymInt[] sizes) -> Tensor",
                "ViewOps.unflatten({self}, {dim}, {sizes})",
                "ViewRules#unflatten",
                "Tensor#sharing")
            .withCode(VIEW_SIZE)
            .layers("[*, d, *] -> [*, unflattened_size, *]", "Unflatten"));
    ops.add(
        method(
            "expand(Tensor self, SymInt[] size) -> Tensor",
            "ViewOps.expand({self}, {size})",
            "ViewRules#expand",
            "CpuOps#expand"));
    ops.add(
        method(
            "expand_as(Tensor self, Tensor other) -> Tensor",
            "ViewOps.expand({self}, {other}.shape().dims())",
            "ViewRules#expand",
            "CpuOps#expand"));
    ops.add(
        method(
            "repeat(Tensor self, SymInt[] repeats) -> Tensor",
            "ViewOps.repeat({self}, {repeats})",
            "ViewRules#repeat",
            "CpuOps#repeat"));
    ops.add(
        op(
            "permute(Tensor self, int[] dims) -> Tensor",
            "ViewOps.permute({self}, {dims})",
            "TransposeRules#permute",
            "CpuOps#permute"));
    for (String name : List.of("transpose", "swapaxes", "swapdims")) {
      String a = name.equals("swapaxes") ? "axis" : "dim";
      ops.add(
          op(
              name + "(Tensor self, int " + a + "0, int " + a + "1) -> Tensor",
              "ViewOps.transpose({self}, {" + a + "0}, {" + a + "1})",
              "TransposeRules#transpose",
              "CpuOps#permute"));
    }
    ops.add(
        op("t(Tensor self) -> Tensor", "ViewOps.t({self})", "TransposeRules#t", "CpuOps#permute"));
    for (String name : List.of("movedim", "moveaxis")) {
      ops.add(
          op(
              name + ".int(Tensor self, int source, int destination) -> Tensor",
              "ViewOps.movedim({self}, new int[] {{source}}, new int[] {{destination}})",
              "TransposeRules#movedim",
              "CpuOps#permute"));
      ops.add(
          op(
              name + ".intlist(Tensor self, int[] source, int[] destination) -> Tensor",
              "ViewOps.movedim({self}, {source}, {destination})",
              "TransposeRules#movedim",
              "CpuOps#permute"));
    }
    ops.add(
        op(
            "squeeze(Tensor self) -> Tensor",
            "ViewOps.squeeze({self}, null)",
            "TransposeRules#squeeze",
            "Tensor#sharing"));
    ops.add(
        op(
            "squeeze.dims(Tensor self, int[] dim) -> Tensor",
            "ViewOps.squeeze({self}, {dim})",
            "TransposeRules#squeeze",
            "Tensor#sharing"));
    ops.add(
        op(
            "unsqueeze(Tensor self, int dim) -> Tensor",
            "ViewOps.unsqueeze({self}, {dim})",
            "TransposeRules#unsqueeze",
            "Tensor#sharing"));
    ops.add(
        op(
            "chunk(Tensor self, int chunks, int dim=0) -> Tensor[]",
            "ViewOps.chunk({self}, {chunks}, {dim})",
            "SplitRules#chunk",
            "CpuOps#pieces"));
    ops.add(
        op(
            "split.Tensor(Tensor self, SymInt split_size, int dim=0) -> Tensor[]",
            "ViewOps.split({self}, {split_size}, {dim})",
            "SplitRules#split",
            "CpuOps#pieces"));
    ops.add(
        op(
            "split.sizes(Tensor self, long[] split_size, int dim=0) -> Tensor[]",
            "ViewOps.splitWithSizes({self}, ViewOps.dims({split_size}), {dim})",
            "SplitRules#splitWithSizes",
            "CpuOps#pieces"));
    ops.add(
        method(
            "split.symint(Tensor self, Dim[] split_size, int dim) -> Tensor[]",
            "ViewOps.splitWithSizes({self}, ViewOps.dims({split_size}), {dim})",
            "SplitRules#splitWithSizes",
            "CpuOps#pieces"));
    ops.add(
        method(
            "split_with_sizes(Tensor self, long[] split_sizes, int dim=0) -> Tensor[]",
            "ViewOps.splitWithSizes({self}, ViewOps.dims({split_sizes}), {dim})",
            "SplitRules#splitWithSizes",
            "CpuOps#pieces"));
    ops.add(
        op(
            "unbind(Tensor self, int dim=0) -> Tensor[]",
            "ViewOps.unbind({self}, {dim})",
            "SplitRules#unbind",
            "CpuOps#along"));
    ops.add(
        op(
            "narrow(Tensor self, int dim, SymInt|Dim start, SymInt|Dim length) -> Tensor",
            "ViewOps.narrow({self}, {dim}, {start}, {length})",
            "IndexRules#narrow",
            "CpuOps#along"));
    ops.add(
        op(
            "select.int(Tensor self, int dim, SymInt|Dim index) -> Tensor",
            "ViewOps.select({self}, {dim}, {index})",
            "IndexRules#select",
            "CpuOps#along"));
    ops.add(
        method(
            "slice.Tensor(Tensor self, int dim, SymInt|Dim start, SymInt|Dim? end=None, "
                + "SymInt step=1) -> Tensor",
            "ViewOps.slice({self}, {dim}, {start}, {end}, {step})",
            "IndexRules#slice",
            "CpuOps#along"));
    ops.add(
        method(
            "index(Tensor self, Index[] indices) -> Tensor",
            "ViewOps.index({self}, {indices})",
            "IndexRules#index",
            "CpuOps#along"));
    ops.add(
        op(
            "diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor",
            "ViewOps.diagonal({self}, {offset}, {dim1}, {dim2})",
            "DiagonalRules#diagonal",
            "CpuOps#diagonal"));
    ops.add(
        op(
            "roll(Tensor self, SymInt[1] shifts, int[1] dims=[]) -> Tensor",
            "ViewOps.roll({self}, {shifts}, {dims})",
            "RollIndexRules#roll",
            "CpuOps#roll"));
    ops.add(
        op(
            "index_select(Tensor self, int dim, Tensor index) -> Tensor",
            "ViewOps.indexSelect({self}, {dim}, {index})",
            "RollIndexRules#indexSelect",
            "CpuOps#indexSelect"));
  }

  private static void joins(List<TensorOp> ops) {
    for (String name : List.of("cat", "concat", "stack")) {
      String impl = name.equals("stack") ? "stack" : "cat";
      ops.add(
          torch(
                  name + "(Tensor[] tensors, int dim=0) -> Tensor",
                  "JoinOps." + impl + "({tensors}, {dim})",
                  "JoinRules#" + impl,
                  "CpuOps#cat")
              .withCode(CAT_SIZES));
    }
    for (String name : List.of("hstack", "vstack")) {
      ops.add(
          torch(
              name + "(Tensor[] tensors) -> Tensor",
              "JoinOps." + name + "({tensors})",
              "JoinRules#" + name,
              "CpuOps#cat"));
    }
  }

  private static void linalg(List<TensorOp> ops) {
    ops.add(
        torchAndF(
                "linear(Tensor input, Tensor weight, Tensor? bias=None) -> Tensor",
                "LinalgOps.linear({input}, {weight}, {bias})",
                "LinearRules#linear",
                "LinalgOps#linear")
            .withCode(MATMUL)
            .layers("[*, in_features] -> [*, out_features]", "Linear"));
    ops.add(
        torchAndF(
                "bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor? bias=None) "
                    + "-> Tensor",
                "LinalgOps.bilinear({input1}, {input2}, {weight}, {bias})",
                "LinearRules#bilinear",
                "LinalgOps#bilinear")
            .layers("[*, in1_features], [*, in2_features] -> [*, out_features]", "Bilinear"));
    for (String schema :
        List.of(
            "matmul(Tensor self, Tensor other)",
            "mm(Tensor self, Tensor mat2)",
            "bmm(Tensor self, Tensor mat2)",
            "mv(Tensor self, Tensor vec)",
            "dot(Tensor self, Tensor other)",
            "outer(Tensor self, Tensor vec2)",
            "addmm(Tensor self, Tensor mat1, Tensor mat2)",
            "baddbmm(Tensor self, Tensor batch1, Tensor batch2)")) {
      String name = schema.substring(0, schema.indexOf('('));
      List<String> args = new ArrayList<>();
      for (String p : schema.substring(schema.indexOf('(') + 1, schema.length() - 1).split(", ")) {
        args.add("{" + p.substring(p.indexOf(' ') + 1) + "}");
      }
      TensorOp op =
          op(
              schema + " -> Tensor",
              "LinalgOps." + name + "(" + String.join(", ", args) + ")",
              "LinalgRules#" + name,
              "LinalgOps#" + name);
      ops.add(List.of("matmul", "mm", "bmm").contains(name) ? op.withCode(MATMUL) : op);
    }
  }

  private static void elementwise(List<TensorOp> ops) {
    ops.add(
        torchAndF(
            "prelu(Tensor input, Tensor weight) -> Tensor",
            "ElementwiseOps.prelu({input}, {weight})",
            "ActivationRules#prelu",
            "ElementwiseOps#prelu"));
    for (String name : List.of("add", "sub")) {
      ops.add(
          op(
                  name + ".Tensor(Tensor self, Tensor other, *, Scalar alpha=1@null) -> Tensor",
                  "ElementwiseOps." + name + "({self}, {other}, {alpha})",
                  "ElementwiseRules#resultType",
                  "ElementwiseOps#binary")
              .withCode(BROADCAST));
      ops.add(
          op(
                  name + ".Scalar(Tensor self, Scalar other) -> Tensor",
                  "ElementwiseOps." + name + "({self}, {other}, null)",
                  "ElementwiseRules#resultType",
                  "ElementwiseOps#binary")
              .withCode(BROADCAST));
    }
    // name, the kind of result, the binary op, the other operand's types
    String[][] binary = {
      {"mul", "ARITH", "MUL", "Tensor|Scalar"},
      {"div", "TRUE_DIV", "DIV", "Tensor|Scalar"},
      {"maximum", "ARITH", "MAXIMUM", "Tensor"},
      {"minimum", "ARITH", "MINIMUM", "Tensor"},
      {"fmod", "ARITH", "FMOD", "Tensor|Scalar"},
      {"eq", "BOOL", "EQ", "Tensor|Scalar"},
      {"ne", "BOOL", "NE", "Tensor|Scalar"},
      {"lt", "BOOL", "LT", "Tensor|Scalar"},
      {"le", "BOOL", "LE", "Tensor|Scalar"},
      {"gt", "BOOL", "GT", "Tensor|Scalar"},
      {"ge", "BOOL", "GE", "Tensor|Scalar"},
      {"logical_and", "BOOL", "AND", "Tensor"},
      {"logical_or", "BOOL", "OR", "Tensor"},
    };
    for (String[] b : binary) {
      TensorOp op =
          op(
              b[0] + "(Tensor self, " + b[3] + " other) -> Tensor",
              "ElementwiseOps.apply(ElementwiseOps.Kind."
                  + b[1]
                  + ", ElementwiseOps.Bin."
                  + b[2]
                  + ", {self}, {other})",
              "ElementwiseRules#resultType",
              "ElementwiseOps#binary");
      ops.add(b[0].equals("mul") || b[0].equals("div") ? op.withCode(BROADCAST) : op);
    }
    ops.add(
        op(
            "pow(Tensor self, Tensor|Scalar exponent) -> Tensor",
            "ElementwiseOps.pow({self}, {exponent})",
            "ElementwiseRules#checkIntegerPower",
            "ElementwiseOps#pow"));
    ops.add(
        torch(
            "pow.Scalar(Scalar self, Tensor exponent) -> Tensor",
            "ElementwiseOps.pow({self}, {exponent})",
            "ElementwiseRules#resultType",
            "ElementwiseOps#pow"));
    ops.add(
        op(
            "remainder(Tensor self, Tensor|Scalar other) -> Tensor",
            "ElementwiseOps.remainder({self}, {other})",
            "ElementwiseRules#resultType",
            "ElementwiseOps#remainder"));
    ops.add(
        op(
            "where.self(Tensor condition, Tensor|Scalar self, Tensor|Scalar other) -> Tensor",
            "ElementwiseOps.where({condition}, {self}, {other})",
            "ElementwiseRules#where",
            "ElementwiseOps#where"));
    ops.add(
        op(
            "masked_fill(Tensor self, Tensor mask, Tensor|Scalar value) -> Tensor",
            "ElementwiseOps.maskedFill({self}, {mask}, {value})",
            "ElementwiseRules#maskedFill",
            "ElementwiseOps#maskedFill"));
    ops.add(
        op(
            "neg(Tensor self) -> Tensor",
            "ElementwiseOps.neg({self})",
            "ElementwiseRules#checkNeg",
            "ElementwiseOps#neg"));
    ops.add(
        op(
            "abs(Tensor self) -> Tensor",
            "ElementwiseOps.abs({self})",
            "ElementwiseRules#checkImplemented",
            "ElementwiseOps#abs"));
    String[][] floating = {
      {"exp", "Math::exp"},
      {"log", "Math::log"},
      {"sqrt", "Math::sqrt"},
      {"rsqrt", "v -> 1 / Math.sqrt(v)"},
      {"sin", "Math::sin"},
      {"cos", "Math::cos"},
      {"reciprocal", "v -> 1 / v"},
    };
    for (String[] f : floating) {
      ops.add(
          op(
              f[0] + "(Tensor self) -> Tensor",
              "ElementwiseOps.floating({self}, " + f[1] + ")",
              "ActivationRules#unaryFloat",
              "ElementwiseOps#floating"));
    }
    String[][] rounding = {
      {"floor", "Math::floor"}, {"ceil", "Math::ceil"}, {"round", "Math::rint"}
    };
    for (String[] f : rounding) {
      ops.add(
          op(
              f[0] + "(Tensor self) -> Tensor",
              "ElementwiseOps.rounding(\"" + f[0] + "_vml_cpu\", {self}, " + f[1] + ")",
              "ElementwiseRules#checkImplemented",
              "ElementwiseOps#rounding"));
    }
    ops.add(
        op(
            "sign(Tensor self) -> Tensor",
            "ElementwiseOps.same({self}, Math::signum)",
            "ElementwiseRules#checkImplemented",
            "ElementwiseOps#same"));
    ops.add(
        op(
            "clamp(Tensor self, Scalar? min, Scalar? max) -> Tensor",
            "ElementwiseOps.clamp({self}, {min}, {max})",
            "ElementwiseRules#checkClamp",
            "ElementwiseOps#clamp"));
    ops.add(
        method(
            "clamp.min(Tensor self, Scalar min) -> Tensor",
            "ElementwiseOps.clamp({self}, {min}, null)",
            "ElementwiseRules#checkClamp",
            "ElementwiseOps#clamp"));
    ops.add(
        op(
            "clamp.Tensor(Tensor self, Tensor? min, Tensor? max) -> Tensor",
            "ElementwiseOps.clamp({self}, {min}, {max})",
            "ElementwiseRules#checkClamp",
            "ElementwiseOps#clamp"));
    ops.add(
        method(
            "clamp_min(Tensor self, float min) -> Tensor",
            "ElementwiseOps.clamp({self}, {min}, null)",
            "ElementwiseRules#checkClamp",
            "ElementwiseOps#clamp"));
    ops.add(
        method(
            "clamp_max(Tensor self, float max) -> Tensor",
            "ElementwiseOps.clamp({self}, null, {max})",
            "ElementwiseRules#checkClamp",
            "ElementwiseOps#clamp"));
  }

  private static void reductions(List<TensorOp> ops) {
    for (String name : List.of("sum", "mean")) {
      ops.add(
          op(
              name + "(Tensor self, *, ScalarType? dtype=None) -> Tensor",
              "ReductionOps." + name + "({self}, null, false, {dtype})",
              "ReductionRules#reduce",
              "ReductionOps#reduce"));
      ops.add(
          op(
              name
                  + ".dim_IntList(Tensor self, int[1] dim, bool keepdim=False, *, "
                  + "ScalarType? dtype=None) -> Tensor",
              "ReductionOps." + name + "({self}, {dim}, {keepdim}, {dtype})",
              "ReductionRules#reduce",
              "ReductionOps#reduce"));
    }
    ops.add(
        op(
            "prod(Tensor self, *, ScalarType? dtype=None) -> Tensor",
            "ReductionOps.prod({self}, null, false, {dtype})",
            "ReductionRules#reduce",
            "ReductionOps#reduce"));
    ops.add(
        op(
            "prod.dim_int(Tensor self, int dim, bool keepdim=False, *, "
                + "ScalarType? dtype=None) -> Tensor",
            "ReductionOps.prod({self}, {dim}, {keepdim}, {dtype})",
            "ReductionRules#reduce",
            "ReductionOps#reduce"));
    for (String name : List.of("amax", "amin")) {
      ops.add(
          op(
              name + "(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor",
              "ReductionOps.extreme(\"" + name + "\", {self}, {dim}, {keepdim})",
              "ReductionRules#reduceNonEmpty",
              "ReductionOps#reduce"));
    }
    for (String name : List.of("max", "min")) {
      ops.add(
          op(
              name + "(Tensor self) -> Tensor",
              "ReductionOps.extremeAll(\"" + name + "\", {self})",
              "ReductionRules#reduceNonEmpty",
              "ReductionOps#reduce"));
      ops.add(
          op(
              name + ".dim(Tensor self, int dim, bool keepdim=False) -> ValuesIndices",
              "ReductionOps.extremeDim(\"" + name + "\", {self}, {dim}, {keepdim})",
              "ReductionRules#argReduce",
              "ReductionOps#reduce"));
      ops.add(
          op(
              name + ".other(Tensor self, Tensor other) -> Tensor",
              "ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin."
                  + (name.equals("max") ? "MAXIMUM" : "MINIMUM")
                  + ", {self}, {other})",
              "ElementwiseRules#resultType",
              "ElementwiseOps#binary"));
    }
    for (String name : List.of("argmax", "argmin")) {
      ops.add(
          op(
              name + "(Tensor self, int? dim=None, bool keepdim=False) -> Tensor",
              "ReductionOps.arg(\"" + name + "\", {self}, {dim}, {keepdim})",
              "ReductionRules#argReduce",
              "ReductionOps#reduce"));
    }
    for (String name : List.of("std", "var")) {
      boolean std = name.equals("std");
      ops.add(
          op(
              name + "(Tensor self, bool unbiased=True) -> Tensor",
              "ReductionOps.variance({self}, null, false, {unbiased}, " + std + ")",
              "ReductionRules#stdVarType",
              "ReductionOps#variance"));
      ops.add(
          op(
              name
                  + ".dim(Tensor self, int[1] dim, bool unbiased=True, bool keepdim=False) "
                  + "-> Tensor",
              "ReductionOps.variance({self}, {dim}, {keepdim}, {unbiased}, " + std + ")",
              "ReductionRules#stdVarType",
              "ReductionOps#variance"));
    }
    ops.add(
        op(
            "norm.Scalar(Tensor self, float p=2) -> Tensor",
            "ReductionOps.norm({self}, {p}, null, false)",
            "ReductionRules#normType",
            "ReductionOps#norm"));
    ops.add(
        op(
            "norm.ScalarOpt_dim(Tensor self, float p, int[1] dim, bool keepdim=False) "
                + "-> Tensor",
            "ReductionOps.norm({self}, {p}, {dim}, {keepdim})",
            "ReductionRules#normType",
            "ReductionOps#norm"));
    ops.add(
        op(
            "logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor",
            "ReductionOps.logsumexp({self}, {dim}, {keepdim})",
            "ReductionRules#reduce",
            "ReductionOps#logsumexp"));
    ops.add(
        op(
            "all(Tensor self) -> Tensor",
            "ReductionOps.logical({self}, null, false)",
            "ReductionRules#reduce",
            "ReductionOps#logical"));
    ops.add(
        op(
            "all.dim(Tensor self, int dim, bool keepdim=False) -> Tensor",
            "ReductionOps.logical({self}, {dim}, {keepdim})",
            "ReductionRules#reduce",
            "ReductionOps#logical"));
    ops.add(
        op(
            "any(Tensor self) -> Tensor",
            "ReductionOps.any({self}, null, false)",
            "ReductionRules#reduce",
            "ReductionOps#any"));
    ops.add(
        op(
            "any.dim(Tensor self, int dim, bool keepdim=False) -> Tensor",
            "ReductionOps.any({self}, {dim}, {keepdim})",
            "ReductionRules#reduce",
            "ReductionOps#any"));
  }

  private static void activations(List<TensorOp> ops) {
    ops.add(
        op(
            "relu(Tensor self) -> Tensor",
            "ElementwiseOps.relu({self})",
            "ActivationRules#clampKernel",
            "ElementwiseOps#map"));
    ops.add(
        op(
            "sigmoid(Tensor self) -> Tensor",
            "ElementwiseOps.sigmoid({self})",
            "ActivationRules#unaryFloat",
            "ElementwiseOps#map"));
    ops.add(
        op(
            "tanh(Tensor self) -> Tensor",
            "ElementwiseOps.tanh({self})",
            "ActivationRules#unaryFloat",
            "ElementwiseOps#map"));
    for (String name : List.of("softmax", "log_softmax")) {
      ops.add(
          op(
              name + ".int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor",
              "LinalgOps.softmax({self}, {dim}, {dtype}, " + name.startsWith("log") + ")",
              "ActivationRules#softmax",
              "CpuLinalg#softmax"));
    }
  }

  private static void functional(List<TensorOp> ops) {
    String act = "ActivationOps#floatOp";
    ops.add(
        f(
            "relu(Tensor input, bool inplace=False) -> Tensor",
            "{input}.relu()",
            "ActivationRules#clampKernel",
            "ElementwiseOps#relu"));
    ops.add(
        f(
            "relu6(Tensor input, bool inplace=False) -> Tensor",
            "ActivationOps.hardtanh({input}, 0, 6)",
            "ActivationRules#hardtanh",
            "ActivationOps#hardtanh"));
    ops.add(
        f(
            "hardtanh(Tensor input, float min_val=-1.0, float max_val=1.0, "
                + "bool inplace=False) -> Tensor",
            "ActivationOps.hardtanh({input}, {min_val}, {max_val})",
            "ActivationRules#hardtanh",
            "ActivationOps#hardtanh"));
    // name, kernel, the function of x
    String[][] pointwise = {
      {
        "elu(Tensor input, float alpha=1.0, bool inplace=False)",
        "elu_cpu",
        "ActivationOps.elu(x, {alpha})"
      },
      {"selu(Tensor input, bool inplace=False)", "elu_cpu", "ActivationOps.selu(x)"},
      {
        "celu(Tensor input, float alpha=1.0, bool inplace=False)",
        "elu_cpu",
        "ActivationOps.celu(x, {alpha})"
      },
      {
        "leaky_relu(Tensor input, float negative_slope=0.01, bool inplace=False)",
        "leaky_relu_cpu",
        "x > 0 ? x : x * {negative_slope}"
      },
      {
        "logsigmoid(Tensor input)",
        "log_sigmoid_cpu",
        "Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)))"
      },
      {
        "hardshrink(Tensor input, float lambd=0.5)",
        "hardshrink_cpu",
        "Math.abs(x) > {lambd} ? x : 0"
      },
      {
        "softplus(Tensor input, float beta=1.0, float threshold=20.0)",
        "softplus_cpu",
        "ActivationOps.softplus(x, {beta}, {threshold})"
      },
      {
        "hardsigmoid(Tensor input, bool inplace=False)",
        "hardsigmoid_cpu",
        "ActivationOps.hardsigmoid(x)"
      },
      {"silu(Tensor input, bool inplace=False)", "silu_cpu", "x * ActivationOps.sigmoid(x)"},
      {
        "mish(Tensor input, bool inplace=False)",
        "mish_cpu",
        "x * Math.tanh(ActivationOps.softplus(x, 1, 20))"
      },
      {
        "hardswish(Tensor input, bool inplace=False)",
        "hardswish_cpu",
        "x * ActivationOps.hardsigmoid(x)"
      },
    };
    for (String[] p : pointwise) {
      ops.add(
          f(
              p[0] + " -> Tensor",
              "ActivationOps.floatOp(\"" + p[1] + "\", {input}, x -> " + p[2] + ")",
              "ActivationRules#unaryFloat",
              act));
    }
    ops.add(
        f(
            "rrelu(Tensor input, float lower=1.0 / 8, float upper=1.0 / 3, "
                + "bool training=False, bool inplace=False) -> Tensor",
            "ActivationOps.rrelu({input}, {lower}, {upper}, {training})",
            "ActivationRules#rrelu",
            "ActivationOps#rrelu"));
    ops.add(
        f(
            "glu(Tensor input, int dim=-1) -> Tensor",
            "ActivationOps.glu({input}, {dim})",
            "ActivationRules#glu",
            "ActivationOps#glu"));
    ops.add(
        f(
            "gelu(Tensor input, str approximate='none') -> Tensor",
            "ActivationOps.gelu({input}, {approximate})",
            "ActivationRules#gelu",
            "ActivationOps#gelu"));
    ops.add(
        f(
            "tanhshrink(Tensor input) -> Tensor",
            "ActivationOps.tanhshrink({input})",
            "ActivationRules#unaryFloat",
            "ActivationOps#tanhshrink"));
    ops.add(
        f(
            "softsign(Tensor input) -> Tensor",
            "ActivationOps.softsign({input})",
            "ActivationRules#unaryFloat",
            "ActivationOps#softsign"));
    ops.add(
        f(
            "softshrink(Tensor input, float lambd=0.5) -> Tensor",
            "ActivationOps.softshrink({input}, {lambd})",
            "ActivationRules#softshrink",
            "ActivationOps#softshrink"));
    ops.add(
        f(
            "tanh(Tensor input) -> Tensor",
            "{input}.tanh()",
            "ActivationRules#unaryFloat",
            "ElementwiseOps#tanh"));
    ops.add(
        f(
            "sigmoid(Tensor input) -> Tensor",
            "{input}.sigmoid()",
            "ActivationRules#unaryFloat",
            "ElementwiseOps#sigmoid"));
    ops.add(
        f(
            "threshold(Tensor input, float threshold, float value, bool inplace=False) "
                + "-> Tensor",
            "ActivationOps.threshold({input}, {threshold}, {value})",
            "ActivationRules#elementwise",
            "ActivationOps#threshold"));
    for (String name : List.of("softmax", "log_softmax", "softmin")) {
      String impl =
          name.equals("softmin")
              ? "ActivationOps.softmin({input}, {dim}, {dtype})"
              : "ActivationOps.softmax({input}, {dim}, {dtype}, " + name.startsWith("log") + ")";
      ops.add(
          f(
              name + "(Tensor input, int? dim=None, *, ScalarType? dtype=None) -> Tensor",
              impl,
              "ActivationRules#softmaxDim",
              "CpuLinalg#softmax"));
    }
    ops.add(
        f(
            "dropout(Tensor input, float|int p=0.5, bool training=True, bool inplace=False) "
                + "-> Tensor",
            "NormOps.dropout({input}, {p}, {training})",
            "DropoutRules#dropout",
            "CpuNormKernels#dropout"));
    String[][] dropouts = {
      {"alpha_dropout", "False", "alphaDropout", "DropoutRules#dropout", "CpuNorm#alphaDropout"},
      {
        "feature_alpha_dropout",
        "False",
        "featureAlphaDropout",
        "DropoutRules#featureDropout",
        "CpuNorm#alphaDropout"
      },
      {"dropout1d", "True", "dropout1d", "DropoutRules#dropout1d", "CpuNormKernels#dropout"},
      {
        "dropout2d",
        "True",
        "featureDropout",
        "DropoutRules#featureDropout",
        "CpuNormKernels#dropout"
      },
      {"dropout3d", "True", "dropout3d", "DropoutRules#dropout3d", "CpuNormKernels#dropout"},
    };
    for (String[] d : dropouts) {
      ops.add(
          f(
              d[0]
                  + "(Tensor input, float p=0.5, bool training="
                  + d[1]
                  + ", bool inplace=False) -> Tensor",
              "NormOps." + d[2] + "({input}, {p}, {training})",
              d[3],
              d[4]));
    }
    ops.add(
        f(
            "batch_norm(Tensor input, Tensor? running_mean, Tensor? running_var, "
                + "Tensor? weight=None, Tensor? bias=None, bool training=False, float momentum=0.1, "
                + "float eps=1e-05) -> Tensor",
            "NormOps.batchNorm({input}, {running_mean}, {running_var}, {weight}, {bias}, {training}, "
                + "{momentum}, {eps})",
            "NormRules#batchNorm",
            "CpuNorm#batchNorm"));
    ops.add(
        f(
            "instance_norm(Tensor input, Tensor? running_mean=None, Tensor? running_var=None, "
                + "Tensor? weight=None, Tensor? bias=None, bool use_input_stats=True, "
                + "float momentum=0.1, float eps=1e-05) -> Tensor",
            "NormOps.instanceNorm({input}, {running_mean}, {running_var}, {weight}, {bias}, "
                + "{use_input_stats}, {momentum}, {eps})",
            "NormRules#instanceNorm",
            "CpuNorm#instanceNorm"));
    ops.add(
        torchAndF(
            "layer_norm(Tensor input, SymInt[]|int[] normalized_shape, "
                + "Tensor? weight=None, Tensor? bias=None, float eps=1e-05) -> Tensor",
            "NormFunctions.layerNorm({input}, {normalized_shape}, {weight}, {bias}, {eps})",
            "NormRules#layerNorm",
            "CpuNormKernels#layerNorm"));
    ops.add(
        torchAndF(
            "group_norm(Tensor input, SymInt num_groups, Tensor? weight=None, "
                + "Tensor? bias=None, float eps=1e-05) -> Tensor",
            "NormFunctions.groupNorm({input}, {num_groups}, {weight}, {bias}, {eps})",
            "NormRules#groupNorm",
            "CpuNormKernels#groupNorm"));
    ops.add(
        torch(
            "dropout(Tensor input, float p, bool train) -> Tensor",
            "NormFunctions.dropout({input}, {p}, {train})",
            "DropoutRules#dropout",
            "CpuNormKernels#dropout"));
    ops.add(
        torch(
            "feature_dropout(Tensor input, float p, bool train) -> Tensor",
            "NormFunctions.featureDropout({input}, {p}, {train})",
            "DropoutRules#featureDropout",
            "CpuNormKernels#dropout"));
    ops.add(
        f(
            "embedding_bag(Tensor input, Tensor weight, Tensor? offsets=None, "
                + "float? max_norm=None, float norm_type=2.0, bool scale_grad_by_freq=False, "
                + "str mode='mean', bool sparse=False, Tensor? per_sample_weights=None, "
                + "bool include_last_offset=False, int? padding_idx=None) -> Tensor",
            "NormOps.embeddingBag({input}, {weight}, {offsets}, {per_sample_weights}, "
                + "new dev.shapesense.tensor.rules.EmbeddingBagRules.Options({max_norm} != null, "
                + "{scale_grad_by_freq}, {mode}, {sparse}, {include_last_offset}, {padding_idx}), "
                + "{max_norm}, {norm_type})",
            "EmbeddingBagRules#embeddingBag",
            "CpuNormKernels#embeddingBag"));
    ops.add(
        f(
            "pad(Tensor input, int[] pad, str mode='constant', float? value=None) -> Tensor",
            "F.padded({input}, {pad}, {mode}, {value})",
            "PadRules#pad",
            "CpuConv#pad"));
    ops.add(
        f(
            "interpolate(Tensor input, int[]|int? size=None, float? scale_factor=None, "
                + "str mode='nearest', bool? align_corners=None, bool? recompute_scale_factor=None, "
                + "bool antialias=False) -> Tensor",
            "F.interp({input}, {size}, {scale_factor}, {mode}, {align_corners}, "
                + "{recompute_scale_factor}, {antialias})",
            "ResampleRules#interpolate",
            "CpuResample"));
    ops.add(
        f(
            "normalize(Tensor input, float p=2.0, int dim=1, float eps=1e-12) -> Tensor",
            "NormOps.normalize({input}, {p}, {dim}, {eps})",
            "NormRules#normalize",
            "NormOps#normalize"));
    ops.add(
        f(
            "local_response_norm(Tensor input, SymInt size, float alpha=1e-4, "
                + "float beta=0.75, float k=1.0) -> Tensor",
            "NormOps.localResponseNorm({input}, {size}, {alpha}, {beta}, {k})",
            "NormRules#localResponseNorm",
            "NormOps#localResponseNorm"));
    ops.add(
        f(
            "embedding(Tensor input, Tensor weight, int? padding_idx=None, "
                + "float? max_norm=None, float norm_type=2.0, bool scale_grad_by_freq=False, "
                + "bool sparse=False) -> Tensor",
            "NormOps.embedding({input}, {weight}, {padding_idx}, {max_norm}, {norm_type})",
            "EmbeddingRules#embedding",
            "CpuNormKernels#embedding"));
  }

  static final String SAME = "output shape = input shape";

  /** An op that only layers run here (its functional form is hand-written or absent). */
  private static TensorOp layer(
      String schema, String rule, String kernel, String formula, String... modules) {
    return new TensorOp(
        schema, null, rule, kernel, List.of(), null, camelName(schema), List.of(modules), formula);
  }

  /** Gives the F function {@code javaName} its layers and their formula. */
  private static void attach(
      List<TensorOp> ops, String javaName, String formula, String... modules) {
    for (int i = 0; i < ops.size(); i++) {
      TensorOp op = ops.get(i);
      if (op.entries().contains("F") && op.javaName().equals(javaName)) {
        ops.set(i, op.layers(formula, modules));
        return;
      }
    }
    throw new IllegalArgumentException("no F function " + javaName);
  }

  /** {@code BatchNorm1d}, {@code BatchNorm2d}, {@code BatchNorm3d} of {@code BatchNorm}. */
  private static String[] dims(String family, int from) {
    String[] out = new String[4 - from];
    for (int n = from; n <= 3; n++) {
      out[n - from] = family + n + "d";
    }
    return out;
  }

  private static void layers(List<TensorOp> ops) {
    String rnn = "output: [L, N, D · hidden_size] ([N, L, D · hidden_size] when batch_first); ";
    ops.add(
        layer(
            "lstm(Tensor input, Tensor[] hx) -> Tensor",
            "RecurrentRules#rnn",
            "CpuRecurrent",
            rnn + "h_n, c_n: [D · num_layers, N, hidden_size]",
            "LSTM"));
    ops.add(
        layer(
            "gru(Tensor input, Tensor hx) -> Tensor",
            "RecurrentRules#rnn",
            "CpuRecurrent",
            rnn + "h_n: [D · num_layers, N, hidden_size]",
            "GRU"));
    ops.add(
        layer(
            "rnn_tanh(Tensor input, Tensor hx) -> Tensor",
            "RecurrentRules#rnn",
            "CpuRecurrent",
            rnn + "h_n: [D · num_layers, N, hidden_size]",
            "RNN"));
    ops.add(
        layer(
            "lstm_cell(Tensor input, Tensor[] hx) -> Tensor",
            "RecurrentRules#cell",
            "CpuRecurrent",
            "[N, input_size] -> h', c': [N, hidden_size]",
            "LSTMCell"));
    ops.add(
        layer(
            "gru_cell(Tensor input, Tensor? hx=None) -> Tensor",
            "RecurrentRules#cell",
            "CpuRecurrent",
            "[N, input_size] -> [N, hidden_size]",
            "GRUCell"));
    ops.add(
        layer(
            "rnn_tanh_cell(Tensor input, Tensor? hx=None) -> Tensor",
            "RecurrentRules#cell",
            "CpuRecurrent",
            "[N, input_size] -> [N, hidden_size]",
            "RNNCell"));
    ops.add(
        layer(
            "multi_head_attention_forward(Tensor query, Tensor key, Tensor value) -> Tensor",
            "AttentionRules#multiHeadAttentionForward",
            "CpuAttention",
            "output: [L, N, E] ([N, L, E] when batch_first); weights: [N, L, S]",
            "MultiheadAttention"));
    ops.add(
        layer(
            "pixel_shuffle(Tensor self, int upscale_factor) -> Tensor",
            "ResampleRules#pixelShuffle",
            "Tensor#sharing",
            "[N, C · r², H, W] -> [N, C, H · r, W · r]",
            "PixelShuffle"));
    ops.add(
        layer(
            "pixel_unshuffle(Tensor self, int downscale_factor) -> Tensor",
            "ResampleRules#pixelUnshuffle",
            "Tensor#sharing",
            "[N, C, H · r, W · r] -> [N, C · r², H, W]",
            "PixelUnshuffle"));
    // The layers of the F functions above.
    attach(ops, "embedding", "[*] -> [*, embedding_dim]", "Embedding");
    attach(ops, "interpolate", "H_out = floor(H · scale_factor), or size", "Upsample");
    attach(ops, "batchNorm", SAME, dims("BatchNorm", 1));
    attach(ops, "instanceNorm", SAME, dims("InstanceNorm", 1));
    attach(ops, "layerNorm", SAME, "LayerNorm");
    attach(ops, "groupNorm", SAME, "GroupNorm");
    attach(ops, "localResponseNorm", SAME, "LocalResponseNorm");
    attach(ops, "dropout", SAME, "Dropout");
    for (int n = 1; n <= 3; n++) {
      attach(ops, "dropout" + n + "d", SAME, "Dropout" + n + "d");
    }
    attach(ops, "alphaDropout", SAME, "AlphaDropout");
    attach(ops, "featureAlphaDropout", SAME, "FeatureAlphaDropout");
    List<String> pads = new ArrayList<>();
    for (String kind : List.of("Constant", "Zero", "Reflection", "Replication", "Circular")) {
      pads.addAll(List.of(dims(kind + "Pad", 1)));
    }
    attach(
        ops,
        "pad",
        "each padded dim grows by its left and right padding",
        pads.toArray(new String[0]));
  }
}
