package dev.shapesense.lsp;

import com.google.gson.JsonObject;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client as the server sees it: LSP's, plus ShapeSense's own notifications. */
public interface ShapeSenseClient extends LanguageClient {
  /**
   * {@code shapesense/status}: an analysis of an open document started ({@code "state":
   * "analyzing"}) or ended ({@code "idle"}), with {@code uri}, {@code serverVersion} and {@code
   * javaVersion}.
   */
  @JsonNotification("shapesense/status")
  void status(JsonObject params);
}
