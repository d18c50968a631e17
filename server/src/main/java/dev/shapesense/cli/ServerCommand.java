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

  /**
   * The server's own command line read without picocli, or null when {@code args} are not only
   * {@code server} and its options (then picocli reads them and explains any mistake). Editors
   * start the server on every window: building picocli's model of every command took about a fifth
   * of the time to the first diagnostics (its reflection over the commands' annotations and the
   * classes it loads), and the server needs none of it.
   */
  static ServerCommand parse(String[] args) {
    if (args.length == 0 || !args[0].equals("server")) {
      return null;
    }
    ServerCommand c = new ServerCommand();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      String pid = null;
      if (a.equals("--stdio") && !c.stdio) {
        c.stdio = true;
      } else if (a.equals("--self-test") && !c.selfTest) {
        c.selfTest = true;
      } else if (a.startsWith("--clientProcessId=") && c.clientProcessId == null) {
        pid = a.substring("--clientProcessId=".length());
      } else if (a.equals("--clientProcessId")
          && c.clientProcessId == null
          && i + 1 < args.length) {
        pid = args[++i];
      } else {
        return null;
      }
      if (pid != null) {
        try {
          c.clientProcessId = Long.valueOf(pid);
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return c;
  }

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
