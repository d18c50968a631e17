package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.DiagnosticCodes;

import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.nn.Module;
import dev.shapesense.nn.TupleOutput;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * When an input's shape was inferred with fresh symbols, a later layer may hold only for some of
 * their values (a {@code Linear(400, ...)} after {@code flatten}). Each such condition becomes an
 * info at the call that introduced it, with the values that satisfy it when they can be found:
 * {@code fc1 needs 16 * ((H - 4) / 2 - 4) / 2 * ... == 400: holds when H = W = 32}.
 */
final class Pinning {
  private static final int SEARCH = 4096;

  private Pinning() {}

  static List<Diagnostic> infos(List<Recorder.Call> calls, Map<Module, String> paths, Set<String> symbols) {
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Recorder.Call c : calls) {
      for (String a : assumptions(c.output())) {
        if (!seen.add(a) || c.site() == null || !a.contains(" == ")) {
          continue;
        }
        Set<String> used = symbolsOf(a);
        if (used.isEmpty() || !symbols.containsAll(used)) {
          continue;
        }
        String who = paths.getOrDefault(c.module(), c.module().getClass().getSimpleName());
        TextRange r = c.site().file().range(c.site().node());
        if (r == null) {
          continue;
        }
        out.add(
            new Diagnostic(
                c.site().file().path(),
                r,
                Severity.INFO,
                DiagnosticCodes.PINNED_INPUT,
                (who.isEmpty() ? "the model" : who) + " needs " + a + solve(a),
                List.of()));
      }
    }
    return out;
  }

  private static List<String> assumptions(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof Tensor t) {
      out.addAll(t.assumptions());
    } else if (v instanceof TupleOutput tuple) {
      for (Object o : tuple.asTuple()) {
        out.addAll(assumptions(o));
      }
    } else if (v instanceof List<?> l) {
      for (Object o : l) {
        out.addAll(assumptions(o));
      }
    }
    return out;
  }

  private static Set<String> symbolsOf(String assumption) {
    Set<String> out = new HashSet<>();
    for (String side : assumption.split(" == |<=|>=|<|>")) {
      try {
        out.addAll(Dim.parse(side).symbols());
      } catch (IllegalArgumentException e) {
        return Set.of();
      }
    }
    return out;
  }

  /** ": holds when H = W = 32", found by trying equal values for all symbols; else "". */
  private static String solve(String assumption) {
    String[] sides = assumption.split(" == ");
    if (sides.length != 2) {
      return "";
    }
    Dim lhs;
    Dim rhs;
    try {
      lhs = Dim.parse(sides[0]);
      rhs = Dim.parse(sides[1]);
    } catch (IllegalArgumentException e) {
      return "";
    }
    Set<String> names = new java.util.TreeSet<>(lhs.minus(rhs).symbols());
    List<Long> hits = new ArrayList<>();
    for (long v = 1; v <= SEARCH && hits.size() <= 64; v++) {
      Map<String, Dim> values = new TreeMap<>();
      for (String n : names) {
        values.put(n, Dim.of(v));
      }
      if (Dim.eq(lhs.substitute(values), rhs.substitute(values)) == Truth.TRUE) {
        hits.add(v);
      }
    }
    String who = String.join(" = ", names);
    if (hits.isEmpty() || hits.size() > 64) {
      return "";
    }
    if (hits.size() == 1) {
      return ": holds when " + who + " = " + hits.get(0);
    }
    long first = hits.get(0);
    long last = hits.get(hits.size() - 1);
    if (last - first + 1 == hits.size()) {
      return ": holds when " + who + " is " + first + " to " + last;
    }
    List<String> vs = new ArrayList<>();
    hits.forEach(h -> vs.add(String.valueOf(h)));
    return ": holds when " + who + " is one of " + String.join(", ", vs);
  }
}
