package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** {@code shapesense graph} through the real jar: exact DOT, Mermaid and SVG of the seed Net. */
class GraphCliIT {

  @Test
  void dotOfTheSeedNet() throws Exception {
    Cli.Result r = Cli.run("graph", "testdata/models/Net.java");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        """
        digraph shapesense {
          rankdir=TB;
          node [shape=box, style=rounded, fontname="Helvetica"];
          edge [fontname="Helvetica", fontsize=10];
          n0 [label="input\\n[N, 3, 32, 32]", shape=ellipse, style=solid];
          n1 [label="conv1: Conv2d"];
          n2 [label="pool: MaxPool2d"];
          n3 [label="conv2: Conv2d"];
          n4 [label="pool: MaxPool2d"];
          n5 [label="fc1: Linear"];
          n6 [label="fc2: Linear"];
          n7 [label="fc3: Linear"];
          n8 [label="output\\n[N, 10]", shape=ellipse, style=solid];
          n0 -> n1 [label="[N, 3, 32, 32]"];
          n1 -> n2 [label="[N, 6, 28, 28]"];
          n2 -> n3 [label="[N, 6, 14, 14]"];
          n3 -> n4 [label="[N, 16, 10, 10]"];
          n4 -> n5 [label="[N, 400]"];
          n5 -> n6 [label="[N, 120]"];
          n6 -> n7 [label="[N, 84]"];
          n7 -> n8 [label="[N, 10]"];
        }
        """,
        r.out());
  }

  @Test
  void mermaidMarksTheFailingCallAndExitsOne() throws Exception {
    Cli.Result r =
        Cli.run(
            "graph",
            "--format",
            "mermaid",
            "--input",
            "1024, 3, 28, 28",
            "testdata/models/Net.java");
    assertEquals(1, r.exit(), r.err());
    assertEquals(
        """
        flowchart TD
          n0(["input<br/>[1024, 3, 28, 28]"])
          n1["conv1: Conv2d"]
          n2["pool: MaxPool2d"]
          n3["conv2: Conv2d"]
          n4["pool: MaxPool2d"]
          n5["fc1: Linear<br/>mat1 and mat2 shapes cannot be multiplied (1024x256 and 400x120)"]:::error
          n6["fc2: Linear"]
          n7["fc3: Linear"]
          n8(["output<br/>[1024, 10]"])
          n0 -->|"[1024, 3, 28, 28]"| n1
          n1 -->|"[1024, 6, 24, 24]"| n2
          n2 -->|"[1024, 6, 12, 12]"| n3
          n3 -->|"[1024, 16, 8, 8]"| n4
          n4 -->|"[1024, 256]"| n5
          n5 -->|"[1024, 120]"| n6
          n6 -->|"[1024, 84]"| n7
          n7 -->|"[1024, 10]"| n8
          classDef error stroke:#d00,stroke-width:2px,color:#d00
        """,
        r.out());
  }

  @Test
  void svgOfTheSeedNetIsWellFormedAndLaidOutInLayers() throws Exception {
    Cli.Result r = Cli.run("graph", "--format", "svg", "testdata/models/Net.java");
    assertEquals(0, r.exit(), r.err());
    Snapshots.assertMatches("graph-net.svg", r.out());
    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", d.getDocumentElement().getTagName());
    assertEquals(9, d.getElementsByTagName("rect").getLength());
    // Eight edges and the arrow head.
    assertEquals(9, d.getElementsByTagName("path").getLength());
  }

  @Test
  void skipConnectionsAreDashed() throws Exception {
    Cli.Result r =
        Cli.run("graph", "--format", "dot", "testdata/models/TransformerClassifier.java");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "  n1 -> n3 [label=\"[N, L, 64]\", style=dashed];\n  n3 -> n7 [label=\"[N, L, 64]\", style=dashed];",
        String.join("\n", r.out().lines().filter(l -> l.contains("dashed")).toList()));
  }

  @Test
  void badUsageExitsTwo() throws Exception {
    assertEquals(2, Cli.run("graph", "--format", "png", "testdata/models/Net.java").exit());
    Cli.Result input = Cli.run("graph", "--input", "N, -3", "testdata/models/Net.java");
    assertEquals(2, input.exit());
    assertTrue(input.err().startsWith("shapesense: --input: "), input.err());
    Cli.Result cls = Cli.run("graph", "--class", "Nope", "testdata/models/Net.java");
    assertEquals(2, cls.exit());
    assertEquals("shapesense: no model class named Nope in the given files\n", cls.err());
  }
}
