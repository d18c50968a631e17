package dev.shapesense.analyzer.jvm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random model programs in the Java that model code is written in: a chain of stages, each an idiom
 * that builds layers in the constructor (or a field initializer) and applies them in forward, with
 * sizes that fit (the generator follows every width as Java computes it). The idioms:
 *
 * <ul>
 *   <li>{@code conv}: the input is an image, through Conv2d/ReLU/MaxPool2d, then flattened;
 *   <li>{@code record}: sizes from a record config whose compact constructor normalises them;
 *   <li>{@code enum}: widths from enum constants with fields, methods and a switch;
 *   <li>{@code builder}: a fluent builder class that returns a Linear or a Sequential;
 *   <li>{@code abstract}: an abstract base module whose constructor calls an overridden hook;
 *   <li>{@code initOrder}: the same where the hook reads a subclass field not yet initialised (Java
 *       gives 0 there; a compile-time constant field is inlined and gives its value);
 *   <li>{@code interface}: an interface with constants, a default and a static method;
 *   <li>{@code stream}: layers from {@code IntStream.range(..).mapToObj(..).toList()};
 *   <li>{@code forEach}: {@code Iterable.forEach} with lambdas, in the constructor and in forward;
 *   <li>{@code loop}: a ModuleList filled in a for loop and applied with for-each or an index;
 *   <li>{@code overload}: overloaded helper methods (arity and int versus long);
 *   <li>{@code varargs}: a module whose constructor takes {@code int... widths};
 *   <li>{@code nested}: a nested static module class;
 *   <li>{@code staticInit}: widths from a static initializer block;
 *   <li>{@code optional}: Optional in the constructor (filter/map/orElseGet) and in forward;
 *   <li>{@code instanceInit}: a width set by an instance initializer block, read by a later field;
 *   <li>{@code inner}: an inner (non-static) module class reading a field of the enclosing model;
 *   <li>{@code bug}: one Linear whose in_features, or one Conv2d whose in_channels, is off by one
 *       (the JVM raises there).
 * </ul>
 *
 * Linear, ReLU and Sequential stages are always available.
 */
final class ProgramGenerator {
  static final List<String> IDIOMS =
      List.of(
          "conv",
          "record",
          "enum",
          "builder",
          "abstract",
          "initOrder",
          "interface",
          "stream",
          "forEach",
          "loop",
          "overload",
          "varargs",
          "nested",
          "staticInit",
          "optional",
          "instanceInit",
          "inner",
          "bug");

  /** A generated program: its public class, its source and the idioms it uses. */
  record Program(String className, String source, Set<String> idioms) {
    @Override
    public String toString() {
      return className + " " + idioms + "\n" + source;
    }
  }

  private final SplittableRandom r;
  private final String k;
  private final List<String> enabled;
  private final Set<String> used = new LinkedHashSet<>();
  private final StringBuilder fields = new StringBuilder();
  private final StringBuilder members = new StringBuilder();
  private final StringBuilder ctor = new StringBuilder();
  private final StringBuilder forward = new StringBuilder();
  private final StringBuilder aux = new StringBuilder();
  private final List<String> interfaces = new ArrayList<>();
  private long f;
  private int s;

  private ProgramGenerator(long seed, String k, Set<String> enabled) {
    this.r = new SplittableRandom(seed);
    this.k = k;
    this.enabled = new ArrayList<>(enabled);
    this.enabled.retainAll(IDIOMS);
  }

  /**
   * The program of {@code seed}, its public class named {@code "G" + k}, using only {@code enabled}
   * idioms.
   */
  static Program generate(long seed, String k, Set<String> enabled) {
    return new ProgramGenerator(seed, k, enabled).build();
  }

