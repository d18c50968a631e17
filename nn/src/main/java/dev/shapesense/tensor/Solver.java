package dev.shapesense.tensor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides conditions on symbolic dims exactly, by reasoning rather than by trying values.
 *
 * <p><b>One symbol.</b> A dim of one symbol {@code x} is a polynomial in {@code x} with floor
 * divisions by constants, min and max. With {@code m} the product of the divisors along each chain
 * of nested floor divisions, every floor division is periodic with period {@code m}: writing {@code
 * x = m * k + r} for each residue {@code r}, the dim becomes an integer polynomial in {@code k}
 * (piecewise, where min and max switch). Where an integer polynomial is positive, zero or negative
 * is found exactly: its forward difference has a lower degree, so recursively the integers split
 * into runs where the polynomial is monotone; in each run, binary search finds where it crosses
 * zero; past the Cauchy bound of its roots its sign is that of its leading coefficient. The
 * satisfying sizes form an {@link IntSet}.
 *
 * <p><b>Several symbols.</b> A condition that is a product of one-symbol factors equal to a
 * constant ({@code 16 * ((H - 12) / 4) * ((W - 12) / 4) == 400}, the flatten before a Linear) is
 * solved by the factorisations of the constant, each factor by the one-symbol method: a union of
 * boxes. The factor form is found exactly, as a rank-one coefficient matrix. Any other condition of
 * several symbols (a relation such as {@code S == T}) is {@link Undecided} here; callers decide it
 * on one symbol at a time with the others fixed.
 */
public final class Solver {
  /** Periods and constants past which the solver says it cannot decide rather than work long. */
  private static final long MAX_PERIOD = 1 << 12;

  private static final long MAX_FACTOR_TARGET = 1L << 40;
  private static final int MAX_BOXES = 512;

  private Solver() {}

