package dev.shapesense.analyzer;

import com.github.javaparser.Problem;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.ModelRunner;
import dev.shapesense.analyzer.interp.Recorder;
import java.util.ArrayList;
import java.util.List;

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
    List<ModelResult> models = new ArrayList<>();
    if (file.unit().isPresent()) {
      for (TypeDeclaration<?> t : file.unit().get().findAll(TypeDeclaration.class)) {
        if (opts.className() != null && !opts.className().equals(t.getNameAsString())) {
          continue;
        }
        TypeRef ref = new TypeRef(file, t);
        if (!ModelRunner.isModel(ws, ref)) {
          continue;
        }
        ModelResult r = ModelRunner.run(ws, ref, opts, rec);
        if (r != null) {
          models.add(r);
        }
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>(syntaxProblems(file));
    for (Diagnostic d : rec.diagnostics()) {
      if (d.path().equals(path)) {
        diagnostics.add(d);
      }
    }
    return new FileAnalysis(
        path, models, rec.hints(path), diagnostics, rec.calls(path), rec.symbols(path));
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
              file.path(), r, Severity.WARNING, "java/syntax", p.getVerboseMessage().lines().findFirst().orElse("syntax error"), List.of()));
    }
    return out;
  }
}
