package dev.shapesense.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;

/**
 * Runs the server over a pair of streams (stdio) until {@code exit} or the end of input. Standard
 * output belongs to JSON-RPC alone: anything else printing to {@code System.out} goes to standard
 * error instead.
 */
public final class LanguageServerMain {
  private LanguageServerMain() {}

  /** Serves until the input ends; returns the exit status (0 after shutdown, else 1). */
  public static int run(InputStream in, OutputStream out) {
    PrintStream err = System.err;
    System.setOut(err);
    WarmUp.start();
    Server server =
        new Server(
            code -> {
              err.flush();
              Runtime.getRuntime().halt(code);
            });
    ExecutorService rpc =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "shapesense-jsonrpc");
              t.setDaemon(true);
              return t;
            });
    Launcher<ShapeSenseClient> launcher =
        new LSPLauncher.Builder<ShapeSenseClient>()
            .setLocalService(server)
            .setRemoteInterface(ShapeSenseClient.class)
            .setInput(in)
            .setOutput(out)
            .setExecutorService(rpc)
            .create();
    server.connect(launcher.getRemoteProxy());
    StartupArchive.maintainLater(server::log);
    try {
      launcher.startListening().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      err.println("shapesense: the connection failed: " + e.getCause());
    }
    return server.exitCode();
  }
}
