package dev.shapesense.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Where the oracle data lives and which cases a run takes. */
final class Oracle {
  private Oracle() {}

  /** The repository root: {@code -Dshapesense.root}, else the nearest parent holding testdata. */
  static Path root() {
    String p = System.getProperty("shapesense.root");
    if (p != null && Files.isDirectory(Path.of(p, "testdata"))) {
      return Path.of(p);
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("testdata"))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalStateException(
          "cannot find testdata/ above " + Path.of("").toAbsolutePath());
    }
    return d;
  }

  static Path dir() {
    return root().resolve("testdata/oracle");
  }

  /** Cases of {@code -Doracle.file} (default the public ops), filtered by {@code -Doracle.ops}. */
  static List<OracleCase> cases() throws IOException {
    String file = System.getProperty("oracle.file");
    Path path = file != null ? Path.of(file) : dir().resolve("ops-public.jsonl");
    List<OracleCase> all = OracleCase.load(path);
    String ops = System.getProperty("oracle.ops");
    if (ops == null || ops.isBlank()) {
      return all;
    }
    Set<String> wanted = new TreeSet<>(List.of(ops.split(",")));
    return all.stream().filter(c -> wanted.contains(c.op())).toList();
  }

  static Signatures signatures() throws IOException {
    return Signatures.load(dir().resolve("signatures.txt"));
  }

  /** {@code id<TAB>reason} lines of a known-differences file. */
  static Map<String, String> knownDifferences(String name) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir().resolve(name))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      out.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
    }
    return out;
  }

  /** Sorts the elements of Python set displays, whose order varies between runs. */
  static String normaliseSets(String message) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      int open = message.indexOf('{', i);
      int close = open < 0 ? -1 : message.indexOf('}', open);
      if (open < 0 || close < 0) {
        sb.append(message.substring(i));
        break;
      }
      sb.append(message, i, open + 1);
      TreeSet<String> parts = new TreeSet<>();
      for (String s : message.substring(open + 1, close).split(",")) {
        parts.add(s.strip());
      }
      sb.append(String.join(", ", parts)).append('}');
      i = close + 1;
    }
    return sb.toString();
  }
}
