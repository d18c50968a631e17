package dev.shapesense.tensor;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** An indivisible factor of a {@link Dim} term. Atoms are ordered by kind, then by printed form. */
sealed interface Atom extends Comparable<Atom> {

  String print(boolean operand);

  OptionalLong lowerBound();

  void collectSymbols(Set<String> out);

  Dim substitute(Map<String, Dim> values);

  int kind();

  @Override
  default int compareTo(Atom o) {
    int c = Integer.compare(kind(), o.kind());
    return c != 0 ? c : print(false).compareTo(o.print(false));
  }

  /** A named symbol; sizes are at least 1. */
  record Sym(String name) implements Atom {
    @Override
    public String print(boolean operand) {
      return name;
    }

    @Override
    public OptionalLong lowerBound() {
      return OptionalLong.of(1);
    }

    @Override
    public void collectSymbols(Set<String> out) {
      out.add(name);
    }

    @Override
    public Dim substitute(Map<String, Dim> values) {
      Dim v = values.get(name);
      return v != null ? v : Dim.sym(name);
    }

    @Override
    public int kind() {
      return 0;
    }
  }

  /** {@code floor(num / den)} with a positive constant {@code den}. */
  record FloorDiv(Dim num, long den) implements Atom {
    @Override
    public String print(boolean operand) {
      String s = num.printOperand() + " / " + den;
      return operand ? "(" + s + ")" : s;
    }

    @Override
    public OptionalLong lowerBound() {
      OptionalLong lo = num.lowerBound();
      return lo.isPresent() ? OptionalLong.of(Math.floorDiv(lo.getAsLong(), den)) : lo;
    }

    @Override
    public void collectSymbols(Set<String> out) {
      out.addAll(num.symbols());
    }

    @Override
    public Dim substitute(Map<String, Dim> values) {
      return num.substitute(values).floorDiv(den);
    }

    @Override
    public int kind() {
      return 1;
    }
  }

  /** {@code Math.min(a, b)} or {@code Math.max(a, b)}, arguments in canonical order. */
  record MinMax(boolean isMin, Dim a, Dim b) implements Atom {
    static MinMax of(boolean isMin, Dim x, Dim y) {
      return x.compareTo(y) >= 0 ? new MinMax(isMin, x, y) : new MinMax(isMin, y, x);
    }

    @Override
    public String print(boolean operand) {
      return (isMin ? "Math.min(" : "Math.max(") + a + ", " + b + ")";
    }

    @Override
    public OptionalLong lowerBound() {
      OptionalLong la = a.lowerBound();
      OptionalLong lb = b.lowerBound();
      if (isMin) {
        return la.isPresent() && lb.isPresent()
            ? OptionalLong.of(Math.min(la.getAsLong(), lb.getAsLong()))
            : OptionalLong.empty();
      }
      if (la.isPresent() && lb.isPresent()) {
        return OptionalLong.of(Math.max(la.getAsLong(), lb.getAsLong()));
      }
      return la.isPresent() ? la : lb;
    }

    @Override
    public void collectSymbols(Set<String> out) {
      out.addAll(a.symbols());
      out.addAll(b.symbols());
    }

    @Override
    public Dim substitute(Map<String, Dim> values) {
      Dim x = a.substitute(values);
      Dim y = b.substitute(values);
      return isMin ? x.min(y) : x.max(y);
    }

    @Override
    public int kind() {
      return 2;
    }
  }

  /** An expression the algebra does not model (a symbolic divisor, a non-integer scale). */
  record Opaque(String text) implements Atom {
    @Override
    public String print(boolean operand) {
      return operand ? "(" + text + ")" : text;
    }

    @Override
    public OptionalLong lowerBound() {
      return OptionalLong.of(0);
    }

    @Override
    public void collectSymbols(Set<String> out) {}

    @Override
    public Dim substitute(Map<String, Dim> values) {
      return Dim.atom(this);
    }

    @Override
    public int kind() {
      return 3;
    }
  }
}
