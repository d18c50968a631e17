package dev.shapesense.cli;

import dev.shapesense.analyzer.ModelGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A layered top-down layout of a {@link ModelGraph} (a DAG whose node ids are a topological order):
 * each node on the layer one below its lowest predecessor, ordered within its layer by the mean
 * position of its predecessors, layers centred; an edge between adjacent layers is a straight
 * segment, a longer one leaves its source's right side and runs down a lane right of everything on
 * its layers (labels included) into its target's right side, lanes shared by edges whose layers do
 * not overlap. Integer pixels; text measured as a monospace font of {@link #CHAR_WIDTH} pixels a
 * character. Pure.
 */
final class GraphLayout {
  static final int CHAR_WIDTH = 7;
  static final int LINE_HEIGHT = 16;
  static final int PAD = 10;
  static final int MARGIN = 20;
  static final int LAYER_GAP = 44;
  static final int NODE_GAP = 24;
  static final int LANE_GAP = 16;

  /** A placed node: top-left corner, size and its lines of text. */
  record Box(ModelGraph.Node node, int x, int y, int width, int height, List<String> lines) {
    int centerX() {
      return x + width / 2;
    }
  }

  record Point(int x, int y) {}

  /** An edge's polyline and where its label starts (left-aligned, baseline). */
  record Route(ModelGraph.Edge edge, List<Point> points, Point label) {}

  record Layout(int width, int height, List<Box> boxes, List<Route> routes) {}

  private GraphLayout() {}

  static Layout of(ModelGraph g) {
    int n = g.nodes().size();
    int[] layer = new int[n];
    List<List<Integer>> preds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      preds.add(new ArrayList<>());
    }
    for (ModelGraph.Edge e : g.edges()) {
      preds.get(Integer.parseInt(e.to())).add(Integer.parseInt(e.from()));
    }
    int layers = 0;
    for (int v = 0; v < n; v++) {
      for (int u : preds.get(v)) {
        layer[v] = Math.max(layer[v], layer[u] + 1);
      }
      layers = Math.max(layers, layer[v] + 1);
    }
    // Order within each layer by the mean order of the predecessors, then by id.
    List<List<Integer>> rows = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      rows.add(new ArrayList<>());
    }
    double[] order = new double[n];
    for (int l = 0; l < layers; l++) {
      List<Integer> row = rows.get(l);
      for (int v = 0; v < n; v++) {
        if (layer[v] == l) {
          row.add(v);
        }
      }
      double[] key = new double[n];
      for (int v : row) {
        key[v] =
            preds.get(v).isEmpty()
                ? v
                : preds.get(v).stream().mapToDouble(u -> order[u]).average().orElse(v);
      }
      row.sort(Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> v));
      for (int i = 0; i < row.size(); i++) {
        order[row.get(i)] = i;
      }
    }
    int[] w = new int[n];
    int[] h = new int[n];
    List<List<String>> lines = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      List<String> text = Arrays.asList(GraphText.nodeText(g.nodes().get(v)).split("\n"));
      lines.add(text);
      w[v] = text.stream().mapToInt(String::length).max().orElse(0) * CHAR_WIDTH + 2 * PAD;
      h[v] = text.size() * LINE_HEIGHT + PAD;
    }
    int[] rowWidth = new int[layers];
    int[] rowHeight = new int[layers];
    int widest = 0;
    for (int l = 0; l < layers; l++) {
      List<Integer> row = rows.get(l);
      for (int v : row) {
        rowWidth[l] += w[v];
        rowHeight[l] = Math.max(rowHeight[l], h[v]);
      }
      rowWidth[l] += NODE_GAP * Math.max(0, row.size() - 1);
      widest = Math.max(widest, rowWidth[l]);
    }
    Box[] boxes = new Box[n];
    int y = MARGIN;
    for (int l = 0; l < layers; l++) {
      int x = MARGIN + (widest - rowWidth[l]) / 2;
      for (int v : rows.get(l)) {
        boxes[v] =
            new Box(g.nodes().get(v), x, y + (rowHeight[l] - h[v]) / 2, w[v], h[v], lines.get(v));
        x += w[v] + NODE_GAP;
      }
      y += rowHeight[l] + LAYER_GAP;
    }
    int height = y - LAYER_GAP + MARGIN;
    int width = widest + 2 * MARGIN;
    // Edges between adjacent layers first: a lane must pass right of their labels too.
    int[] gapRight = new int[layers];
    Route[] placed = new Route[g.edges().size()];
    for (int k = 0; k < g.edges().size(); k++) {
      ModelGraph.Edge e = g.edges().get(k);
      int u = Integer.parseInt(e.from());
      int v = Integer.parseInt(e.to());
      if (layer[v] - layer[u] > 1) {
        continue;
      }
      Box a = boxes[u];
      Box b = boxes[v];
      Point start = new Point(a.centerX(), a.y() + a.height());
      Point end = new Point(b.centerX(), b.y());
      Point label = new Point((start.x() + end.x()) / 2 + 4, (start.y() + end.y()) / 2 + 4);
      placed[k] = new Route(e, List.of(start, end), label);
      int labelRight = label.x() + labelWidth(e);
      gapRight[layer[u]] = Math.max(gapRight[layer[u]], labelRight);
      width = Math.max(width, labelRight + MARGIN);
    }
    // An edge that passes layers leaves its source's right side, runs down a lane right of
    // everything on its layers, and enters its target's right side.
    List<int[]> laneSpans = new ArrayList<>();
    for (int k = 0; k < g.edges().size(); k++) {
      if (placed[k] != null) {
        continue;
      }
      ModelGraph.Edge e = g.edges().get(k);
      int la = layer[Integer.parseInt(e.from())];
      int lb = layer[Integer.parseInt(e.to())];
      Box a = boxes[Integer.parseInt(e.from())];
      Box b = boxes[Integer.parseInt(e.to())];
      int right = 0;
      for (int l = la; l <= lb; l++) {
        for (int v : rows.get(l)) {
          right = Math.max(right, boxes[v].x() + boxes[v].width());
        }
        if (l < lb) {
          right = Math.max(right, gapRight[l]);
        }
      }
      int lane = 0;
      while (lane < laneSpans.size()
          && laneSpans.get(lane)[1] >= la
          && laneSpans.get(lane)[0] <= lb) {
        lane++;
      }
      if (lane == laneSpans.size()) {
        laneSpans.add(new int[] {la, lb});
      } else {
        laneSpans.set(
            lane,
            new int[] {Math.min(la, laneSpans.get(lane)[0]), Math.max(lb, laneSpans.get(lane)[1])});
      }
      int x = right + LANE_GAP * (lane + 1);
      int ya = a.y() + a.height() / 2;
      int yb = b.y() + b.height() / 2;
      placed[k] =
          new Route(
              e,
              List.of(
                  new Point(a.x() + a.width(), ya),
                  new Point(x, ya),
                  new Point(x, yb),
                  new Point(b.x() + b.width(), yb)),
              new Point(x + 4, (ya + yb) / 2 + 4));
      width = Math.max(width, x + 4 + labelWidth(e) + MARGIN);
    }
    List<Route> routes = List.of(placed);
    return new Layout(width, height, List.of(boxes), routes);
  }

  private static int labelWidth(ModelGraph.Edge e) {
    return e.shape() == null ? 0 : e.shape().length() * (CHAR_WIDTH - 1);
  }
}
