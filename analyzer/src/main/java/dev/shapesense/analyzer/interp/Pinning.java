package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.DiagnosticCodes;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.nn.Module;
import dev.shapesense.nn.TupleOutput;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Tensor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When an input's shape was inferred with fresh symbols, a later layer may hold only for some of
 * their values (a {@code Linear(400, ...)} after {@code flatten}). Each such condition becomes an
 * info at the call that introduced it, with the sizes for which the whole model works, decided
 * exactly ({@link Verdicts}): {@code fc1 needs 16 * ((H - 12) / 4) * ((W - 12) / 4) == 400: holds
 * when 16 <= H <= 19 and 112 <= W <= 115, or ...}.
 */
final class Pinning {
  private Pinning() {}

  static List<Diagnostic> infos(
      List<Recorder.Call> calls, Map<Module, String> paths, Set<String> symbols, String valid) {
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
        TextRange r = c.site().range();
        if (r == null) {
          continue;
        }
        out.add(
            new Diagnostic(
                c.site().file().path(),
                r,
                Severity.INFO,
                DiagnosticCodes.PINNED_INPUT,
                (who.isEmpty() ? "the model" : who)
                    + " needs "
                    + a
                    + (valid.isEmpty() ? "" : ": holds when " + valid),
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
}
