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
import java.util.Set;

/**
 * The analysis facade: plain data in (a workspace snapshot, a path, options), plain data out
 * (models with traces, hints, diagnostics, fixes). Both the command line and the language server
 * call only this. Never throws on user input; thread-safe as long as each call has its own snapshot
 * or the snapshot is not mutated (snapshots are immutable).
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * Analyses every model class declared in {@code path}, within one time budget for all of it (from
   * the end of the file's parse, unless {@code opts} carries a deadline already).
   *
   * @throws AnalysisCancelledException once {@code opts.cancellation()} says so: there is no result
   */
  public static FileAnalysis analyzeFile(Workspace ws, String path, AnalysisOptions opts) {
    ParsedFile file = ws.file(path);
    if (file == null) {
      return new FileAnalysis(path, List.of(), List.of(), List.of());
    }
    // A newer version of the file may take this version's tree over meanwhile (ParsedFile.next):
    // what was read of a tree being changed is no result.
    int handovers = file.handovers();
    try {
      FileAnalysis fa = analyzeParsed(ws, file, path, opts);
      if (file.handovers() != handovers) {
        throw new AnalysisCancelledException();
      }
      return fa;
    } catch (RuntimeException e) {
      if (file.handovers() != handovers) {
        throw new AnalysisCancelledException();
      }
      throw e;
    }
  }

  private static FileAnalysis analyzeParsed(
      Workspace ws, ParsedFile file, String path, AnalysisOptions opts) {
    Recorder rec = new Recorder();
    Map<String, Suppressions> suppressions = new HashMap<>();
    List<ModelResult> models = new ArrayList<>();
    file.checkInBackground();
    // The clock starts once the file is parsed: a parse cannot be interrupted, and costs what the
    // file's size says (a 5,000-line model would otherwise spend half its budget there).
    boolean parsed = file.unit().isPresent();
    opts = opts.startingNow();
    if (parsed && !file.isLibrarySource()) {
      for (TypeDeclaration<?> t : file.types()) {
        if (opts.className() != null && !opts.className().equals(t.getNameAsString())) {
          continue;
        }
        TypeRef ref = new TypeRef(file, t);
        if (!ModelRunner.isModel(ws, ref)) {
          continue;
        }
        stopIfCancelled(opts);
        ModelRunner.Outcome o = ModelRunner.runGuessing(ws, ref, opts, rec);
        rec = o.recorder();
        ModelResult r = o.result();
        if (r != null) {
          models.add(withoutSuppressed(ws, r, suppressions, opts));
        }
      }
    }
    if (file.unit().isPresent() && !file.isLibrarySource()) {
      runDependents(ws, file, opts, rec);
    }
    List<Diagnostic> diagnostics = new ArrayList<>(syntaxProblems(file));
    for (Diagnostic d : rec.diagnostics()) {
      if (d.path().equals(path)) {
        diagnostics.add(d);
      }
    }
    List<UnknownShape> unknowns = rec.unknowns(path);
    for (UnknownShape u : unknowns) {
      diagnostics.add(unknownInfo(ws, u));
    }
    diagnostics = Suppressions.filter(ws, diagnostics, suppressions);
    diagnostics.addAll(suppressions.computeIfAbsent(path, p -> Suppressions.of(file)).problems());
    return new FileAnalysis(
        path,
        models,
        rec.hints(path),
        project(diagnostics, opts),
        rec.calls(path),
        rec.symbols(path),
        unknowns);
  }

  /** The info of an expression whose shape is unknown (reported when the project turns it on). */
  private static Diagnostic unknownInfo(Workspace ws, UnknownShape u) {
    return new Diagnostic(
        u.path(),
        u.range(),
        Severity.INFO,
        DiagnosticCodes.UNKNOWN_SHAPE,
        "shape not known: " + explain(ws, u),
        List.of());
  }

  /**
   * The model whose class name or {@code forward} name spans {@code offset} in {@code fa}'s file,
   * for a hover about the model as a whole (its input, output and valid domain), or null.
   */
  public static ModelResult modelAt(Workspace ws, FileAnalysis fa, int offset) {
    ParsedFile file = ws.file(fa.path());
    if (file == null) {
      return null;
    }
    for (ModelResult m : fa.models()) {
      for (TypeRef t : ws.types(m.className())) {
        if (!t.file().path().equals(fa.path())) {
          continue;
        }
        TextRange name = file.range(t.decl().getName());
        if (name != null && name.contains(offset)) {
          return m;
        }
        for (var fwd : t.decl().getMethodsByName("forward")) {
          TextRange r = file.range(fwd.getName());
          if (r != null && r.contains(offset)) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /**
   * Why an expression has no shape, as every client says it: the reason, then where its cause is
   * when that is not the expression itself ({@code " (line 20)"}, {@code " (Block.java:31)"}).
   */
  public static String explain(Workspace ws, UnknownShape u) {
    return u.reason() + where(ws, u);
  }

  private static String where(Workspace ws, UnknownShape u) {
    if (u.causeRange() == null
        || (u.causePath().equals(u.path()) && u.causeRange().equals(u.range()))) {
      return "";
    }
    ParsedFile f = ws.file(u.causePath());
    if (f == null) {
      return "";
    }
    int line = f.lines().line(u.causeRange().start()) + 1;
    if (!u.causePath().equals(u.path())) {
      String p = u.causePath();
      return " ("
          + p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1)
          + ":"
          + line
          + ")";
    }
    return " (line " + line + ")";
  }

  /** At most this many models of other files run for one file's block classes. */
  static final int MAX_DEPENDENTS = 16;

  /**
   * Runs the models of other files that build (or extend) this file's classes, directly or through
   * other classes, so a block class in its own file shows the hints and errors of the models that
   * use it (an expression keeps its hint only where every use agrees).
   */
  private static void runDependents(
      Workspace ws, ParsedFile file, AnalysisOptions opts, Recorder rec) {
    // The models that use this file's classes are in other files, which must name one of them
    // (a class of this file used only by another class of this file is not named elsewhere
    // either). Most files are named by none: then no tree is walked.
    if (file.types().stream()
        .noneMatch(t -> ws.mentionedOutside(t.getNameAsString(), file.path()))) {
      return;
    }
    Set<TypeDeclaration<?>> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
    for (TypeDeclaration<?> t : file.types()) {
      seen.add(t);
      work.add(t.getNameAsString());
    }
    List<TypeRef> dependents = new ArrayList<>();
    while (!work.isEmpty() && dependents.size() < MAX_DEPENDENTS) {
      for (TypeRef u : ws.usersOf(work.poll())) {
        if (seen.add(u.decl())) {
          work.add(u.decl().getNameAsString());
          if (!u.file().path().equals(file.path()) && dependents.size() < MAX_DEPENDENTS) {
            dependents.add(u);
          }
        }
      }
    }
    AnalysisOptions theirs = opts.withClassName(null).withInput(null);
    for (TypeRef d : dependents) {
      if (!ModelRunner.isModel(ws, d)) {
        continue;
      }
      stopIfCancelled(opts);
      ModelResult r = ModelRunner.run(ws, d, theirs, rec);
      boolean stopped =
          r != null
              && r.diagnostics().stream()
                  .anyMatch(x -> x.code().equals(DiagnosticCodes.STEP_BUDGET));
      if (stopped && !file.types().isEmpty()) {
        // Its shapes in this file may be partial: say so here, where they are shown.
        rec.diagnostic(
            new Diagnostic(
                file.path(),
                file.range(file.types().get(0).getName()),
                Severity.INFO,
                DiagnosticCodes.STEP_BUDGET,
                "analysis of "
                    + r.className()
                    + ", which uses this file's classes, stopped after "
                    + opts.stepBudget()
                    + " steps: shapes here may be incomplete",
                List.of()));
      }
    }
  }

  private static void stopIfCancelled(AnalysisOptions opts) {
    if (opts.cancellation().isCancelled()) {
      throw new AnalysisCancelledException();
    }
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
    return r.withDiagnostics(project(Suppressions.filter(ws, r.diagnostics(), cache), opts));
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
              file.path(),
              r,
              Severity.WARNING,
              DiagnosticCodes.SYNTAX,
              p.getVerboseMessage().lines().findFirst().orElse("syntax error"),
              List.of()));
    }
    return out;
  }
}
