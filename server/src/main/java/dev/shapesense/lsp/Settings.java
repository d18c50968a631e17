package dev.shapesense.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The user's settings (API.md §3): {@code shapesense.inlayHints.enabled}, {@code
 * shapesense.inlayHints.maxLength} (0: no limit) and {@code shapesense.defaultBatchSymbol}. Read
 * from {@code initializationOptions} or {@code workspace/didChangeConfiguration}, which may nest
 * them ({@code {"shapesense": {"inlayHints": {...}}}}), leave out the {@code shapesense} level, or
 * use dotted keys ({@code {"shapesense.inlayHints.enabled": false}}); a value of the wrong type
 * keeps the previous one.
 */
public record Settings(boolean hintsEnabled, int maxLength, String batchSymbol) {
  public static final Settings DEFAULT = new Settings(true, 0, "N");

  /** These settings updated by whatever {@code json} says; absent keys keep their value. */
  public Settings merge(JsonElement json) {
    if (json == null || !json.isJsonObject()) {
      return this;
    }
    JsonObject o = json.getAsJsonObject();
    if (o.has("shapesense") && o.get("shapesense").isJsonObject()) {
      o = o.getAsJsonObject("shapesense");
    }
    boolean enabled = hintsEnabled;
    int max = maxLength;
    String batch = batchSymbol;
    JsonPrimitive e = value(o, "inlayHints", "enabled");
    if (e != null && e.isBoolean()) {
      enabled = e.getAsBoolean();
    }
    JsonPrimitive m = value(o, "inlayHints", "maxLength");
    if (m != null && m.isNumber() && m.getAsDouble() >= 0) {
      max = (int) Math.min(Integer.MAX_VALUE, m.getAsDouble());
    }
    JsonPrimitive b = value(o, "defaultBatchSymbol", null);
    if (b != null && b.isString() && b.getAsString().matches("[A-Za-z_][A-Za-z_0-9]*")) {
      batch = b.getAsString();
    }
    return new Settings(enabled, max, batch);
  }

  private static JsonPrimitive value(JsonObject o, String group, String key) {
    JsonElement v = null;
    if (key == null) {
      v = o.has(group) ? o.get(group) : o.get("shapesense." + group);
    } else if (o.has(group) && o.get(group).isJsonObject()) {
      v = o.getAsJsonObject(group).get(key);
    } else if (o.has(group + "." + key)) {
      v = o.get(group + "." + key);
    } else {
      v = o.get("shapesense." + group + "." + key);
    }
    return v != null && v.isJsonPrimitive() ? v.getAsJsonPrimitive() : null;
  }

  /** A label cut to {@code maxLength} characters, the last one an ellipsis. */
  public String truncate(String label) {
    if (maxLength <= 0 || label.length() <= maxLength) {
      return label;
    }
    return label.substring(0, Math.max(0, maxLength - 1)) + "…";
  }
}
