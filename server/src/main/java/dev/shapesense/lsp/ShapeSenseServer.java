package dev.shapesense.lsp;

import com.google.gson.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageServer;

/** The server as a client sees it: LSP's, plus ShapeSense's own requests. */
public interface ShapeSenseServer extends LanguageServer {
  /**
   * {@code shapesense/modelGraph} with {@code {"textDocument": {"uri": ...}}}: the document's
   * models with their layer graphs (ARCHITECTURE.md, "The model graph request").
   */
  @JsonRequest("shapesense/modelGraph")
  CompletableFuture<JsonObject> modelGraph(JsonObject params);
}
