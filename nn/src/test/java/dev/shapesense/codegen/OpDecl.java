package dev.shapesense.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * One op of the table: PyTorch's signature as a schema line in the style of {@code
 * native_functions.yaml}, the Java function it becomes, and the hand-written implementation every
 * generated overload calls.
 *
 * <p>Schema types: {@code Tensor}, {@code Tensor?} (may be None: null); {@code int}, {@code int?}
 * (an {@code Integer}, None is null); {@code float} ({@code double}); {@code bool}; and the
 * int-or-tuple types {@code int[N]} (an int stands for N equal entries, as PyTorch's {@code
 * int[2]}) and {@code int[]} (an int is passed on as a one-entry list, which the rule broadcasts
 * and words its errors for, as PyTorch's pooling functions do), followed by {@code |str} where a
 * string enum is also allowed ({@code padding='same'}); a tuple that defaults to None takes null.
 * {@code size[N]}: an output size of N dims, an int or an {@code int[]}; {@code size?[N]}: also an
 * {@code Integer[]} whose None (null) entries keep the input's size ({@code adaptive_avg_pool2d}).
 * Each form is resolved against the input by its own {@code ConvPoolFunctions.outputSize} overload
 * (PyTorch treats an int and a tuple differently there).
 *
 * @param schema {@code name(Type arg[=default], ...) -> Result}
 * @param javaName the F function's name ({@code maxPool2dWithIndices})
 * @param result the Java result type ({@code Tensor}, or a nested record such as {@code
 *     MaxPool2d.Output})
 * @param impl {@code Class.method} of the implementation, a class of {@code dev.shapesense.nn} or
 *     {@code dev.shapesense.tensor}
 * @param leading arguments the implementation takes before the op's own (spatial dims, a rule)
 * @param trailing arguments it takes after them
 * @param pythonExtra a keyword PyTorch spells in the call ({@code return_indices=True}), or empty
 * @param rule the shape rule, for the Javadoc link
 * @param longs whether the implementation takes tuples as {@code long[]} rather than {@code int[]}
 * @param modules the layers that run the op ({@code Conv2d}), for the runtime catalog
 * @param formula their output size as PyTorch's documentation writes it (hover text), or null
 */
record OpDecl(
    String schema,
    String javaName,
    String result,
    String impl,
    CodeBlock leading,
    CodeBlock trailing,
    String pythonExtra,
    String rule,
    boolean longs,
    List<String> modules,
    String formula) {

  OpDecl(
      String schema,
      String javaName,
      String result,
      String impl,
      CodeBlock leading,
      CodeBlock trailing,
      String pythonExtra,
      String rule,
      boolean longs) {
    this(
        schema,
        javaName,
        result,
        impl,
        leading,
        trailing,
        pythonExtra,
        rule,
        longs,
        List.of(),
        null);
  }

  /** The op as the layers {@code modules} run it, whose output size {@code formula} gives. */
  OpDecl layers(String formula, String... modules) {
    return new OpDecl(
        schema,
        javaName,
        result,
        impl,
        leading,
        trailing,
        pythonExtra,
        rule,
        longs,
        List.of(modules),
        formula);
  }

  /** A parameter: its PyTorch name and schema type, and its default as PyTorch writes it. */
  record Param(String name, String type, String dflt) {
    boolean optional() {
      return dflt != null;
    }

    /** {@code int[N]} or {@code int[]}, with or without {@code ?} / {@code |str}. */
    boolean tuple() {
      return type.startsWith("int[");
    }

    /** N of {@code int[N]}; 0 for {@code int[]} (an int becomes a one-entry list). */
    int expand() {
      String n = type.substring(4, type.indexOf(']'));
      return n.isEmpty() ? 0 : Integer.parseInt(n);
    }

    boolean orString() {
      return type.endsWith("|str");
    }

    /** PyTorch's lowerCamelCase name in Java ({@code kernel_size} is {@code kernelSize}). */
    String javaName() {
      return OpDecl.camel(name);
    }
  }

  String torchName() {
    return schema.substring(0, schema.indexOf('(')).strip();
  }

  List<Param> params() {
    String inside = schema.substring(schema.indexOf('(') + 1, schema.lastIndexOf(')'));
    List<Param> out = new ArrayList<>();
    for (String p : inside.split(",")) {
      p = p.strip();
      int space = p.lastIndexOf(' ', p.contains("=") ? p.indexOf('=') : p.length());
      String type = p.substring(0, space).strip();
      String rest = p.substring(space + 1);
      int eq = rest.indexOf('=');
      out.add(
          eq < 0
              ? new Param(rest, type, null)
              : new Param(rest.substring(0, eq), type, rest.substring(eq + 1)));
    }
    return out;
  }

  /** {@code F.conv2d(input, weight, bias=None, ...)}: the call as PyTorch documents it. */
  String pythonSignature() {
    List<String> parts = new ArrayList<>();
    for (Param p : params()) {
      parts.add(p.optional() ? p.name() + "=" + p.dflt() : p.name());
    }
    if (!pythonExtra.isEmpty()) {
      parts.add(pythonExtra);
    }
    return "F." + torchName() + "(" + String.join(", ", parts) + ")";
  }

  static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