  private int pick(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  private boolean on(String idiom) {
    return enabled.contains(idiom);
  }

  private String call(String field) {
    return r.nextBoolean() ? field + ".forward(x)" : field + ".call(x)";
  }

  private Program build() {
    String cls = "G" + k;
    String dims;
    if (on("conv") && r.nextBoolean()) {
      used.add("conv");
      long c = pick(1, 4);
      long h = pick(6, 14);
      long w = pick(6, 14);
      dims = "N, " + c + ", " + h + ", " + w;
      int convs = pick(1, 2);
      int convBug = on("bug") && r.nextInt(6) == 0 ? r.nextInt(convs) : -1;
      for (int i = 0; i < convs; i++) {
        long out = pick(2, 8);
        long kk = pick(1, 3);
        long p = pick(0, 1);
        // Keep every spatial size at least 1: a program whose image collapses to nothing would fail
        // on the JVM with the generator's own size check, not with a shape error it meant.
        while (kk > 1 && (h + 2 * p - kk + 1 < 1 || w + 2 * p - kk + 1 < 1)) {
          kk--;
        }
        String name = "s" + s++;
        if (i == convBug) {
          used.add("bug");
        }
        fields
            .append("    private final Conv2d ")
            .append(name)
            .append(" = new Conv2d(")
            .append(i == convBug ? c + 1 : c)
            .append(", ")
            .append(out)
            .append(", ")
            .append(kk)
            .append(").padding(")
            .append(p)
            .append(");\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        c = out;
        h = h + 2 * p - kk + 1;
        w = w + 2 * p - kk + 1;
        if (r.nextBoolean()) {
          forward.append("        x = relu").append(k).append(".forward(x);\n");
          if (!fields.toString().contains("relu" + k + " ")) {
            fields.append("    private final ReLU relu").append(k).append(" = new ReLU();\n");
          }
        }
        if (h >= 4 && w >= 4 && r.nextBoolean()) {
          String pool = "s" + s++;
          fields
              .append("    private final MaxPool2d ")
              .append(pool)
              .append(" = new MaxPool2d(2);\n");
          forward.append("        x = ").append(pool).append(".forward(x);\n");
          h /= 2;
          w /= 2;
        }
      }
      forward.append("        x = x.flatten(1);\n");
      f = c * h * w;
    } else {
      f = pick(4, 32);
      dims = "N, " + f;
    }
    int stages = pick(1, 4);
    boolean bug = on("bug") && r.nextInt(4) == 0;
    int bugAt = bug ? r.nextInt(stages) : -1;
    for (int i = 0; i < stages; i++) {
      if (i == bugAt) {
        used.add("bug");
        long o = pick(2, 24);
        String name = "s" + s++;
        fields
            .append("    private final Linear ")
            .append(name)
            .append(" = new Linear(")
            .append(f + 1)
            .append(", ")
            .append(o)
            .append(");\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = o;
        continue;
      }
      stage();
    }
    StringBuilder src = new StringBuilder();
    src.append(
            "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n")
        .append("import java.util.*;\nimport java.util.stream.*;\n\n");
    src.append("public class ").append(cls).append(" extends Module");
    if (!interfaces.isEmpty()) {
      src.append(" implements ").append(String.join(", ", interfaces));
    }
    src.append(" {\n")
        .append(fields)
        .append(members)
        .append("\n    public ")
        .append(cls)
        .append("() {\n")
        .append(ctor)
        .append("    }\n\n    public Tensor forward(@Dims(\"")
        .append(dims)
        .append("\") Tensor x) {\n")
        .append(forward)
        .append("        return x;\n    }\n}\n")
        .append(aux);
    return new Program(cls, src.toString(), used);
  }

  /** One stage: takes [N, f] to [N, new f]. */
  private void stage() {
    List<String> options = new ArrayList<>(List.of("linear", "sequential"));
    for (String idiom : enabled) {
      if (!idiom.equals("conv") && !idiom.equals("bug")) {
        options.add(idiom);
      }
    }
    String choice = options.get(r.nextInt(options.size()));
    String name = "s" + s++;
    String id = name + "_" + k;
    long o = pick(2, 24);
    if (!choice.equals("linear") && !choice.equals("sequential")) {
      used.add(choice);
    }
    switch (choice) {
      case "linear" -> {
        fields
            .append("    private final Linear ")
            .append(name)
            .append(" = new Linear(")
            .append(f)
            .append(", ")
            .append(o)
            .append(");\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = o;
      }
      case "sequential" -> {
        long h = pick(2, 24);
        fields
            .append("    private final Sequential ")
            .append(name)
            .append(" = new Sequential(new Linear(")
            .append(f)
            .append(", ")
            .append(h)
            .append("), new ReLU(), new Linear(")
            .append(h)
            .append(", ")
            .append(o)
            .append("));\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = o;
      }
      case "record" -> {
        long hidden = pick(-3, 16);
        long min = pick(1, 6);
        long normalized = Math.max(hidden, min);
        String rec = "Cfg" + id;
        aux.append("\nrecord ")
            .append(rec)
            .append("(int in, int hidden, int out) {\n")
            .append("    static final int MIN = ")
            .append(min)
            .append(";\n")
            .append("    ")
            .append(rec)
            .append(" {\n")
            .append(
                "        if (in <= 0 || out <= 0) {\n            throw new IllegalArgumentException(\"sizes\");\n        }\n")
            .append("        hidden = Math.max(hidden, MIN);\n    }\n")
            .append("    int widest() {\n        return Math.max(hidden, out);\n    }\n}\n");
        String cfg = "CFG_" + name.toUpperCase();
        fields
            .append("    private static final ")
            .append(rec)
            .append(" ")
            .append(cfg)
            .append(" = new ")
            .append(rec)
            .append("(")
            .append(f)
            .append(", ")
            .append(hidden)
            .append(", ")
            .append(o)
            .append(");\n");
        fields.append("    private final Sequential ").append(name).append(";\n");
        boolean widest = r.nextBoolean();
        long last = widest ? Math.max(normalized, o) : o;
        ctor.append("        ")
            .append(name)
            .append(" = new Sequential(new Linear(")
            .append(cfg)
            .append(".in(), ")
            .append(cfg)
            .append(".hidden()), new ReLU(), new Linear(")
            .append(cfg)
            .append(".hidden(), ")
            .append(cfg)
            .append(widest ? ".widest()" : ".out()")
            .append("));\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = last;
      }
      case "enum" -> {
        String en = "Width" + id;
        long a = pick(2, 12);
        long b = pick(2, 12);
        long c = pick(2, 12);
        aux.append("\nenum ")
            .append(en)
            .append(" {\n    SMALL(")
            .append(a)
            .append("), MEDIUM(")
            .append(b)
            .append("), LARGE(")
            .append(c)
            .append(");\n\n    final int width;\n\n    ")
            .append(en)
            .append("(int width) {\n        this.width = width;\n    }\n\n")
            .append("    int doubled() {\n        return width * 2;\n    }\n}\n");
        String expr;
        switch (r.nextInt(4)) {
          case 0 -> {
            expr = en + ".MEDIUM.width";
            o = b;
          }
          case 1 -> {
            expr = en + ".values()[2].doubled()";
            o = 2 * c;
          }
          case 2 -> {
            expr = en + ".valueOf(\"SMALL\").width + " + en + ".LARGE.ordinal()";
            o = a + 2;
          }
          default -> {
            expr =
                "switch ("
                    + en
                    + ".LARGE) {\n            case SMALL -> 1;\n            case MEDIUM -> 2;\n            case LARGE -> "
                    + o
                    + ";\n        }";
          }
        }
        fields.append("    private final Linear ").append(name).append(";\n");
        ctor.append("        int w").append(name).append(" = ").append(expr).append(";\n");
        ctor.append("        ")
            .append(name)
            .append(" = new Linear(")
            .append(f)
            .append(", w")
            .append(name)
            .append(");\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = o;
      }
      case "builder" -> {
        String b = "Builder" + id;
        aux.append("\nfinal class ")
            .append(b)
            .append(" {\n    private int in;\n    private int out;\n    private boolean act;\n\n")
            .append("    ")
            .append(b)
            .append(" in(int v) {\n        in = v;\n        return this;\n    }\n\n")
            .append("    ")
            .append(b)
            .append(" out(int v) {\n        out = v;\n        return this;\n    }\n\n")
            .append("    ")
            .append(b)
            .append(" act(boolean v) {\n        act = v;\n        return this;\n    }\n\n")
            .append(
                "    Module build() {\n        Module lin = new Linear(in, out);\n        return act ? new Sequential(lin, new ReLU()) : lin;\n    }\n}\n");
        fields
            .append("    private final Module ")
            .append(name)
            .append(" = new ")
            .append(b)
            .append("().in(")
            .append(f)
            .append(").out(")
            .append(o)
            .append(").act(")
            .append(r.nextBoolean())
            .append(").build();\n");
        forward.append("        x = ").append(name).append(".call(x);\n");
        f = o;
      }
      case "abstract", "initOrder" -> {
        String base = "Base" + id;
        String impl = "Impl" + id;
        long extra = pick(1, 9);
        aux.append("\nabstract class ")
            .append(base)
            .append(" extends Module {\n    protected final Linear proj;\n\n    ")
            .append(base)
            .append("(int in) {\n        proj = new Linear(in, width(in));\n    }\n\n")
            .append("    protected abstract int width(int in);\n\n")
            .append(
                "    public Tensor forward(Tensor x) {\n        return proj.forward(x);\n    }\n}\n");
        long out;
        if (choice.equals("abstract")) {
          aux.append("\nclass ")
              .append(impl)
              .append(" extends ")
              .append(base)
              .append(" {\n    private static final int EXTRA = ")
              .append(extra)
              .append(";\n\n    ")
              .append(impl)
              .append("(int in) {\n        super(in);\n    }\n\n")
              .append(
                  "    @Override\n    protected int width(int in) {\n        return in / 2 + EXTRA;\n    }\n}\n");
          out = f / 2 + extra;
        } else {
          boolean constant = r.nextBoolean();
          aux.append("\nclass ")
              .append(impl)
              .append(" extends ")
              .append(base)
              .append(" {\n    private final int extra = ")
              .append(constant ? String.valueOf(extra) : "Integer.parseInt(\"" + extra + "\")")
              .append(";\n\n    ")
              .append(impl)
              .append("(int in) {\n        super(in);\n    }\n\n")
              .append(
                  "    @Override\n    protected int width(int in) {\n        return in + extra;\n    }\n}\n");
          out = constant ? f + extra : f;
        }
        fields
            .append("    private final ")
            .append(impl)
            .append(" ")
            .append(name)
            .append(" = new ")
            .append(impl)
            .append("(")
            .append(f)
            .append(");\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = out;
      }
      case "interface" -> {
        String in = "Sizes" + id;
        long w = pick(1, 9);
        interfaces.add(in);
        aux.append("\ninterface ")
            .append(in)
            .append(" {\n    int WIDTH_")
            .append(name.toUpperCase())
            .append(" = ")
            .append(w)
            .append(";\n\n")
            .append("    default int widen")
            .append(name)
            .append("(int x) {\n        return x + WIDTH_")
            .append(name.toUpperCase())
            .append(";\n    }\n\n")
            .append("    static int half")
            .append(name)
            .append("(int x) {\n        return x / 2;\n    }\n}\n");
        fields.append("    private final Linear ").append(name).append(";\n");
        long out;
        if (r.nextBoolean()) {
          ctor.append("        ")
              .append(name)
              .append(" = new Linear(")
              .append(f)
              .append(", widen")
              .append(name)
              .append("(")
              .append(f)
              .append("));\n");
          out = f + w;
        } else {
          ctor.append("        ")
              .append(name)
              .append(" = new Linear(")
              .append(f)
              .append(", ")
              .append(in)
              .append(".half")
              .append(name)
              .append("(")
              .append(f)
              .append(") + WIDTH_")
              .append(name.toUpperCase())
              .append(");\n");
          out = f / 2 + w;
        }
        forward.append("        x = ").append(call(name)).append(";\n");
        f = out;
      }
      case "stream" -> {
        int n = pick(1, 3);
        long h = pick(2, 16);
        fields
            .append("    private final ModuleList ")
            .append(name)
            .append(" = new ModuleList(IntStream.range(0, ")
            .append(n)
            .append(").mapToObj(i -> new Linear(i == 0 ? ")
            .append(f)
            .append(" : ")
            .append(h)
            .append(", ")
            .append(h)
            .append(")).toList());\n");
        forward
            .append("        for (Module m : ")
            .append(name)
            .append(") {\n            x = m.call(x);\n        }\n");
        f = h;
      }
      case "forEach" -> {
        long a = pick(2, 16);
        long b = pick(2, 16);
        fields
            .append("    private final ModuleList ")
            .append(name)
            .append(" = new ModuleList();\n");
        ctor.append("        int[] prev")
            .append(name)
            .append(" = {")
            .append(f)
            .append("};\n")
            .append("        List.of(")
            .append(a)
            .append(", ")
            .append(b)
            .append(").forEach(w -> {\n            ")
            .append(name)
            .append(".add(new Linear(prev")
            .append(name)
            .append("[0], w));\n            prev")
            .append(name)
            .append("[0] = w;\n        });\n");
        forward
            .append("        Tensor[] h")
            .append(name)
            .append(" = {x};\n        ")
            .append(name)
            .append(".forEach(m -> h")
            .append(name)
            .append("[0] = m.call(h")
            .append(name)
            .append("[0]));\n        x = h")
            .append(name)
            .append("[0];\n");
        f = b;
      }
      case "loop" -> {
        int n = pick(1, 3);
        long h = pick(2, 16);
        fields
            .append("    private final ModuleList ")
            .append(name)
            .append(" = new ModuleList();\n");
        ctor.append("        for (int i = 0; i < ")
            .append(n)
            .append("; i++) {\n            ")
            .append(name)
            .append(".add(new Linear(i == 0 ? ")
            .append(f)
            .append(" : ")
            .append(h)
            .append(", ")
            .append(h)
            .append("));\n            ")
            .append(name)
            .append(".add(new ReLU());\n        }\n");
        if (r.nextBoolean()) {
          forward
              .append("        for (Module m : ")
              .append(name)
              .append(") {\n            x = m.call(x);\n        }\n");
        } else {
          forward
              .append("        for (int i = 0; i < ")
              .append(name)
              .append(".size(); i++) {\n            x = ")
              .append(name)
              .append(".get(i).call(x);\n        }\n");
        }
        f = h;
      }
      case "overload" -> {
        String m = "block" + name;
        members
            .append("\n    private static Module ")
            .append(m)
            .append("(int in, int out) {\n        return new Linear(in, out);\n    }\n")
            .append("\n    private static Module ")
            .append(m)
            .append("(int in) {\n        return ")
            .append(m)
            .append("(in, in * 2);\n    }\n")
            .append("\n    private static Module ")
            .append(m)
            .append("(long in, int out) {\n        return new Linear(in, out + 1);\n    }\n");
        String arg;
        long out;
        switch (r.nextInt(3)) {
          case 0 -> {
            arg = m + "(" + f + ")";
            out = 2 * f;
          }
          case 1 -> {
            arg = m + "(" + f + ", " + o + ")";
            out = o;
          }
          default -> {
            arg = m + "(" + f + "L, " + o + ")";
            out = o + 1;
          }
        }
        fields
            .append("    private final Module ")
            .append(name)
            .append(" = ")
            .append(arg)
            .append(";\n");
        forward.append("        x = ").append(name).append(".call(x);\n");
        f = out;
      }
      case "varargs" -> {
        String st = "Stack" + id;
        aux.append("\nclass ")
            .append(st)
            .append(
                " extends Module {\n    private final ModuleList layers = new ModuleList();\n\n    ")
            .append(st)
            .append("(int... widths) {\n        for (int i = 0; i + 1 < widths.length; i++) {\n")
            .append(
                "            layers.add(new Linear(widths[i], widths[i + 1]));\n            if (i + 2 < widths.length) {\n")
            .append("                layers.add(new ReLU());\n            }\n        }\n    }\n\n")
            .append(
                "    public Tensor forward(Tensor x) {\n        for (Module m : layers) {\n            x = m.call(x);\n        }\n        return x;\n    }\n}\n");
        int n = pick(1, 3);
        StringBuilder widths = new StringBuilder().append(f);
        long last = f;
        for (int i = 0; i < n; i++) {
          last = pick(2, 16);
          widths.append(", ").append(last);
        }
        fields
            .append("    private final ")
            .append(st)
            .append(" ")
            .append(name)
            .append(" = new ")
            .append(st)
            .append("(")
            .append(widths)
            .append(");\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = last;
      }
      case "nested" -> {
        String nc = "Block" + name.toUpperCase();
        members
            .append("\n    static final class ")
            .append(nc)
            .append(" extends Module {\n        private final Linear a;\n")
            .append(
                "        private final ReLU act = new ReLU();\n        private final Linear b;\n\n        ")
            .append(nc)
            .append(
                "(int in, int out) {\n            a = new Linear(in, out);\n            b = new Linear(out, out);\n        }\n\n")
            .append(
                "        public Tensor forward(Tensor x) {\n            return b.forward(act.forward(a.forward(x)));\n        }\n    }\n");
        fields
            .append("    private final ")
            .append(nc)
            .append(" ")
            .append(name)
            .append(" = new ")
            .append(nc)
            .append("(")
            .append(f)
            .append(", ")
            .append(o)
            .append(");\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = o;
      }
      case "staticInit" -> {
        String arr = "W" + name.toUpperCase();
        long base = pick(1, 8);
        long step = pick(1, 4);
        members
            .append("\n    private static final int[] ")
            .append(arr)
            .append(";\n\n    static {\n        ")
            .append(arr)
            .append(" = new int[3];\n        for (int i = 0; i < ")
            .append(arr)
            .append(".length; i++) {\n            ")
            .append(arr)
            .append("[i] = ")
            .append(base)
            .append(" + i * ")
            .append(step)
            .append(";\n        }\n    }\n");
        int idx = pick(0, 2);
        fields
            .append("    private final Linear ")
            .append(name)
            .append(" = new Linear(")
            .append(f)
            .append(", ")
            .append(arr)
            .append("[")
            .append(idx)
            .append("]);\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = base + idx * step;
      }
      case "optional" -> {
        if (r.nextBoolean()) {
          long threshold = pick(1, 32);
          fields.append("    private final Linear ").append(name).append(";\n");
          ctor.append("        ")
              .append(name)
              .append(" = Optional.of(")
              .append(f)
              .append(").filter(v -> v > ")
              .append(threshold)
              .append(").map(v -> new Linear(v, ")
              .append(o)
              .append(")).orElseGet(() -> new Linear(")
              .append(f)
              .append(", ")
              .append(o + 1)
              .append("));\n");
          forward.append("        x = ").append(call(name)).append(";\n");
          f = f > threshold ? o : o + 1;
        } else {
          boolean present = r.nextBoolean();
          fields.append("    private final Linear ").append(name).append(";\n");
          ctor.append("        ")
              .append(name)
              .append(" = ")
              .append(present ? "new Linear(" + f + ", " + f + ")" : "null")
              .append(";\n");
          forward
              .append("        Tensor y")
              .append(name)
              .append(" = x;\n        x = Optional.ofNullable(")
              .append(name)
              .append(").map(m -> m.forward(y")
              .append(name)
              .append(")).orElse(y")
              .append(name)
              .append(");\n");
        }
      }
      case "instanceInit" -> {
        String w = "w" + name;
        fields
            .append("    private int ")
            .append(w)
            .append(";\n\n    {\n        ")
            .append(w)
            .append(" = ")
            .append(o)
            .append(";\n    }\n\n    private final Linear ")
            .append(name)
            .append(" = new Linear(")
            .append(f)
            .append(", ")
            .append(w)
            .append(");\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = o;
      }
      case "inner" -> {
        String ic = "Inner" + name.toUpperCase();
        String w = "outer" + name;
        members
            .append("\n    class ")
            .append(ic)
            .append(" extends Module {\n        private final Linear fc = new Linear(")
            .append(f)
            .append(", ")
            .append(w)
            .append(
                ");\n\n        public Tensor forward(Tensor x) {\n            return fc.forward(x);\n        }\n    }\n");
        fields.append("    private int ").append(w).append(" = ").append(o).append(";\n");
        fields
            .append("    private final ")
            .append(ic)
            .append(" ")
            .append(name)
            .append(" = new ")
            .append(ic)
            .append("();\n");
        forward.append("        x = ").append(call(name)).append(";\n");
        f = o;
      }
      default -> throw new IllegalStateException(choice);
    }
  }
}
