package dev.shapesense.lsp;

import dev.shapesense.cli.ProjectConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code shapesense.json} that applies to each document, as {@code check} finds one: the
 * nearest at or above the document's folder. Each file is read once, until {@link #changed} (a
 * watched-file event) says it may differ; a file that cannot be applied is reported through {@link
 * Listener} (once per reading) and the defaults apply. Thread-safe.
 */
final class ProjectConfigs {
  /** What reading a configuration file gave: its settings, or why it cannot be applied. */
  record Loaded(
      Path file, ProjectConfig config, ProjectConfig.Invalid invalid, String unreadable) {}

  /** Told each time a configuration file is read. */
  interface Listener {
    void read(Loaded loaded);
  }

  private final Listener listener;
  private final Map<Path, Optional<Path>> nearest = new ConcurrentHashMap<>();
  private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

  ProjectConfigs(Listener listener) {
    this.listener = listener;
  }

  /** The configuration of the document at {@code key} (a session key), or NONE. */
  ProjectConfig forDocument(String key) {
    Path doc = pathOf(key);
    if (doc == null || doc.getParent() == null) {
      return ProjectConfig.NONE;
    }
    Optional<Path> file = nearest.computeIfAbsent(doc.getParent(), ProjectConfigs::find);
    if (file.isEmpty()) {
      return ProjectConfig.NONE;
    }
    Loaded l = loaded.computeIfAbsent(file.get(), this::load);
    return l.config() == null ? ProjectConfig.NONE : l.config();
  }

  /** The file system path of a session key, or null for a URI that is not a file's. */
  static Path pathOf(String key) {
    if (key == null || !key.startsWith("file:")) {
      return null;
    }
    try {
      return Path.of(URI.create(key));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Forgets what was read: a configuration file was created, changed or deleted. */
  void changed() {
    nearest.clear();
    loaded.clear();
  }

  /** Reads {@code file} now (a watched change), reporting what it gives. */
  void reload(Path file) {
    loaded.remove(file);
    if (Files.isRegularFile(file)) {
      loaded.computeIfAbsent(file, this::load);
    }
  }

  private static Optional<Path> find(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      Path f = d.resolve(ProjectConfig.FILE_NAME);
      if (Files.isRegularFile(f)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private Loaded load(Path file) {
    Loaded l;
    try {
      l = new Loaded(file, ProjectConfig.read(file), null, null);
    } catch (ProjectConfig.Invalid e) {
      l = new Loaded(file, null, e, null);
    } catch (Exception e) {
      // Not readable (a folder, no permission): the defaults apply, and the user is told.
      l = new Loaded(file, null, null, e.getMessage());
    }
    listener.read(l);
    return l;
  }
}