  /** Thrown when a condition is outside what the solver decides; the caller keeps it unknown. */
  public static final class Undecided extends RuntimeException {
    public Undecided(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * The region of sizes where {@code c} holds: a union of boxes, each a set per symbol (a symbol
   * missing from a box is unconstrained).
   *
   * @throws Undecided when the condition is not of a form decided exactly
   */
  public static Region solve(Condition c) {
    if (c instanceof Condition.All a) {
      Region r = Region.all();
      for (Condition p : a.parts()) {
        r = r.and(solve(p));
      }
      return r;
    }
    if (c instanceof Condition.Any a) {
      Region r = Region.none();
      for (Condition p : a.parts()) {
        r = r.or(solve(p));
      }
      return r;
    }
    Condition.Cmp k = (Condition.Cmp) c;
    Dim diff = withoutCommonSymbols(k.lhs().minus(k.rhs()));
    Set<String> syms = diff.symbols();
    checkModelled(diff);
    if (syms.isEmpty()) {
      return k.rel().test(Long.signum(diff.value())) ? Region.all() : Region.none();
    }
    if (syms.size() == 1) {
      String x = syms.iterator().next();
      return Region.box(Map.of(x, solve1(diff, k.rel(), x)));
    }
    return solveProduct(diff, k.rel(), new ArrayList<>(syms));
  }

  /**
   * {@code d} divided by the symbols every term has as a factor ({@code N * (768 * a - 150528)}
   * gives {@code 768 * a - 150528}): symbols are positive, so the sign, and each comparison with
   * zero, is unchanged.
   */
  static Dim withoutCommonSymbols(Dim d) {
    if (d.isConst()) {
      return d;
    }
    java.util.TreeMap<Atom, Integer> common = null;
    for (Dim.Mono m : d.termMap().keySet()) {
      java.util.TreeMap<Atom, Integer> syms = new java.util.TreeMap<>();
      m.powers.forEach(
          (a, p) -> {
            if (a instanceof Atom.Sym) {
              syms.put(a, p);
            }
          });
      if (common == null) {
        common = syms;
      } else {
        common.keySet().retainAll(syms.keySet());
        for (var e : common.entrySet()) {
          e.setValue(Math.min(e.getValue(), syms.get(e.getKey())));
        }
      }
    }
    if (common == null || common.isEmpty()) {
      return d;
    }
    Dim q = d.divideExactOrNull(Dim.atom(common.firstKey()));
    return q == null ? d : withoutCommonSymbols(q);
  }

  /**
   * {@code d} in its simplest equivalent form where each symbol takes only the sizes {@code box}
   * gives it: a floor division {@code P / k} whose {@code P} has one remainder {@code r} modulo
   * {@code k} over those sizes is exact, {@code (P - r) / k}, and comes out of the floor where the
   * result stays integral ({@code 2 * (H / 2)} is {@code H} when H is even). Other parts stay.
   */
  public static Dim simplify(Dim d, Map<String, IntSet> box) {
    for (int round = 0; round < 8; round++) {
      Dim next = simplifyOnce(d, box);
      if (next.equals(d)) {
        return d;
      }
      d = next;
    }
    return d;
  }

  private static Dim simplifyOnce(Dim d, Map<String, IntSet> box) {
    if (d.isConst()) {
      return d;
    }
    for (Dim.Mono mono : d.termMap().keySet()) {
      for (var e : mono.powers.entrySet()) {
        if (!(e.getKey() instanceof Atom.FloorDiv f) || e.getValue() != 1) {
          continue;
        }
        Set<String> syms = f.num().symbols();
        if (syms.size() != 1 || f.den() > 64) {
          continue;
        }
        String x = syms.iterator().next();
        IntSet side = box.getOrDefault(x, IntSet.all());
        Long r = remainder(f.num(), f.den(), x, side);
        if (r == null) {
          continue;
        }
        Dim replaced = replaceExact(d, f, f.num().minus(r));
        if (replaced != null) {
          return replaced;
        }
      }
    }
    return d;
  }

  /**
   * The one remainder of {@code p} modulo {@code k} for every size of {@code x} in {@code side}.
   */
  private static Long remainder(Dim p, long k, String x, IntSet side) {
    try {
      for (long r = 0; r < k; r++) {
        Dim shifted = p.minus(r);
        Dim mod = shifted.minus(shifted.floorDiv(k).times(k));
        IntSet holds = solve1(mod, Condition.Rel.EQ, x);
        if (side.and(holds.not()).isEmpty()) {
          return r;
        }
      }
    } catch (Undecided | ArithmeticException e) {
      return null;
    }
    return null;
  }

  /** {@code d} with the atom {@code f = P / k} replaced by {@code exact / k}, if integral. */
  private static Dim replaceExact(Dim d, Atom.FloorDiv f, Dim exact) {
    Dim out = Dim.of(0);
    for (var term : d.termMap().entrySet()) {
      Dim.Mono m = term.getKey();
      Integer pow = m.powers.get(f);
      if (pow == null) {
        out = out.plus(monoDim(m).times(term.getValue()));
        continue;
      }
      java.util.TreeMap<Atom, Integer> rest = new java.util.TreeMap<>(m.powers);
      rest.remove(f);
      Dim scaled = exact.times(term.getValue()).divideExactOrNull(Dim.of(f.den()));
      if (scaled == null) {
        return null;
      }
      out = out.plus(monoDim(Dim.Mono.of(rest)).times(scaled));
    }
    return out;
  }

  /** The sizes of {@code x} where {@code p rel 0}; {@code p} mentions no other symbol. */
  public static IntSet solve1(Dim p, Condition.Rel rel, String x) {
    return prepare(p, x).where(rel, 0);
  }

  /** {@code p} as piecewise polynomials in {@code k} for each residue, {@code x = m * k + r}. */
  static Prepared prepare(Dim p, String x) {
    checkModelled(p);
    long m = period(p);
    List<List<Piece>> byResidue = new ArrayList<>();
    for (long r = 0; r < m; r++) {
      // x = m * k + r >= 1.
      long k0 = Math.floorDiv(1 - r + m - 1, m);
      byResidue.add(pieces(p, x, m, r, k0, Long.MAX_VALUE));
    }
    return new Prepared(m, byResidue);
  }

  /** A one-symbol dim ready to be compared with several values. */
  record Prepared(long m, List<List<Piece>> byResidue) {
    /** The sizes where {@code p - v rel 0}. */
    IntSet where(Condition.Rel rel, long v) {
      BigInteger shift = BigInteger.valueOf(v);
      IntSet out = IntSet.none();
      for (int r = 0; r < m; r++) {
        for (Piece piece : byResidue.get(r)) {
          BigInteger[] q = piece.q.clone();
          q[0] = q[0].subtract(shift);
          for (Run run : signRuns(q, piece.lo, piece.hi)) {
            if (!rel.test(run.sign)) {
              continue;
            }
            long lo = Math.addExact(Math.multiplyExact(m, run.lo), r);
            long hi =
                run.hi == Long.MAX_VALUE
                    ? Long.MAX_VALUE
                    : Math.addExact(Math.multiplyExact(m, run.hi), r);
            out = out.or(IntSet.progression(lo, hi, m));
          }
        }
      }
      return out;
    }
  }

  private static void checkModelled(Dim d) {
    for (Dim.Mono mono : d.termMap().keySet()) {
      for (Atom a : mono.powers.keySet()) {
        if (a instanceof Atom.Opaque) {
          throw new Undecided("an expression outside the algebra: " + a.print(false));
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Periods.

  /** A common period of every floor division in {@code d}: divisors multiply along nesting. */
  static long period(Dim d) {
    long m = 1;
    for (Dim.Mono mono : d.termMap().keySet()) {
      for (Atom a : mono.powers.keySet()) {
        m = IntSet.lcm(m, period(a));
        if (m > MAX_PERIOD) {
          throw new Undecided("a period beyond " + MAX_PERIOD);
        }
      }
    }
    return m;
  }

  private static long period(Atom a) {
    if (a instanceof Atom.FloorDiv f) {
      return Math.multiplyExact(f.den(), period(f.num()));
    }
    if (a instanceof Atom.MinMax mm) {
      return IntSet.lcm(period(mm.a()), period(mm.b()));
    }
    return 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Piecewise polynomials in k, for x = m * k + r.

  /** A polynomial (coefficients by power) valid for {@code lo <= k <= hi}. */
  record Piece(long lo, long hi, BigInteger[] q) {}

  static List<Piece> pieces(Dim d, String x, long m, long r, long lo, long hi) {
    List<Piece> sum = List.of(new Piece(lo, hi, poly(0)));
    for (var term : d.termMap().entrySet()) {
      List<Piece> prod = List.of(new Piece(lo, hi, poly(term.getValue())));
      for (var e : term.getKey().powers.entrySet()) {
        List<Piece> atom = atom(e.getKey(), x, m, r, lo, hi);
        for (int i = 0; i < e.getValue(); i++) {
          prod = combine(prod, atom, true);
        }
      }
      sum = combine(sum, prod, false);
    }
    return sum;
  }

  private static List<Piece> atom(Atom a, String x, long m, long r, long lo, long hi) {
    if (a instanceof Atom.Sym s) {
      if (!s.name().equals(x)) {
        throw new Undecided("more than one symbol");
      }
      return List.of(
          new Piece(lo, hi, new BigInteger[] {BigInteger.valueOf(r), BigInteger.valueOf(m)}));
    }
    if (a instanceof Atom.FloorDiv f) {
      BigInteger den = BigInteger.valueOf(f.den());
      List<Piece> out = new ArrayList<>();
      for (Piece p : pieces(f.num(), x, m, r, lo, hi)) {
        BigInteger[] q = new BigInteger[p.q.length];
        for (int i = 1; i < q.length; i++) {
          BigInteger[] qr = p.q[i].divideAndRemainder(den);
          if (qr[1].signum() != 0) {
            throw new Undecided("a floor division that is not periodic in " + m);
          }
          q[i] = qr[0];
        }
        q[0] = floorDiv(p.q[0], den);
        out.add(new Piece(p.lo, p.hi, trim(q)));
      }
      return out;
    }
    if (a instanceof Atom.MinMax mm) {
      List<Piece> pa = pieces(mm.a(), x, m, r, lo, hi);
      List<Piece> pb = pieces(mm.b(), x, m, r, lo, hi);
      List<Piece> out = new ArrayList<>();
      for (Piece[] pair : overlap(pa, pb)) {
        BigInteger[] diff = sub(pair[0].q, pair[1].q);
        for (Run run : signRuns(diff, pair[0].lo, pair[0].hi)) {
          boolean aSmaller = run.sign <= 0;
          BigInteger[] pick = mm.isMin() == aSmaller ? pair[0].q : pair[1].q;
          out.add(new Piece(run.lo, run.hi, pick));
        }
      }
      return out;
    }
    throw new Undecided("an expression outside the algebra");
  }

  /** Pieces of a and b restricted to their common intervals, pairwise. */
  private static List<Piece[]> overlap(List<Piece> a, List<Piece> b) {
    List<Piece[]> out = new ArrayList<>();
    for (Piece x : a) {
      for (Piece y : b) {
        long lo = Math.max(x.lo, y.lo);
        long hi = Math.min(x.hi, y.hi);
        if (lo <= hi) {
          out.add(new Piece[] {new Piece(lo, hi, x.q), new Piece(lo, hi, y.q)});
        }
      }
    }
    return out;
  }

  private static List<Piece> combine(List<Piece> a, List<Piece> b, boolean times) {
    List<Piece> out = new ArrayList<>();
    for (Piece[] pair : overlap(a, b)) {
      out.add(
          new Piece(
              pair[0].lo,
              pair[0].hi,
              times ? mul(pair[0].q, pair[1].q) : add(pair[0].q, pair[1].q)));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Integer polynomials: where they are positive, zero, negative.

  /** {@code lo <= k <= hi} where the polynomial has sign {@code sign}. */
  record Run(long lo, long hi, int sign) {}

  /**
   * The maximal runs of constant sign of {@code q} over {@code [lo, hi]} ({@code hi} may be MAX).
   */
  static List<Run> signRuns(BigInteger[] q, long lo, long hi) {
    List<Run> out = new ArrayList<>();
    if (lo > hi) {
      return out;
    }
    q = trim(q);
    if (q.length <= 1) {
      out.add(new Run(lo, hi, q.length == 0 ? 0 : q[0].signum()));
      return out;
    }
    // Past the Cauchy bound the sign is that of the leading coefficient.
    long bound = cauchy(q);
    long end = hi;
    if (hi == Long.MAX_VALUE || hi > bound) {
      end = Math.max(lo - 1, Math.min(hi, bound));
    }
    if (end >= lo) {
      // Monotone runs: where the forward difference keeps its sign.
      BigInteger[] delta = difference(q);
      long dEnd = end - 1;
      List<Run> mono = dEnd >= lo ? signRuns(delta, lo, dEnd) : List.of();
      long from = lo;
      for (Run d : mono) {
        // q is monotone on [d.lo, d.hi + 1].
        addMonotone(out, q, d.lo, d.hi + 1, d.sign >= 0);
        from = d.hi + 2;
      }
      if (from <= end) {
        addMonotone(out, q, from, end, true);
      }
    }
    if (end < hi) {
      append(out, new Run(end + 1, hi, q[q.length - 1].signum()));
    }
    return out;
  }

  /** Adds the sign runs of q on [a, b], where q is non-decreasing (or non-increasing). */
  private static void addMonotone(List<Run> out, BigInteger[] q, long a, long b, boolean up) {
    // First k with sign(q(k)) >= 0 (up) / <= 0 (down), then first with > 0 / < 0.
    int s = up ? 1 : -1;
    long z = firstWhere(q, a, b, k -> eval(q, k).signum() * s >= 0);
    long pos = firstWhere(q, a, b, k -> eval(q, k).signum() * s > 0);
    if (z > a) {
      append(out, new Run(a, z - 1, -s));
    }
    if (pos > z) {
      append(out, new Run(z, pos - 1, 0));
    }
    if (pos <= b) {
      append(out, new Run(pos, b, s));
    }
  }

  private interface LongPredicate {
    boolean test(long k);
  }

  /** The first k in [a, b] where a monotone predicate turns true, or b + 1. */
  private static long firstWhere(BigInteger[] q, long a, long b, LongPredicate p) {
    long lo = a;
    long hi = b + 1;
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      if (p.test(mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Appends, merging with the last run when adjacent or overlapping with the same sign. */
  private static void append(List<Run> out, Run r) {
    if (!out.isEmpty()) {
      Run last = out.get(out.size() - 1);
      if (r.lo <= last.hi) {
        // Overlap at a shared end point (monotone runs share their ends): keep the earlier run's.
        if (r.hi <= last.hi) {
          return;
        }
        r = new Run(last.hi + 1, r.hi, r.sign);
      }
      if (last.sign == r.sign && last.hi + 1 == r.lo) {
        out.set(out.size() - 1, new Run(last.lo, r.hi, r.sign));
        return;
      }
    }
    out.add(r);
  }

  /** 1 + max |a_i / a_n|: every real root has a smaller absolute value. */
  private static long cauchy(BigInteger[] q) {
    BigInteger lead = q[q.length - 1].abs();
    BigInteger max = BigInteger.ZERO;
    for (int i = 0; i < q.length - 1; i++) {
      BigInteger v = q[i].abs().add(lead).subtract(BigInteger.ONE).divide(lead);
      if (v.compareTo(max) > 0) {
        max = v;
      }
    }
    BigInteger b = max.add(BigInteger.ONE);
    return b.bitLength() < 62 ? b.longValue() : Long.MAX_VALUE / 4;
  }

  static BigInteger eval(BigInteger[] q, long k) {
    BigInteger x = BigInteger.valueOf(k);
    BigInteger v = BigInteger.ZERO;
    for (int i = q.length - 1; i >= 0; i--) {
      v = v.multiply(x).add(q[i]);
    }
    return v;
  }

  /** q(k + 1) - q(k). */
  private static BigInteger[] difference(BigInteger[] q) {
    // q(k + 1) by binomial expansion.
    BigInteger[] shifted = poly(0);
    BigInteger[] power = poly(1);
    BigInteger[] kPlus1 = new BigInteger[] {BigInteger.ONE, BigInteger.ONE};
    for (BigInteger c : q) {
      shifted = add(shifted, scale(power, c));
      power = mul(power, kPlus1);
    }
    return trim(sub(shifted, q));
  }

  private static BigInteger[] poly(long c) {
    return new BigInteger[] {BigInteger.valueOf(c)};
  }

  private static BigInteger[] scale(BigInteger[] a, BigInteger c) {
    BigInteger[] out = new BigInteger[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].multiply(c);
    }
    return out;
  }

  private static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
    BigInteger[] out = new BigInteger[Math.max(a.length, b.length)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (i < a.length ? a[i] : BigInteger.ZERO).add(i < b.length ? b[i] : BigInteger.ZERO);
    }
    return trim(out);
  }

  private static BigInteger[] sub(BigInteger[] a, BigInteger[] b) {
    return add(a, scale(b, BigInteger.ONE.negate()));
  }

  private static BigInteger[] mul(BigInteger[] a, BigInteger[] b) {
    BigInteger[] out = new BigInteger[a.length + b.length - 1];
    java.util.Arrays.fill(out, BigInteger.ZERO);
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        out[i + j] = out[i + j].add(a[i].multiply(b[j]));
      }
    }
    return trim(out);
  }

  private static BigInteger[] trim(BigInteger[] a) {
    int n = a.length;
    while (n > 1 && a[n - 1].signum() == 0) {
      n--;
    }
    return n == a.length ? a : java.util.Arrays.copyOf(a, n);
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger d) {
    BigInteger[] qr = a.divideAndRemainder(d);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  // ---------------------------------------------------------------------------------------------
  // Several symbols: a product of one-symbol factors compared with a constant.

  /**
   * {@code diff rel 0} where {@code diff = c * u1(x1) * ... * un(xn) + b}: for equality, the
   * factorisations of {@code -b / c}.
   */
  private static Region solveProduct(Dim diff, Condition.Rel rel, List<String> syms) {
    if (rel != Condition.Rel.EQ && rel != Condition.Rel.NE) {
      throw new Undecided("an inequality between several symbols");
    }
    Product raw = factor(diff, syms);
    if (raw == null) {
      throw new Undecided("a relation between " + String.join(", ", syms));
    }
    Product f = withoutContent(raw);
    // c * prod u_i + b == 0  <=>  prod u_i == -b / c.
    if (f.b % f.c != 0) {
      return rel == Condition.Rel.EQ ? Region.none() : Region.all();
    }
    long target = -f.b / f.c;
    Region eq = Region.none();
    if (target == 0) {
      for (int i = 0; i < syms.size(); i++) {
        eq =
            eq.or(
                Region.box(Map.of(syms.get(i), solve1(f.u.get(i), Condition.Rel.EQ, syms.get(i)))));
      }
    } else {
      if (Math.abs(target) > MAX_FACTOR_TARGET) {
        throw new Undecided("a product beyond " + MAX_FACTOR_TARGET);
      }
      List<Long> divisors = divisors(Math.abs(target));
      List<long[]> factorisations = new ArrayList<>();
      factorise(target, syms.size(), divisors, new long[syms.size()], 0, factorisations);
      if (factorisations.size() > 4 * MAX_BOXES) {
        throw new Undecided("too many factorisations of " + target);
      }
      // Each factor prepared once, and its solutions for each value solved once.
      List<Map<Long, IntSet>> memo = new ArrayList<>();
      List<Prepared> prepared = new ArrayList<>();
      for (int i = 0; i < syms.size(); i++) {
        memo.add(new java.util.HashMap<>());
        prepared.add(prepare(f.u.get(i), syms.get(i)));
      }
      long[] lows = new long[syms.size()];
      for (int i = 0; i < lows.length; i++) {
        java.util.OptionalLong lo = f.u.get(i).lowerBound();
        lows[i] = lo.isPresent() ? lo.getAsLong() : Long.MIN_VALUE;
      }
      for (long[] fs : factorisations) {
        Map<String, IntSet> box = new LinkedHashMap<>();
        boolean empty = false;
        for (int i = 0; i < fs.length && !empty; i++) {
          if (fs[i] < lows[i]) {
            // Below the least value the factor takes at any size.
            empty = true;
            break;
          }
          int idx = i;
          IntSet s =
              memo.get(i).computeIfAbsent(fs[i], v -> prepared.get(idx).where(Condition.Rel.EQ, v));
          empty = s.isEmpty();
          box.put(syms.get(i), s);
        }
        if (!empty) {
          eq = eq.or(Region.box(box));
        }
      }
    }
    return rel == Condition.Rel.EQ ? eq : eq.not();
  }

  /** The same product with each factor divided by the gcd of its coefficients (moved into c). */
  private static Product withoutContent(Product f) {
    long c = f.c;
    List<Dim> us = new ArrayList<>();
    for (Dim u : f.u) {
      long g = 0;
      for (long k : u.termMap().values()) {
        g = IntSet.gcd(g, k);
      }
      if (g > 1) {
        u = u.divideExactOrNull(Dim.of(g));
        c = Math.multiplyExact(c, g);
      }
      us.add(u);
    }
    return new Product(f.scale, c, us, f.b);
  }

  /** {@code scale * d = c * prod u_i + b}, each {@code u_i} of the one symbol {@code syms[i]}. */
  record Product(long scale, long c, List<Dim> u, long b) {}

  /**
   * Finds the product form of {@code d}, if it has one: split off the first symbol, check the
   * coefficient matrix (its monomials by the rest's monomials) has rank one, with the constant
   * entry free (it goes to {@code b}), and recurse on the rest without a free entry.
   */
  static Product factor(Dim d, List<String> syms) {
    Dim.Mono one = Dim.Mono.ONE;
    long constant = d.termMap().getOrDefault(one, 0L);
    Dim rest = d.minus(constant);
    // A free constant: the rank-one completion decides it.
    Map<Dim.Mono, Map<Dim.Mono, Long>> m = matrix(rest, syms.get(0));
    if (m == null) {
      return null;
    }
    // A pivot outside the constant row and column.
    Dim.Mono pr = null;
    Dim.Mono pc = null;
    for (var row : m.entrySet()) {
      for (var e : row.getValue().entrySet()) {
        if (!row.getKey().isOne() && !e.getKey().isOne()) {
          pr = row.getKey();
          pc = e.getKey();
        }
      }
    }
    if (pr == null) {
      return null;
    }
    long pivot = m.get(pr).get(pc);
    // The constant entry of a rank-one matrix: M[1][pc] * M[pr][1] / pivot.
    long c1 = m.getOrDefault(one, Map.of()).getOrDefault(pc, 0L);
    long r1 = m.get(pr).getOrDefault(one, 0L);
    long num = Math.multiplyExact(c1, r1);
    if (num % pivot != 0) {
      return null;
    }
    long completed = num / pivot;
    m.computeIfAbsent(one, k -> new LinkedHashMap<>()).put(one, completed);
    if (!rankOne(m, pr, pc)) {
      return null;
    }
    // pivot * (rest + completed) = u(x) * v(rest), u the pivot column, v the pivot row.
    Dim u = Dim.of(0);
    for (var row : m.entrySet()) {
      long v = row.getValue().getOrDefault(pc, 0L);
      u = u.plus(monoDim(row.getKey()).times(v));
    }
    Dim v = Dim.of(0);
    for (var e : m.get(pr).entrySet()) {
      v = v.plus(monoDim(e.getKey()).times(e.getValue()));
    }
    // d = rest + constant = (u * v) / pivot - completed + constant.
    // Scale so that everything is integral: pivot * d = u * v + pivot * (constant - completed).
    long b = Math.multiplyExact(pivot, constant - completed);
    List<Dim> factors = new ArrayList<>();
    factors.add(u);
    if (syms.size() == 2) {
      factors.add(v);
      return new Product(pivot, 1, factors, b);
    }
    // scale_i * v = c_i * prod u_i, so pivot * scale_i * d = c_i * u * prod u_i + scale_i * b.
    Product inner = factor(v, syms.subList(1, syms.size()));
    if (inner == null || inner.b != 0) {
      return null;
    }
    factors.addAll(inner.u);
    return new Product(
        Math.multiplyExact(pivot, inner.scale),
        inner.c,
        factors,
        Math.multiplyExact(inner.scale, b));
  }

  private static boolean rankOne(Map<Dim.Mono, Map<Dim.Mono, Long>> m, Dim.Mono pr, Dim.Mono pc) {
    long pivot = m.get(pr).get(pc);
    Set<Dim.Mono> cols = new java.util.HashSet<>();
    m.values().forEach(r -> cols.addAll(r.keySet()));
    for (var row : m.entrySet()) {
      for (Dim.Mono col : cols) {
        long a = row.getValue().getOrDefault(col, 0L);
        long x = row.getValue().getOrDefault(pc, 0L);
        long y = m.get(pr).getOrDefault(col, 0L);
        if (Math.multiplyExact(a, pivot) != Math.multiplyExact(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Rows: the part of each term in {@code x}; columns: the rest. Null when an atom mixes symbols.
   */
  private static Map<Dim.Mono, Map<Dim.Mono, Long>> matrix(Dim d, String x) {
    Map<Dim.Mono, Map<Dim.Mono, Long>> m = new LinkedHashMap<>();
    for (var term : d.termMap().entrySet()) {
      java.util.TreeMap<Atom, Integer> xs = new java.util.TreeMap<>();
      java.util.TreeMap<Atom, Integer> rest = new java.util.TreeMap<>();
      for (var e : term.getKey().powers.entrySet()) {
        Set<String> s = new java.util.TreeSet<>();
        e.getKey().collectSymbols(s);
        if (s.size() != 1) {
          return null;
        }
        (s.contains(x) ? xs : rest).put(e.getKey(), e.getValue());
      }
      m.computeIfAbsent(Dim.Mono.of(xs), k -> new LinkedHashMap<>())
          .merge(Dim.Mono.of(rest), term.getValue(), Long::sum);
    }
    return m;
  }

  private static Dim monoDim(Dim.Mono mono) {
    Dim d = Dim.of(1);
    for (var e : mono.powers.entrySet()) {
      Dim a = Dim.atom(e.getKey());
      for (int i = 0; i < e.getValue(); i++) {
        d = d.times(a);
      }
    }
    return d;
  }

  private static List<Long> divisors(long n) {
    List<Long> small = new ArrayList<>();
    List<Long> large = new ArrayList<>();
    for (long i = 1; i * i <= n; i++) {
      if (n % i == 0) {
        small.add(i);
        if (i != n / i) {
          large.add(0, n / i);
        }
      }
    }
    small.addAll(large);
    return small;
  }

  /** Ordered factorisations of {@code target} into {@code n} integer factors (with signs). */
  private static void factorise(
      long target, int n, List<Long> divisors, long[] cur, int i, List<long[]> out) {
    if (out.size() > 4 * MAX_BOXES) {
      return;
    }
    if (i == n - 1) {
      cur[i] = target;
      out.add(cur.clone());
      return;
    }
    for (long d : divisors) {
      if (target % d != 0) {
        continue;
      }
      for (long s : new long[] {d, -d}) {
        cur[i] = s;
        factorise(target / s, n, divisors, cur, i + 1, out);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A set of points, as a union of boxes: each box maps symbols to the sizes they may take; a
   * symbol a box does not mention takes any size.
   */
  public static final class Region {
    private final List<Map<String, IntSet>> boxes;

    private Region(List<Map<String, IntSet>> boxes) {
      this.boxes = boxes;
    }

    public static Region all() {
      List<Map<String, IntSet>> b = new ArrayList<>();
      b.add(Map.of());
      return new Region(b);
    }

    public static Region none() {
      return new Region(new ArrayList<>());
    }

    public static Region box(Map<String, IntSet> sides) {
      for (IntSet s : sides.values()) {
        if (s.isEmpty()) {
          return none();
        }
      }
      Map<String, IntSet> m = new java.util.TreeMap<>();
      sides.forEach(
          (k, v) -> {
            if (!v.isAll()) {
              m.put(k, v);
            }
          });
      List<Map<String, IntSet>> b = new ArrayList<>();
      b.add(m);
      return new Region(b);
    }

    public List<Map<String, IntSet>> boxes() {
      return boxes;
    }

    public boolean isEmpty() {
      return boxes.isEmpty();
    }

    public boolean isAll() {
      return boxes.stream().anyMatch(Map::isEmpty) || not().isEmpty();
    }

    public Region or(Region o) {
      List<Map<String, IntSet>> b = new ArrayList<>(boxes);
      b.addAll(o.boxes);
      return merged(b);
    }

    public Region and(Region o) {
      List<Map<String, IntSet>> b = new ArrayList<>();
      for (Map<String, IntSet> x : boxes) {
        for (Map<String, IntSet> y : o.boxes) {
          Map<String, IntSet> m = new java.util.TreeMap<>(x);
          boolean empty = false;
          for (var e : y.entrySet()) {
            IntSet s =
                m.containsKey(e.getKey()) ? m.get(e.getKey()).and(e.getValue()) : e.getValue();
            empty |= s.isEmpty();
            m.put(e.getKey(), s);
          }
          if (!empty) {
            b.add(m);
          }
        }
      }
      return merged(b);
    }

    /** The complement: the intersection of the boxes' complements. */
    public Region not() {
      Region r = all();
      for (Map<String, IntSet> box : boxes) {
        Region c = none();
        for (var e : box.entrySet()) {
          c = c.or(box(Map.of(e.getKey(), e.getValue().not())));
        }
        r = r.and(c);
        if (r.isEmpty()) {
          return r;
        }
      }
      return r;
    }

    /** Whether every point of this region is in {@code o}. */
    public boolean within(Region o) {
      return and(o.not()).isEmpty();
    }

    /**
     * A point of the region, symbols at their smallest size (at least {@code atLeast} if it can).
     */
    public Map<String, Long> point(Set<String> symbols, long atLeast) {
      if (boxes.isEmpty()) {
        return null;
      }
      Map<String, IntSet> box = boxes.get(0);
      Map<String, Long> out = new java.util.TreeMap<>();
      for (String s : symbols) {
        IntSet side = box.getOrDefault(s, IntSet.all());
        out.put(s, side.first(atLeast).orElse(side.min().orElseThrow()));
      }
      return out;
    }

    /** Boxes equal but in one side become one box; boxes inside another go. */
    private static Region merged(List<Map<String, IntSet>> in) {
      List<Map<String, IntSet>> b = new ArrayList<>(in);
      boolean changed = true;
      while (changed) {
        changed = false;
        outer:
        for (int i = 0; i < b.size(); i++) {
          for (int j = i + 1; j < b.size(); j++) {
            Map<String, IntSet> m = mergeable(b.get(i), b.get(j));
            if (m != null) {
              b.set(i, m);
              b.remove(j);
              changed = true;
              break outer;
            }
          }
        }
      }
      if (b.size() > MAX_BOXES) {
        throw new Undecided("a region of more than " + MAX_BOXES + " boxes");
      }
      return new Region(b);
    }

    private static Map<String, IntSet> mergeable(Map<String, IntSet> x, Map<String, IntSet> y) {
      Set<String> keys = new java.util.TreeSet<>(x.keySet());
      keys.addAll(y.keySet());
      String differ = null;
      boolean xInY = true;
      boolean yInX = true;
      for (String k : keys) {
        IntSet a = x.getOrDefault(k, IntSet.all());
        IntSet c = y.getOrDefault(k, IntSet.all());
        if (!a.equals(c)) {
          xInY &= a.and(c).equals(a);
          yInX &= a.and(c).equals(c);
          if (differ != null) {
            differ = "";
          } else {
            differ = k;
          }
        }
      }
      if (differ == null || yInX) {
        return x;
      }
      if (xInY) {
        return y;
      }
      if (differ.isEmpty()) {
        return null;
      }
      Map<String, IntSet> m = new java.util.TreeMap<>(x);
      IntSet u = x.getOrDefault(differ, IntSet.all()).or(y.getOrDefault(differ, IntSet.all()));
      if (u.isAll()) {
        m.remove(differ);
      } else {
        m.put(differ, u);
      }
      return m;
    }

    /**
     * The region in a user's terms, symbols in {@code order}: {@code H >= 29, H even, W >= 29}, or
     * boxes joined by "or"; "" for every size, "no sizes" for none.
     */
    public String describe(List<String> order) {
      if (boxes.isEmpty()) {
        return "no sizes";
      }
      List<String> out = new ArrayList<>();
      for (Map<String, IntSet> box : boxes) {
        List<String> parts = new ArrayList<>();
        for (String s : ordered(box.keySet(), order)) {
          String d = box.get(s).describe(s);
          if (!d.isEmpty()) {
            parts.add(boxes.size() > 1 && d.contains(" or ") ? "(" + d + ")" : d);
          }
        }
        if (parts.isEmpty()) {
          return "";
        }
        out.add(String.join(boxes.size() > 1 ? " and " : ", ", parts));
      }
      return String.join(", or ", out);
    }

    private static List<String> ordered(Set<String> keys, List<String> order) {
      List<String> out = new ArrayList<>();
      for (String s : order) {
        if (keys.contains(s)) {
          out.add(s);
        }
      }
      for (String s : keys) {
        if (!out.contains(s)) {
          out.add(s);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      String d = describe(List.of());
      return d.isEmpty() ? "all" : d;
    }
  }
}
