package dev.shapesense.intellij;

import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.project.Project;
import com.redhat.devtools.lsp4ij.ServerStatus;
import com.redhat.devtools.lsp4ij.client.LanguageClientImpl;

/**
 * The client side of one ShapeSense server: sends the settings with
 * {@code workspace/didChangeConfiguration} once the server has started and again whenever the
 * user changes them, and answers {@code workspace/configuration} from them.
 */
final class ShapeSenseLanguageClient extends LanguageClientImpl {
  ShapeSenseLanguageClient(Project project) {
    super(project);
    ApplicationManager.getApplication()
        .getMessageBus()
        .connect(this)
        .subscribe(ShapeSenseSettings.CHANGED, options -> triggerChangeConfiguration());
  }

  @Override
  protected Object createSettings() {
    return SettingsJson.of(ShapeSenseSettings.getInstance().options());
  }

  @Override
  public void handleServerStatusChanged(ServerStatus serverStatus) {
    if (serverStatus == ServerStatus.started) {
      triggerChangeConfiguration();
    }
  }
}
