package dev.shapesense.tensor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalLong;

/**
 * A set of sizes (integers {@code >= 1}) that is ultimately periodic: below a threshold {@code t}
 * membership is listed, from {@code t} on it repeats with a period {@code p}. These are exactly the
 * sets that conditions built from sums, products, floor divisions by constants, min and max of one
 * symbol describe (see {@link Solver}), and they are closed under and, or and not, so a domain is
 * decided exactly. Immutable; kept in canonical form (smallest period, then smallest threshold), so
 * equal sets are {@link #equals equal}.
 */
public final class IntSet {
  /** Larger thresholds or periods are not represented: the solver then says it cannot decide. */
  static final int LIMIT = 1 << 22;

  private final int t;
  private final BitSet prefix;
  private final int p;
  private final BitSet tail;

  private IntSet(int t, BitSet prefix, int p, BitSet tail) {
    this.t = t;
    this.prefix = prefix;
    this.p = p;
    this.tail = tail;
  }

  /** Every size. */
  public static IntSet all() {
    BitSet tail = new BitSet(1);
    tail.set(0);
    return new IntSet(1, new BitSet(), 1, tail);
  }

  /** No size. */
  public static IntSet none() {
    return new IntSet(1, new BitSet(), 1, new BitSet(1));
  }

  /** {@code lo <= x <= hi} ({@code hi == Long.MAX_VALUE}: no upper bound). */
  public static IntSet range(long lo, long hi) {
    return progression(lo, hi, 1);
  }

  /**
   * {@code lo, lo + step, lo + 2 * step, ...} up to {@code hi} ({@code Long.MAX_VALUE}: no end).
   */
  public static IntSet progression(long lo, long hi, long step) {
    if (step <= 0) {
      throw new IllegalArgumentException("step " + step);
    }
    if (lo < 1) {
      // Start at the first member >= 1.
      lo = lo + Math.floorDiv(1 - lo + step - 1, step) * step;
    }
    if (hi < lo) {
      return none();
    }
    if (hi == Long.MAX_VALUE) {
      if (lo >= LIMIT || step >= LIMIT) {
        throw new Solver.Undecided("a size beyond " + LIMIT);
      }
      BitSet tail = new BitSet((int) step);
      tail.set((int) Math.floorMod(lo, step));
      return new IntSet((int) lo, new BitSet(), (int) step, tail).canonical();
    }
    if (hi >= LIMIT) {
      throw new Solver.Undecided("a size beyond " + LIMIT);
    }
    BitSet pre = new BitSet((int) hi + 1);
    for (long x = lo; x <= hi; x += step) {
      pre.set((int) x);
    }
    return new IntSet((int) hi + 1, pre, 1, new BitSet(1)).canonical();
  }

  /** One size. */
  public static IntSet of(long v) {
    return range(v, v);
  }

  public boolean contains(long x) {
    if (x < 1) {
      return false;
    }
    if (x < t) {
      return prefix.get((int) x);
    }
    return tail.get((int) Math.floorMod(x, (long) p));
  }

  public boolean isEmpty() {
    return prefix.isEmpty() && tail.isEmpty();
  }

  /** Whether every size is in the set. */
  public boolean isAll() {
    return equals(all());
  }

  /** Whether the set has a largest member (or none). */
  public boolean isFinite() {
    return tail.isEmpty();
  }

  /** The smallest member. */
  public OptionalLong min() {
    int i = prefix.nextSetBit(1);
    if (i >= 0) {
      return OptionalLong.of(i);
    }
    return firstTailFrom(t);
  }

  /** The smallest member {@code >= from}. */
  public OptionalLong first(long from) {
    from = Math.max(from, 1);
    if (from < t) {
      int i = prefix.nextSetBit((int) from);
      if (i >= 0 && i < t) {
        return OptionalLong.of(i);
      }
      from = t;
    }
    return firstTailFrom(from);
  }

