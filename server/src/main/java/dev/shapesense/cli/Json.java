package dev.shapesense.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.LayerStats;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.ModelSummary;
import dev.shapesense.analyzer.TraceEntry;
import dev.shapesense.analyzer.UnknownShape;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.List;

/** The JSON forms of API.md section 2: shapes, diagnostics, model traces. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Json() {}

  /** A dim is a number, or a string for a symbol or an expression. */
  static ArrayNode shape(Shape s) {
    ArrayNode a = F.arrayNode();
    for (Dim d : s) {
      if (d.isConst()) {
        a.add(d.value());
      } else {
        a.add(d.toString());
      }
    }
    return a;
  }

  /** A Shape, or a list nesting shapes as PyTorch nests a tuple; null stays null. */
  static com.fasterxml.jackson.databind.JsonNode output(Object o) {
    if (o instanceof Shape s) {
      return shape(s);
    }
    if (o instanceof List<?> l) {
      ArrayNode a = F.arrayNode();
      for (Object x : l) {
        a.add(output(x));
      }
      return a;
    }
    return F.nullNode();
  }

  static com.fasterxml.jackson.databind.JsonNode count(Dim d) {
    if (d == null) {
      return F.nullNode();
    }
    return d.isConst() ? F.numberNode(d.value()) : F.textNode(d.toString());
  }

  static ObjectNode diagnostic(Workspace ws, Diagnostic d) {
    Positions.Span s = Positions.span(ws, d);
    ObjectNode o = F.objectNode();
    o.put("line", s.line());
    o.put("column", s.column());
    o.put("endLine", s.endLine());
    o.put("endColumn", s.endColumn());
    o.put("severity", d.severity().label());
    o.put("code", d.code());
    o.put("message", d.message());
    return o;
  }

  static ObjectNode model(Workspace ws, ModelResult m) {
    ObjectNode o = F.objectNode();
    o.put("file", m.path());
    o.put("class", m.className());
    ArrayNode in = o.putArray("input");
    m.inputs().forEach(s -> in.add(shape(s)));
    o.set("output", output(m.output()));
    o.set("params", count(m.params()));
    ArrayNode trace = o.putArray("trace");
    for (TraceEntry e : m.trace()) {
      ObjectNode t = trace.addObject();
      t.put("path", e.path());
      t.put("type", e.type());
      t.put("line", e.line());
      t.set("inputs", output(e.inputs()));
      t.set("output", output(e.output()));
      t.set("params", count(e.params()));
      LayerStats st = e.stats();
      if (st != null) {
        t.set("trainableParams", count(st.trainableParams()));
        t.set("macs", count(st.macs()));
        t.set("outputBytes", count(st.outputBytes()));
        t.set("paramBytes", count(st.paramBytes()));
        t.put("leaf", st.leaf());
      }
      if (e.error() != null) {
        t.put("error", e.error());
      }
    }
    UnknownShape u = TraceCommand.unknownShown(m);
    if (u != null) {
      ObjectNode uo = o.putObject("unknown");
      Positions.Span s = Positions.span(ws, u.path(), u.range());
      uo.put("line", s.line());
      uo.put("column", s.column());
      uo.put("reason", Analyzer.explain(ws, u));
    }
    ModelSummary sum = m.summary();
    if (sum != null) {
      ObjectNode so = o.putObject("summary");
      so.set("params", count(sum.params()));
      so.set("trainableParams", count(sum.trainableParams()));
      so.set("nonTrainableParams", count(sum.nonTrainableParams()));
      so.set("macs", count(sum.macs()));
      so.set("inputBytes", count(sum.inputBytes()));
      so.set("forwardBackwardBytes", count(sum.forwardBackwardBytes()));
      so.set("paramBytes", count(sum.paramBytes()));
      so.set("totalBytes", count(sum.totalBytes()));
    }
    if (m.valid().isEmpty()) {
      o.putNull("valid");
    } else {
      o.put("valid", m.valid());
    }
    ArrayNode diags = o.putArray("diagnostics");
    m.diagnostics().forEach(d -> diags.add(diagnostic(ws, d)));
    return o;
  }
}
