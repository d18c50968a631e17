package dev.shapesense.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OpCatalog}, the op tables at run time: for every op, PyTorch's name, its Java entry
 * points ({@code Tensor.view}, {@code Tensors.reshape}, {@code F.conv2d}, {@code nn.Conv2d}), its
 * diagnostic code and its hover formula. The analyzer's diagnostic codes, the server's hovers and
 * the CPU error texts read it, so they cannot disagree with the API.
 */
final class CatalogGenerator {
  private CatalogGenerator() {}

  static final String CLASS = "OpCatalog";

  /** One row: the catalog's view of a declaration of either table. */
  record Row(
      String torchName, List<String> entryPoints, String code, String formula, String rule) {}

  static List<Row> rows(List<OpDecl> functional, List<TensorOp> tensor) {
    List<Row> out = new ArrayList<>();
    for (TensorOp op : tensor) {
      List<String> entries = new ArrayList<>();
      op.entries().forEach(e -> entries.add(e + "." + op.javaName()));
      op.modules().forEach(m -> entries.add("nn." + m));
      out.add(new Row(op.torchName(), entries, op.code(), op.formula(), op.rule()));
    }
    for (OpDecl op : functional) {
      List<String> entries = new ArrayList<>();
      entries.add("F." + op.javaName());
      op.modules().forEach(m -> entries.add("nn." + m));
      out.add(new Row(op.torchName(), entries, null, op.formula(), op.rule()));
    }
    // The codes and formulas a reader looks up must be unambiguous.
    Map<String, String> codes = new HashMap<>();
    Map<String, String> formulas = new HashMap<>();
    for (Row r : out) {
      for (String e : r.entryPoints()) {
        String method = e.substring(e.indexOf('.') + 1);
        if (e.startsWith("nn.")) {
          String before = formulas.put(method, r.formula());
          if (before != null && !before.equals(r.formula())) {
            throw new IllegalStateException(method + " has two formulas");
          }
        } else if (r.code() != null) {
          String before = codes.put(method, r.code());
          if (before != null && !before.equals(r.code())) {
            throw new IllegalStateException(method + " has two codes");
          }
        }
      }
    }
    return out;
  }

  static String generate(List<OpDecl> functional, List<TensorOp> tensor) {
    ClassName op = ClassName.get(TensorGenerator.PACKAGE, CLASS, "Op");
    TypeName strings =
        ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
    TypeName ops = ParameterizedTypeName.get(ClassName.get(List.class), op);
    TypeName map =
        ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(String.class));
    TypeSpec record =
        TypeSpec.recordBuilder("Op")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "One op: PyTorch's name, its Java entry points ({@code Tensor.view}, {@code"
                    + " F.conv2d},\n{@code nn.Conv2d} for a layer), the diagnostic code of its"
                    + " shape errors (null: the\ngeneric {@code shape/op}), the output-size"
                    + " formula of its layers (null: none) and its\nshape rule ({@code"
                    + " Class#method} of {@code dev.shapesense.tensor.rules}).\n")
            .recordConstructor(
                MethodSpec.constructorBuilder()
                    .addParameter(String.class, "torchName")
                    .addParameter(strings, "entryPoints")
                    .addParameter(String.class, "code")
                    .addParameter(String.class, "formula")
                    .addParameter(String.class, "rule")
                    .build())
            .build();
    List<CodeBlock> rows = new ArrayList<>();
    for (Row r : rows(functional, tensor)) {
      List<CodeBlock> entries = new ArrayList<>();
      r.entryPoints().forEach(e -> entries.add(CodeBlock.of("$S", e)));
      rows.add(
          CodeBlock.of(
              "new Op($S, $T.of($L), $S, $S, $S)",
              r.torchName(),
              List.class,
              CodeBlock.join(entries, ", "),
              r.code(),
              r.formula(),
              r.rule()));
    }
    TypeSpec type =
        TypeSpec.classBuilder(CLASS)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Every op of the op tables ({@code dev.shapesense.codegen.OpTable} and {@code"
                    + " TensorOpTable} in\nthe nn tests) at run time: the analyzer reads its"
                    + " diagnostic codes, the language server its\nformulas.\n")
            .addType(record)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addField(
                FieldSpec.builder(ops, "OPS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of(\n$>$L$<)", List.class, CodeBlock.join(rows, ",\n"))
                    .build())
            .addField(
                FieldSpec.builder(map, "CODES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T<>()", HashMap.class)
                    .build())
            .addField(
                FieldSpec.builder(
                        map, "FORMULAS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T<>()", HashMap.class)
                    .build())
            .addStaticBlock(
                CodeBlock.builder()
                    .beginControlFlow("for (Op op : OPS)")
                    .beginControlFlow("for (String e : op.entryPoints())")
                    .addStatement("String name = e.substring(e.indexOf('.') + 1)")
                    .beginControlFlow("if (e.startsWith($S))", "nn.")
                    .beginControlFlow("if (op.formula() != null)")
                    .addStatement("FORMULAS.put(name, op.formula())")
                    .endControlFlow()
                    .nextControlFlow("else if (op.code() != null)")
                    .addStatement("CODES.put(name, op.code())")
                    .endControlFlow()
                    .endControlFlow()
                    .endControlFlow()
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("ops")
                    .addJavadoc("Every op, in table order.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ops)
                    .addStatement("return OPS")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("code")
                    .addJavadoc(
                        "The diagnostic code of the shape errors of the ops whose Java method is"
                            + " {@code method}\n({@code Tensor.view}, {@code Tensors.reshape}:"
                            + " {@code view}, {@code reshape}), or null.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(String.class)
                    .addParameter(String.class, "method")
                    .addStatement("return CODES.get(method)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("formula")
                    .addJavadoc(
                        "The output-size formula of the layer class {@code module} of"
                            + " {@code dev.shapesense.nn}\n({@code Conv2d}), or null.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(String.class)
                    .addParameter(String.class, "module")
                    .addStatement("return FORMULAS.get(module)")
                    .build())
            .build();
    return JavaFile.builder(TensorGenerator.PACKAGE, type)
        .addFileComment(
            "Generated by dev.shapesense.codegen.CatalogGenerator from the op tables.\n")
        .addFileComment(
            "Do not edit: change the tables and run GeneratedSourcesTest with"
                + " -Dcodegen.update=true.")
        .indent("  ")
        .skipJavaLangImports(true)
        .build()
        .toString();
  }
}
