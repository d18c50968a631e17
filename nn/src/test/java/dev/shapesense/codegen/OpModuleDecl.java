package dev.shapesense.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * A module of the module table that holds its arguments and calls one function in forward ({@code
 * nn.CELU} is {@code F.celu} with the module's {@code alpha} and {@code inplace}), written by
 * {@link ModuleGenerator}: a field per argument with PyTorch's default, a constructor per prefix of
 * the arguments, a fluent setter per argument, {@code forward} and PyTorch's {@code extra_repr}.
 *
 * @param name the Java class, PyTorch's module name
 * @param schema {@code (Type arg[=default], ...)} in {@link ModuleDecl}'s types ({@code int},
 *     {@code long}, {@code float}, {@code int?}, {@code bool}, {@code str})
 * @param call what forward calls with the input and then the arguments in order: {@code
 *     Class.method} of a class of {@code dev.shapesense.nn}, or {@code input.method}
 * @param repr PyTorch's {@code extra_repr} as a template, or null when the module prints none:
 *     {@code {arg}} stands for the argument's value as Python prints it; a bool argument prints
 *     {@code inplace=True} when true and nothing when false, and {@code {, inplace}} prints {@code
 *     , inplace=True} or nothing
 * @param getter null for no getters, {@code ""} for a getter {@code arg()} of each argument, {@code
 *     "get"} for {@code getArg()}
 * @param doc the class Javadoc's first paragraph
 * @param check null, or a check that each constructor and each setter makes first, over the
 *     arguments it is given and the fields for the others (PyTorch's checks at construction)
 */
record OpModuleDecl(
    String name,
    String schema,
    String call,
    String repr,
    String getter,
    String doc,
    CodeBlock check) {

  OpModuleDecl(String name, String schema, String call, String repr, String getter, String doc) {
    this(name, schema, call, repr, getter, doc, null);
  }

  List<ModuleDecl.Param> params() {
    return asModule().params();
  }

  String pythonSignature() {
    return asModule().pythonSignature();
  }

  /** The declaration as a module's, for its schema's parsing. */
  private ModuleDecl asModule() {
    return new ModuleDecl(
        name, schema, "Module", false, null, 0, null, false, doc, "", false, null);
  }
}
