package dev.shapesense.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An immutable list of {@link Dim}s, outermost first. Prints as PyTorch prints a size list: {@code
 * [N, 3, 32, 32]}; a 0-d shape is {@code []}.
 *
 * <p>A shape a rule computed on symbolic dims may rest on {@link #assumptions()}: conditions the
 * rule could not decide ({@code C == 3}). They are not part of the shape's value (equality and
 * printing ignore them); shapes derived from it by {@link #set}, {@link #insert}, {@link #remove},
 * {@link #sub} and {@link #concat} keep them.
 */
public final class Shape implements Iterable<Dim> {
  private final List<Dim> dims;

  private final List<String> assumptions;

  /** {@link #numel()}, computed on first use (immutable, so a race only computes it twice). */
  private Dim numel;

  /** {@link #toString()}, made on first use (a shape is printed for every hint and trace line). */
  private String text;

  private Shape(List<Dim> dims) {
    this(dims, List.of());
  }

  private Shape(List<Dim> dims, List<String> assumptions) {
    this.dims = dims;
    this.assumptions = assumptions;
  }

  /** The conditions on symbolic dims this shape rests on (empty for most shapes). */
  public List<String> assumptions() {
    return assumptions;
  }

  /** This shape, resting also on {@code more} (recorded once each, after its own). */
  public Shape assuming(List<String> more) {
    if (more.isEmpty() || assumptions.containsAll(more)) {
      return this;
    }
    List<String> all = new ArrayList<>(assumptions);
    for (String a : more) {
      if (!all.contains(a)) {
        all.add(a);
      }
    }
    return new Shape(dims, List.copyOf(all));
  }

  /** This shape, resting also on what {@code a} collected. */
  public Shape assuming(Assumptions a) {
    return a.isEmpty() ? this : assuming(a.list());
  }

  /** The same dims, resting on nothing. */
  public Shape withoutAssumptions() {
    return assumptions.isEmpty() ? this : new Shape(dims);
  }

  /** The 0-d shape {@code []}. */
  public static Shape of() {
    return new Shape(List.of());
  }

  public static Shape of(long... sizes) {
    Dim[] d = new Dim[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      d[i] = Dim.of(sizes[i]);
    }
    return new Shape(List.of(d));
  }

  public static Shape of(Dim... dims) {
    return new Shape(List.of(dims));
  }

  public static Shape of(List<Dim> dims) {
    return new Shape(List.copyOf(dims));
  }

  /** Parses {@code "N, 3, H, W"}, {@code "[N, 3, 32, 32]"} or {@code ""} (a 0-d shape). */
  public static Shape parse(String text) {
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      return new Shape(List.of());
    }
    List<Dim> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(Dim.parse(s.substring(start, i)));
        start = i + 1;
      }
    }
    out.add(Dim.parse(s.substring(start)));
    return new Shape(List.copyOf(out));
  }

  /** Number of dims (PyTorch's {@code dim()}). */
  public int rank() {
    return dims.size();
  }

  /** The dim at {@code i}; negative {@code i} counts from the end. */
  public Dim get(int i) {
    return dims.get(i < 0 ? i + dims.size() : i);
  }

  /** The size at {@code i} as a number; throws {@link ShapeError} when that dim is symbolic. */
  public long size(int i) {
    return get(i).value();
  }

  public List<Dim> dims() {
    return dims;
  }

  /** Product of all dims (1 for a 0-d shape). */
  public Dim numel() {
    Dim n = numel;
    if (n == null) {
      try {
        n = Dim.product(dims);
      } catch (ArithmeticException e) {
        throw new ShapeError("numel: integer multiplication overflow");
      }
      numel = n;
    }
    return n;
  }

  /** True when no dim is symbolic. */
  public boolean isConcrete() {
    for (Dim d : dims) {
      if (!d.isConst()) {
        return false;
      }
    }
    return true;
  }

  /** The sizes as numbers; throws {@link ShapeError} when a dim is symbolic. */
  public long[] sizes() {
    long[] out = new long[dims.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = dims.get(i).value();
    }
    return out;
  }

  public Shape set(int i, Dim d) {
    List<Dim> l = new ArrayList<>(dims);
    l.set(i, d);
    return new Shape(Collections.unmodifiableList(l), assumptions);
  }

  public Shape insert(int i, Dim d) {
    List<Dim> l = new ArrayList<>(dims);
    l.add(i, d);
    return new Shape(Collections.unmodifiableList(l), assumptions);
  }

  public Shape remove(int i) {
    List<Dim> l = new ArrayList<>(dims);
    l.remove(i);
    return new Shape(Collections.unmodifiableList(l), assumptions);
  }

  /** Dims {@code from} (inclusive) to {@code to} (exclusive). */
  public Shape sub(int from, int to) {
    return new Shape(List.copyOf(dims.subList(from, to)), assumptions);
  }

  public Shape concat(Shape o) {
    List<Dim> l = new ArrayList<>(dims);
    l.addAll(o.dims);
    return new Shape(Collections.unmodifiableList(l), assumptions).assuming(o.assumptions);
  }

  /** Replaces symbols by expressions in every dim. */
  public Shape substitute(Map<String, Dim> values) {
    List<Dim> l = new ArrayList<>();
    for (Dim d : dims) {
      l.add(d.substitute(values));
    }
    return new Shape(Collections.unmodifiableList(l));
  }

  /** As Python prints a {@code torch.Size}: {@code torch.Size([1, 4])}. */
  public String torchSize() {
    return "torch.Size(" + this + ")";
  }

  /** As Python prints a tuple of ints: {@code (5, 1)}, {@code (16,)}. */
  public String tuple() {
    if (dims.size() == 1) {
      return "(" + dims.get(0) + ",)";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < dims.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(dims.get(i));
    }
    return sb.append(')').toString();
  }

  @Override
  public Iterator<Dim> iterator() {
    return dims.iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape s && dims.equals(s.dims);
  }

  @Override
  public int hashCode() {
    return dims.hashCode();
  }

  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = dims.toString();
      text = t;
    }
    return t;
  }

  /** Sizes of a concrete list of longs as a Shape, for messages. */
  public static String list(long... sizes) {
    return Arrays.toString(sizes);
  }
}
