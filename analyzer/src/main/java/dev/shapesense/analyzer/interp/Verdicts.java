package dev.shapesense.analyzer.interp;

import dev.shapesense.tensor.Condition;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.IntSet;
import dev.shapesense.tensor.Solver;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a model's declared symbols allow. Symbols in a declared shape stand for every size (within a
 * configured range); each condition the shapes rested on is decided over the sizes the earlier
 * conditions left ({@link Solver}): it always holds (nothing to say), never holds (an error), or
 * holds for some sizes. Of the last, a bound (enough pixels for a conv stack: a union of intervals)
 * only narrows the model's valid input domain; an equality-type condition (one size, a
 * divisibility, a relation between symbols) is also a finding at the call that needs it. Pure: the
 * caller runs the model at the failing sizes chosen here to get PyTorch's text.
 */
final class Verdicts {
  private Verdicts() {}

  enum Kind {
    /** Fails for every size the earlier conditions allow. */
    NEVER,
    /** Holds only for some sizes, of a kind worth a warning. */
    DEPENDS,
    /** A bound: narrows the domain, reported only as part of it. */
    BOUND
  }

  /**
   * A condition that does not always hold: {@code needs} says it in the user's terms, {@code
   * failing} gives sizes at which it fails, best first, each a full assignment of the declared
   * symbols.
   */
  record Verdict(
      String condition,
      Interpreter.Site site,
      Kind kind,
      String needs,
      Set<String> symbols,
      List<Map<String, Long>> failing) {}

  /** The verdicts, and the valid domain in the user's terms (empty: every size). */
  record Result(
      List<Verdict> verdicts, String valid, Solver.Region domain, List<Condition> relations) {
    /** The same decisions at the calls {@code sites} names by condition (none: no site). */
    Result withSites(Map<String, Interpreter.Site> sites) {
      List<Verdict> vs = new ArrayList<>();
      for (Verdict v : verdicts) {
        vs.add(
            new Verdict(
                v.condition(),
                sites.get(v.condition()),
                v.kind(),
                v.needs(),
                v.symbols(),
                v.failing()));
      }
      return new Result(vs, valid, domain, relations);
    }

    /** Whether the sizes {@code at} (every declared symbol) are in the valid domain. */
    boolean contains(Map<String, Long> at) {
      boolean inBox = false;
      for (Map<String, IntSet> box : domain.boxes()) {
        boolean in = true;
        for (var e : box.entrySet()) {
          Long v = at.get(e.getKey());
          in &= v != null && e.getValue().contains(v);
        }
        inBox |= in;
      }
      Map<String, Dim> values = new TreeMap<>();
      at.forEach((k, v) -> values.put(k, Dim.of(v)));
      for (Condition c : relations) {
        inBox &= c.holds(values) != Truth.FALSE;
      }
      return inBox;
    }
  }

