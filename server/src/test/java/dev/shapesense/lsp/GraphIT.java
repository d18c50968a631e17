package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code shapesense/modelGraph} and {@code shapesense/status} over JSON-RPC against the real server
 * process: exact nodes and edges of the seed Net and of a model with residual (skip) connections.
 */
class GraphIT {
  private static final Gson GSON = new GsonBuilder().serializeNulls().create();

  static JsonObject modelGraph(LspProcess lsp, String uri) throws Exception {
    JsonObject doc = new JsonObject();
    doc.addProperty("uri", uri);
    JsonObject params = new JsonObject();
    params.add("textDocument", doc);
    return lsp.server.modelGraph(params).get(60, TimeUnit.SECONDS);
  }

  /**
   * The model's fields but its nodes and edges, then one line per node (without its uri), then per
   * edge. LSP4J leaves null members out of what it sends: a client reads them as null.
   */
  static String show(JsonObject model) {
    List<String> out = new ArrayList<>();
    JsonObject head = model.deepCopy();
    head.remove("nodes");
    head.remove("edges");
    out.add(GSON.toJson(head));
    for (JsonElement n : model.getAsJsonArray("nodes")) {
      JsonObject o = n.getAsJsonObject().deepCopy();
      o.remove("uri");
      out.add(GSON.toJson(o));
    }
    for (JsonElement e : model.getAsJsonArray("edges")) {
      out.add(GSON.toJson(e));
    }
    return String.join("\n", out);
  }

  @Test
  void theSeedNetIsAChainWithItsShapesAndPositions() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("Net");
      lsp.open(uri, 3, Fixtures.model("Net"));
      JsonObject g = modelGraph(lsp, uri);
      assertEquals(3, g.get("version").getAsInt());
      assertEquals(1, g.getAsJsonArray("models").size());
      JsonObject net = g.getAsJsonArray("models").get(0).getAsJsonObject();
      assertEquals(
          """
          {"name":"Net","input":"[N, 3, 32, 32]","output":"[N, 10]","params":62006}
          {"id":"0","kind":"input","label":"input","type":"Tensor","shape":"[N, 3, 32, 32]","line":12,"character":26}
          {"id":"1","kind":"module","label":"conv1","type":"Conv2d","params":456,"shape":"[N, 6, 28, 28]","line":13,"character":32}
          {"id":"2","kind":"module","label":"pool","type":"MaxPool2d","params":0,"shape":"[N, 6, 14, 14]","line":13,"character":12}
          {"id":"3","kind":"module","label":"conv2","type":"Conv2d","params":2416,"shape":"[N, 16, 10, 10]","line":16,"character":32}
          {"id":"4","kind":"module","label":"pool","type":"MaxPool2d","params":0,"shape":"[N, 16, 5, 5]","line":16,"character":12}
          {"id":"5","kind":"module","label":"fc1","type":"Linear","params":48120,"shape":"[N, 120]","line":21,"character":19}
          {"id":"6","kind":"module","label":"fc2","type":"Linear","params":10164,"shape":"[N, 84]","line":24,"character":19}
          {"id":"7","kind":"module","label":"fc3","type":"Linear","params":850,"shape":"[N, 10]","line":27,"character":15}
          {"id":"8","kind":"output","label":"output","type":"Tensor","shape":"[N, 10]","line":12,"character":18}
          {"from":"0","to":"1","shape":"[N, 3, 32, 32]","skip":false}
          {"from":"1","to":"2","shape":"[N, 6, 28, 28]","skip":false}
          {"from":"2","to":"3","shape":"[N, 6, 14, 14]","skip":false}
          {"from":"3","to":"4","shape":"[N, 16, 10, 10]","skip":false}
          {"from":"4","to":"5","shape":"[N, 400]","skip":false}
          {"from":"5","to":"6","shape":"[N, 120]","skip":false}
          {"from":"6","to":"7","shape":"[N, 84]","skip":false}
          {"from":"7","to":"8","shape":"[N, 10]","skip":false}""",
          show(net));
      for (JsonElement n : net.getAsJsonArray("nodes")) {
        assertEquals(uri, n.getAsJsonObject().get("uri").getAsString());
      }
      // The analysis of the open document was announced, then its end.
      List<JsonObject> mine =
          lsp.client.await(
              () -> {
                List<JsonObject> s =
                    lsp.client.statuses.stream()
                        .filter(o -> o.get("uri").getAsString().equals(uri))
                        .toList();
                return s.size() >= 2 ? s : null;
              });
      String java = System.getProperty("java.version");
      JsonObject first = mine.get(0);
      assertEquals(
          "{\"uri\":\""
              + uri
              + "\",\"state\":\"analyzing\",\"serverVersion\":\""
              + System.getProperty("shapesense.version")
              + "\",\"javaVersion\":\""
              + java
              + "\"}",
          GSON.toJson(first));
      assertEquals("idle", mine.get(mine.size() - 1).get("state").getAsString());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void residualConnectionsAreSkipEdges() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("TransformerClassifier");
      lsp.open(uri, 1, Fixtures.model("TransformerClassifier"));
      JsonObject m = modelGraph(lsp, uri).getAsJsonArray("models").get(0).getAsJsonObject();
      assertEquals(
          """
          {"name":"TransformerClassifier","input":"[N, L]","output":"[N, 3]","params":114179}
          {"id":"0","kind":"input","label":"input","type":"Tensor","shape":"[N, L]","line":12,"character":26}
          {"id":"1","kind":"module","label":"embed","type":"Embedding","params":64000,"shape":"[N, L, 64]","line":13,"character":19}
          {"id":"2","kind":"module","label":"attn","type":"MultiheadAttention","params":16640,"shape":"([N, L, 64], [N, L, L])","line":15,"character":38}
          {"id":"3","kind":"module","label":"norm1","type":"LayerNorm","params":128,"shape":"[N, L, 64]","line":17,"character":12}
          {"id":"4","kind":"module","label":"ff.0","type":"Linear","params":16640,"shape":"[N, L, 256]","line":19,"character":32}
          {"id":"5","kind":"module","label":"ff.1","type":"ReLU","params":0,"shape":"[N, L, 256]","line":19,"character":32}
          {"id":"6","kind":"module","label":"ff.2","type":"Linear","params":16448,"shape":"[N, L, 64]","line":19,"character":32}
          {"id":"7","kind":"module","label":"norm2","type":"LayerNorm","params":128,"shape":"[N, L, 64]","line":19,"character":12}
          {"id":"8","kind":"module","label":"head","type":"Linear","params":195,"shape":"[N, 3]","line":24,"character":15}
          {"id":"9","kind":"output","label":"output","type":"Tensor","shape":"[N, 3]","line":12,"character":18}
          {"from":"0","to":"1","shape":"[N, L]","skip":false}
          {"from":"1","to":"2","shape":"[N, L, 64]","skip":false}
          {"from":"1","to":"3","shape":"[N, L, 64]","skip":true}
          {"from":"2","to":"3","shape":"[N, L, 64]","skip":false}
          {"from":"3","to":"4","shape":"[N, L, 64]","skip":false}
          {"from":"4","to":"5","shape":"[N, L, 256]","skip":false}
          {"from":"5","to":"6","shape":"[N, L, 256]","skip":false}
          {"from":"3","to":"7","shape":"[N, L, 64]","skip":true}
          {"from":"6","to":"7","shape":"[N, L, 64]","skip":false}
          {"from":"7","to":"8","shape":"[N, 64]","skip":false}
          {"from":"8","to":"9","shape":"[N, 3]","skip":false}""",
          show(m));
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
