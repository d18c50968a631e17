package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.nn.TupleOutput;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The abstract values of interpreted code. Numbers are {@code Long} (every Java integral type) or
 * {@code Double}; a size that is only known symbolically is a {@link Dim}; tensors and built-in
 * modules are the nn library's own objects; {@link #UNKNOWN} is anything the analysis cannot know.
 */
final class Values {
  private Values() {}

  /** A value the analysis cannot know. Calls on it and with it give unknown, never an error. */
  static final Object UNKNOWN =
      new Object() {
        @Override
        public String toString() {
          return "<unknown>";
        }
      };

  /** An instance of a workspace class (or record) that is not a module. */
  static class ObjectValue {
    final TypeRef type;
    final FieldValues fields = new FieldValues();

    /** The enclosing instance of an inner or local class's object (JLS 8.1.3), or null. */
    Object outer;

    /** The enclosing method's locals a local class's object sees, or null. */
    Map<String, Object> captured;

    ObjectValue(TypeRef type) {
      this.type = type;
    }

    @Override
    public String toString() {
      return type.decl().getNameAsString() + fields;
    }
  }

  /** A Java array: a mutable list of values. */
  static final class ArrayValue {
    final List<Object> items;

    /**
     * The primitive element type the code declares ({@code int[] order = {20, 5, 10}}), or null
     * when not known: overloads taking {@code int[]} and {@code long[]} are told apart by it.
     */
    Overloads.Prim element;

    ArrayValue(List<Object> items) {
      this.items = items;
    }

    ArrayValue(List<Object> items, Overloads.Prim element) {
      this.items = items;
      this.element = element;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ArrayValue a && items.equals(a.items);
    }

    @Override
    public int hashCode() {
      return items.hashCode();
    }
  }

  /** A reference to a class, as the scope of a static call or field. */
  record ClassValue(Class<?> cls) {}

  /** A reference to a workspace type, as the scope of a static call or field. */
  record TypeValue(TypeRef type) {}

  /** A method reference such as {@code F::relu} or {@code this::block}: its scope and name. */
  record MethodRef(Object scope, String name) {}

  /** A lambda and the frame it was created in. */
  record Closure(com.github.javaparser.ast.expr.LambdaExpr lambda, Interpreter.Frame frame) {}

  /**
   * A constant of an enum declared in the workspace: one object per constant and analysis, so that
   * {@code ==} and switch compare identities; its fields are the enum's instance fields.
   */
  static final class EnumValue extends ObjectValue {
    final String name;
    final int ordinal;

    /** The constant's declaration: its arguments and its class body, if any. */
    final com.github.javaparser.ast.body.EnumConstantDeclaration constant;

    EnumValue(
        TypeRef type,
        com.github.javaparser.ast.body.EnumConstantDeclaration constant,
        int ordinal) {
      super(type);
      this.constant = constant;
      this.name = constant.getNameAsString();
      this.ordinal = ordinal;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static boolean isUnknown(Object v) {
    return v == UNKNOWN;
  }

  /** An integral value as a Dim, or null when {@code v} is not one. */
  static Dim asDim(Object v) {
    if (v instanceof Dim d) {
      return d;
    }
    if (v instanceof Long l) {
      return Dim.of(l);
    }
    return null;
  }

  /** A Dim simplified to a Long when it is a number. */
  static Object normal(Dim d) {
    return d.isConst() ? (Object) d.value() : d;
  }

  /** Whether two values are the same for merging branches. */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Tensor x && b instanceof Tensor y) {
      return x.shape().equals(y.shape()) && x.dtype() == y.dtype();
    }
    if (a instanceof Long
        || a instanceof Double
        || a instanceof String
        || a instanceof Boolean
        || a instanceof Dim) {
      return Objects.equals(a, b);
    }
    return false;
  }

  /** The hint label of a value, or null when it has no shape. */
  static String label(Object v) {
    if (v instanceof Tensor t) {
      return t.shape().toString();
    }
    if (v instanceof TupleOutput t) {
      return tupleLabel(t.asTuple());
    }
    List<Object> parts = recordComponents(v);
    return parts == null ? null : recordLabel((ObjectValue) v, parts);
  }