  /** Solutions of recent conditions: the editor asks the same ones on every keystroke. */
  private static final Map<String, Object> CACHE =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> e) {
              return size() > 512;
            }
          });

  private static Object solved(Condition c, String text) {
    return CACHE.computeIfAbsent(
        text,
        k -> {
          try {
            return Solver.solve(c);
          } catch (Solver.Undecided | ArithmeticException e) {
            return e instanceof Solver.Undecided u ? u : new Solver.Undecided(e.getMessage());
          }
        });
  }

  /**
   * Decides {@code conditions} (assumption text to the call that first needed it, in order) for the
   * declared symbols {@code order}, each within its range in {@code ranges} (absent: any size).
   */
  static Result decide(
      Map<String, Interpreter.Site> conditions, List<String> order, Map<String, IntSet> ranges) {
    return decide(conditions, order, ranges, Set.of());
  }

  /**
   * Decisions of recent lists of conditions, without their sites: the editor re-analyses the same
   * model on every keystroke, and the region algebra of a domain costs more than the rest.
   */
  private static final Map<String, Result> DECISIONS =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Result> e) {
              return size() > 256;
            }
          });

  /** As above; the conditions in {@code guards} (a guard's, see Recorder.guard) only narrow. */
  static Result decide(
      Map<String, Interpreter.Site> conditions,
      List<String> order,
      Map<String, IntSet> ranges,
      Set<String> guards) {
    Map<String, Interpreter.Site> grouped = bySite(conditions);
    StringBuilder key = new StringBuilder();
    grouped
        .keySet()
        .forEach(k -> key.append(guards.contains(k) ? "guard " : "").append(k).append('\n'));
    key.append(order).append('\n').append(new TreeMap<>(ranges));
    Result cached = DECISIONS.get(key.toString());
    if (cached != null) {
      return cached.withSites(grouped);
    }
    Result r = decideGrouped(grouped, order, ranges, guards);
    DECISIONS.put(key.toString(), r.withSites(Map.of()));
    return r;
  }

  private static Result decideGrouped(
      Map<String, Interpreter.Site> grouped,
      List<String> order,
      Map<String, IntSet> ranges,
      Set<String> guards) {
    Set<String> declared = new TreeSet<>(order);
    Solver.Region domain = Solver.Region.box(ranges);
    List<String> relations = new ArrayList<>();
    List<Condition> relationConditions = new ArrayList<>();
    List<Verdict> out = new ArrayList<>();
    for (var e : grouped.entrySet()) {
      boolean guard = guards.contains(e.getKey());
      Condition c;
      try {
        c = Condition.parse(e.getKey());
      } catch (IllegalArgumentException ex) {
        continue;
      }
      Set<String> syms = c.symbols();
      if (syms.isEmpty() || !declared.containsAll(syms)) {
        continue;
      }
      Object s = solved(c, e.getKey());
      if (guard) {
        // What follows a guard runs where it holds: it narrows, and is no finding.
        if (s instanceof Solver.Region region && !domain.and(region).isEmpty()) {
          domain = domain.and(region);
        } else if (!(s instanceof Solver.Region)) {
          relations.add(c.toString());
          relationConditions.add(c);
        }
        continue;
      }
      if (s instanceof Solver.Region region) {
        Solver.Region within = domain.and(region);
        if (within.isEmpty()) {
          Map<String, Long> p = domain.point(declared, 2);
          if (p != null) {
            out.add(
                new Verdict(e.getKey(), e.getValue(), Kind.NEVER, e.getKey(), syms, List.of(p)));
          }
          continue;
        }
        Solver.Region failing = domain.and(region.not());
        if (failing.isEmpty()) {
          continue;
        }
        // The symbols the condition constrains (a shape comparison also names equal ones).
        Set<String> constrained = new TreeSet<>();
        region.boxes().forEach(b -> constrained.addAll(b.keySet()));
        Kind kind = isBound(region, constrained) ? Kind.BOUND : Kind.DEPENDS;
        String needs = region.describe(order);
        out.add(
            new Verdict(
                e.getKey(),
                e.getValue(),
                kind,
                needs.isEmpty() ? e.getKey() : needs,
                constrained,
                failingPoints(within, failing, constrained, declared)));
        domain = within;
      } else {
        // A relation between symbols: decided along one of them, the others at a valid size.
        Verdict v = relation(c, e.getKey(), e.getValue(), domain, declared);
        if (v != null) {
          out.add(v);
          relations.add(v.needs());
          relationConditions.add(c);
        }
      }
    }
    List<String> valid = new ArrayList<>();
    String d = domain.describe(order);
    if (!d.isEmpty()) {
      valid.add(d);
    }
    valid.addAll(relations);
    return new Result(out, String.join(", ", valid), domain, relationConditions);
  }

  /**
   * The conditions of one call joined into one ({@code a and b}): a call is one finding, however
   * many of its dims depend on the sizes. In the order of each call's first condition.
   */
  private static Map<String, Interpreter.Site> bySite(Map<String, Interpreter.Site> conditions) {
    Map<com.github.javaparser.ast.Node, List<String>> texts = new java.util.IdentityHashMap<>();
    Map<com.github.javaparser.ast.Node, Interpreter.Site> sites = new java.util.IdentityHashMap<>();
    List<com.github.javaparser.ast.Node> order = new ArrayList<>();
    for (var e : conditions.entrySet()) {
      com.github.javaparser.ast.Node n = e.getValue().node();
      if (!texts.containsKey(n)) {
        order.add(n);
        texts.put(n, new ArrayList<>());
        sites.put(n, e.getValue());
      }
      texts.get(n).add(e.getKey());
    }
    Map<String, Interpreter.Site> out = new LinkedHashMap<>();
    for (com.github.javaparser.ast.Node n : order) {
      List<String> parsable = new ArrayList<>();
      for (String t : texts.get(n)) {
        try {
          Condition.parse(t);
          parsable.add(t.contains(" or ") ? "(" + t + ")" : t);
        } catch (IllegalArgumentException ex) {
          // Not a condition on dims (a rule's note): not decided.
        }
      }
      if (!parsable.isEmpty()) {
        out.putIfAbsent(String.join(" and ", parsable), sites.get(n));
      }
    }
    return out;
  }

  /** Whether every side of the region is a union of intervals of two or more sizes. */
  private static boolean isBound(Solver.Region r, Set<String> syms) {
    for (Map<String, IntSet> box : r.boxes()) {
      for (String s : syms) {
        IntSet side = box.get(s);
        if (side != null && !side.isIntervals()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Sizes where the condition fails, best first: for one symbol whose smallest good size is {@code
   * s}, half of it (a smaller input of the same design), then the next failing size above {@code
   * s}, then the smallest failing size; other symbols at a valid size (2 or more where they can).
   */
  private static List<Map<String, Long>> failingPoints(
      Solver.Region within, Solver.Region failing, Set<String> syms, Set<String> declared) {
    List<Map<String, Long>> out = new ArrayList<>();
    Map<String, Long> base = within.point(declared, 2);
    if (syms.size() == 1 && base != null) {
      String x = syms.iterator().next();
      long good = base.get(x);
      for (Map<String, IntSet> box : failing.boxes()) {
        IntSet side = box.getOrDefault(x, IntSet.all());
        boolean othersFit = true;
        for (String o : declared) {
          if (!o.equals(x) && box.containsKey(o) && !box.get(o).contains(base.get(o))) {
            othersFit = false;
          }
        }
        if (!othersFit) {
          continue;
        }
        addFailing(out, base, x, side, good);
        break;
      }
    }
    Map<String, Long> any = failing.point(declared, 2);
    if (any != null && !out.contains(any)) {
      out.add(any);
    }
    return out;
  }

  /**
   * Adds to {@code out} the failing sizes of {@code x} (from {@code failing}) worth trying, best
   * first, the other symbols as in {@code base}: half the smallest good size {@code good} (a
   * smaller input of the same design), the next failing size above it, the smallest failing size.
   */
  private static void addFailing(
      List<Map<String, Long>> out, Map<String, Long> base, String x, IntSet failing, long good) {
    List<Long> candidates = new ArrayList<>();
    if (failing.contains(good / 2)) {
      candidates.add(good / 2);
    }
    failing.first(good).ifPresent(candidates::add);
    failing.min().ifPresent(candidates::add);
    for (long v : candidates) {
      Map<String, Long> p = new TreeMap<>(base);
      p.put(x, v);
      if (!out.contains(p)) {
        out.add(p);
      }
    }
  }

  /**
   * {@code S == T}-like conditions: with every symbol but the last at a valid size, the last is
   * solved alone; when some of its sizes pass and some fail, the condition depends on the sizes.
   */
  private static Verdict relation(
      Condition c, String text, Interpreter.Site site, Solver.Region domain, Set<String> declared) {
    Map<String, Long> base = domain.point(declared, 2);
    if (base == null) {
      return null;
    }
    List<String> syms = new ArrayList<>(c.symbols());
    String x = syms.get(syms.size() - 1);
    Map<String, Dim> fixed = new TreeMap<>();
    for (String s : syms) {
      if (!s.equals(x)) {
        fixed.put(s, Dim.of(base.get(s)));
      }
    }
    IntSet good;
    try {
      Solver.Region along = Solver.solve(substitute(c, fixed));
      good = IntSet.none();
      for (Map<String, IntSet> box : along.boxes()) {
        good = good.or(box.getOrDefault(x, IntSet.all()));
      }
    } catch (Solver.Undecided | ArithmeticException e) {
      return null;
    }
    IntSet side = domain.boxes().get(0).getOrDefault(x, IntSet.all());
    IntSet pass = side.and(good);
    IntSet fail = side.and(good.not());
    if (pass.isEmpty() || fail.isEmpty()) {
      return null;
    }
    List<Map<String, Long>> points = new ArrayList<>();
    addFailing(points, base, x, fail, pass.min().orElseThrow());
    return new Verdict(text, site, Kind.DEPENDS, simplest(c), c.symbols(), points);
  }

  /** The condition without repeated parts ({@code [N, N] == [S, S]} needs {@code N == S}). */
  private static String simplest(Condition c) {
    if (c instanceof Condition.All a) {
      List<String> parts = new ArrayList<>();
      for (Condition p : a.parts()) {
        String t = simplest(p);
        boolean trivial = p instanceof Condition.Cmp k && k.lhs().equals(k.rhs());
        if (!trivial && !parts.contains(t)) {
          parts.add(t);
        }
      }
      return String.join(" and ", parts);
    }
    return c.toString();
  }

  /** {@code c} with symbols replaced by {@code values}. */
  private static Condition substitute(Condition c, Map<String, Dim> values) {
    if (c instanceof Condition.Cmp k) {
      return new Condition.Cmp(k.lhs().substitute(values), k.rel(), k.rhs().substitute(values));
    }
    List<Condition> parts = new ArrayList<>();
    if (c instanceof Condition.All a) {
      a.parts().forEach(p -> parts.add(substitute(p, values)));
      return new Condition.All(parts);
    }
    ((Condition.Any) c).parts().forEach(p -> parts.add(substitute(p, values)));
    return new Condition.Any(parts);
  }
}
