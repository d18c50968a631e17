package dev.shapesense.cli;

import dev.shapesense.analyzer.ModelGraph;
import dev.shapesense.analyzer.ModelResult;
import java.util.List;
import java.util.function.Function;

/**
 * Models' layer graphs as Graphviz DOT and as Mermaid flowcharts, both from {@link ModelGraph}: a
 * node per input, module call and output (a module call as {@code label: Type}, input and output
 * with their shape), an edge per tensor with its shape, a skip connection dashed (dotted in
 * Mermaid), a failing call red with its message. Several models are one graph with a cluster (DOT)
 * or subgraph (Mermaid) each.
 */
final class GraphText {
  private GraphText() {}

  /**
   * The text of a node: {@code conv1: Conv2d}, or {@code input}/{@code output} with the shape, then
   * the error of its call on a line of its own.
   */
  static String nodeText(ModelGraph.Node n) {
    String text =
        switch (n.kind()) {
          case MODULE -> n.label() + ": " + n.type();
          case INPUT, OUTPUT -> n.label() + "\n" + (n.shape() == null ? "?" : n.shape());
        };
    return n.error() == null ? text : text + "\n" + n.error();
  }

  static String dot(List<ModelResult> models) {
    StringBuilder sb = new StringBuilder("digraph shapesense {\n");
    sb.append("  rankdir=TB;\n");
    sb.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
    sb.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    boolean clusters = models.size() > 1;
    for (int k = 0; k < models.size(); k++) {
      ModelResult m = models.get(k);
      ModelGraph g = m.graph();
      String prefix = clusters ? "m" + k + "_" : "";
      String indent = clusters ? "    " : "  ";
      if (clusters) {
        sb.append("  subgraph cluster_").append(k).append(" {\n");
        sb.append("    label=").append(dotString(m.className())).append(";\n");
      }
      for (ModelGraph.Node n : g.nodes()) {
        sb.append(indent)
            .append(prefix)
            .append('n')
            .append(n.id())
            .append(" [label=")
            .append(dotString(nodeText(n)));
        if (n.kind() != ModelGraph.Kind.MODULE) {
          sb.append(", shape=ellipse, style=solid");
        }
        if (n.error() != null) {
          sb.append(", color=red, fontcolor=red, tooltip=").append(dotString(n.error()));
        }
        sb.append("];\n");
      }
      for (ModelGraph.Edge e : g.edges()) {
        sb.append(indent)
            .append(prefix)
            .append('n')
            .append(e.from())
            .append(" -> ")
            .append(prefix)
            .append('n')
            .append(e.to());
        String attrs = e.shape() == null ? "" : "label=" + dotString(e.shape());
        if (e.skip()) {
          attrs = attrs.isEmpty() ? "style=dashed" : attrs + ", style=dashed";
        }
        sb.append(attrs.isEmpty() ? "" : " [" + attrs + "]").append(";\n");
      }
      if (clusters) {
        sb.append("  }\n");
      }
    }
    return sb.append("}\n").toString();
  }

  /** A DOT double-quoted string: backslashes and quotes escaped, a newline as {@code \n}. */
  static String dotString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> {}
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  static String mermaid(List<ModelResult> models) {
    StringBuilder sb = new StringBuilder("flowchart TD\n");
    boolean clusters = models.size() > 1;
    boolean errors = false;
    for (int k = 0; k < models.size(); k++) {
      ModelResult m = models.get(k);
      String prefix = clusters ? "m" + k + "_" : "";
      String indent = clusters ? "    " : "  ";
      if (clusters) {
        sb.append("  subgraph ")
            .append(prefix)
            .append("model[")
            .append(mermaidString(m.className()))
            .append("]\n");
      }
      errors |=
          mermaidBody(
              sb,
              m.graph().nodes(),
              m.graph().edges(),
              prefix,
              indent,
              GraphText::nodeText,
              n -> n.error() == null ? null : "error");
      if (clusters) {
        sb.append("  end\n");
      }
    }
    if (errors) {
      sb.append("  classDef error stroke:#d00,stroke-width:2px,color:#d00\n");
    }
    return sb.toString();
  }

  /**
   * Writes nodes and edges as Mermaid lines, each node with its {@code text} and its class ({@code
   * classes}, null for none); whether some node is of class {@code error}.
   */
  static boolean mermaidBody(
      StringBuilder sb,
      List<ModelGraph.Node> nodes,
      List<ModelGraph.Edge> edges,
      String prefix,
      String indent,
      Function<ModelGraph.Node, String> texts,
      Function<ModelGraph.Node, String> classes) {
    boolean errors = false;
    for (ModelGraph.Node n : nodes) {
      String open = n.kind() == ModelGraph.Kind.MODULE ? "[" : "([";
      String close = n.kind() == ModelGraph.Kind.MODULE ? "]" : "])";
      sb.append(indent)
          .append(prefix)
          .append('n')
          .append(n.id())
          .append(open)
          .append(mermaidString(texts.apply(n)))
          .append(close);
      String cls = classes.apply(n);
      errors |= "error".equals(cls);
      if (cls != null) {
        sb.append(":::").append(cls);
      }
      sb.append('\n');
    }
    for (ModelGraph.Edge e : edges) {
      sb.append(indent).append(prefix).append('n').append(e.from());
      String arrow = e.skip() ? " -.->" : " -->";
      sb.append(arrow);
      if (e.shape() != null) {
        sb.append('|').append(mermaidString(e.shape())).append('|');
      }
      sb.append(' ').append(prefix).append('n').append(e.to()).append('\n');
    }
    return errors;
  }

  /**
   * A Mermaid quoted label: quotes and the characters Mermaid reads as markup as its entity codes,
   * a newline as a line break.
   */
  static String mermaidString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("#quot;");
        case '<' -> sb.append("#lt;");
        case '>' -> sb.append("#gt;");
        case '#' -> sb.append("#35;");
        case '\n' -> sb.append("<br/>");
        case '\r' -> {}
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
