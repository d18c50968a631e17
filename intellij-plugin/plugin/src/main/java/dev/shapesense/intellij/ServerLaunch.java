package dev.shapesense.intellij;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the plugin starts the bundled ShapeSense language server: the jar's place inside the
 * installed plugin and the arguments after {@code java -jar <jar>}.
 *
 * <p>Plain Java on purpose (no IntelliJ or LSP4IJ type), so the build of this repository compiles
 * this very file and runs the command it builds against the real server.
 */
public final class ServerLaunch {
  /** The id of the server in {@code plugin.xml} and in LSP4IJ's settings and console. */
  public static final String SERVER_ID = "shapesense";

  /** The plugin's id in {@code plugin.xml}, used to find the installed plugin's folder. */
  public static final String PLUGIN_ID = "dev.shapesense.intellij";

  /** Arguments that make the jar run the language server over stdin and stdout. */
  public static final List<String> SERVER_ARGUMENTS = List.of("server", "--stdio");

  private ServerLaunch() {}

  /**
   * The server jar inside the installed plugin. It lies outside {@code lib/}, so IntelliJ never
   * loads its classes (among them a second LSP4J) into the plugin's class loader.
   */
  public static Path bundledJar(Path pluginHome) {
    return pluginHome.resolve("server").resolve("shapesense.jar");
  }

  /** The full command: the Java launcher and its options as LSP4IJ builds them, then ours. */
  public static List<String> command(List<String> javaLauncher) {
    List<String> command = new ArrayList<>(javaLauncher);
    command.addAll(SERVER_ARGUMENTS);
    return List.copyOf(command);
  }
}
