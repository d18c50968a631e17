package dev.shapesense.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.DiagnosticCodes;
import dev.shapesense.analyzer.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** SARIF 2.1.0 for code-scanning tools: one run, one rule per diagnostic code. */
final class Sarif {
  private Sarif() {}

  static ObjectNode of(Workspace ws, Map<String, List<Diagnostic>> byPath) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ShapeSense");
    driver.put("version", Version.get());
    TreeSet<String> codes = new TreeSet<>();
    byPath.values().forEach(l -> l.forEach(d -> codes.add(d.code())));
    ArrayNode rules = driver.putArray("rules");
    for (String c : codes) {
      ObjectNode r = rules.addObject();
      r.put("id", c);
      String help = DiagnosticCodes.ALL.getOrDefault(c, c);
      r.putObject("shortDescription").put("text", help);
      r.putObject("help")
          .put(
              "text",
              help + " Code " + c + "; silence one line with // shapesense:ignore[" + c + "].");
    }
    ArrayNode results = run.putArray("results");
    byPath.forEach(
        (path, diags) -> {
          for (Diagnostic d : diags) {
            Positions.Span s = Positions.span(ws, d);
            ObjectNode r = results.addObject();
            r.put("ruleId", d.code());
            r.put(
                "level",
                switch (d.severity()) {
                  case ERROR -> "error";
                  case WARNING -> "warning";
                  case INFO -> "note";
                });
            r.putObject("message").put("text", d.message());
            ObjectNode loc = r.putArray("locations").addObject().putObject("physicalLocation");
            loc.putObject("artifactLocation").put("uri", uri(Paths.relative(path)));
            ObjectNode region = loc.putObject("region");
            region.put("startLine", s.line());
            region.put("startColumn", s.column());
            region.put("endLine", s.endLine());
            region.put("endColumn", Math.max(s.endColumn(), s.column()));
          }
        });
    return root;
  }

  /** A relative path as a URI reference with forward slashes. */
  private static String uri(String path) {
    Path p = Path.of(path);
    StringBuilder sb = new StringBuilder();
    for (Path part : p) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(
          java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return p.isAbsolute() ? "file:///" + sb : sb.toString();
  }
}
