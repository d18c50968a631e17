package dev.shapesense.analyzer.ide;

import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.ModuleCall;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.SymbolOrigin;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.analyzer.UnknownShape;
import dev.shapesense.analyzer.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The analysis as editors ask for it, one question per place of a file, as rust-analyzer's {@code
 * ide} crate answers them: typed data that a protocol layer (the language server's LSP and
 * Markdown) only converts. Everything here reads a finished {@link FileAnalysis} of the workspace
 * it was made from; nothing parses or lexes text again.
 */
public final class Ide {
  private Ide() {}

  /**
   * What a hover at {@code offset} (0-based UTF-16) of the analysed file shows, or null for
   * nothing.
   */
  public static HoverInfo hover(Workspace ws, FileAnalysis fa, int offset) {
    List<ModuleCall> calls = callsAt(fa, offset);
    UnknownShape unknown = fa.unknownAt(offset);
    String why = unknown == null ? null : Analyzer.explain(ws, unknown);
    if (calls.isEmpty()) {
      ModelResult model = Analyzer.modelAt(ws, fa, offset);
      if (model != null) {
        return new HoverInfo.Model(model);
      }
      return why == null ? null : new HoverInfo.Unknown(why);
    }
    ModuleCall first = calls.get(0);
    Set<String> symbols = new LinkedHashSet<>();
    calls.forEach(c -> symbols.addAll(c.symbols()));
    List<HoverInfo.SymbolSource> origins = new ArrayList<>();
    for (SymbolOrigin o : fa.symbols()) {
      if (symbols.contains(o.symbol())) {
        ParsedFile f = ws.file(o.path());
        int line = f == null ? 0 : f.lines().line(o.range().start()) + 1;
        origins.add(new HoverInfo.SymbolSource(o.symbol(), o.description(), o.path(), line));
      }
    }
    boolean outputUnknown = calls.stream().anyMatch(c -> c.output() == null);
    return new HoverInfo.Layer(
        first.fieldName(), first.type(), first.repr(), calls, origins, outputUnknown ? why : null);
  }

  /**
   * The calls a hover at {@code offset} is about: those whose field declaration holds it, else the
   * narrowest call expression holding it, each evaluation of it.
   */
  public static List<ModuleCall> callsAt(FileAnalysis fa, int offset) {
    List<ModuleCall> byField = new ArrayList<>();
    for (ModuleCall c : fa.calls()) {
      if (c.field() != null && c.fieldPath().equals(fa.path()) && c.field().contains(offset)) {
        byField.add(c);
      }
    }
    if (!byField.isEmpty()) {
      return byField;
    }
    TextRange best =
        fa.calls().stream()
            .map(ModuleCall::range)
            .filter(r -> r.contains(offset))
            .min(Comparator.comparingInt(r -> r.end() - r.start()))
            .orElse(null);
    return best == null
        ? List.of()
        : fa.calls().stream().filter(c -> c.range().equals(best)).toList();
  }
}
