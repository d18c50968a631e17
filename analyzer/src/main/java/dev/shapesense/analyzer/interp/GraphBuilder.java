package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.ModelGraph;
import dev.shapesense.analyzer.ModelGraph.Edge;
import dev.shapesense.analyzer.ModelGraph.Kind;
import dev.shapesense.analyzer.ModelGraph.Node;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.nn.Module;
import dev.shapesense.nn.ModuleDict;
import dev.shapesense.nn.ModuleList;
import dev.shapesense.nn.Sequential;
import dev.shapesense.tensor.Dim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a {@link ModelGraph} from one run's recorded calls and the origins {@link Flow} gave their
 * inputs. Pure: reads its arguments only (no syntax tree: the call sites' places come with them).
 */
final class GraphBuilder {
  private GraphBuilder() {}

  /** One of the model's inputs: its tensor's origin is {@code -1 - index}; where it is declared. */
  record Input(String label, String path, TextRange range) {}

  /** Where a call's node is written: the call site's file and range. */
  record Place(String path, TextRange range) {}

  /** One part of the model's output (a tuple's or record's component), with its origins. */
  record OutputPart(String label, int[] origins) {}

  /**
   * Whether a call of {@code m} can be a node: a user module without children, or a built-in module
   * other than the containers (whose children are the nodes).
   */
  static boolean isNodeModule(Module m) {
    if (m instanceof InterpretedModule) {
      return !m.hasChildren();
    }
    return !(m instanceof Sequential || m instanceof ModuleList || m instanceof ModuleDict);
  }

  static ModelGraph build(
      List<Recorder.Call> calls,
      Map<Module, String> paths,
      Function<Module, Dim> params,
      List<Place> places,
      List<Input> inputs,
      String outputLabel,
      List<OutputPart> output,
      String outputPath,
      TextRange outputRange,
      String otherError,
      int otherErrorAt) {
    int n = calls.size();
    List<Integer> nodeCalls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Module m = calls.get(i).module();
      String path = paths.get(m);
      if (path == null || path.isEmpty() || !isNodeModule(m)) {
        continue;
      }
      if (!(m instanceof InterpretedModule) && m.hasChildren()) {
        // A built-in module with children is one node: the calls of its children just before
        // it ran inside it.
        Set<Module> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(m.namedModules().values());
        inside.remove(m);
        while (!nodeCalls.isEmpty() && inside.contains(calls.get(last(nodeCalls)).module())) {
          nodeCalls.remove(nodeCalls.size() - 1);
        }
      }
      nodeCalls.add(i);
    }
    int[] nodeOf = new int[n];
    java.util.Arrays.fill(nodeOf, -1);
    for (int k = 0; k < nodeCalls.size(); k++) {
      nodeOf[nodeCalls.get(k)] = inputs.size() + k;
    }
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      nodes.add(
          new Node(
              String.valueOf(i),
              Kind.INPUT,
              "input",
              "Tensor",
              null,
              in.label(),
              in.path(),
              in.range(),
              null));
    }
    // An error no node's call raised goes on the first node that ran after it, else the output.
    int errorNode = -1;
    for (int k = 0; k < nodeCalls.size() && otherError != null && errorNode < 0; k++) {
      if (nodeCalls.get(k) >= otherErrorAt) {
        errorNode = k;
      }
    }
    for (int k = 0; k < nodeCalls.size(); k++) {
      Recorder.Call c = calls.get(nodeCalls.get(k));
      Module m = c.module();
      String type =
          m instanceof InterpretedModule im ? im.typeName() : m.getClass().getSimpleName();
      Place place = places.get(nodeCalls.get(k));
      nodes.add(
          new Node(
              String.valueOf(inputs.size() + k),
              Kind.MODULE,
              paths.get(m),
              type,
              params.apply(m),
              Values.label(c.output()),
              place == null ? null : place.path(),
              place == null ? null : place.range(),
              k == errorNode ? otherError : c.error()));
    }
    int outId = nodes.size();
    String outputError = otherError != null && errorNode < 0 ? otherError : null;
    nodes.add(
        new Node(
            String.valueOf(outId),
            Kind.OUTPUT,
            "output",
            "Tensor",
            null,
            outputLabel,
            outputPath,
            outputRange,
            outputError));

    int[][] memo = new int[n][];
    Map<Long, Edge> edges = new LinkedHashMap<>();
    for (int k = 0; k < nodeCalls.size(); k++) {
      Recorder.Call c = calls.get(nodeCalls.get(k));
      int to = inputs.size() + k;
      for (int j = 0; j < c.inputOrigins().size(); j++) {
        String label = j < c.inputs().size() ? Values.label(c.inputs().get(j)) : null;
        for (int o : c.inputOrigins().get(j)) {
          for (int from : resolve(o, calls, nodeOf, memo)) {
            edge(edges, from, to, label);
          }
        }
      }
    }
    for (OutputPart p : output) {
      for (int o : p.origins()) {
        for (int from : resolve(o, calls, nodeOf, memo)) {
          edge(edges, from, outId, p.label());
        }
      }
    }
    return new ModelGraph(
        List.copyOf(nodes), ModelGraph.markSkips(nodes.size(), new ArrayList<>(edges.values())));
  }

  private static int last(List<Integer> l) {
    return l.get(l.size() - 1);
  }

  private static void edge(Map<Long, Edge> edges, int from, int to, String label) {
    if (from != to) {
      edges.putIfAbsent(
          ((long) from << 32) | to,
          new Edge(String.valueOf(from), String.valueOf(to), label, false));
    }
  }

  /**
   * The nodes an origin stands for: an input's node, a node call's node, or for a call that is no
   * node (a container's child run inside a built-in node, a module the model does not hold) the
   * nodes its own inputs came from. Origins of a call are earlier calls, so this ends.
   */
  private static int[] resolve(int origin, List<Recorder.Call> calls, int[] nodeOf, int[][] memo) {
    if (origin < 0) {
      return new int[] {-1 - origin};
    }
    if (origin >= calls.size()) {
      return Flow.NONE;
    }
    if (nodeOf[origin] >= 0) {
      return new int[] {nodeOf[origin]};
    }
    if (memo[origin] != null) {
      return memo[origin];
    }
    memo[origin] = Flow.NONE;
    int[] out = Flow.NONE;
    for (int[] in : calls.get(origin).inputOrigins()) {
      for (int o : in) {
        if (o < origin) {
          out = Flow.union(out, resolve(o, calls, nodeOf, memo));
        }
      }
    }
    memo[origin] = out;
    return out;
  }
}
