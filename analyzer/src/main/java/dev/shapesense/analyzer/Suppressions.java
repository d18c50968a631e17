package dev.shapesense.analyzer;

import com.github.javaparser.ast.comments.Comment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code // shapesense:ignore[code, ...]} on a line drops the diagnostics with those codes that
 * start on that line ({@code // shapesense:ignore} alone drops all of them). A suppression naming
 * a code ShapeSense does not have is itself reported.
 */
final class Suppressions {
  private static final Pattern IGNORE =
      Pattern.compile("shapesense:ignore(?:\\[([^\\]]*)\\])?");
  private static final String ALL = "*";

  private final Map<Integer, Set<String>> byLine = new HashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  static Suppressions of(ParsedFile file) {
    Suppressions s = new Suppressions();
    if (file.unit().isEmpty()) {
      return s;
    }
    for (Comment c : file.unit().get().getAllContainedComments()) {
      s.read(file, c);
    }
    file.unit().get().getOrphanComments().forEach(c -> s.read(file, c));
    file.unit().get().getComment().ifPresent(c -> s.read(file, c));
    return s;
  }

  private void read(ParsedFile file, Comment c) {
    Matcher m = IGNORE.matcher(c.getContent());
    TextRange r = file.range(c);
    if (r == null) {
      return;
    }
    int line = file.lines().line(r.start());
    while (m.find()) {
      Set<String> codes = byLine.computeIfAbsent(line, k -> new TreeSet<>());
      if (m.group(1) == null) {
        codes.add(ALL);
        continue;
      }
      for (String code : m.group(1).split(",")) {
        String name = code.strip();
        if (name.isEmpty()) {
          continue;
        }
        codes.add(name);
        if (!DiagnosticCodes.ALL.containsKey(name)) {
          problems.add(
              new Diagnostic(
                  file.path(),
                  r,
                  Severity.WARNING,
                  DiagnosticCodes.UNKNOWN_SUPPRESSION,
                  "unknown diagnostic code '" + name + "' in shapesense:ignore",
                  List.of()));
        }
      }
    }
  }

  boolean suppresses(ParsedFile file, Diagnostic d) {
    if (d.code().equals(DiagnosticCodes.UNKNOWN_SUPPRESSION)) {
      return false;
    }
    Set<String> codes = byLine.get(file.lines().line(d.range().start()));
    return codes != null && (codes.contains(ALL) || codes.contains(d.code()));
  }

  List<Diagnostic> problems() {
    return problems;
  }

  /** Drops suppressed diagnostics, reading each file's suppressions once. */
  static List<Diagnostic> filter(Workspace ws, List<Diagnostic> diagnostics, Map<String, Suppressions> cache) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      ParsedFile f = ws.file(d.path());
      if (f == null) {
        out.add(d);
        continue;
      }
      Suppressions s = cache.computeIfAbsent(d.path(), p -> of(f));
      if (!s.suppresses(f, d)) {
        out.add(d);
      }
    }
    return out;
  }
}
