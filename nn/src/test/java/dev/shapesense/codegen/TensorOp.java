package dev.shapesense.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * One op of the tensor table ({@link TensorOpTable}): PyTorch's signature as a schema line in the
 * style of {@code native_functions.yaml}, where its generated overloads appear ({@code Tensor.x}
 * and/or {@code torch.x}, i.e. {@code Tensors.x}), the one call of its implementation they all
 * make, the shape rule, the diagnostic code and the hover formula.
 *
 * <p>Schema: {@code name[.overload](Type arg[=default], ..., [*, kwarg=default, ...]) -> Result}.
 * The first argument {@code Tensor self} is the receiver of a {@code Tensor} method and the first
 * argument ({@code input}) of a {@code Tensors} function. Every prefix of the positional arguments
 * is an overload (the ones left out take their defaults); keyword-only arguments (after {@code *})
 * are appended to each prefix, all of them. The Java forms of each schema type are {@link
 * TensorGenerator#forms}'s: {@code Scalar} is a {@code double} (a Python float) or a {@code long}
 * (a Python int), {@code int[1]?} an int or an {@code int[]}, {@code SymInt[]} a {@code long[]}, a
 * {@code Shape} or a {@code Dim[]}, {@code SymInt|Dim} a {@code long} or a {@code Dim}.
 *
 * @param schema the PyTorch schema line
 * @param impl the implementation call, a Java expression in package {@code dev.shapesense.tensor}
 *     with each argument written {@code {name}} ({@code {self}} the input tensor); an omitted
 *     argument is replaced by its default
 * @param rule the shape rule, {@code Class#method} of {@code dev.shapesense.tensor.rules}
 * @param kernel the CPU kernel, {@code Class#method} of {@code dev.shapesense.tensor}
 * @param entries where the overloads are generated: {@code Tensor} and/or {@code Tensors}
 * @param code the diagnostic code of its shape errors, or null for the generic {@code shape/op}
 * @param javaName the Java name (PyTorch's, lowerCamelCase, unless an alias asks otherwise)
 * @param modules the {@code dev.shapesense.nn} layers that run the op ({@code Linear})
 * @param formula their output size as PyTorch's documentation writes it (hover text), or null
 */
record TensorOp(
    String schema,
    String impl,
    String rule,
    String kernel,
    List<String> entries,
    String code,
    String javaName,
    List<String> modules,
    String formula) {

  /** A parameter: PyTorch name, schema type, default (null: required), keyword-only. */
  record Param(String name, String type, String dflt, boolean kwOnly) {
    boolean optional() {
      return dflt != null;
    }

    String javaName() {
      return name.equals("self") ? "input" : OpDecl.camel(name);
    }

    /** The default as PyTorch writes it ({@code 1} of {@code alpha=1@null}). */
    String pyDefault() {
      int at = dflt.indexOf('@');
      return at < 0 ? dflt : dflt.substring(0, at);
    }
  }

  /** {@code sum} of {@code sum.dim_IntList(...)}. */
  String torchName() {
    String head = schema.substring(0, schema.indexOf('('));
    int dot = head.indexOf('.');
    return dot < 0 ? head : head.substring(0, dot);
  }

  String result() {
    return schema.substring(schema.lastIndexOf("->") + 2).strip();
  }

  List<Param> params() {
    String inside = schema.substring(schema.indexOf('(') + 1, schema.lastIndexOf(')'));
    List<Param> out = new ArrayList<>();
    boolean kw = false;
    for (String p : inside.split(",")) {
      p = p.strip();
      if (p.equals("*")) {
        kw = true;
        continue;
      }
      int eq = p.indexOf('=');
      String decl = eq < 0 ? p : p.substring(0, eq).strip();
      int space = decl.lastIndexOf(' ');
      out.add(
          new Param(
              decl.substring(space + 1),
              decl.substring(0, space).strip(),
              eq < 0 ? null : p.substring(eq + 1).strip(),
              kw));
    }
    return out;
  }

  /**
   * {@code sum(input, dim=None, keepdim=False, *, dtype=None)}: the call as PyTorch documents it.
   */
  String pythonSignature(String prefix) {
    List<String> parts = new ArrayList<>();
    boolean kw = false;
    List<Param> ps = params();
    for (int i = prefix.equals("Tensor.") ? 1 : 0; i < ps.size(); i++) {
      Param p = ps.get(i);
      if (p.kwOnly() && !kw) {
        parts.add("*");
        kw = true;
      }
      String name = p.name().equals("self") ? "input" : p.name();
      parts.add(p.optional() ? name + "=" + p.pyDefault() : name);
    }
    return prefix + torchName() + "(" + String.join(", ", parts) + ")";
  }

  TensorOp withCode(String c) {
    return new TensorOp(schema, impl, rule, kernel, entries, c, javaName, modules, formula);
  }

  /** The same op under another Java name (an alias PyTorch also has: {@code swapaxes}). */
  TensorOp named(String name) {
    return new TensorOp(schema, impl, rule, kernel, entries, code, name, modules, formula);
  }

  /** The op as the layers {@code modules} run it, whose output size {@code formula} gives. */
  TensorOp layers(String formula, String... modules) {
    return new TensorOp(
        schema, impl, rule, kernel, entries, code, javaName, List.of(modules), formula);
  }
}
