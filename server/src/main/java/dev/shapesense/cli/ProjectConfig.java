package dev.shapesense.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shapesense.analyzer.DiagnosticCodes;
import dev.shapesense.analyzer.ProjectSettings;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.tensor.IntSet;
import dev.shapesense.tensor.Shape;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A project's {@code shapesense.json}: severity per code ({@code "error"}, {@code "warning"},
 * {@code "info"} or {@code "off"}), input dims of model classes whose {@code forward} declares
 * none, ranges of sizes that narrow declared symbols, and paths to leave out (globs relative to
 * the file's folder).
 *
 * <pre>
 * {"severity": {"shape/pinned-input": "off"}, "inputs": {"Net": "N, 3, 32, 32"},
 *  "ranges": {"H": "64..1024"},
 *  "exclude": ["**&#47;generated/**"]}
 * </pre>
 */
record ProjectConfig(ProjectSettings settings, Path root, List<PathMatcher> exclude) {
  static final String FILE_NAME = "shapesense.json";
  static final ProjectConfig NONE = new ProjectConfig(ProjectSettings.NONE, null, List.of());

  /** {@code explicit}, else the nearest shapesense.json from the working directory up, else none. */
  static ProjectConfig find(Path explicit) throws Inputs.BadInput {
    if (explicit != null) {
      return read(explicit);
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path f = d.resolve(FILE_NAME);
      if (Files.isRegularFile(f)) {
        return read(f);
      }
    }
    return NONE;
  }

  static ProjectConfig read(Path file) throws Inputs.BadInput {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new Inputs.BadInput(file + ": " + e.getMessage().lines().findFirst().orElse("cannot read"));
    }
    if (root == null || !root.isObject()) {
      throw new Inputs.BadInput(file + ": expected a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!List.of("severity", "inputs", "ranges", "exclude").contains(key)) {
        throw new Inputs.BadInput(file + ": unknown setting '" + key + "'");
      }
    }
    Map<String, Severity> severities = new HashMap<>();
    for (var e : fields(root.path("severity"))) {
      if (!DiagnosticCodes.ALL.containsKey(e.getKey())) {
        throw new Inputs.BadInput(file + ": unknown diagnostic code '" + e.getKey() + "'");
      }
      String v = e.getValue().asText();
      switch (v) {
        case "off" -> severities.put(e.getKey(), null);
        case "error", "warning", "info" -> severities.put(e.getKey(), Severity.valueOf(v.toUpperCase()));
        default -> throw new Inputs.BadInput(file + ": severity of " + e.getKey() + " must be error, warning, info or off, not '" + v + "'");
      }
    }
    Map<String, Shape> inputs = new HashMap<>();
    for (var e : fields(root.path("inputs"))) {
      try {
        inputs.put(e.getKey(), Shape.parse(e.getValue().asText()));
      } catch (IllegalArgumentException ex) {
        throw new Inputs.BadInput(file + ": inputs of " + e.getKey() + ": " + ex.getMessage());
      }
    }
    Map<String, IntSet> ranges = new HashMap<>();
    for (var e : fields(root.path("ranges"))) {
      try {
        ranges.put(e.getKey(), ProjectSettings.range(e.getValue().asText()));
      } catch (IllegalArgumentException ex) {
        throw new Inputs.BadInput(file + ": ranges of " + e.getKey() + ": " + ex.getMessage());
      }
    }
    List<PathMatcher> exclude = new ArrayList<>();
    for (JsonNode g : root.path("exclude")) {
      exclude.add(FileSystems.getDefault().getPathMatcher("glob:" + g.asText()));
    }
    return new ProjectConfig(new ProjectSettings(severities, inputs, ranges), file.toAbsolutePath().getParent(), exclude);
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode n) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    n.fields().forEachRemaining(out::add);
    return out;
  }

  /** Whether a target path is excluded by the project. */
  boolean excludes(String path) {
    if (root == null || exclude.isEmpty()) {
      return false;
    }
    Path abs = Path.of(path).toAbsolutePath().normalize();
    if (!abs.startsWith(root)) {
      return false;
    }
    Path rel = root.relativize(abs);
    return exclude.stream().anyMatch(m -> m.matches(rel));
  }
}
