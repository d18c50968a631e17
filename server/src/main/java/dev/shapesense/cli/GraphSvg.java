package dev.shapesense.cli;

import dev.shapesense.analyzer.ModelGraph;
import dev.shapesense.analyzer.ModelResult;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Models' layer graphs as one SVG document, laid out by {@link GraphLayout}, the models one below
 * the other, each under its name; written with the JDK's StAX writer, which escapes text and
 * attributes. A failing call is drawn red with its message as the node's tooltip; a skip connection
 * dashed.
 */
final class GraphSvg {
  private static final String NS = "http://www.w3.org/2000/svg";
  private static final int TITLE_HEIGHT = 24;

  private GraphSvg() {}

  static String render(List<ModelResult> models) {
    List<GraphLayout.Layout> layouts = models.stream().map(m -> GraphLayout.of(m.graph())).toList();
    int width = 0;
    int height = 0;
    for (GraphLayout.Layout l : layouts) {
      width = Math.max(width, l.width());
      height += TITLE_HEIGHT + l.height();
    }
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("svg");
      x.writeDefaultNamespace(NS);
      x.writeAttribute("width", String.valueOf(width));
      x.writeAttribute("height", String.valueOf(height));
      x.writeAttribute("viewBox", "0 0 " + width + " " + height);
      x.writeAttribute("font-family", "monospace");
      x.writeAttribute("font-size", "12");
      x.writeCharacters("\n");
      x.writeStartElement("defs");
      x.writeStartElement("marker");
      x.writeAttribute("id", "arrow");
      x.writeAttribute("viewBox", "0 0 10 10");
      x.writeAttribute("refX", "10");
      x.writeAttribute("refY", "5");
      x.writeAttribute("markerWidth", "8");
      x.writeAttribute("markerHeight", "8");
      x.writeAttribute("orient", "auto");
      x.writeEmptyElement("path");
      x.writeAttribute("d", "M 0 0 L 10 5 L 0 10 z");
      x.writeAttribute("fill", "#555");
      x.writeEndElement();
      x.writeEndElement();
      x.writeCharacters("\n");
      int top = 0;
      for (int k = 0; k < models.size(); k++) {
        GraphLayout.Layout l = layouts.get(k);
        x.writeStartElement("g");
        x.writeAttribute("transform", "translate(0," + top + ")");
        x.writeCharacters("\n");
        text(
            x,
            GraphLayout.MARGIN,
            TITLE_HEIGHT - 4,
            models.get(k).className(),
            "start",
            "14",
            "bold",
            "#000");
        x.writeStartElement("g");
        x.writeAttribute("transform", "translate(0," + TITLE_HEIGHT + ")");
        x.writeCharacters("\n");
        for (GraphLayout.Route r : l.routes()) {
          edge(x, r);
        }
        for (GraphLayout.Box b : l.boxes()) {
          node(x, b);
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
        top += TITLE_HEIGHT + l.height();
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing SVG to a string failed", e);
    }
    return out.toString();
  }

  private static void node(XMLStreamWriter x, GraphLayout.Box b) throws XMLStreamException {
    ModelGraph.Node n = b.node();
    String color = n.error() != null ? "#d00" : "#333";
    x.writeStartElement("g");
    x.writeStartElement("title");
    x.writeCharacters(n.error() != null ? n.error() : GraphText.nodeText(n).replace('\n', ' '));
    x.writeEndElement();
    x.writeEmptyElement("rect");
    x.writeAttribute("x", String.valueOf(b.x()));
    x.writeAttribute("y", String.valueOf(b.y()));
    x.writeAttribute("width", String.valueOf(b.width()));
    x.writeAttribute("height", String.valueOf(b.height()));
    x.writeAttribute(
        "rx", n.kind() == ModelGraph.Kind.MODULE ? "4" : String.valueOf(b.height() / 2));
    x.writeAttribute("fill", n.kind() == ModelGraph.Kind.MODULE ? "#f4f6fb" : "#fff");
    x.writeAttribute("stroke", color);
    x.writeAttribute("stroke-width", n.error() != null ? "2" : "1");
    for (int i = 0; i < b.lines().size(); i++) {
      int baseline = b.y() + GraphLayout.PAD / 2 + GraphLayout.LINE_HEIGHT * (i + 1) - 4;
      text(
          x,
          b.centerX(),
          baseline,
          b.lines().get(i),
          "middle",
          null,
          null,
          n.error() != null ? color : null);
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void edge(XMLStreamWriter x, GraphLayout.Route r) throws XMLStreamException {
    StringBuilder d = new StringBuilder();
    for (GraphLayout.Point p : r.points()) {
      d.append(d.length() == 0 ? "M " : " L ").append(p.x()).append(' ').append(p.y());
    }
    x.writeEmptyElement("path");
    x.writeAttribute("d", d.toString());
    x.writeAttribute("fill", "none");
    x.writeAttribute("stroke", "#555");
    if (r.edge().skip()) {
      x.writeAttribute("stroke-dasharray", "5 3");
    }
    x.writeAttribute("marker-end", "url(#arrow)");
    x.writeCharacters("\n");
    if (r.edge().shape() != null) {
      text(x, r.label().x(), r.label().y(), r.edge().shape(), "start", "10", null, "#555");
    }
  }

  private static void text(
      XMLStreamWriter x,
      int px,
      int py,
      String s,
      String anchor,
      String size,
      String weight,
      String fill)
      throws XMLStreamException {
    x.writeStartElement("text");
    x.writeAttribute("x", String.valueOf(px));
    x.writeAttribute("y", String.valueOf(py));
    x.writeAttribute("text-anchor", anchor);
    if (size != null) {
      x.writeAttribute("font-size", size);
    }
    if (weight != null) {
      x.writeAttribute("font-weight", weight);
    }
    if (fill != null) {
      x.writeAttribute("fill", fill);
    }
    x.writeCharacters(s);
    x.writeEndElement();
    x.writeCharacters("\n");
  }
}
