package dev.shapesense.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * One module class of the module table ({@link ModuleTable}): PyTorch's constructor signature, the
 * hand-written base it extends, and how the base takes the arguments. {@link ModuleGenerator}
 * writes one public constructor per positional form PyTorch accepts: each prefix of the arguments
 * (those left out keep PyTorch's defaults), a tuple argument given as an int or as an {@code int[]}
 * (all of a constructor's tuples in the same form), and each alternative form of an argument
 * ({@code padding='same'}, an int probability).
 *
 * <p>Schema types, each with its Java forms and what the base receives for each:
 *
 * <ul>
 *   <li>{@code int}, {@code long}, {@code float} ({@code double}), {@code float?} ({@code Double},
 *       None is null), {@code int?} ({@code Integer}), {@code long?} ({@code Long}), {@code bool},
 *       {@code str}: passed as given;
 *   <li>{@code int[]}: an int (the base receives the one-entry list {@code new int[] {x}}, which it
 *       broadcasts, as PyTorch's {@code _single/_pair/_triple} do) or an {@code int[]}; {@code
 *       int[]|str} also a string ({@code padding='same'});
 *   <li>{@code size[]}: an output size, an int ({@code new Integer[] {x}, true}: one size for every
 *       dim) or an {@code int[]} ({@code boxed(x), false}); {@code size?[]} also an {@code
 *       Integer[]} whose null entries keep the input's size;
 *   <li>{@code pad[N]}: one padding for every side of N dims ({@code PadNd.sides(N, x)}) or an
 *       {@code int[]};
 *   <li>a class of {@code dev.shapesense.nn} ({@code Module}): passed as given, None is null;
 *   <li>{@code float|long} and {@code float|int}: a number PyTorch prints as given, a {@code
 *       double} or an integer; for {@code float|int} the base also receives whether it was an
 *       integer.
 * </ul>
 *
 * @param name the Java class, PyTorch's module name
 * @param schema {@code (Type arg[=default], ...)}, PyTorch's names and defaults
 * @param base the hand-written base class in {@code dev.shapesense.nn}
 * @param selfTyped whether the base takes the concrete class as its type argument (fluent setters)
 * @param leading the arguments the base's constructor takes before the module's own
 * @param superParams how many of the module's arguments the base's constructor takes (then {@code
 *     trailing}); the ones after are applied with their fluent setters, in PyTorch's order, when
 *     given
 * @param trailing the arguments the base's constructor takes after them
 * @param varargs whether a constructor whose only tuple comes last takes it as varargs
 * @param doc the class Javadoc's first paragraph
 * @param rule the shape rule ({@code Class#method} in {@code dev.shapesense.tensor.rules}), for the
 *     Javadoc link
 * @param indices whether the module has a nested {@code Output} record (output and indices) and
 *     {@code forwardWithIndices}
 * @param members the class's own fields and methods besides the constructors (a holder type, whose
 *     name is not used)
 */
record ModuleDecl(
    String name,
    String schema,
    String base,
    boolean selfTyped,
    CodeBlock leading,
    int superParams,
    CodeBlock trailing,
    boolean varargs,
    String doc,
    String rule,
    boolean indices,
    TypeSpec members) {

  static final String PACKAGE = "dev.shapesense.nn";
  static final TypeName INTS = ArrayTypeName.of(TypeName.INT);
  static final TypeName INTEGERS = ArrayTypeName.of(ClassName.get(Integer.class));

  /** One Java form of an argument and what the base's constructor receives for it. */
  record Form(TypeName type, String conversion) {
    /** The value passed on, {@code $N} standing for the argument. */
    CodeBlock convert(String arg) {
      return CodeBlock.of(conversion, arg);
    }
  }

  /** A parameter: its PyTorch name and schema type, and its default as PyTorch writes it. */
  record Param(String name, String type, String dflt) {
    boolean optional() {
      return dflt != null;
    }

    boolean tuple() {
      return type.contains("[");
    }

    String javaName() {
      StringBuilder sb = new StringBuilder();
      boolean up = false;
      for (char c : name.toCharArray()) {
        if (c == '_') {
          up = true;
        } else {
          sb.append(up ? Character.toUpperCase(c) : c);
          up = false;
        }
      }
      return sb.toString();
    }

    /** The Java forms, the int form of a tuple first and its array form second. */
    List<Form> forms() {
      String pad = type.startsWith("pad[") ? type.substring(4, type.indexOf(']')) : null;
      if (pad != null) {
        return List.of(
            new Form(TypeName.INT, "PadNd.sides(" + pad + ", $N)"), new Form(INTS, "$N"));
      }
      return switch (type) {
        case "int" -> List.of(new Form(TypeName.INT, "$N"));
        case "long" -> List.of(new Form(TypeName.LONG, "$N"));
        case "float", "num" -> List.of(new Form(TypeName.DOUBLE, "$N"));
        case "float?" -> List.of(new Form(ClassName.get(Double.class), "$N"));
        case "int?" -> List.of(new Form(ClassName.get(Integer.class), "$N"));
        case "long?" -> List.of(new Form(ClassName.get(Long.class), "$N"));
        case "bool" -> List.of(new Form(TypeName.BOOLEAN, "$N"));
        case "str" -> List.of(new Form(ClassName.get(String.class), "$N"));
        case "float|long" ->
            List.of(new Form(TypeName.DOUBLE, "$N"), new Form(TypeName.LONG, "$N"));
        case "float|int" ->
            List.of(new Form(TypeName.DOUBLE, "$N, false"), new Form(TypeName.INT, "$N, true"));
        case "int[]" -> List.of(new Form(TypeName.INT, "new int[] {$N}"), new Form(INTS, "$N"));
        case "int[]|str" ->
            List.of(
                new Form(TypeName.INT, "new int[] {$N}"),
                new Form(INTS, "$N"),
                new Form(ClassName.get(String.class), "$N"));
        case "size[]", "size?[]" -> {
          List<Form> out = new ArrayList<>();
          out.add(new Form(TypeName.INT, "new Integer[] {$N}, true"));
          out.add(new Form(INTS, "AdaptivePoolNd.boxed($N), false"));
          if (type.startsWith("size?")) {
            out.add(new Form(INTEGERS, "$N, false"));
          }
          yield out;
        }
        default -> {
          if (!type.matches("[A-Z]\\w*")) {
            throw new IllegalArgumentException("unknown schema type " + type);
          }
          yield List.of(new Form(ClassName.get(PACKAGE, type), "$N"));
        }
      };
    }

    /** What the base receives when the argument is left out: PyTorch's default. */
    CodeBlock defaultValue() {
      if (dflt.equals("None")) {
        return CodeBlock.of("null");
      }
      if (tuple()) {
        return forms().get(0).convert(dflt);
      }
      return switch (type) {
        case "bool" -> CodeBlock.of("$L", dflt.equals("True"));
        case "float|int" -> forms().get(dflt.contains(".") ? 0 : 1).convert(dflt);
        case "str" -> CodeBlock.of("$S", dflt.substring(1, dflt.length() - 1));
        default -> CodeBlock.of("$L", dflt);
      };
    }
  }

  List<Param> params() {
    String inside = schema.substring(schema.indexOf('(') + 1, schema.lastIndexOf(')')).strip();
    List<Param> out = new ArrayList<>();
    if (inside.isEmpty()) {
      return out;
    }
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

  /** {@code nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, ...)}. */
  String pythonSignature() {
    List<String> parts = new ArrayList<>();
    for (Param p : params()) {
      parts.add(p.optional() ? p.name() + "=" + p.dflt() : p.name());
    }
    return "nn." + name + "(" + String.join(", ", parts) + ")";
  }
}
