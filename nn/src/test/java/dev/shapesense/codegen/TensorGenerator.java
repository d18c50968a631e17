package dev.shapesense.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TensorGenerated} (the base of {@code Tensor}: its methods) and {@code
 * TensorsGenerated} (the base of {@code Tensors}: the {@code torch.*} functions) from {@link
 * TensorOpTable}: for each op and each of its entry points, every positional prefix of its
 * arguments in every Java form of each (see {@link TensorOp}), each calling the op's one
 * implementation. Nothing else is generated, so the overloads of an op cannot drift apart.
 */
final class TensorGenerator {
  private TensorGenerator() {}

  static final String PACKAGE = "dev.shapesense.tensor";
  static final ClassName TENSOR = ClassName.get(PACKAGE, "Tensor");
  private static final ClassName SHAPE = ClassName.get(PACKAGE, "Shape");
  private static final ClassName DIM = ClassName.get(PACKAGE, "Dim");
  private static final ClassName DTYPE = ClassName.get(PACKAGE, "DType");
  private static final TypeName TENSOR_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), TENSOR);

  /** One Java form of one argument: its type and the conversion ({@code %s}: the argument). */
  record Form(TypeName type, String convert) {
    static Form of(TypeName type) {
      return new Form(type, "%s");
    }
  }

  static Path source(Path nnModule, String cls) {
    return nnModule.resolve("src/generated/java/dev/shapesense/tensor/" + cls + ".java");
  }

  /** The Java forms of a schema type. */
  static List<Form> forms(String type) {
    TypeName ints = ArrayTypeName.of(TypeName.INT);
    TypeName longs = ArrayTypeName.of(TypeName.LONG);
    return switch (type) {
      case "Tensor", "Tensor?" -> List.of(Form.of(TENSOR));
      case "Tensor[]" -> List.of(Form.of(TENSOR_LIST));
      case "int" -> List.of(Form.of(TypeName.INT));
      case "int?" -> List.of(Form.of(TypeName.INT), Form.of(ClassName.get(Integer.class)));
      case "SymInt" -> List.of(Form.of(TypeName.LONG));
      case "SymInt|Dim", "SymInt|Dim?" ->
          List.of(new Form(TypeName.LONG, "Dim.of(%s)"), Form.of(DIM));
      case "float" -> List.of(Form.of(TypeName.DOUBLE));
      case "float?" -> List.of(Form.of(ClassName.get(Double.class)));
      case "bool?" -> List.of(Form.of(ClassName.get(Boolean.class)));
      // An output size: the implementation is told whether it was one int (PyTorch words its
      // errors differently).
      case "int[]|int?" ->
          List.of(new Form(TypeName.INT, "new int[] {%s}, true"), new Form(ints, "%s, false"));
      case "float|int" -> List.of(Form.of(TypeName.DOUBLE), Form.of(TypeName.LONG));
      case "SymInt[]|int[]" ->
          List.of(
              new Form(longs, "ViewOps.dims(%s)"),
              new Form(ints, "ViewOps.dims(ViewOps.longs(%s))"),
              new Form(SHAPE, "ViewOps.dims(%s)"),
              new Form(ArrayTypeName.of(DIM), "ViewOps.dims(%s)"));
      case "bool" -> List.of(Form.of(TypeName.BOOLEAN));
      case "ScalarType?" -> List.of(Form.of(DTYPE));
      case "str", "str?" -> List.of(Form.of(ClassName.get(String.class)));
      case "Scalar" -> List.of(Form.of(TypeName.DOUBLE), Form.of(TypeName.LONG));
      case "Tensor|Scalar" ->
          List.of(Form.of(TENSOR), Form.of(TypeName.DOUBLE), Form.of(TypeName.LONG));
      case "Index[]" -> List.of(Form.of(ArrayTypeName.of(ClassName.get(PACKAGE, "Index"))));
      case "Scalar?" -> List.of(Form.of(ClassName.get(Number.class)));
      case "int[1]", "int[1]?" -> List.of(new Form(TypeName.INT, "new int[] {%s}"), Form.of(ints));
      case "int[]" -> List.of(Form.of(ints));
      case "SymInt[1]" ->
          List.of(
              new Form(TypeName.LONG, "new long[] {%s}"),
              Form.of(longs),
              new Form(ints, "ViewOps.longs(%s)"));
      case "SymInt[]" ->
          List.of(
              new Form(longs, "ViewOps.dims(%s)"),
              new Form(SHAPE, "ViewOps.dims(%s)"),
              new Form(ArrayTypeName.of(DIM), "ViewOps.dims(%s)"));
      case "long[]" -> List.of(Form.of(longs));
      case "Dim[]" -> List.of(Form.of(ArrayTypeName.of(DIM)));
      default -> throw new IllegalArgumentException("unknown schema type " + type);
    };
  }

  /** The value of an omitted argument: its schema default in Java. */
  private static String defaultValue(TensorOp.Param p) {
    String d = p.dflt();
    if (d.contains("@")) {
      return d.substring(d.indexOf('@') + 1);
    }
    if (d.equals("None")) {
      return p.type().equals("int[]|int?") ? "null, false" : "null";
    }
    if (d.equals("[]")) {
      return p.type().startsWith("int") ? "new int[0]" : "new long[0]";
    }
    if (d.startsWith("'")) {
      return "\"" + d.substring(1, d.length() - 1) + "\"";
    }
    if (d.equals("True") || d.equals("False")) {
      return d.equals("True") ? "true" : "false";
    }
    if (p.type().startsWith("int[1]")) {
      return "new int[] {" + d + "}";
    }
    return d;
  }

  static String generateTensor(List<TensorOp> ops) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder("TensorGenerated")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addJavadoc(
                "The methods of {@link Tensor} declared in the op table\n"
                    + "({@code dev.shapesense.codegen.TensorOpTable} in the nn tests): every"
                    + " positional form\nPyTorch accepts. Tensor extends this class, which exists"
                    + " only to hold them.\n")
            .addMethod(MethodSpec.constructorBuilder().build());
    addAll(type, ops, "Tensor");
    return file(type.build());
  }

  static String generateTensors(List<TensorOp> ops) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder("TensorsGenerated")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addJavadoc(
                "The {@code torch.*} functions of {@link Tensors} declared in the op table\n"
                    + "({@code dev.shapesense.codegen.TensorOpTable} in the nn tests): every"
                    + " positional form\nPyTorch accepts. Call them as {@code Tensors.sum(...)}:"
                    + " Tensors extends this class, which\nexists only to hold them.\n")
            .addMethod(MethodSpec.constructorBuilder().build());
    addAll(type, ops, "Tensors");
    return file(type.build());
  }

  private static String file(TypeSpec type) {
    return JavaFile.builder(PACKAGE, type)
        .addFileComment("Generated by dev.shapesense.codegen.TensorGenerator from TensorOpTable.\n")
        .addFileComment(
            "Do not edit: change the table and run GeneratedSourcesTest with"
                + " -Dcodegen.update=true.")
        .indent("  ")
        .skipJavaLangImports(true)
        .build()
        .toString();
  }

  /**
   * The {@code F} functions of the table ({@code entries} with {@code F}), which {@code
   * FunctionalGenerator} adds to {@code FGenerated}. Their implementation calls are in package
   * {@code dev.shapesense.nn}; an op that is also a {@code torch.*} function forwards to it.
   */
  static List<MethodSpec> functional(List<TensorOp> ops) {
    TypeSpec.Builder holder = TypeSpec.classBuilder("F");
    addAll(holder, ops, "F");
    return holder.build().methodSpecs();
  }

  private static void addAll(TypeSpec.Builder type, List<TensorOp> ops, String entry) {
    Set<String> seen = new HashSet<>();
    for (TensorOp op : ops) {
      if (!op.entries().contains(entry)) {
        continue;
      }
      List<TensorOp.Param> params = op.params();
      List<TensorOp.Param> positional = params.stream().filter(p -> !p.kwOnly()).toList();
      List<TensorOp.Param> keywords = params.stream().filter(TensorOp.Param::kwOnly).toList();
      int required = (int) positional.stream().filter(p -> !p.optional()).count();
      for (int k = required; k <= positional.size(); k++) {
        List<List<TensorOp.Param>> shapes = new ArrayList<>();
        shapes.add(positional.subList(0, k));
        // Keyword-only arguments after a shorter prefix, unless the keyword would stand where
        // the next positional argument could be null: F.softmax(x, null) is dim=None, and a
        // softmax(Tensor, DType) beside softmax(Tensor, Integer) would make it ambiguous.
        boolean nullClash =
            k < positional.size()
                && !keywords.isEmpty()
                && forms(positional.get(k).type()).stream().anyMatch(f -> !f.type().isPrimitive())
                && forms(keywords.get(0).type()).stream().anyMatch(f -> !f.type().isPrimitive());
        if (!keywords.isEmpty() && !nullClash) {
          List<TensorOp.Param> withKw = new ArrayList<>(positional.subList(0, k));
          withKw.addAll(keywords);
          shapes.add(withKw);
        }
        for (List<TensorOp.Param> given : shapes) {
          List<TensorOp.Param> javaParams =
              entry.equals("Tensor")
                  ? given.stream().filter(p -> !p.name().equals("self")).toList()
                  : given;
          for (List<Form> forms : combinations(javaParams)) {
            MethodSpec m = overload(op, entry, params, javaParams, forms);
            String key = m.name() + m.parameters().stream().map(p -> p.type().toString()).toList();
            if (!seen.add(key)) {
              throw new IllegalStateException(entry + ": two ops declare " + key);
            }
            type.addMethod(m);
          }
        }
      }
    }
  }

  private static final Pattern ARG = Pattern.compile("\\{(\\w+)}");

  private static MethodSpec overload(
      TensorOp op,
      String entry,
      List<TensorOp.Param> params,
      List<TensorOp.Param> javaParams,
      List<Form> forms) {
    boolean method = entry.equals("Tensor");
    String impl = op.impl();
    boolean forward = entry.equals("F") && op.entries().contains("Tensors");
    if (forward) {
      // F.linear(...) is torch's linear: the one implementation, through Tensors.
      List<String> all = new ArrayList<>();
      params.forEach(p -> all.add("{" + p.name() + "}"));
      impl = "dev.shapesense.tensor.Tensors." + op.javaName() + "(" + String.join(", ", all) + ")";
    }
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(op.javaName())
            .addModifiers(
                method
                    ? new Modifier[] {Modifier.PUBLIC}
                    : new Modifier[] {Modifier.PUBLIC, Modifier.STATIC})
            .returns(resultType(op.result()))
            .addJavadoc(
                "{@code $L}.\n\n<p>Shape rule: {@link dev.shapesense.tensor.rules.$L}; CPU kernel: {@code"
                    + " $L}.\n",
                op.pythonSignature(method ? "Tensor." : entry.equals("F") ? "F." : "torch."),
                op.rule(),
                op.kernel());
    java.util.Map<String, String> values = new java.util.HashMap<>();
    for (TensorOp.Param p : params) {
      if (p.optional()) {
        values.put(p.name(), defaultValue(p));
      }
    }
    if (method) {
      values.put("self", "((Tensor) this)");
    }
    for (int i = 0; i < javaParams.size(); i++) {
      TensorOp.Param p = javaParams.get(i);
      Form f = forms.get(i);
      m.addParameter(f.type(), p.javaName());
      // A forward passes each argument as given: Tensors has the same forms.
      values.put(p.name(), forward ? p.javaName() : String.format(f.convert(), p.javaName()));
    }
    // An array that comes last is varargs, except an output size that may also be one int
    // (F.interpolate(x, 2, 3) is size 2 and scale factor 3 in PyTorch, never size (2, 3)), and a
    // Dim[] where the API had no Dim... before the tables (all but Tensor's methods and
    // Tensors.reshape): beside long..., a second varargs makes a call without sizes, which
    // compiled before (Tensors.unflatten(x, 1), F.layerNorm(x): PyTorch's errors), ambiguous.
    String lastType = javaParams.isEmpty() ? "" : javaParams.get(javaParams.size() - 1).type();
    TypeName lastForm = forms.isEmpty() ? null : forms.get(forms.size() - 1).type();
    boolean dimVarargs = method || (entry.equals("Tensors") && op.javaName().equals("reshape"));
    if (lastForm instanceof ArrayTypeName
        && !lastType.equals("int[]|int?")
        && (dimVarargs || !lastForm.equals(ArrayTypeName.of(DIM)))) {
      m.varargs(true);
    }
    Matcher mt = ARG.matcher(impl);
    StringBuilder call = new StringBuilder();
    while (mt.find()) {
      String v = values.get(mt.group(1));
      if (v == null) {
        throw new IllegalArgumentException(op.schema() + ": no argument " + mt.group(1));
      }
      mt.appendReplacement(call, Matcher.quoteReplacement(v));
    }
    mt.appendTail(call);
    m.addStatement("return $L", call.toString());
    return m.build();
  }

  /**
   * Every combination of the parameters' forms, but an {@code int?} as {@code int} only where no
   * other parameter is boxed: a call that boxes one argument (JLS 15.12.2.3) would find both the
   * {@code int} and the {@code Integer} overload and be ambiguous ({@code F.embedding(x, w, 0,
   * 1.0)}); the {@code Integer} one takes the int then.
   */
  private static List<List<Form>> combinations(List<TensorOp.Param> params) {
    List<List<Form>> out = new ArrayList<>();
    out.add(List.of());
    for (TensorOp.Param p : params) {
      List<List<Form>> next = new ArrayList<>();
      for (List<Form> prefix : out) {
        for (Form f : forms(p.type())) {
          List<Form> l = new ArrayList<>(prefix);
          l.add(f);
          next.add(l);
        }
      }
      out = next;
    }
    List<List<Form>> kept = new ArrayList<>();
    for (List<Form> c : out) {
      boolean primitiveOptional = false;
      boolean boxed = false;
      for (int i = 0; i < c.size(); i++) {
        boolean optionalInt = params.get(i).type().equals("int?");
        primitiveOptional |= optionalInt && c.get(i).type().isPrimitive();
        boxed |= !optionalInt && c.get(i).type().isBoxedPrimitive();
      }
      if (!(primitiveOptional && boxed)) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static TypeName resultType(String result) {
    return switch (result) {
      case "Tensor" -> TENSOR;
      case "Tensor[]" -> TENSOR_LIST;
      default -> ClassName.get(PACKAGE, result);
    };
  }
}
