package dev.shapesense.intellij.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What LSP4IJ does with a user-defined server's command line before it starts the process:
 * IntelliJ's path macros are expanded ({@code $USER_HOME$} and friends), then the line is split at
 * spaces outside double quotes and the quotes are dropped (LSP4IJ's {@code
 * CommandUtils.createCommands}). Written from LSP4IJ's documented behaviour so that the tests start
 * exactly the process LSP4IJ would start.
 */
final class Lsp4ijCommandLine {
  private Lsp4ijCommandLine() {}

  static String expandMacros(String commandLine, Map<String, String> macros) {
    String expanded = commandLine;
    for (Map.Entry<String, String> macro : macros.entrySet()) {
      expanded = expanded.replace("$" + macro.getKey() + "$", macro.getValue());
    }
    return expanded;
  }

  static List<String> split(String commandLine) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (char c : commandLine.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        add(part, parts);
      } else {
        part.append(c);
      }
    }
    add(part, parts);
    return parts;
  }

  private static void add(StringBuilder part, List<String> parts) {
    String arg = part.toString().trim();
    if (!arg.isEmpty()) {
      parts.add(arg);
    }
    part.setLength(0);
  }
}
