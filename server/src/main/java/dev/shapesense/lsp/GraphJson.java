package dev.shapesense.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ModelGraph;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.tensor.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.lsp4j.Position;

/**
 * The answer of {@code shapesense/modelGraph} (ARCHITECTURE.md, "The model graph request"): the
 * analysed document version and each model's summary and {@link ModelGraph}, positions as LSP's
 * 0-based line and UTF-16 character through {@link DocumentText}. Only converts.
 */
final class GraphJson {
  private GraphJson() {}

  static JsonObject of(
      Integer version,
      FileAnalysis fa,
      Function<String, DocumentText> texts,
      Function<String, String> uris) {
    JsonObject o = new JsonObject();
    o.add("version", version == null ? JsonNull.INSTANCE : new JsonPrimitive(version));
    JsonArray models = new JsonArray();
    for (ModelResult m : fa.models()) {
      if (m.graph() != null) {
        models.add(model(m, m.graph(), texts, uris));
      }
    }
    o.add("models", models);
    return o;
  }

  private static JsonObject model(
      ModelResult m,
      ModelGraph g,
      Function<String, DocumentText> texts,
      Function<String, String> uris) {
    JsonObject o = new JsonObject();
    o.addProperty("name", m.className());
    List<String> inputs = new ArrayList<>();
    String output = null;
    for (ModelGraph.Node n : g.nodes()) {
      if (n.kind() == ModelGraph.Kind.INPUT && n.shape() != null) {
        inputs.add(n.shape());
      } else if (n.kind() == ModelGraph.Kind.OUTPUT) {
        output = n.shape();
      }
    }
    o.add(
        "input",
        inputs.isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(String.join(", ", inputs)));
    o.add("output", output == null ? JsonNull.INSTANCE : new JsonPrimitive(output));
    o.add("params", dim(m.params()));
    // The sizes of the declared symbols the model works for (null: every size, or none declared).
    o.add("valid", m.valid().isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(m.valid()));
    JsonArray nodes = new JsonArray();
    for (ModelGraph.Node n : g.nodes()) {
      nodes.add(node(n, texts, uris));
    }
    o.add("nodes", nodes);
    JsonArray edges = new JsonArray();
    for (ModelGraph.Edge e : g.edges()) {
      JsonObject j = new JsonObject();
      j.addProperty("from", e.from());
      j.addProperty("to", e.to());
      j.add("shape", e.shape() == null ? JsonNull.INSTANCE : new JsonPrimitive(e.shape()));
      j.addProperty("skip", e.skip());
      edges.add(j);
    }
    o.add("edges", edges);
    return o;
  }

  private static JsonObject node(
      ModelGraph.Node n, Function<String, DocumentText> texts, Function<String, String> uris) {
    JsonObject o = new JsonObject();
    o.addProperty("id", n.id());
    o.addProperty("kind", n.kind().name().toLowerCase(Locale.ROOT));
    o.addProperty("label", n.label());
    o.addProperty("type", n.type());
    o.add("params", dim(n.params()));
    o.add("shape", n.shape() == null ? JsonNull.INSTANCE : new JsonPrimitive(n.shape()));
    DocumentText text = n.path() == null ? null : texts.apply(n.path());
    Position p = text == null || n.range() == null ? null : text.position(n.range().start());
    o.add("uri", p == null ? JsonNull.INSTANCE : new JsonPrimitive(uris.apply(n.path())));
    o.add("line", p == null ? JsonNull.INSTANCE : new JsonPrimitive(p.getLine()));
    o.add("character", p == null ? JsonNull.INSTANCE : new JsonPrimitive(p.getCharacter()));
    o.add("error", n.error() == null ? JsonNull.INSTANCE : new JsonPrimitive(n.error()));
    return o;
  }

  /** A count as a JSON number, a symbolic one as its expression, an unknown one as null. */
  private static JsonElement dim(Dim d) {
    if (d == null) {
      return JsonNull.INSTANCE;
    }
    return d.isConst() ? new JsonPrimitive(d.value()) : new JsonPrimitive(d.toString());
  }
}