  /**
   * The symbols the shapes of a value use ({@code N}, {@code H} of {@code [N, 6, H - 4, W - 4]}):
   * of a tensor, of each tensor of a tuple, list or record, in name order; none for other values.
   */
  static java.util.SortedSet<String> symbols(Object v) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    addSymbols(v, out, 0);
    return out;
  }

  private static void addSymbols(Object v, java.util.Set<String> out, int depth) {
    if (depth > 64) {
      return;
    }
    if (v instanceof Tensor t) {
      for (dev.shapesense.tensor.Dim d : t.shape().dims()) {
        out.addAll(d.symbols());
      }
      return;
    }
    List<?> parts =
        v instanceof TupleOutput t ? t.asTuple() : v instanceof List<?> l ? l : recordComponents(v);
    if (parts != null) {
      for (Object p : parts) {
        addSymbols(p, out, depth + 1);
      }
    }
  }

  /** A record's hint: each component's name and shape, {@code (recon [N, 784], mu [N, 20])}. */
  private static String recordLabel(ObjectValue o, List<Object> parts) {
    var r = (com.github.javaparser.ast.body.RecordDeclaration) o.type.decl();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String l = label(parts.get(i));
      out.add(r.getParameter(i).getNameAsString() + " " + (l == null ? "None" : l));
    }
    return "(" + String.join(", ", out) + ")";
  }

  /**
   * The components of an instance of a workspace record, in declaration order ({@code record
   * Out(Tensor recon, Tensor mu)} returned by a {@code forward}), or null for any other value and
   * for a record that holds no tensor (a configuration record has no shape to show).
   */
  static List<Object> recordComponents(Object v) {
    if (!(v instanceof ObjectValue o)
        || !(o.type.decl() instanceof com.github.javaparser.ast.body.RecordDeclaration r)) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    boolean tensors = false;
    for (var p : r.getParameters()) {
      Object c = o.fields.get(p.getNameAsString());
      out.add(c);
      tensors |=
          c instanceof Tensor
              || c instanceof TupleOutput
              || (c instanceof List<?> l && l.stream().anyMatch(Tensor.class::isInstance))
              || recordComponents(c) != null;
    }
    return tensors ? out : null;
  }

  private static String tupleLabel(List<?> parts) {
    List<String> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Tensor t) {
        out.add(t.shape().toString());
      } else if (p instanceof List<?> l) {
        out.add(tupleLabel(l));
      } else if (recordComponents(p) != null) {
        out.add(label(p));
      } else {
        out.add("None");
      }
    }
    return "(" + String.join(", ", out) + ")";
  }

  /**
   * The tensor torchinfo measures of a forward result ({@code calculate_size}): the result itself,
   * or the first element of a tuple, recursively; null when there is none.
   */
  static Tensor firstTensor(Object v) {
    if (v instanceof Tensor t) {
      return t;
    }
    List<?> parts =
        v instanceof TupleOutput t ? t.asTuple() : v instanceof List<?> l ? l : recordComponents(v);
    return parts == null || parts.isEmpty() ? null : firstTensor(parts.get(0));
  }

  static Shape firstShape(Object v) {
    Tensor t = firstTensor(v);
    return t == null ? null : t.shape();
  }

  /** A forward result as trace data: a Shape, a nested list of shapes, or null. */
  static Object outputData(Object v) {
    if (v instanceof Tensor t) {
      return t.shape();
    }
    if (v instanceof TupleOutput t) {
      return nest(t.asTuple());
    }
    if (v instanceof List<?> l) {
      return nest(l);
    }
    List<Object> parts = recordComponents(v);
    return parts == null ? null : nest(parts);
  }

  private static List<Object> nest(List<?> parts) {
    List<Object> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Tensor t) {
        out.add(t.shape());
      } else if (p instanceof List<?> l) {
        out.add(nest(l));
      } else if (p instanceof Shape s) {
        out.add(s);
      } else if (recordComponents(p) != null) {
        out.add(nest(recordComponents(p)));
      } else {
        out.add(null);
      }
    }
    return out;
  }
}
