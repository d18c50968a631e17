package dev.shapesense.cli;

import dev.shapesense.lsp.LanguageServerMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shapesense server}: the language server over standard input and output. */
@Command(name = "server", description = "Run the language server (LSP 3.17) over stdio.")
final class ServerCommand implements Callable<Integer> {
  @Option(names = "--stdio", description = "talk over standard input and output (the default)")
  boolean stdio;

  @Option(
      names = "--clientProcessId",
      paramLabel = "PID",
      description = "the editor's process id: the server exits when it does")
  Long clientProcessId;

  @Option(
      names = "--self-test",
      description =
          "run one editor session against the server in this process (open a small model, check its"
              + " diagnostics, inlay hints and hover) and exit 0 if every answer is right")
  boolean selfTest;

  @Override
  public Integer call() {
    if (selfTest) {
      return dev.shapesense.lsp.SelfTest.run(System.out, System.err);
    }
    if (clientProcessId != null) {
      ProcessHandle.of(clientProcessId)
          .ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
    }
    return LanguageServerMain.run(System.in, System.out);
  }
}
