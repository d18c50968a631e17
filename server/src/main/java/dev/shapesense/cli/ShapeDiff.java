package dev.shapesense.cli;

import dev.shapesense.analyzer.ModelGraph;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.TraceEntry;
import dev.shapesense.tensor.Dim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed between two versions of a workspace's models: per model class, the module calls
 * whose output or parameter count changed, those added or removed, and the model's output and total
 * parameters. Module calls are matched by dotted path and call order.
 */
record ShapeDiff(List<ModelChange> models) {

  enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** One module call that differs; the absent side's fields are null. */
  record Row(
      Kind kind,
      String path,
      String type,
      String before,
      String after,
      Dim paramsBefore,
      Dim paramsAfter) {}

  /** One model class that differs. */
  record ModelChange(
      String className,
      Kind kind,
      String outputBefore,
      String outputAfter,
      Dim paramsBefore,
      Dim paramsAfter,
      List<Row> rows,
      ModelGraph graphBefore,
      ModelGraph graphAfter) {}

  boolean isEmpty() {
    return models.isEmpty();
  }

  static ShapeDiff of(Map<String, ModelResult> base, Map<String, ModelResult> head) {
    List<ModelChange> out = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(base.keySet());
    names.addAll(head.keySet());
    for (String name : names) {
      ModelResult b = base.get(name);
      ModelResult h = head.get(name);
      if (b == null || h == null) {
        ModelResult m = b == null ? h : b;
        out.add(
            new ModelChange(
                name,
                b == null ? Kind.ADDED : Kind.REMOVED,
                b == null ? null : TraceTable.output(b.output()),
                h == null ? null : TraceTable.output(h.output()),
                b == null ? null : b.params(),
                h == null ? null : h.params(),
                List.of(),
                null,
                null));
        continue;
      }
      List<Row> rows = rows(b.trace(), h.trace());
      String ob = TraceTable.output(b.output());
      String oh = TraceTable.output(h.output());
      if (!rows.isEmpty() || !ob.equals(oh) || !Objects.equals(b.params(), h.params())) {
        out.add(
            new ModelChange(
                name, Kind.CHANGED, ob, oh, b.params(), h.params(), rows, b.graph(), h.graph()));
      }
    }
    return new ShapeDiff(out);
  }

  private static List<Row> rows(List<TraceEntry> base, List<TraceEntry> head) {
    Map<String, TraceEntry> b = keyed(base);
    Map<String, TraceEntry> h = keyed(head);
    List<Row> out = new ArrayList<>();
    for (var e : h.entrySet()) {
      TraceEntry old = b.get(e.getKey());
      TraceEntry now = e.getValue();
      if (now.path().isEmpty()) {
        continue;
      }
      if (old == null) {
        out.add(
            new Row(
                Kind.ADDED,
                now.path(),
                now.type(),
                null,
                TraceTable.output(now.output()),
                null,
                now.params()));
      } else if (!TraceTable.output(old.output()).equals(TraceTable.output(now.output()))
          || !Objects.equals(old.params(), now.params())
          || !old.type().equals(now.type())) {
        out.add(
            new Row(
                Kind.CHANGED,
                now.path(),
                now.type(),
                TraceTable.output(old.output()),
                TraceTable.output(now.output()),
                old.params(),
                now.params()));
      }
    }
    for (var e : b.entrySet()) {
      TraceEntry old = e.getValue();
      if (!h.containsKey(e.getKey()) && !old.path().isEmpty()) {
        out.add(
            new Row(
                Kind.REMOVED,
                old.path(),
                old.type(),
                TraceTable.output(old.output()),
                null,
                old.params(),
                null));
      }
    }
    return out;
  }

  /** Trace entries keyed by path and occurrence: a module called twice has two keys. */
  private static Map<String, TraceEntry> keyed(List<TraceEntry> trace) {
    Map<String, TraceEntry> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (TraceEntry e : trace) {
      int n = seen.merge(e.path(), 1, Integer::sum);
      out.put(e.path() + "#" + n, e);
    }
    return out;
  }
}
