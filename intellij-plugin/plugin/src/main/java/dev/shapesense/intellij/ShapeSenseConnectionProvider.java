package dev.shapesense.intellij;

import com.intellij.execution.configurations.GeneralCommandLine;
import com.intellij.ide.plugins.IdeaPluginDescriptor;
import com.intellij.ide.plugins.PluginManagerCore;
import com.intellij.openapi.extensions.PluginId;
import com.intellij.openapi.project.Project;
import com.intellij.openapi.vfs.VirtualFile;
import com.redhat.devtools.lsp4ij.server.CannotStartProcessException;
import com.redhat.devtools.lsp4ij.server.JavaProcessCommandBuilder;
import com.redhat.devtools.lsp4ij.server.OSProcessStreamConnectionProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the server jar bundled in the plugin with the IDE's own Java runtime (through LSP4IJ's
 * {@link JavaProcessCommandBuilder}, which also honours a debug port set in LSP4IJ's settings),
 * the server's own JVM options and its class-data archive, and passes the user's settings as
 * {@code initializationOptions}.
 */
final class ShapeSenseConnectionProvider extends OSProcessStreamConnectionProvider {
  private final Path jar;

  ShapeSenseConnectionProvider(Project project) {
    this.jar = ServerLaunch.bundledJar(pluginHome());
    List<String> javaLauncher =
        new JavaProcessCommandBuilder(project, ServerLaunch.SERVER_ID).setJar(jar.toString()).create();
    Path archive = ServerLaunch.archive(Path.of(System.getProperty("user.home")));
    setCommandLine(
        new GeneralCommandLine(ServerLaunch.command(javaLauncher, ServerLaunch.jvmOptions(jar), archive)));
  }

  @Override
  public void start() throws CannotStartProcessException {
    if (!Files.isRegularFile(jar)) {
      throw new CannotStartProcessException(
          "The ShapeSense server jar is missing from the plugin: " + jar + ". Reinstall the plugin.");
    }
    super.start();
  }

  @Override
  public Object getInitializationOptions(VirtualFile rootUri) {
    return SettingsJson.of(ShapeSenseSettings.getInstance().options());
  }

  private static Path pluginHome() {
    IdeaPluginDescriptor plugin = PluginManagerCore.getPlugin(PluginId.getId(ServerLaunch.PLUGIN_ID));
    if (plugin == null) {
      throw new IllegalStateException("The ShapeSense plugin is not installed: " + ServerLaunch.PLUGIN_ID);
    }
    return plugin.getPluginPath();
  }
}
