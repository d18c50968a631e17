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
 * none, ranges of sizes that narrow declared symbols, and paths to leave out (globs relative to the
 * file's folder).
 *
 * <pre>
 * {"severity": {"shape/pinned-input": "off"}, "inputs": {"Net": "N, 3, 32, 32"},
 *  "ranges": {"H": "64..1024"},
 *  "exclude": ["**&#47;generated/**"]}
 * </pre>
 */
public record ProjectConfig(ProjectSettings settings, Path root, List<PathMatcher> exclude) {
  public static final String FILE_NAME = "shapesense.json";
  public static final ProjectConfig NONE = new ProjectConfig(ProjectSettings.NONE, null, List.of());

  /**
   * {@code explicit}, else the nearest shapesense.json from the working directory up, else none.
   */
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

  /**
   * A shapesense.json that cannot be applied: {@code detail} says why, {@code line} and {@code
   * column} (0-based, UTF-16) where in the file, over {@code length} characters.
   */
  public static final class Invalid extends Inputs.BadInput {
    public final String detail;
    public final int line;
    public final int column;
    public final int length;

    Invalid(Path file, String detail, int line, int column, int length) {
      super(file + ": " + detail);
      this.detail = detail;
      this.line = line;
      this.column = column;
      this.length = length;
    }

    /** At the first occurrence of {@code token} (a JSON string as written) in {@code text}. */
    static Invalid at(Path file, String text, String detail, String token) {
      int i = token == null ? -1 : text.indexOf(token);
      if (i < 0) {
        return new Invalid(file, detail, 0, 0, 0);
      }
      int line = 0;
      int start = 0;
      for (int k = 0; k < i; k++) {
        if (text.charAt(k) == '\n') {
          line++;
          start = k + 1;
        }
      }
      return new Invalid(file, detail, line, i - start, token.length());
    }
  }

  public static ProjectConfig read(Path file) throws Inputs.BadInput {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new Inputs.BadInput(
          file + ": " + e.getMessage().lines().findFirst().orElse("cannot read"));
    }
    return parse(file, text);
  }

  /** The settings {@code text} (the content of {@code file}) gives. */
  public static ProjectConfig parse(Path file, String text) throws Invalid {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      throw new Invalid(
          file,
          e.getOriginalMessage().lines().findFirst().orElse("not JSON"),
          loc == null ? 0 : Math.max(0, loc.getLineNr() - 1),
          loc == null ? 0 : Math.max(0, loc.getColumnNr() - 1),
          1);
    }
    if (root == null || !root.isObject()) {
      throw Invalid.at(file, text, "expected a JSON object", null);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!List.of("severity", "inputs", "ranges", "exclude").contains(key)) {
        throw Invalid.at(file, text, "unknown setting '" + key + "'", quoted(key));
      }
    }
    Map<String, Severity> severities = new HashMap<>();
    for (var e : fields(root.path("severity"))) {
      if (!DiagnosticCodes.ALL.containsKey(e.getKey())) {
        throw Invalid.at(
            file, text, "unknown diagnostic code '" + e.getKey() + "'", quoted(e.getKey()));
      }
      String v = e.getValue().asText();
      switch (v) {
        case "off" -> severities.put(e.getKey(), null);
        case "error", "warning", "info" ->
            severities.put(e.getKey(), Severity.valueOf(v.toUpperCase()));
        default ->
            throw Invalid.at(
                file,
                text,
                "severity of "
                    + e.getKey()
                    + " must be error, warning, info or off, not '"
                    + v
                    + "'",
                quoted(e.getKey()));
      }
    }
    Map<String, Shape> inputs = new HashMap<>();
    for (var e : fields(root.path("inputs"))) {
      try {
        inputs.put(e.getKey(), Shape.parse(e.getValue().asText()));
      } catch (IllegalArgumentException ex) {
        throw Invalid.at(
            file, text, "inputs of " + e.getKey() + ": " + ex.getMessage(), quoted(e.getKey()));
      }
    }
    Map<String, IntSet> ranges = new HashMap<>();
    for (var e : fields(root.path("ranges"))) {
      try {
        ranges.put(e.getKey(), ProjectSettings.range(e.getValue().asText()));
      } catch (IllegalArgumentException ex) {
        throw Invalid.at(
            file, text, "ranges of " + e.getKey() + ": " + ex.getMessage(), quoted(e.getKey()));
      }
    }
    List<PathMatcher> exclude = new ArrayList<>();
    for (JsonNode g : root.path("exclude")) {
      try {
        exclude.add(FileSystems.getDefault().getPathMatcher("glob:" + g.asText()));
      } catch (IllegalArgumentException ex) {
        throw Invalid.at(
            file,
            text,
            "exclude: " + ex.getMessage().lines().findFirst().orElse("bad glob"),
            quoted(g.asText()));
      }
    }
    return new ProjectConfig(
        new ProjectSettings(severities, inputs, ranges),
        file.toAbsolutePath().getParent(),
        exclude);
  }

  private static String quoted(String s) {
    return Json.MAPPER.valueToTree(s).toString();
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode n) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    n.fields().forEachRemaining(out::add);
    return out;
  }

  /** Whether a target path is excluded by the project. */
  public boolean excludes(String path) {
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
