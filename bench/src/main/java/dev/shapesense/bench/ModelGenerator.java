package dev.shapesense.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated model files of items 2 and 3, as a user would write them against the nn API.
 * Deterministic: the same arguments give the same text. Every generated model is free of shape
 * errors. Run as {@code ModelGenerator OUT_DIR} it writes {@code scaling/Layers{10..10000}}, {@code
 * Lines5000.java} and {@code corpus/} (1,000 files).
 */
public final class ModelGenerator {
  /** The depths of the scaling series. */
  public static final int[] SCALING = {10, 100, 1_000, 10_000};

  /** The line count of the large single model. */
  public static final int LINES = 5_000;

  /** How many files {@code shapesense trace} reads in one process. */
  public static final int CORPUS = 1_000;

  private static final String HEADER =
      "import dev.shapesense.tensor.*;\n"
          + "import dev.shapesense.nn.*;\n"
          + "import dev.shapesense.nn.Module;\n\n";

  private ModelGenerator() {}

  /**
   * A flat model of exactly {@code layers} module calls at a constant shape {@code [N, 16, 32,
   * 32]}: Conv2d (padding 1), BatchNorm2d, ReLU and Dropout in turn, one field and one forward
   * statement each.
   */
  public static String chain(String className, int layers) {
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("public class ").append(className).append(" extends Module {\n");
    for (int i = 0; i < layers; i++) {
      sb.append("    private final ");
      switch (i % 4) {
        case 0 -> sb.append("Conv2d l").append(i).append(" = new Conv2d(16, 16, 3).padding(1);\n");
        case 1 -> sb.append("BatchNorm2d l").append(i).append(" = new BatchNorm2d(16);\n");
        case 2 -> sb.append("ReLU l").append(i).append(" = new ReLU();\n");
        default -> sb.append("Dropout l").append(i).append(" = new Dropout(0.1);\n");
      }
    }
    sb.append("\n    public Tensor forward(@Dims(\"N, 16, 32, 32\") Tensor x) {\n");
    for (int i = 0; i < layers; i++) {
      sb.append("        x = l").append(i).append(".forward(x);\n");
    }
    sb.append("        return x;\n    }\n}\n");
    return sb.toString();
  }

  /**
   * A model of exactly {@code lines} lines (at least 40) built of residual blocks, each a helper
   * method called from forward: conv, norm, activation, add. Comment lines at the end of the class
   * make up the count.
   */
  public static String lines(String className, int lines) {
    // Per block: 2 field lines, 8 helper lines, 1 forward line; the frame takes 13 lines.
    int blocks = (lines - 13) / 11;
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("public class ").append(className).append(" extends Module {\n");
    for (int b = 0; b < blocks; b++) {
      sb.append("    private final Conv2d conv")
          .append(b)
          .append(" = new Conv2d(32, 32, 3).padding(1).bias(false);\n");
      sb.append("    private final BatchNorm2d bn").append(b).append(" = new BatchNorm2d(32);\n");
    }
    sb.append("\n    public Tensor forward(@Dims(\"N, 32, 16, 16\") Tensor x) {\n");
    for (int b = 0; b < blocks; b++) {
      sb.append("        x = block").append(b).append("(x);\n");
    }
    sb.append("        return x;\n    }\n");
    for (int b = 0; b < blocks; b++) {
      sb.append("\n    // Block ")
          .append(b)
          .append(": conv, norm, activation, then the residual.\n");
      sb.append("    private Tensor block").append(b).append("(Tensor x) {\n");
      sb.append("        Tensor y = conv").append(b).append(".forward(x);\n");
      sb.append("        y = bn").append(b).append(".forward(y);\n");
      sb.append("        y = F.relu(y);\n");
      sb.append("        return x.add(y);\n");
      sb.append("    }\n");
    }
    int have = HEADER.split("\n", -1).length - 1 + 1 + 2 * blocks + 2 + blocks + 2 + 8 * blocks + 1;
    for (int i = have; i < lines; i++) {
      sb.append("    // padding to ").append(lines).append(" lines\n");
    }
    sb.append("}\n");
    return sb.toString();
  }

  /**
   * A model whose {@code forward} is {@code statements} functional ops on one local ({@code h =
   * F.relu(h);}, {@code h = h.tanh();} in turn) between a Linear and a Dropout, at a constant shape
   * {@code [N, 16]}: a user's long method, each of whose statements is hinted.
   */
  public static String locals(String className, int statements) {
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("public class ").append(className).append(" extends Module {\n");
    sb.append("    private final Linear fc = new Linear(16, 16);\n");
    sb.append("    private final Dropout drop = new Dropout(0.1);\n\n");
    sb.append("    public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n");
    sb.append("        Tensor h = fc.forward(x);\n");
    for (int i = 0; i < statements; i++) {
      sb.append(i % 2 == 0 ? "        h = F.relu(h);\n" : "        h = h.tanh();\n");
    }
    sb.append("        return drop.forward(h);\n    }\n}\n");
    return sb.toString();
  }

  /**
   * A multilayer perceptron of {@code hidden} hidden layers of width {@code width} on flattened
   * 28x28 images: Flatten, then Linear and ReLU pairs, then a 10-way Linear.
   */
  public static String mlp(String className, int hidden, int width) {
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("public class ").append(className).append(" extends Module {\n");
    sb.append("    private final Flatten flatten = new Flatten();\n");
    for (int i = 0; i < hidden; i++) {
      int in = i == 0 ? 28 * 28 : width;
      sb.append("    private final Linear fc")
          .append(i)
          .append(" = new Linear(")
          .append(in)
          .append(", ")
          .append(width)
          .append(");\n");
    }
    sb.append("    private final Linear head = new Linear(").append(width).append(", 10);\n");
    sb.append("\n    public Tensor forward(@Dims(\"N, 1, 28, 28\") Tensor x) {\n");
    sb.append("        x = flatten.forward(x);\n");
    for (int i = 0; i < hidden; i++) {
      sb.append("        x = F.relu(fc").append(i).append(".forward(x));\n");
    }
    sb.append("        return head.forward(x);\n    }\n}\n");
    return sb.toString();
  }

  /** File {@code i} of the trace corpus: a chain, a residual model or an MLP, of varied depth. */
  public static String corpusModel(int i) {
    String name = corpusClass(i);
    return switch (i % 3) {
      case 0 -> chain(name, 8 + i % 37);
      case 1 -> lines(name, 60 + 11 * (i % 13));
      default -> mlp(name, 2 + i % 9, 64 + 32 * (i % 5));
    };
  }

  public static String corpusClass(int i) {
    return String.format("Model%04d", i);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ModelGenerator OUT_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.resolve("scaling"));
    Files.createDirectories(out.resolve("corpus"));
    for (int n : SCALING) {
      write(out.resolve("scaling/Layers" + n + ".java"), chain("Layers" + n, n));
    }
    write(out.resolve("Lines" + LINES + ".java"), lines("Lines" + LINES, LINES));
    for (int i = 0; i < CORPUS; i++) {
      write(out.resolve("corpus/" + corpusClass(i) + ".java"), corpusModel(i));
    }
  }

  private static void write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