  private OptionalLong firstTailFrom(long from) {
    if (tail.isEmpty()) {
      return OptionalLong.empty();
    }
    for (long x = from; x < from + p; x++) {
      if (tail.get((int) Math.floorMod(x, (long) p))) {
        return OptionalLong.of(x);
      }
    }
    return OptionalLong.empty();
  }

  /** The largest member, when the set is finite and not empty. */
  public OptionalLong max() {
    if (!tail.isEmpty()) {
      return OptionalLong.empty();
    }
    int i = prefix.previousSetBit(t - 1);
    return i >= 1 ? OptionalLong.of(i) : OptionalLong.empty();
  }

  public IntSet and(IntSet o) {
    return combine(o, 0);
  }

  public IntSet or(IntSet o) {
    return combine(o, 1);
  }

  /** The sizes not in this set. */
  public IntSet not() {
    BitSet pre = (BitSet) prefix.clone();
    pre.flip(1, t);
    pre.clear(0);
    BitSet tl = (BitSet) tail.clone();
    tl.flip(0, p);
    return new IntSet(t, pre, p, tl).canonical();
  }

  private IntSet combine(IntSet o, int op) {
    long pp = lcm(p, o.p);
    if (pp >= LIMIT) {
      throw new Solver.Undecided("a period beyond " + LIMIT);
    }
    int tt = Math.max(t, o.t);
    BitSet a = expand(tt);
    BitSet b = o.expand(tt);
    BitSet ta = periodic((int) pp);
    BitSet tb = o.periodic((int) pp);
    if (op == 0) {
      a.and(b);
      ta.and(tb);
    } else {
      a.or(b);
      ta.or(tb);
    }
    return new IntSet(tt, a, (int) pp, ta).canonical();
  }

  /** The prefix extended to threshold {@code tt >= t}. */
  private BitSet expand(int tt) {
    BitSet out = (BitSet) prefix.clone();
    for (int x = t; x < tt; x++) {
      if (tail.get(x % p)) {
        out.set(x);
      }
    }
    return out;
  }

  /** The tail pattern over a multiple {@code pp} of the period. */
  private BitSet periodic(int pp) {
    BitSet out = new BitSet(pp);
    for (int i = 0; i < pp; i++) {
      if (tail.get(i % p)) {
        out.set(i);
      }
    }
    return out;
  }

  /** Smallest period, then smallest threshold. */
  private IntSet canonical() {
    int pp = p;
    for (int q = 1; q < p; q++) {
      if (p % q != 0) {
        continue;
      }
      boolean ok = true;
      for (int i = q; i < p && ok; i++) {
        ok = tail.get(i) == tail.get(i % q);
      }
      if (ok) {
        pp = q;
        break;
      }
    }
    BitSet tl = tail;
    if (pp != p) {
      tl = tail.get(0, pp);
    }
    int tt = t;
    while (tt > 1 && prefix.get(tt - 1) == tl.get((tt - 1) % pp)) {
      tt--;
    }
    BitSet pre = prefix.get(0, tt);
    return new IntSet(tt, pre, pp, tl);
  }

  /** The period of the set from its threshold on (1 when it is eventually all or nothing). */
  public int period() {
    return p;
  }

  /** Whether the set is a union of intervals of at least two sizes each (no gaps of a pattern). */
  public boolean isIntervals() {
    if (p != 1) {
      return false;
    }
    // Within the prefix: no isolated member.
    for (int i = prefix.nextSetBit(1); i >= 0 && i < t; i = prefix.nextSetBit(i + 1)) {
      boolean left = i > 1 && contains(i - 1);
      boolean right = contains(i + 1);
      if (!left && !right) {
        return false;
      }
    }
    return true;
  }

  /** Maximal runs of consecutive members in the prefix: {lo, hi} pairs. */
  private List<long[]> runs(BitSet bits, int limit) {
    List<long[]> out = new ArrayList<>();
    int i = bits.nextSetBit(1);
    while (i >= 0 && i < limit) {
      int j = bits.nextClearBit(i);
      out.add(new long[] {i, Math.min(j, limit) - 1});
      i = bits.nextSetBit(j);
    }
    return out;
  }

