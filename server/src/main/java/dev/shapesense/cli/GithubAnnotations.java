package dev.shapesense.cli;

import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.Workspace;
import java.util.List;
import java.util.Map;

/** GitHub Actions workflow commands: one {@code ::error file=...::message} line per diagnostic. */
final class GithubAnnotations {
  private GithubAnnotations() {}

  static String of(Workspace ws, Map<String, List<Diagnostic>> byPath) {
    StringBuilder sb = new StringBuilder();
    byPath.forEach(
        (path, diags) -> {
          for (Diagnostic d : diags) {
            Positions.Span s = Positions.span(ws, d);
            String level =
                switch (d.severity()) {
                  case ERROR -> "error";
                  case WARNING -> "warning";
                  case INFO -> "notice";
                };
            sb.append("::")
                .append(level)
                .append(" file=")
                .append(property(Paths.relative(path)))
                .append(",line=")
                .append(s.line())
                .append(",col=")
                .append(s.column())
                .append(",endLine=")
                .append(s.endLine())
                .append(",endColumn=")
                .append(s.endColumn())
                .append(",title=")
                .append(property(d.code()))
                .append("::")
                .append(data(d.message()))
                .append('\n');
          }
        });
    return sb.toString();
  }

  /** Escapes a message as GitHub's workflow commands require. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: also its separators. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
