package dev.shapesense.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends and answers its requests. */
class RecordingClient implements LanguageClient {
  final Map<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();
  final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
  final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
  final List<WorkDoneProgressCreateParams> progressCreated = new CopyOnWriteArrayList<>();
  final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
  final List<MessageParams> logs = new CopyOnWriteArrayList<>();
  final AtomicInteger refreshes = new AtomicInteger();
  final List<com.google.gson.JsonObject> statuses = new CopyOnWriteArrayList<>();
  final List<org.eclipse.lsp4j.LogTraceParams> traces = new CopyOnWriteArrayList<>();

  @Override
  public synchronized void logTrace(org.eclipse.lsp4j.LogTraceParams params) {
    traces.add(params);
    notifyAll();
  }

  /** ShapeSense's {@code shapesense/status} notification. */
  @org.eclipse.lsp4j.jsonrpc.services.JsonNotification("shapesense/status")
  public synchronized void status(com.google.gson.JsonObject params) {
    statuses.add(params);
    notifyAll();
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public synchronized void publishDiagnostics(PublishDiagnosticsParams d) {
    published.add(d);
    latest.put(d.getUri(), d);
    notifyAll();
  }

  @Override
  public void showMessage(MessageParams m) {
    logs.add(m);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized void logMessage(MessageParams m) {
    logs.add(m);
    notifyAll();
  }

  @Override
  public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
    progressCreated.add(params);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized void notifyProgress(ProgressParams params) {
    progress.add(params);
    notifyAll();
  }

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    registrations.add(params);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletableFuture<Void> refreshInlayHints() {
    refreshes.incrementAndGet();
    notifyAll();
    return CompletableFuture.completedFuture(null);
  }

  /**
   * The threads of the language servers running now (jcmd Thread.print), for a failure that timed
   * out: where a server waits shows why it never answered.
   */
  static String serverThreads() {
    StringBuilder sb = new StringBuilder();
    ProcessHandle.allProcesses()
        .filter(h -> h.info().commandLine().map(c -> c.contains("--stdio")).orElse(false))
        .forEach(
            h -> {
              try {
                Process jcmd =
                    new ProcessBuilder(
                            java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                .toString(),
                            String.valueOf(h.pid()),
                            "Thread.print")
                        .redirectErrorStream(true)
                        .start();
                sb.append("threads of server ").append(h.pid()).append(":\n");
                sb.append(
                    new String(
                        jcmd.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
                jcmd.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
              } catch (java.io.IOException | InterruptedException e) {
                sb.append("no thread dump of ").append(h.pid()).append(": ").append(e).append('\n');
              }
            });
    return sb.toString();
  }

  /** Waits up to 60 s for {@code probe} to give a non-null value. */
  synchronized <T> T await(Supplier<T> probe) throws InterruptedException {
    T v = await(probe, 60);
    if (v == null) {
      throw new AssertionError(
          "timed out waiting; diagnostics " + latest + ", logs " + logs + "\n" + serverThreads());
    }
    return v;
  }

  /** Waits up to {@code seconds} for {@code probe} to give a non-null value, else null. */
  synchronized <T> T await(Supplier<T> probe, int seconds) throws InterruptedException {
    long end = System.currentTimeMillis() + seconds * 1000L;
    T v;
    while ((v = probe.get()) == null) {
      long left = end - System.currentTimeMillis();
      if (left <= 0) {
        return null;
      }
      wait(Math.min(left, 200));
    }
    return v;
  }
}
