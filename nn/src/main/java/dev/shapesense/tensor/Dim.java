package dev.shapesense.tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One dimension of a shape: a number or a symbolic integer expression.
 *
 * <p>An expression is kept in a canonical form: a sum of terms, each a non-zero coefficient times a
 * product of atoms (symbols, floor divisions by a positive constant, min and max). Construction
 * simplifies (like terms are combined, constant sub-expressions folded, exact divisions carried
 * out), so expressions built the same way from the same symbols are {@link #equals equal}, and
 * {@code H - 4 - 4} is {@code H - 8}. {@link #toString()} prints Java syntax: {@code (H - 4) / 2 +
 * 1}. Division is floor division; symbols stand for sizes, so they are taken to be at least 1.
 * Immutable and thread-safe.
 */
public final class Dim implements Comparable<Dim> {
  /** Constants 0 to 1023, made on first use: sizes, kernels and strides are mostly small. */
  private static final Dim[] SMALL = new Dim[1024];

  private static final Dim ZERO = of(0);
  private static final Dim ONE = of(1);

  /**
   * Terms: monomial to coefficient, no zero coefficients; the empty monomial is the constant. Null
   * for a number until first asked for ({@link #terms()}): numbers take the fast paths and most
   * never need their map.
   */
  private volatile TreeMap<Mono, Long> terms;

  /** Whether {@code terms} is at most a constant, and that constant: the fast path of numbers. */
  private final boolean isConst;

  private final long constant;

  /** {@link #toString()}, made on first use (immutable, so a race only prints it twice). */
  private String text;

  /** A number, its terms made only when asked for. */
  private Dim(long constant) {
    this.terms = null;
    this.isConst = true;
    this.constant = constant;
  }

  private Dim(TreeMap<Mono, Long> terms) {
    this.terms = terms;
    // The constant term, if any, is the first: it is the only monomial of degree 0.
    boolean hasConstant = !terms.isEmpty() && terms.firstKey().isOne();
    this.isConst = terms.isEmpty() || (terms.size() == 1 && hasConstant);
    this.constant = hasConstant ? terms.firstEntry().getValue() : 0L;
  }

  /** A constant dimension. */
  public static Dim of(long value) {
    if (value >= 0 && value < SMALL.length) {
      Dim d = SMALL[(int) value];
      if (d == null) {
        d = constantDim(value);
        SMALL[(int) value] = d;
      }
      return d;
    }
    return constantDim(value);
  }

  private static Dim constantDim(long value) {
    return new Dim(value);
  }

  /** The terms; for a number made by {@link #of}, built now (equal maps if two threads race). */
  private TreeMap<Mono, Long> terms() {
    TreeMap<Mono, Long> t = terms;
    if (t == null) {
      t = new TreeMap<>();
      if (constant != 0) {
        t.put(Mono.ONE, constant);
      }
      terms = t;
    }
    return t;
  }

  /** The terms, for the solver in this package (not to be modified). */
  TreeMap<Mono, Long> termMap() {
    return terms();
  }

  /** A named symbol such as {@code N} or {@code dModel}. */
  public static Dim sym(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a symbol needs a name");
    }
    return atom(new Atom.Sym(name));
  }

  /**
   * Parses an expression in the syntax {@link #toString()} prints, e.g. {@code (H - 4) / 2 + 1}.
   */
  public static Dim parse(String text) {
    return DimParser.parse(text);
  }

  static Dim atom(Atom a) {
    TreeMap<Mono, Long> t = new TreeMap<>();
    t.put(Mono.of(a), 1L);
    return new Dim(t);
  }

  /** True when this dimension is a number. */
  public boolean isConst() {
    return isConst;
  }

  /** The constant value, if this dimension is a number. */
  public OptionalLong constValue() {
    return isConst() ? OptionalLong.of(constant()) : OptionalLong.empty();
  }

  /**
   * The value of a constant dimension; throws {@link UndecidableShapeException} when the dimension
   * is symbolic.
   */
  public long value() {
    if (!isConst()) {
      throw new UndecidableShapeException("the size " + this + " is symbolic, not a number");
    }
    return constant();
  }

  private long constant() {
    return constant;
  }

  // ---------------------------------------------------------------------------------------------
  // Arithmetic.

  public Dim plus(Dim o) {
    if (isConst && o.isConst) {
      return of(Math.addExact(constant, o.constant));
    }
    if (o.isConst && o.constant == 0) {
      return this;
    }
    if (isConst && constant == 0) {
      return o;
    }
    TreeMap<Mono, Long> t = new TreeMap<>(terms());
    o.terms().forEach((m, c) -> addTerm(t, m, c));
    return new Dim(t);
  }

  public Dim plus(long v) {
    if (isConst) {
      return of(Math.addExact(constant, v));
    }
    return plus(of(v));
  }

  public Dim minus(Dim o) {
    if (isConst && o.isConst) {
      return of(Math.addExact(constant, Math.multiplyExact(o.constant, -1)));
    }
    if (o.isConst && o.constant == 0) {
      return this;
    }
    if (isConst && constant == 0) {
      return o.negate();
    }
    // As plus(o.negate()), without the negated copy of o's terms.
    TreeMap<Mono, Long> t = new TreeMap<>(terms());
    o.terms().forEach((m, c) -> addTerm(t, m, Math.multiplyExact(c, -1)));
    return new Dim(t);
  }

  public Dim minus(long v) {
    return plus(-v);
  }

  public Dim negate() {
    return scale(-1);
  }

  public Dim times(long k) {
    return scale(k);
  }

  private Dim scale(long k) {
    if (isConst) {
      return of(k == 0 ? 0 : Math.multiplyExact(constant, k));
    }
    if (k == 1) {
      return this;
    }
    if (k == 0) {
      return new Dim(new TreeMap<>());
    }
    // A copy of a sorted map is built in order, without comparing monomials.
    TreeMap<Mono, Long> t = new TreeMap<>(terms());
    for (Map.Entry<Mono, Long> e : t.entrySet()) {
      e.setValue(Math.multiplyExact(e.getValue(), k));
    }
    return new Dim(t);
  }

  public Dim times(Dim o) {
    if (isConst && o.isConst) {
      return of(Math.multiplyExact(constant, o.constant));
    }
    if (o.isConst) {
      return scale(o.constant);
    }
    if (isConst) {
      return o.scale(constant);
    }
    TreeMap<Mono, Long> t = new TreeMap<>();
    for (var a : terms().entrySet()) {
      for (var b : o.terms().entrySet()) {
        addTerm(t, a.getKey().times(b.getKey()), Math.multiplyExact(a.getValue(), b.getValue()));
      }
    }
    return new Dim(t);
  }

  private static void addTerm(TreeMap<Mono, Long> t, Mono m, long c) {
    long sum = Math.addExact(t.getOrDefault(m, 0L), c);
    if (sum == 0) {
      t.remove(m);
    } else {
      t.put(m, sum);
    }
  }

  /** Floor division by a positive constant. */
  public Dim floorDiv(long d) {
    if (d <= 0) {
      throw new IllegalArgumentException("division by a non-positive constant: " + d);
    }
    if (d == 1) {
      return this;
    }
    if (isConst()) {
      return of(Math.floorDiv(constant(), d));
    }
    // Whole multiples of d in non-constant terms() come out: floor((d*Q + R) / d) = Q + floor(R /
    // d).
    TreeMap<Mono, Long> out = new TreeMap<>();
    TreeMap<Mono, Long> in = new TreeMap<>();
    for (var e : terms().entrySet()) {
      if (!e.getKey().isOne() && e.getValue() % d == 0) {
        out.put(e.getKey(), e.getValue() / d);
      } else {
        in.put(e.getKey(), e.getValue());
      }
    }
    Dim quotient = new Dim(out);
    Dim rest = new Dim(in);
    if (rest.isConst()) {
      return quotient.plus(Math.floorDiv(rest.constant(), d));
    }
    // A common factor of the remaining coefficients and d cancels exactly.
    long g = d;
    for (long c : in.values()) {
      g = gcd(g, Math.abs(c));
    }
    if (g > 1) {
      rest = rest.exactDivide(g);
      d /= g;
    }
    // Nested floor divisions merge: floor((floor(P / a) + c) / b) = floor((P + c * a) / (a * b)).
    long c = rest.constant();
    Dim inner = rest.minus(c);
    if (inner.terms().size() == 1) {
      var e = inner.terms().firstEntry();
      if (e.getValue() == 1
          && e.getKey().powers.size() == 1
          && e.getKey().powers.firstEntry().getValue() == 1
          && e.getKey().powers.firstKey() instanceof Atom.FloorDiv fd) {
        Dim merged = fd.num().plus(Math.multiplyExact(c, fd.den()));
        return quotient.plus(merged.floorDiv(Math.multiplyExact(fd.den(), d)));
      }
    }
    return quotient.plus(atom(new Atom.FloorDiv(rest, d)));
  }

  /** Floor division by another dimension; symbolic divisors are exact or kept as unknown. */
  public Dim floorDiv(Dim d) {
    if (d.isConst()) {
      return floorDiv(d.value());
    }
    Dim exact = divideExactOrNull(d);
    if (exact != null) {
      return exact;
    }
    return atom(new Atom.Opaque("(" + this + ") / (" + d + ")"));
  }

  /** Ceiling division by a positive constant: {@code ceil(a / d) = floor((a + d - 1) / d)}. */
  public Dim ceilDiv(long d) {
    return plus(d - 1).floorDiv(d);
  }

  /** The quotient when {@code d} divides this expression exactly as polynomials, else null. */
  public Dim divideExactOrNull(Dim d) {
    if (d.isConst()) {
      long v = d.constant();
      if (v == 0) {
        return null;
      }
      if (v == 1) {
        return this;
      }
      if (isConst) {
        return constant % v == 0 ? of(constant / v) : null;
      }
      for (long c : terms().values()) {
        if (c % v != 0) {
          return null;
        }
      }
      return exactDivide(v);
    }
    if (d.terms().size() != 1) {
      return equals(d) ? ONE : null;
    }
    // Division by a monomial: every term must contain it.
    var e = d.terms().firstEntry();
    Mono dm = e.getKey();
    long dc = e.getValue();
    TreeMap<Mono, Long> t = new TreeMap<>();
    for (var term : terms().entrySet()) {
      Mono q = term.getKey().dividedBy(dm);
      if (q == null || term.getValue() % dc != 0) {
        return null;
      }
      t.put(q, term.getValue() / dc);
    }
    return new Dim(t);
  }

  private Dim exactDivide(long v) {
    TreeMap<Mono, Long> t = new TreeMap<>();
    terms().forEach((m, c) -> t.put(m, c / v));
    return new Dim(t);
  }

  public Dim min(Dim o) {
    return minOrMax(o, true);
  }

  public Dim max(Dim o) {
    return minOrMax(o, false);
  }

  /** The smaller (or larger) of this and {@code o} where decidable, else the symbolic min/max. */
  private Dim minOrMax(Dim o, boolean min) {
    Truth thisFirst = min ? le(this, o) : le(o, this);
    if (thisFirst == Truth.TRUE) {
      return this;
    }
    if (thisFirst == Truth.FALSE) {
      return o;
    }
    return atom(Atom.MinMax.of(min, this, o));
  }

  /** Product of dims, as {@code numel} needs. */
  public static Dim product(List<Dim> dims) {
    // Numbers multiply as longs until the first symbolic dim.
    long v = 1;
    int i = 0;
    for (; i < dims.size() && dims.get(i).isConst; i++) {
      v = Math.multiplyExact(v, dims.get(i).constant);
    }
    Dim p = of(v);
    for (; i < dims.size(); i++) {
      p = p.times(dims.get(i));
    }
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // Comparison, decided where the expressions allow it.

  /** Whether {@code a == b}: TRUE or FALSE when decidable, else UNKNOWN. */
  public static Truth eq(Dim a, Dim b) {
    if (a.isConst && b.isConst) {
      return Truth.of(a.constant == b.constant);
    }
    if (a.equals(b)) {
      return Truth.TRUE;
    }
    Dim diff = a.minus(b);
    if (diff.isConst()) {
      return Truth.of(diff.constant() == 0);
    }
    return atLeast(diff, 1) || atLeast(diff.negate(), 1) ? Truth.FALSE : Truth.UNKNOWN;
  }

  /** Whether {@code d >= v} is known from {@code d}'s lower bound. */
  private static boolean atLeast(Dim d, long v) {
    OptionalLong lo = d.lowerBound();
    return lo.isPresent() && lo.getAsLong() >= v;
  }

  /** Whether {@code a <= b}. */
  public static Truth le(Dim a, Dim b) {
    if (a.isConst && b.isConst) {
      return Truth.of(Math.addExact(b.constant, Math.multiplyExact(a.constant, -1)) >= 0);
    }
    Dim diff = b.minus(a);
    if (diff.isConst()) {
      return Truth.of(diff.constant() >= 0);
    }
    if (atLeast(diff, 0)) {
      return Truth.TRUE;
    }
    return atLeast(diff.negate(), 1) ? Truth.FALSE : Truth.UNKNOWN;
  }

  /** Whether {@code a < b}. */
  public static Truth lt(Dim a, Dim b) {
    return le(a.plus(1), b);
  }

  /** Whether this dim equals the number {@code v}. */
  public Truth eq(long v) {
    return eq(this, of(v));
  }

  /**
   * A lower bound of the expression's value when every symbol is at least 1, if one can be shown:
   * terms() with positive coefficients over non-negative atoms contribute their minimum.
   */
  OptionalLong lowerBound() {
    long sum = 0;
    for (var e : terms().entrySet()) {
      long c = e.getValue();
      if (e.getKey().isOne()) {
        sum += c;
        continue;
      }
      if (c < 0) {
        return OptionalLong.empty();
      }
      OptionalLong m = e.getKey().lowerBound();
      if (m.isEmpty()) {
        return OptionalLong.empty();
      }
      sum += c * m.getAsLong();
    }
    return OptionalLong.of(sum);
  }

  // ---------------------------------------------------------------------------------------------
  // Symbols and substitution.

  /** The names of the symbols this expression uses, sorted. */
  public Set<String> symbols() {
    Set<String> out = new TreeSet<>();
    for (Mono m : terms().keySet()) {
      for (Atom a : m.powers.keySet()) {
        a.collectSymbols(out);
      }
    }
    return out;
  }

  /** Replaces symbols by expressions and simplifies. Unmapped symbols stay. */
  public Dim substitute(Map<String, Dim> values) {
    Dim sum = ZERO;
    for (var e : terms().entrySet()) {
      Dim term = of(e.getValue());
      for (var p : e.getKey().powers.entrySet()) {
        Dim a = p.getKey().substitute(values);
        for (int i = 0; i < p.getValue(); i++) {
          term = term.times(a);
        }
      }
      sum = sum.plus(term);
    }
    return sum;
  }

  // ---------------------------------------------------------------------------------------------
  // Printing, equality, order.

  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = isConst ? Long.toString(constant) : print();
      text = t;
    }
    return t;
  }

  private String print() {
    if (terms().isEmpty()) {
      return "0";
    }
    // Higher-degree terms() first, the constant last.
    List<Map.Entry<Mono, Long>> order = new ArrayList<>(terms().entrySet());
    Collections.reverse(order);
    StringBuilder sb = new StringBuilder();
    for (var e : order) {
      long c = e.getValue();
      Mono m = e.getKey();
      boolean first = sb.length() == 0;
      if (first) {
        if (c < 0) {
          sb.append('-');
        }
      } else {
        sb.append(c < 0 ? " - " : " + ");
      }
      long abs = Math.abs(c);
      if (m.isOne()) {
        sb.append(abs);
      } else if (abs == 1) {
        sb.append(m.print(false));
      } else {
        sb.append(abs).append(" * ").append(m.print(true));
      }
    }
    return sb.toString();
  }

  /** The expression wrapped in parentheses when it is a sum, for use inside a larger one. */
  String printOperand() {
    String s = toString();
    boolean sum = terms().size() > 1 || (!isConst() && terms().firstEntry().getValue() < 0);
    return sum ? "(" + s + ")" : s;
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof Dim d && isConst && d.isConst) {
      return constant == d.constant;
    }
    if (!(o instanceof Dim d)) {
      return false;
    }
    if (isConst || d.isConst) {
      return isConst && d.isConst && constant == d.constant;
    }
    return terms().equals(d.terms());
  }

  @Override
  public int hashCode() {
    return isConst ? Long.hashCode(constant) : terms().hashCode();
  }

  @Override
  public int compareTo(Dim o) {
    return compareTerms(terms(), o.terms());
  }

  static int compareTerms(TreeMap<Mono, Long> a, TreeMap<Mono, Long> b) {
    var ia = a.entrySet().iterator();
    var ib = b.entrySet().iterator();
    while (ia.hasNext() && ib.hasNext()) {
      var ea = ia.next();
      var eb = ib.next();
      int c = ea.getKey().compareTo(eb.getKey());
      if (c != 0) {
        return c;
      }
      c = Long.compare(ea.getValue(), eb.getValue());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(ia.hasNext(), ib.hasNext());
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** A product of atoms with positive powers, ordered so that terms() print deterministically. */
  static final class Mono implements Comparable<Mono> {
    static final Mono ONE = new Mono(new TreeMap<>());
    final TreeMap<Atom, Integer> powers;
    private final int degree;

    private Mono(TreeMap<Atom, Integer> powers) {
      this.powers = powers;
      int d = 0;
      for (int p : powers.values()) {
        d += p;
      }
      this.degree = d;
    }

    static Mono of(TreeMap<Atom, Integer> powers) {
      return powers.isEmpty() ? ONE : new Mono(new TreeMap<>(powers));
    }

    static Mono of(Atom a) {
      TreeMap<Atom, Integer> p = new TreeMap<>();
      p.put(a, 1);
      return new Mono(p);
    }

    boolean isOne() {
      return powers.isEmpty();
    }

    int degree() {
      return degree;
    }

    Mono times(Mono o) {
      TreeMap<Atom, Integer> p = new TreeMap<>(powers);
      o.powers.forEach((a, k) -> p.merge(a, k, Integer::sum));
      return new Mono(p);
    }

    Mono dividedBy(Mono o) {
      TreeMap<Atom, Integer> p = new TreeMap<>(powers);
      for (var e : o.powers.entrySet()) {
        int have = p.getOrDefault(e.getKey(), 0);
        if (have < e.getValue()) {
          return null;
        }
        if (have == e.getValue()) {
          p.remove(e.getKey());
        } else {
          p.put(e.getKey(), have - e.getValue());
        }
      }
      return new Mono(p);
    }

    OptionalLong lowerBound() {
      long prod = 1;
      for (var e : powers.entrySet()) {
        OptionalLong lo = e.getKey().lowerBound();
        if (lo.isEmpty() || lo.getAsLong() < 0) {
          return OptionalLong.empty();
        }
        for (int i = 0; i < e.getValue(); i++) {
          prod *= lo.getAsLong();
        }
      }
      return OptionalLong.of(prod);
    }

    String print(boolean inSum) {
      StringBuilder sb = new StringBuilder();
      for (var e : powers.entrySet()) {
        for (int i = 0; i < e.getValue(); i++) {
          if (sb.length() > 0) {
            sb.append(" * ");
          }
          sb.append(e.getKey().print(powers.size() > 1 || e.getValue() > 1 || inSum));
        }
      }
      return sb.toString();
    }

    @Override
    public int compareTo(Mono o) {
      // Constant first, then by degree, then atom by atom.
      int c = Integer.compare(degree(), o.degree());
      if (c != 0) {
        return c;
      }
      var ia = powers.entrySet().iterator();
      var ib = o.powers.entrySet().iterator();
      while (ia.hasNext() && ib.hasNext()) {
        var ea = ia.next();
        var eb = ib.next();
        c = ea.getKey().compareTo(eb.getKey());
        if (c != 0) {
          return -c;
        }
        c = Integer.compare(ea.getValue(), eb.getValue());
        if (c != 0) {
          return c;
        }
      }
      return Boolean.compare(ia.hasNext(), ib.hasNext());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Mono m && powers.equals(m.powers);
    }

    @Override
    public int hashCode() {
      return Objects.hash(powers);
    }
  }
}
