package dev.shapesense.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code // shapesense:ignore[code, ...]} in a line comment drops the diagnostics with those codes
 * that start on that line ({@code // shapesense:ignore} alone drops all of them). A suppression
 * naming a code ShapeSense does not have is itself reported.
 */
final class Suppressions {
  private static final Pattern IGNORE = Pattern.compile("shapesense:ignore(?:\\[([^\\]]*)\\])?");
  private static final String ALL = "*";

  private final Map<Integer, Set<String>> byLine = new HashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  /** Reads the suppressions of a file from its text: a line comment holding the marker. */
  static Suppressions of(ParsedFile file) {
    Suppressions s = new Suppressions();
    String text = file.source().text();
    LineIndex lines = file.lines();
    for (int line = 0; line < lines.lineCount(); line++) {
      int start = lines.lineStart(line);
      int end = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
      String content = text.substring(start, end);
      int comment = content.indexOf("//");
      if (comment >= 0 && content.indexOf("shapesense:ignore", comment) >= 0) {
        s.read(file, line, start + comment, content.substring(comment).stripTrailing());
      }
    }
    return s;
  }

  private void read(ParsedFile file, int line, int offset, String comment) {
    Matcher m = IGNORE.matcher(comment);
    TextRange r = new TextRange(offset, offset + comment.length());
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
  static List<Diagnostic> filter(
      Workspace ws, List<Diagnostic> diagnostics, Map<String, Suppressions> cache) {
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
