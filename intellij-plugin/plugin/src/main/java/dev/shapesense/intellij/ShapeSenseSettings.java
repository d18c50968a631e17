package dev.shapesense.intellij;

import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.components.PersistentStateComponent;
import com.intellij.openapi.components.State;
import com.intellij.openapi.components.Storage;
import com.intellij.util.messages.Topic;
import org.jetbrains.annotations.NotNull;

/**
 * The application-wide ShapeSense settings, stored in {@code shapesense.xml} in the IDE's
 * configuration folder. Changes are announced on {@link #CHANGED}.
 */
@State(name = "ShapeSense", storages = @Storage("shapesense.xml"))
public final class ShapeSenseSettings
    implements PersistentStateComponent<ShapeSenseSettings.Stored> {

  /** Told the new settings after the user applies them. */
  public interface Listener {
    void settingsChanged(ShapeSenseOptions options);
  }

  public static final Topic<Listener> CHANGED = Topic.create("ShapeSense settings", Listener.class);

  /** The persisted form: public fields, as IntelliJ's XML serializer wants them. */
  public static final class Stored {
    public boolean inlayHintsEnabled = ShapeSenseOptions.DEFAULTS.inlayHintsEnabled();
    public int inlayHintsMaxLength = ShapeSenseOptions.DEFAULTS.inlayHintsMaxLength();
    public String defaultBatchSymbol = ShapeSenseOptions.DEFAULTS.defaultBatchSymbol();
  }

  private volatile Stored stored = new Stored();

  public static ShapeSenseSettings getInstance() {
    return ApplicationManager.getApplication().getService(ShapeSenseSettings.class);
  }

  /** The current settings; stored values that are invalid fall back to the defaults. */
  public ShapeSenseOptions options() {
    Stored s = stored;
    ShapeSenseOptions options =
        new ShapeSenseOptions(s.inlayHintsEnabled, s.inlayHintsMaxLength, s.defaultBatchSymbol);
    return options.problems().isEmpty() ? options : ShapeSenseOptions.DEFAULTS;
  }

  /** Stores valid settings and tells every running ShapeSense client. */
  public void update(ShapeSenseOptions options) {
    if (!options.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", options.problems()));
    }
    Stored s = new Stored();
    s.inlayHintsEnabled = options.inlayHintsEnabled();
    s.inlayHintsMaxLength = options.inlayHintsMaxLength();
    s.defaultBatchSymbol = options.defaultBatchSymbol();
    stored = s;
    ApplicationManager.getApplication().getMessageBus().syncPublisher(CHANGED).settingsChanged(options);
  }

  @Override
  public @NotNull Stored getState() {
    return stored;
  }

  @Override
  public void loadState(@NotNull Stored state) {
    stored = state;
  }
}
