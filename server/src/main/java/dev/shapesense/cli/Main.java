package dev.shapesense.cli;

import dev.shapesense.analyzer.Stacks;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code shapesense} command: {@code check}, {@code trace} over one JVM for any number of
 * files.
 */
@Command(
    name = "shapesense",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Shape checking for Java neural-network models.",
    subcommands = {
      CheckCommand.class,
      TraceCommand.class,
      GraphCommand.class,
      DiffCommand.class,
      ServerCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) throws InterruptedException {
    // On a thread with a deep stack: a thousand nested calls in a generated model parse and run.
    int[] status = {2};
    ServerCommand server = ServerCommand.parse(args);
    Thread t =
        Stacks.thread(
            () -> status[0] = server != null ? server.call() : run(args), "shapesense-main");
    t.start();
    t.join();
    System.exit(status[0]);
  }

  /** Runs the command line and returns its exit status (0 clean, 1 shape errors, 2 bad usage). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          cl.getErr().println("shapesense: " + ex.getMessage());
          ex.getCommandLine().usage(cl.getErr());
          return 2;
        });
    return cl.execute(args);
  }

  /** {@code --version}: the build's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"shapesense " + Version.get()};
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required: check, trace, graph, diff or server");
  }
}
