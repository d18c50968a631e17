package dev.shapesense.intellij.verify;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side as LSP4IJ implements it, for what the ShapeSense server can ask: {@code
 * workspace/configuration} is answered by walking the settings object one dotted section at a time
 * and giving {@code null} for anything that is not an object (LSP4IJ's {@code
 * LanguageClientImpl.findSettings}); everything the server sends is recorded.
 */
final class Lsp4ijClient implements LanguageClient {
  private volatile JsonObject settings = new JsonObject();
  final Map<String, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();
  final List<String> received = new CopyOnWriteArrayList<>();
  final List<MessageParams> messages = new CopyOnWriteArrayList<>();

  /** The first diagnostics published for {@code uri} that are not empty. */
  List<Diagnostic> awaitDiagnostics(String uri) throws InterruptedException {
    await(
        () -> diagnostics.containsKey(uri) && !diagnostics.get(uri).getDiagnostics().isEmpty(),
        "diagnostics of " + uri);
    return diagnostics.get(uri).getDiagnostics();
  }

  /** Waits until the server has sent {@code method} at least {@code count} times. */
  void awaitReceived(String method, int count) throws InterruptedException {
    await(() -> received.stream().filter(method::equals).count() >= count, count + " x " + method);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(StdioSession.TIMEOUT_SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  void settings(JsonObject settings) {
    this.settings = settings;
  }

  @Override
  public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
    received.add("workspace/configuration");
    List<Object> answers = new ArrayList<>();
    for (ConfigurationItem item : params.getItems()) {
      answers.add(item.getSection() == null ? null : section(settings, item.getSection()));
    }
    return CompletableFuture.completedFuture(answers);
  }

  static JsonObject section(JsonObject root, String dotted) {
    JsonObject current = root;
    for (String name : dotted.split("[.]")) {
      JsonElement next = current.get(name);
      if (next == null || !next.isJsonObject()) {
        return null;
      }
      current = next.getAsJsonObject();
    }
    return current;
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    received.add("textDocument/publishDiagnostics");
    diagnostics.put(params.getUri(), params);
  }

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    received.add("client/registerCapability");
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
    received.add("client/unregisterCapability");
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> refreshInlayHints() {
    received.add("workspace/inlayHint/refresh");
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> refreshDiagnostics() {
    received.add("workspace/diagnostic/refresh");
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
    received.add("window/workDoneProgress/create");
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void notifyProgress(ProgressParams params) {
    received.add("$/progress");
  }

  @Override
  public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
    received.add("workspace/applyEdit");
    return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
  }

  @Override
  public void telemetryEvent(Object object) {
    received.add("telemetry/event");
  }

  @Override
  public void showMessage(MessageParams params) {
    received.add("window/showMessage");
    messages.add(params);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    received.add("window/showMessageRequest");
    messages.add(params);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams params) {
    received.add("window/logMessage");
    messages.add(params);
  }
}
