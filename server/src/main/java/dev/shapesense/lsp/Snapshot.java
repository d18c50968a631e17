package dev.shapesense.lsp;

import dev.shapesense.analyzer.Workspace;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One immutable state of the server: the open documents (by path, with the client's URI and
 * version), the texts of the indexed files on disk, and the settings. Edits make a new snapshot;
 * its analyzer {@link Workspace} is built once, on first demand, by {@link Session#workspace}.
 */
final class Snapshot {
  /** An open document: the URI as the client spells it, its version and text. */
  record Doc(String uri, int version, DocumentText text) {}

  final long generation;
  final Map<String, Doc> open;
  final Map<String, String> disk;
  final Settings settings;
  volatile Workspace workspace;

  private Snapshot(
      long generation, Map<String, Doc> open, Map<String, String> disk, Settings settings) {
    this.generation = generation;
    this.open = Collections.unmodifiableMap(open);
    this.disk = Collections.unmodifiableMap(disk);
    this.settings = settings;
  }

  static Snapshot initial() {
    return new Snapshot(0, new HashMap<>(), new HashMap<>(), Settings.DEFAULT);
  }

  Snapshot withDoc(String path, Doc doc) {
    Map<String, Doc> m = new HashMap<>(open);
    if (doc == null) {
      m.remove(path);
    } else {
      m.put(path, doc);
    }
    return new Snapshot(generation + 1, m, disk, settings);
  }

  /** The disk texts updated: a null text removes the path. */
  Snapshot withDisk(Map<String, String> changes) {
    Map<String, String> m = new HashMap<>(disk);
    changes.forEach(
        (p, t) -> {
          if (t == null) {
            m.remove(p);
          } else {
            m.put(p, t);
          }
        });
    return new Snapshot(generation + 1, open, m, settings);
  }

  Snapshot withSettings(Settings s) {
    return new Snapshot(generation + 1, open, disk, s);
  }

  /** The text the analysis sees for a path: the open document's, else the disk's, else null. */
  String text(String path) {
    Doc d = open.get(path);
    return d != null ? d.text().text() : disk.get(path);
  }
}
