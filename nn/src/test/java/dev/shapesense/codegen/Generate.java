package dev.shapesense.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every source generated from the op tables, by path under the nn module. The generators need only
 * JavaPoet, not nn's classes, so they also run when nn does not compile (an implementation's
 * signature changed under the committed sources, or a first generation): {@code javac -cp
 * javapoet.jar -d out codegen/{Generate,*Generator,OpDecl,OpTable,TensorOp,TensorOpTable}.java},
 * then {@code java -cp javapoet.jar:out dev.shapesense.codegen.Generate nn}.
 */
final class Generate {
  private Generate() {}

  static Map<Path, String> all(Path nn) {
    Map<Path, String> out = new LinkedHashMap<>();
    out.put(
        FunctionalGenerator.source(nn),
        FunctionalGenerator.generate(
            OpTable.ops(), TensorGenerator.functional(TensorOpTable.ops())));
    out.put(
        TensorGenerator.source(nn, "TensorGenerated"),
        TensorGenerator.generateTensor(TensorOpTable.ops()));
    out.put(
        TensorGenerator.source(nn, "TensorsGenerated"),
        TensorGenerator.generateTensors(TensorOpTable.ops()));
    out.put(
        TensorGenerator.source(nn, CatalogGenerator.CLASS),
        CatalogGenerator.generate(OpTable.ops(), TensorOpTable.ops()));
    return out;
  }

  public static void main(String[] args) throws IOException {
    for (var e : all(Path.of(args[0])).entrySet()) {
      Files.createDirectories(e.getKey().getParent());
      Files.writeString(e.getKey(), e.getValue());
    }
  }
}
