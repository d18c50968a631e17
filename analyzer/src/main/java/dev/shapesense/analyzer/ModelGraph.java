package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's layer graph for one run of its {@code forward}: the input node(s), one node per call of
 * a module that is not a container, in the order forward hooks fire, and the output node; and edges
 * that follow the data, each carrying the shape of the tensor that enters its target.
 *
 * <p>Containers (a user module with children, {@code Sequential}, {@code ModuleList}, {@code
 * ModuleDict}) are not nodes: their children's calls are, and a node's dotted {@code label} ({@code
 * layer1.0.conv1}) names the containers it sits in. A built-in module with children of its own
 * ({@code MultiheadAttention}, {@code TransformerEncoderLayer}) is one node: its children run
 * inside it. An edge is a {@code skip} when its target is also reached from its source through
 * other nodes (a ResNet's identity, a U-Net's concatenated encoder output); parallel branches
 * (Inception's, a ResNet's downsample) are not skips.
 */
public record ModelGraph(List<Node> nodes, List<Edge> edges) {

  public enum Kind {
    INPUT,
    MODULE,
    OUTPUT
  }

  /**
   * A node: its id (its index in {@link #nodes}, as a string), kind, label (the module's dotted
   * path; {@code "input"}, {@code "output"}), type (the module's simple class name; {@code
   * "Tensor"} for input and output), parameter count (null when unknown; null for input and
   * output), the label of its output shape (null when unknown), where it is in the source (the
   * call; a {@code forward} parameter for an input; the {@code forward} method's name for the
   * output; {@code path} and 0-based UTF-16 {@code range}, null when not known) and the message of
   * the error its call raised (null when none).
   */
  public record Node(
      String id,
      Kind kind,
      String label,
      String type,
      Dim params,
      String shape,
      String path,
      TextRange range,
      String error) {}

  /** An edge from the node that computed a tensor to one that takes it, with its shape label. */
  public record Edge(String from, String to, String shape, boolean skip) {}

  /**
   * The edges with {@code skip} set: {@code u -> v} is a skip when {@code v} is reached from {@code
   * u} through other nodes. Node ids are indices in a topological order (calls in the order they
   * ran), so only an edge that jumps over nodes can be one, and the search stays between its ends.
   */
  public static List<Edge> markSkips(int nodeCount, List<Edge> edges) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < nodeCount; i++) {
      out.add(new ArrayList<>());
    }
    for (Edge e : edges) {
      out.get(Integer.parseInt(e.from())).add(Integer.parseInt(e.to()));
    }
    List<Edge> marked = new ArrayList<>(edges.size());
    for (Edge e : edges) {
      int u = Integer.parseInt(e.from());
      int v = Integer.parseInt(e.to());
      marked.add(new Edge(e.from(), e.to(), e.shape(), v > u + 1 && reachedAround(out, u, v)));
    }
    return marked;
  }

  /** Whether {@code v} is reached from {@code u} by a path of at least two edges. */
  private static boolean reachedAround(List<List<Integer>> out, int u, int v) {
    java.util.BitSet seen = new java.util.BitSet();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    for (int w : out.get(u)) {
      if (w != v && w < v && !seen.get(w)) {
        seen.set(w);
        todo.add(w);
      }
    }
    while (!todo.isEmpty()) {
      int w = todo.poll();
      for (int x : out.get(w)) {
        if (x == v) {
          return true;
        }
        if (x < v && !seen.get(x)) {
          seen.set(x);
          todo.add(x);
        }
      }
    }
    return false;
  }
}
