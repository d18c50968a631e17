package dev.shapesense.lsp;

/** A large user-style model for load tests: {@code layers} Linear layers, about 2 lines each. */
final class GeneratedModel {
  private GeneratedModel() {}

  /** The declaration of the last layer, up to its out size (included). */
  static String lastLayer(int layers) {
    int i = layers - 1;
    return "private final Linear fc"
        + i
        + " = new Linear("
        + (16 + (i % 7))
        + ", "
        + lastOut(layers)
        + ")";
  }

  /** The out size of the last layer: the model's output size. */
  static int lastOut(int layers) {
    return 16 + (layers % 7);
  }

  static String source(String className, int layers) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n\n");
    sb.append("public class ").append(className).append(" extends Module {\n");
    for (int i = 0; i < layers; i++) {
      int in = 16 + (i % 7);
      int out = 16 + ((i + 1) % 7);
      sb.append("    private final Linear fc")
          .append(i)
          .append(" = new Linear(")
          .append(in)
          .append(", ")
          .append(out)
          .append(");\n");
    }
    sb.append("\n    public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n");
    for (int i = 0; i < layers; i++) {
      sb.append("        x = fc").append(i).append(".forward(x);\n");
    }
    sb.append("        return x;\n    }\n}\n");
    return sb.toString();
  }
}
