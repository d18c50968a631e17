package dev.shapesense.cli;

import dev.shapesense.analyzer.ModelGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changed part of a model's layer graph between two versions, as a Mermaid flowchart: the nodes
 * added, removed (dashed) or changed (their output shape, parameters, type or error), with the
 * unchanged nodes next to them for context and the edges among them. Nodes are matched as {@link
 * ShapeDiff} matches calls: by dotted path and call order; inputs by position.
 */
final class GraphDiff {
  private GraphDiff() {}

  /** The flowchart, or null when no node differs. */
  static String mermaid(ModelGraph before, ModelGraph after) {
    Map<String, ModelGraph.Node> base = keyed(before);
    Map<String, ModelGraph.Node> head = keyed(after);
    Map<String, String> headIdOfKey = new HashMap<>();
    head.forEach((k, n) -> headIdOfKey.put(k, n.id()));
    Map<String, String> classes = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    for (var e : head.entrySet()) {
      ModelGraph.Node now = e.getValue();
      ModelGraph.Node old = base.get(e.getKey());
      if (old == null) {
        classes.put(now.id(), "added");
        texts.put(now.id(), GraphText.nodeText(now) + moduleShape(now));
      } else if (!Objects.equals(old.shape(), now.shape())
          || !Objects.equals(old.params(), now.params())
          || !old.type().equals(now.type())
          || !Objects.equals(old.error(), now.error())) {
        classes.put(now.id(), "changed");
        texts.put(
            now.id(),
            (now.kind() == ModelGraph.Kind.MODULE ? GraphText.nodeText(now) : now.label())
                + shapeChange(old, now));
      }
    }
    List<ModelGraph.Node> removed = new ArrayList<>();
    for (var e : base.entrySet()) {
      if (!head.containsKey(e.getKey())) {
        removed.add(e.getValue());
      }
    }
    if (classes.isEmpty() && removed.isEmpty()) {
      return null;
    }
    // Context: unchanged neighbours of changed nodes, and the nodes a removed one was joined to.
    Set<String> shown = new LinkedHashSet<>(classes.keySet());
    for (ModelGraph.Edge e : after.edges()) {
      if (classes.containsKey(e.from()) || classes.containsKey(e.to())) {
        shown.add(e.from());
        shown.add(e.to());
      }
    }
    Map<String, String> baseKeyOf = new HashMap<>();
    base.forEach((k, n) -> baseKeyOf.put(n.id(), k));
    Set<String> removedIds = new LinkedHashSet<>();
    removed.forEach(n -> removedIds.add(n.id()));
    List<String> crossEdges = new ArrayList<>();
    for (ModelGraph.Edge e : before.edges()) {
      boolean fromGone = removedIds.contains(e.from());
      boolean toGone = removedIds.contains(e.to());
      if (!fromGone && !toGone) {
        continue;
      }
      String from = fromGone ? "bn" + e.from() : headIdOfKey.get(baseKeyOf.get(e.from()));
      String to = toGone ? "bn" + e.to() : headIdOfKey.get(baseKeyOf.get(e.to()));
      if (from == null || to == null) {
        continue;
      }
      if (!fromGone) {
        shown.add(from);
        from = "n" + from;
      }
      if (!toGone) {
        shown.add(to);
        to = "n" + to;
      }
      crossEdges.add(
          "  "
              + from
              + " -.->"
              + (e.shape() == null ? "" : "|" + GraphText.mermaidString(e.shape()) + "|")
              + " "
              + to);
    }
    List<ModelGraph.Node> nodes = new ArrayList<>();
    for (ModelGraph.Node n : after.nodes()) {
      if (shown.contains(n.id())) {
        nodes.add(n);
      }
    }
    List<ModelGraph.Edge> edges = new ArrayList<>();
    for (ModelGraph.Edge e : after.edges()) {
      if (shown.contains(e.from()) && shown.contains(e.to())) {
        edges.add(e);
      }
    }
    StringBuilder sb = new StringBuilder("flowchart TD\n");
    boolean errors =
        GraphText.mermaidBody(
            sb,
            nodes,
            edges,
            "",
            "  ",
            n -> texts.getOrDefault(n.id(), GraphText.nodeText(n)),
            n -> classes.getOrDefault(n.id(), n.error() == null ? null : "error"));
    GraphText.mermaidBody(
        sb,
        removed,
        List.of(),
        "b",
        "  ",
        n -> GraphText.nodeText(n) + moduleShape(n),
        n -> "removed");
    crossEdges.forEach(l -> sb.append(l).append('\n'));
    Set<String> used = new LinkedHashSet<>(classes.values());
    if (!removed.isEmpty()) {
      used.add("removed");
    }
    if (used.contains("added")) {
      sb.append("  classDef added fill:#e6ffec,stroke:#1a7f37\n");
    }
    if (used.contains("changed")) {
      sb.append("  classDef changed fill:#fff8c5,stroke:#9a6700\n");
    }
    if (used.contains("removed")) {
      sb.append("  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-dasharray:4 3\n");
    }
    if (errors) {
      sb.append("  classDef error stroke:#d00,stroke-width:2px,color:#d00\n");
    }
    return sb.toString();
  }

  /** A module node's output shape on a line of its own (input and output nodes show theirs). */
  private static String moduleShape(ModelGraph.Node n) {
    return n.kind() == ModelGraph.Kind.MODULE && n.shape() != null ? "\n" + n.shape() : "";
  }

  private static String shapeChange(ModelGraph.Node old, ModelGraph.Node now) {
    String b = old.shape() == null ? "?" : old.shape();
    String a = now.shape() == null ? "?" : now.shape();
    String shapes = b.equals(a) ? "\n" + a : "\n" + b + " → " + a;
    String params =
        Objects.equals(old.params(), now.params())
            ? ""
            : "\n" + count(old) + " → " + count(now) + " params";
    return shapes + params;
  }

  private static String count(ModelGraph.Node n) {
    return n.params() == null ? "?" : TraceTable.count(n.params());
  }

  /** Nodes by {@code input#i}, {@code path#occurrence} or {@code output}. */
  private static Map<String, ModelGraph.Node> keyed(ModelGraph g) {
    Map<String, ModelGraph.Node> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ModelGraph.Node n : g.nodes()) {
      String key =
          switch (n.kind()) {
            case OUTPUT -> "output";
            case INPUT, MODULE ->
                n.kind()
                    + ":"
                    + n.label()
                    + "#"
                    + seen.merge(n.kind() + n.label(), 1, Integer::sum);
          };
      out.put(key, n);
    }
    return out;
  }
}
