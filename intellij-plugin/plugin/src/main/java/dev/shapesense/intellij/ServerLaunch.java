package dev.shapesense.intellij;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

  /** Where the server's JVM options lie in its jar: the one list every way of starting it uses. */
  public static final String JVM_OPTIONS = "dev/shapesense/cli/jvm.options";

  /**
   * The server's JVM options as its jar lists them (a java argument file: one option per line,
   * {@code #} comments), or none when the jar cannot be read (starting it will say why).
   */
  public static List<String> jvmOptions(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry e = zip.getEntry(JVM_OPTIONS);
      if (e == null) {
        return List.of();
      }
      try (InputStream in = zip.getInputStream(e)) {
        List<String> out = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String l = line.strip();
          if (!l.isEmpty() && !l.startsWith("#")) {
            out.add(l);
          }
        }
        return List.copyOf(out);
      }
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * The class-data-sharing archive of the plugin's server, which the server writes itself when it
   * is missing or stale (after its first start, or an update of the plugin or of the IDE's Java).
   */
  public static Path archive(Path userHome) {
    return userHome.resolve(".shapesense").resolve("intellij-plugin.jsa");
  }

  /**
   * The full command: the Java launcher as LSP4IJ builds it ({@code java}, its own options such
   * as a debug agent, {@code -jar <jar>}), with the server's JVM options and its archive (mapped
   * when it exists, named so the server keeps it up to date) before {@code -jar}, then ours.
   */
  public static List<String> command(List<String> javaLauncher, List<String> jvmOptions, Path archive) {
    int jar = javaLauncher.indexOf("-jar");
    List<String> command = new ArrayList<>(javaLauncher.subList(0, jar < 0 ? javaLauncher.size() : jar));
    command.addAll(jvmOptions);
    if (Files.isRegularFile(archive)) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.add("-Dshapesense.archive=" + archive);
    if (jar >= 0) {
      command.addAll(javaLauncher.subList(jar, javaLauncher.size()));
    }
    command.addAll(SERVER_ARGUMENTS);
    return List.copyOf(command);
  }
}
