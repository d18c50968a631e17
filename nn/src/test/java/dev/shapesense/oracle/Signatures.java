package dev.shapesense.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** PyTorch signatures from {@code testdata/oracle/signatures.txt}: parameter names and defaults. */
final class Signatures {
  record Param(String name, JsonNode dflt, boolean varargs) {}

  private final Map<String, List<Param>> byOp = new HashMap<>();

  static Signatures load(Path file) throws IOException {
    Signatures s = new Signatures();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(file)) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int open = line.indexOf('(');
      String op = line.substring(0, open);
      String inside = line.substring(open + 1, line.lastIndexOf(')')).strip();
      List<Param> params = new ArrayList<>();
      if (!inside.isEmpty()) {
        for (String p : inside.split(",")) {
          p = p.strip();
          boolean varargs = p.startsWith("*");
          if (varargs) {
            p = p.substring(1);
          }
          int eq = p.indexOf('=');
          JsonNode dflt = null;
          String name = p;
          if (eq >= 0) {
            name = p.substring(0, eq).strip();
            String v = p.substring(eq + 1).strip();
            v =
                switch (v) {
                  case "None" -> "null";
                  case "True" -> "true";
                  case "False" -> "false";
                  default -> v.startsWith("'") ? "\"" + v.substring(1, v.length() - 1) + "\"" : v;
                };
            dflt = json.readTree(v);
          }
          params.add(new Param(name, dflt, varargs));
        }
      }
      s.byOp.put(op, params);
    }
    return s;
  }

  List<Param> get(String op) {
    return byOp.get(op);
  }

  /**
   * Positional arguments for a call: {@code positional} first, then each keyword argument at its
   * parameter's position, gaps filled with defaults; trailing unset parameters are left out.
   */
  static List<Object> positional(
      List<Param> params, List<Object> positional, Map<String, JsonNode> kwargs, String op) {
    if (kwargs.isEmpty()) {
      return positional;
    }
    if (params == null) {
      throw new IllegalStateException("no signature for " + op + " in signatures.txt");
    }
    List<Object> out = new ArrayList<>(positional);
    int last = positional.size() - 1;
    Map<Integer, JsonNode> byIndex = new HashMap<>();
    for (var e : kwargs.entrySet()) {
      int idx = -1;
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).name().equals(e.getKey())) {
          idx = i;
        }
      }
      if (idx < 0) {
        throw new IllegalStateException(op + " has no parameter " + e.getKey());
      }
      byIndex.put(idx, e.getValue());
      last = Math.max(last, idx);
    }
    for (int i = positional.size(); i <= last; i++) {
      Object v = byIndex.get(i);
      if (v == null) {
        v = params.get(i).dflt();
        if (v == null) {
          throw new IllegalStateException(op + ": no value for " + params.get(i).name());
        }
      }
      out.add(v);
    }
    return out;
  }
}
