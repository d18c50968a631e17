package dev.shapesense.intellij;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * Converts settings to the Gson tree that LSP4IJ sends and searches: LSP4IJ answers
 * {@code workspace/configuration} by walking a {@link JsonObject} section by section.
 */
final class SettingsJson {
  private static final Gson GSON = new Gson();

  private SettingsJson() {}

  static JsonObject of(ShapeSenseOptions options) {
    return GSON.toJsonTree(options.asSettings()).getAsJsonObject();
  }
}
