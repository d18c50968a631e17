package dev.shapesense.intellij.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.shapesense.intellij.ServerLaunch;
import dev.shapesense.intellij.ShapeSenseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's launch and settings, with its own {@link ServerLaunch} and {@link ShapeSenseOptions}
 * compiled from {@code plugin/src}: the jar where the Gradle build bundles it, the command LSP4IJ's
 * {@code JavaProcessCommandBuilder} makes of it (the IDE's {@code java} then {@code -jar <jar>}),
 * and the settings as the plugin's client converts them (Gson, as {@code SettingsJson} does).
 */
class PluginStdioIT {
  private static final Gson GSON = new Gson();

  @TempDir static Path scratch;
  static Path project;
  static List<String> command;

  @BeforeAll
  static void installLikeTheGradleBuild() throws Exception {
    project = Repo.userProject(Files.createDirectories(scratch.resolve("project")));
    Path jar = ServerLaunch.bundledJar(scratch.resolve("plugins/shapesense-intellij"));
    Files.createDirectories(jar.getParent());
    Files.copy(Repo.serverJar(), jar);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    command =
        ServerLaunch.command(
            List.of(java, "-jar", jar.toString()),
            ServerLaunch.jvmOptions(jar),
            ServerLaunch.archive(Files.createDirectories(scratch.resolve("home"))));
  }

  private static JsonObject json(ShapeSenseOptions options) {
    return GSON.toJsonTree(options.asSettings()).getAsJsonObject();
  }

  private static StdioSession start(ShapeSenseOptions options) throws Exception {
    return StdioSession.start(command, project, json(options), json(options));
  }

  @Test
  void defaultsGiveNetsHints() throws Exception {
    try (StdioSession session = start(ShapeSenseOptions.DEFAULTS)) {
      Path net = project.resolve("Net.java");
      String uri = session.open(net);
      var hints = session.inlayHints(uri, StdioSession.wholeDocument(Files.readString(net)));
      assertEquals(NetExpectations.ALL, NetExpectations.labelsByLine(hints));
      assertEquals(0, session.shutdown(), session.stderrText());
    }
  }

  @Test
  void changedSettingsReachTheServerAndRefreshTheHints() throws Exception {
    Path file = project.resolve("InferredNet.java");
    int flatten = NetExpectations.lineOf(file, "x = x.flatten(1);");
    int ret = NetExpectations.lineOf(file, "return fc3.forward(x);");
    var whole = StdioSession.wholeDocument(Files.readString(file));
    try (StdioSession session = start(ShapeSenseOptions.DEFAULTS)) {
      String uri = session.open(file);
      Map<Integer, List<String>> before =
          NetExpectations.labelsByLine(session.inlayHints(uri, whole));
      assertEquals(List.of("[N, 16 * ((H - 12) / 4) * ((W - 12) / 4)]"), before.get(flatten));
      assertEquals(List.of("[N, 10]"), before.get(ret));

      session.changeSettings(json(new ShapeSenseOptions(true, 12, "B")));
      session.client.awaitReceived("workspace/inlayHint/refresh", 1);
      Map<Integer, List<String>> after =
          NetExpectations.labelsByLine(session.inlayHints(uri, whole));
      assertEquals(List.of("[B, 16 * ((…"), after.get(flatten));
      assertEquals(List.of("[B, 10]"), after.get(ret));

      session.changeSettings(json(new ShapeSenseOptions(false, 12, "B")));
      session.client.awaitReceived("workspace/inlayHint/refresh", 2);
      assertEquals(List.of(), session.inlayHints(uri, whole));
    }
  }
}
