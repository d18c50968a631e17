package dev.shapesense.analyzer;

import com.github.javaparser.Problem;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.ModelRunner;
import dev.shapesense.analyzer.interp.Recorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis facade: plain data in (a workspace snapshot, a path, options), plain data out
 * (models with traces, hints, diagnostics, fixes). Both the command line and the language server
 * call only this. Never throws on user input; thread-safe as long as each call has its own
 * snapshot or the snapshot is not mutated (snapshots are immutable).
 */
public final class Analyzer {
  private Analyzer() {}

  /** Analyses every model class declared in {@code path}. */
  public static FileAnalysis analyzeFile(Workspace ws, String path, AnalysisOptions opts) {
    ParsedFile file = ws.file(path);
    if (file == null) {
      return new FileAnalysis(path, List.of(), List.of(), List.of());
    }
    Recorder rec = new Recorder();
    Map<String, Suppressions> suppressions = new HashMap<>();
    List<ModelResult> models = new ArrayList<>();
    if (file.unit().isPresent() && !file.isLibrarySource()) {
      for (TypeDeclaration<?> t : file.types()) {
        if (opts.className() != null && !opts.className().equals(t.getNameAsString())) {
          continue;
        }
        TypeRef ref = new TypeRef(file, t);
        if (!ModelRunner.isModel(ws, ref)) {
          continue;
        }
        ModelResult r = ModelRunner.run(ws, ref, opts, rec);
        if (r != null) {
          models.add(withoutSuppressed(ws, r, suppressions, opts));
        }
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>(syntaxProblems(file));
    for (Diagnostic d : rec.diagnostics()) {
      if (d.path().equals(path)) {
        diagnostics.add(d);
      }
    }
    diagnostics = Suppressions.filter(ws, diagnostics, suppressions);
    diagnostics.addAll(suppressions.computeIfAbsent(path, p -> Suppressions.of(file)).problems());
    return new FileAnalysis(
        path,
        models,
        rec.hints(path),
        project(diagnostics, opts),
        rec.calls(path),
        rec.symbols(path));
  }

  /** The project's severities applied: overridden, or dropped when turned off. */
  private static List<Diagnostic> project(List<Diagnostic> diagnostics, AnalysisOptions opts) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Diagnostic x = opts.project().apply(d);
      if (x != null) {
        out.add(x);
      }
    }
    return out;
  }

  private static ModelResult withoutSuppressed(
      Workspace ws, ModelResult r, Map<String, Suppressions> cache, AnalysisOptions opts) {
    return new ModelResult(
        r.path(),
        r.className(),
        r.inputs(),
        r.output(),
        r.params(),
        r.trace(),
        project(Suppressions.filter(ws, r.diagnostics(), cache), opts),
        r.summary());
  }

  private static List<Diagnostic> syntaxProblems(ParsedFile file) {
    List<Diagnostic> out = new ArrayList<>();
    for (Problem p : file.problems()) {
      TextRange r =
          p.getLocation()
              .flatMap(l -> l.getBegin().getRange())
              .map(
                  rg -> {
                    int s = file.lines().offset(rg.begin.line, rg.begin.column);
                    return new TextRange(s, s);
                  })
              .orElse(new TextRange(0, 0));
      out.add(
          new Diagnostic(
              file.path(), r, Severity.WARNING, DiagnosticCodes.SYNTAX, p.getVerboseMessage().lines().findFirst().orElse("syntax error"), List.of()));
    }
    return out;
  }
}