  /**
   * The set in a user's terms, for a symbol {@code name}: {@code H >= 29, H even}, {@code L == 32},
   * {@code 16 <= H <= 19 or 32 <= H <= 35}, {@code N % 4 == 0}; empty text for every size.
   */
  public String describe(String name) {
    if (isAll()) {
      return "";
    }
    if (isEmpty()) {
      return "no " + name;
    }
    if (tail.isEmpty()) {
      return describeFinite(name);
    }
    // From some bound on, a residue pattern (all residues: a lower bound); below it, listed runs.
    int from = t;
    while (from > 1 && prefix.get(from - 1) == tail.get((from - 1) % p)) {
      from--;
    }
    List<long[]> head = runs(prefix.get(0, from), from);
    String pattern = residues(name, tail, p);
    List<String> tailParts = new ArrayList<>();
    if (from > 1) {
      tailParts.add(name + " >= " + from);
    }
    if (!pattern.isEmpty()) {
      tailParts.add(pattern);
    }
    String tailText = String.join(", ", tailParts);
    if (head.isEmpty()) {
      return tailText;
    }
    return describeRuns(name, head)
        + " or "
        + (tailParts.size() > 1 ? "(" + tailText + ")" : tailText);
  }

  private String describeFinite(String name) {
    List<long[]> r = runs(prefix, t);
    // A progression with a step > 1: "H % 4 == 0, H <= 64"-style sets are listed when short.
    if (r.size() > 3 && r.stream().allMatch(x -> x[0] == x[1])) {
      long step = r.get(1)[0] - r.get(0)[0];
      boolean prog = true;
      for (int i = 1; i < r.size() && prog; i++) {
        prog = r.get(i)[0] - r.get(i - 1)[0] == step;
      }
      if (prog) {
        long first = r.get(0)[0];
        long last = r.get(r.size() - 1)[0];
        BitSet one = new BitSet((int) step);
        one.set((int) (first % step));
        return first + " <= " + name + " <= " + last + ", " + residues(name, one, (int) step);
      }
    }
    return describeRuns(name, r);
  }

  private static String describeRuns(String name, List<long[]> r) {
    List<String> parts = new ArrayList<>();
    for (long[] x : r) {
      if (x[0] == x[1]) {
        parts.add(name + " == " + x[0]);
      } else if (x[0] == 1) {
        parts.add(name + " <= " + x[1]);
      } else {
        parts.add(x[0] + " <= " + name + " <= " + x[1]);
      }
    }
    return String.join(" or ", parts);
  }

  /** A residue pattern: "" (all), "H even", "H odd", "H % 4 == 1", "H % 4 in {1, 3}". */
  private static String residues(String name, BitSet tail, int p) {
    if (p == 1) {
      return "";
    }
    if (p == 2) {
      return tail.get(0) ? name + " even" : name + " odd";
    }
    if (tail.cardinality() == 1) {
      return name + " % " + p + " == " + tail.nextSetBit(0);
    }
    if (tail.cardinality() == p - 1) {
      return name + " % " + p + " != " + tail.nextClearBit(0);
    }
    List<String> rs = new ArrayList<>();
    for (int i = tail.nextSetBit(0); i >= 0 && i < p; i = tail.nextSetBit(i + 1)) {
      rs.add(String.valueOf(i));
    }
    return name + " % " + p + " in {" + String.join(", ", rs) + "}";
  }

  static long lcm(long a, long b) {
    return a / gcd(a, b) * b;
  }

  static long gcd(long a, long b) {
    while (b != 0) {
      long x = a % b;
      a = b;
      b = x;
    }
    return Math.abs(a);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntSet s
        && t == s.t
        && p == s.p
        && prefix.equals(s.prefix)
        && tail.equals(s.tail);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * t + p) + prefix.hashCode() * 7 + tail.hashCode();
  }

  @Override
  public String toString() {
    String d = describe("x");
    return d.isEmpty() ? "all" : d;
  }
}
