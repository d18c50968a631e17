package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import dev.shapesense.analyzer.AnalysisCancelledException;
import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.DiagnosticCodes;
import dev.shapesense.analyzer.LayerStats;
import dev.shapesense.analyzer.Lazy;
import dev.shapesense.analyzer.ModelGraph;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.ModelSummary;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.analyzer.TraceEntry;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import dev.shapesense.tensor.Truth;
import dev.shapesense.tensor.rules.CostRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses one model class: builds it, finds its inputs ({@code @Dims}, the {@code --input}
 * override, or inferred from the first layer), runs {@code forward} and turns the recorded calls
 * into the trace. Every failure of the analysis itself ends as a diagnostic, never an exception.
 */
public final class ModelRunner {
  private ModelRunner() {}

  /** Whether {@code t} is a concrete module class worth analysing. */
  public static boolean isModel(Workspace ws, TypeRef t) {
    if (!(t.decl() instanceof ClassOrInterfaceDeclaration c) || c.isInterface() || c.isAbstract()) {
      return false;
    }
    return new Types(ws).isModuleType(t);
  }

  public static ModelResult run(Workspace ws, TypeRef t, AnalysisOptions opts, Recorder rec) {
    return run(ws, t, opts, rec, 0, new java.util.HashSet<>(), null);
  }

  /** A time budget as people say it: {@code 2 s}, {@code 1.5 s}. */
  static String seconds(long millis) {
    return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0))
        + " s";
  }

  /** A model's result and the recorder that holds its hints and diagnostics. */
  public record Outcome(ModelResult result, Recorder recorder) {}

  /**
   * One run's result and the verdicts of its symbolic conditions (null when none were decided), for
   * an {@code --input}'s domain check.
   */
  private record Run(ModelResult result, Verdicts.Result verdicts) {}

  /**
   * Runs {@code t} as {@link #run} does, into {@code rec} or a copy of it. An input guessed from
   * the first layer ({@code [N, 64]} from a {@code Linear(64, ...)}) is only a guess: when the
   * model fails with it, the guess is widened as the layer allows ({@code [N, L, 64]}, then {@code
   * [N, L, S, 64]}), and when no guess fits, the model's errors are not reported (an error needs a
   * declared or configured input) and an info at the guessed parameter says why.
   */
  public static Outcome runGuessing(Workspace ws, TypeRef t, AnalysisOptions opts, Recorder rec) {
    if (!mayGuess(ws, t, opts)) {
      return new Outcome(run(ws, t, opts, rec), rec);
    }
    java.util.Set<String> inferred = new java.util.HashSet<>();
    Recorder first = rec.copy();
    ModelResult r = run(ws, t, opts, first, 0, inferred, null);
    Diagnostic error = r == null || inferred.isEmpty() ? null : firstError(r);
    if (error == null) {
      return new Outcome(r, first);
    }
    for (int extra = 1; extra <= 2; extra++) {
      Recorder wider = rec.copy();
      ModelResult w = run(ws, t, opts, wider, extra, new java.util.HashSet<>(), null);
      if (w != null && firstError(w) == null) {
        return new Outcome(w, wider);
      }
    }
    Recorder quiet = rec.copy();
    quiet.dropErrors(true);
    ModelResult q = run(ws, t, opts, quiet, 0, new java.util.HashSet<>(), null);
    quiet.dropErrors(false);
    if (q == null) {
      return new Outcome(r, first);
    }
    Diagnostic info = guessInfo(t, q, error);
    if (info != null) {
      quiet.diagnostic(info);
      List<Diagnostic> ds = new ArrayList<>(q.diagnostics());
      ds.add(info);
      q = q.withDiagnostics(ds);
    }
    return new Outcome(q, quiet);
  }

  private static Diagnostic firstError(ModelResult r) {
    for (Diagnostic d : r.diagnostics()) {
      if (d.severity() == Severity.ERROR) {
        return d;
      }
    }
    return null;
  }

  /** The info at the first forward parameter whose shape was guessed and does not fit. */
  private static Diagnostic guessInfo(TypeRef t, ModelResult r, Diagnostic error) {
    MethodDeclaration fwd = t.decl().getMethodsByName("forward").stream().findFirst().orElse(null);
    if (fwd == null || fwd.getParameters().isEmpty() || r.inputs().isEmpty()) {
      return null;
    }
    Parameter p = fwd.getParameter(0);
    return new Diagnostic(
        t.file().path(),
        t.file().range(p),
        Severity.INFO,
        DiagnosticCodes.NO_INPUT_SHAPE,
        "the shape of '"
            + p.getNameAsString()
            + "' was guessed as "
            + r.inputs().get(0)
            + " from the first layer it goes through, and forward does not accept it ("
            + error.message()
            + "): declare it with @Dims(\"N, ...\") to check this model",
        List.of());
  }

  /**
   * Whether a forward input of {@code t} may be guessed: a parameter with neither {@code @Dims},
   * nor the {@code --input} override, nor a shape in shapesense.json.
   */
  private static boolean mayGuess(Workspace ws, TypeRef t, AnalysisOptions opts) {
    for (MethodDeclaration m : t.decl().getMethodsByName("forward")) {
      for (int i = 0; i < m.getParameters().size(); i++) {
        Parameter p = m.getParameter(i);
        boolean given =
            p.getAnnotationByName("Dims").isPresent()
                || (i == 0
                    && (opts.input() != null
                        || opts.project().inputs().containsKey(t.decl().getNameAsString())));
        if (!given) {
          return true;
        }
      }
    }
    return false;
  }

  private static ModelResult run(
      Workspace ws,
      TypeRef t,
      AnalysisOptions opts,
      Recorder rec,
      int extraDims,
      java.util.Set<String> inferred,
      Map<String, Dim> bind) {
    return runDeciding(ws, t, opts, rec, extraDims, inferred, bind).result();
  }

  /**
   * One run of a model, in the steps the analysis takes: {@link Attempt#build build} the module,
   * {@link Attempt#pickInputs pick} its inputs, {@link Attempt#runForward run} {@code forward},
   * {@link Attempt#collect collect} what the run recorded, then {@link Attempt#decideVerdicts
   * decide} the conditions its shapes rest on (each finding {@link #verdicts confirmed} by a
   * concrete run) and {@link Attempt#result assemble} the result.
   */
  private static Run runDeciding(
      Workspace ws,
      TypeRef t,
      AnalysisOptions opts,
      Recorder rec,
      int extraDims,
      java.util.Set<String> inferred,
      Map<String, Dim> bind) {
    Attempt a = new Attempt(ws, t, opts, rec, extraDims, inferred, bind);
    try (var scope = Device.META.asDefault()) {
      if (!a.build()) {
        return new Run(null, null);
      }
      a.findForward();
      a.pickInputs();
      a.runForward();
      a.collect();
      a.pinInferred();
    } catch (Signals.OutOfBudget e) {
      a.stoppedByBudget(e);
    } catch (AnalysisCancelledException e) {
      throw e;
    } catch (Signals.UserThrow e) {
      a.buildThrows(e);
    } catch (RuntimeException | StackOverflowError e) {
      a.failed(e);
    }
    rec.setWeak(false);
    Verdicts.Result v = a.decideVerdicts();
    a.checkDeclaredDomain();
    return new Run(a.result(), v);
  }

  /** The state of one run of a model between its steps (see {@link #runDeciding}). */
  private static final class Attempt {
    final Workspace ws;
    final TypeRef t;
    final AnalysisOptions opts;
    final Recorder rec;
    final int extraDims;
    final java.util.Set<String> inferred;

    /** Concrete sizes for the declared symbols (a confirming run), or null. */
    final Map<String, Dim> bind;

    final ParsedFile file;
    final String name;
    final int diagnosticsBefore;
    final Interpreter in;

    Map<String, Interpreter.Site> conditions = Map.of();
    java.util.Set<String> guards = java.util.Set.of();
    final List<Shape> inputShapes = new ArrayList<>();
    Object output = null;
    Dim params = null;
    Lazy<List<TraceEntry>> trace = Lazy.value(List.of());
    Lazy<ModelSummary> summary = Lazy.value(null);
    Lazy<ModelGraph> graph = null;
    String valid = "";

    InterpretedModule model;
    Module.ParameterTotals totals;
    MethodDeclaration fwd;

    /** The forward arguments, or null when they are not known (nothing is run). */
    List<Object> inputs;

    Object out = Values.UNKNOWN;
    List<Recorder.Call> calls;

    Attempt(
        Workspace ws,
        TypeRef t,
        AnalysisOptions opts,
        Recorder rec,
        int extraDims,
        java.util.Set<String> inferred,
        Map<String, Dim> bind) {
      this.ws = ws;
      this.t = t;
      this.opts = opts;
      this.rec = rec;
      this.extraDims = extraDims;
      this.inferred = inferred;
      this.bind = bind;
      this.file = t.file();
      this.name = t.decl().getNameAsString();
      this.diagnosticsBefore = rec.diagnostics().size();
      rec.startRun();
      AnalysisOptions started = opts.startingNow();
      this.in =
          new Interpreter(
              ws, file, rec, opts.stepBudget(), started.deadline(), opts.cancellation());
      rec.takeCalls();
    }

    /**
     * Builds the model with its constructor arguments, in the mode asked for, and hooks its
     * modules; false when it cannot be built.
     */
    boolean build() {
      List<Object> ctorArgs = constructorArgs(ws, in, t);
      if (ctorArgs == null) {
        return false;
      }
      boolean symbolicArgs =
          ctorArgs.stream().anyMatch(a -> a instanceof Dim || Values.isUnknown(a));
      rec.setWeak(symbolicArgs);
      Object built = in.instantiate(t, ctorArgs, file, null);
      if (!(built instanceof InterpretedModule m)) {
        return false;
      }
      model = m;
      if (Boolean.TRUE.equals(opts.eval())) {
        model.eval();
      } else if (Boolean.FALSE.equals(opts.eval())) {
        model.train();
      }
      Collection<Module> modules = model.modules();
      totals = hasUnknownParts(modules) || in.isTainted(model) ? null : Recorder.totalsOf(model);
      params = totals == null ? null : totals.size();
      hookAll(modules);
      return true;
    }

    /**
     * Registers hooks on every built-in module of the model's modules, so that their calls are
     * recorded with the call site being evaluated.
     */
    void hookAll(Collection<Module> modules) {
      java.util.Set<Module> hooked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (Module m : modules) {
        if (!(m instanceof InterpretedModule) && hooked.add(m)) {
          m.registerForwardHook(
              (mod, args, result) ->
                  rec.trace(mod, java.util.Arrays.asList(args), result, in.currentSite()));
        }
      }
    }

    /** The model's {@code forward} (its own or inherited), or null. */
    void findForward() {
      fwd = in.types.findMethod(t, "forward", 1);
      if (fwd == null) {
        for (TypeRef cur = t; cur != null && fwd == null; cur = in.types.superType(cur)) {
          fwd = cur.decl().getMethodsByName("forward").stream().findFirst().orElse(null);
        }
      }
    }

    /**
     * The forward arguments: each parameter's {@code @Dims}, the {@code --input} override or a
     * shape guessed from the first layer; an info where none is known. At the sizes of {@link
     * #bind} for a confirming run.
     */
    void pickInputs() {
      inputs = new ArrayList<>();
      if (fwd != null) {
        for (int i = 0; i < fwd.getParameters().size(); i++) {
          Parameter p = fwd.getParameter(i);
          Tensor x =
              input(in, model, fwd, p, i == 0 ? opts.input() : null, opts, inferred, extraDims);
          if (x == null && builtElsewhere(ws, t)) {
            // A block built by other models: its shapes show where they build it.
            inputs = null;
            return;
          }
          if (x == null && p.getAnnotationByName("Dims").isPresent()) {
            // Its @Dims was reported (bad-dims) or is not a constant: nothing more to say.
            inputs = null;
            return;
          }
          if (x == null) {
            rec.diagnostic(
                new Diagnostic(
                    file.path(),
                    file.range(p),
                    Severity.INFO,
                    DiagnosticCodes.NO_INPUT_SHAPE,
                    "the shape of '"
                        + p.getNameAsString()
                        + "' is not known: declare it with @Dims(\"N, ...\")",
                    List.of()));
            inputs = null;
            return;
          }
          inputs.add(x);
          inputShapes.add(x.shape());
        }
      } else if (model.delegate() != null && opts.input() != null) {
        Tensor x = Tensors.empty(Device.META, DType.FLOAT32, opts.input());
        inputs.add(x);
        inputShapes.add(x.shape());
      } else {
        inputs = null;
      }
      if (inputs != null && bind != null) {
        // A concrete run at chosen sizes of the declared symbols.
        inputShapes.clear();
        for (int i = 0; i < inputs.size(); i++) {
          Tensor x = (Tensor) inputs.get(i);
          Tensor c = Tensors.empty(Device.META, x.dtype(), x.shape().substitute(bind));
          inputs.set(i, c);
          inputShapes.add(c.shape());
        }
      }
    }

    /** Runs {@code forward} on the inputs (when known) and checks its declared output. */
    void runForward() {
      if (inputs == null) {
        return;
      }
      for (int i = 0; i < inputs.size(); i++) {
        rec.input(inputs.get(i), i);
      }
      try {
        out = in.callModule(model, inputs, null);
      } catch (Signals.UserThrow e) {
        out = Values.UNKNOWN;
      }
      output = Values.outputData(out);
      if (fwd != null) {
        checkDeclaredOutput(rec, file, fwd, out);
      }
    }

    /**
     * Takes what the run recorded: its calls, conditions and guards. The trace, graph and summary
     * are assembled from them on first request ({@link ModelResult}): the calls' places came with
     * their sites, and what they read of the run's state (taints, the model's totals) is taken now.
     */
    void collect() {
      calls = rec.takeCalls();
      conditions = rec.takeConditions();
      guards = rec.takeGuards();
      int rootLine = fwd == null ? file.line(t.decl()) : file.line(fwd);
      InterpretedModule root = model;
      List<Recorder.Call> run = calls;
      java.util.function.Function<Module, Module.ParameterTotals> totalsNow =
          Recorder.totalsAfterRun(in.taintedNow(), model, totals);
      Lazy<Traced> traced = Lazy.of(() -> Traced.of(root, run, totalsNow, rootLine));
      trace = Lazy.of(() -> traced.get().trace());
      if (inputs != null) {
        graph = graph(rec, traced, calls, file, t, fwd, inputs, out);
        List<Tensor> inputTensors = new ArrayList<>();
        for (Object x : inputs) {
          inputTensors.add((Tensor) x);
        }
        Dim size = params;
        Dim trainable = totals == null ? null : totals.trainable();
        summary = Lazy.of(() -> summary(size, trainable, inputTensors, traced.get().trace()));
      }
    }

    /** For inputs guessed from the first layer: infos where a call pins a guessed size. */
    void pinInferred() {
      if (inferred.isEmpty()) {
        return;
      }
      Map<Module, String> paths = pathsOf(model);
      List<String> order = symbolsOf(inputShapes, inferred::contains);
      String holds = Verdicts.decide(conditions, order, Map.of(), guards).valid();
      Pinning.infos(calls, paths, inferred, holds).forEach(rec::diagnostic);
    }

    /** The step budget or the time ran out: an info where, and no trace. */
    void stoppedByBudget(Signals.OutOfBudget e) {
      rec.diagnostic(
          new Diagnostic(
              file.path(),
              e.at == null ? file.range(t.decl().getName()) : file.range(e.at),
              Severity.INFO,
              DiagnosticCodes.STEP_BUDGET,
              "analysis stopped here after "
                  + (e.time ? seconds(opts.timeBudgetMillis()) : opts.stepBudget() + " steps")
                  + ": shapes from here on are not shown",
              List.of()));
      trace = Lazy.value(List.of());
    }

    /**
     * Building the model reached a throw no catch clause of the analysis took (a check of the
     * configuration, as evaluated): an info at the class, and no trace. Not an error: the analysis
     * may not know the values the check reads as the JVM does.
     */
    void buildThrows(Signals.UserThrow e) {
      // As other messages place a line: of this file, or of another by its name.
      String where =
          e.file == null || e.at == null
              ? ""
              : e.file.path().equals(file.path())
                  ? " (line " + e.file.line(e.at) + ")"
                  : " (in " + Interpreter.fileName(e.file.path()) + ":" + e.file.line(e.at) + ")";
      rec.diagnostic(
          new Diagnostic(
              file.path(),
              file.range(t.decl().getName()),
              Severity.INFO,
              DiagnosticCodes.BUILD_THROWS,
              "building "
                  + name
                  + " throws "
                  + (e.type == null ? "an exception" : e.type)
                  + where
                  + ": its layers are not shown",
              List.of()));
      trace = Lazy.value(List.of());
    }

    /** The analysis itself failed: a warning at the class, and no trace. */
    void failed(Throwable e) {
      rec.diagnostic(
          new Diagnostic(
              file.path(),
              file.range(t.decl().getName()),
              Severity.WARNING,
              DiagnosticCodes.INTERNAL_ERROR,
              "ShapeSense could not analyse " + name + ": " + e,
              List.of()));
      trace = Lazy.value(List.of());
    }

    /**
     * Decides the conditions of a symbolic run ({@link #verdicts}) and gives its valid domain;
     * under a one-box domain, the hints, output and trace read their simplest. Null when nothing
     * was decided.
     */
    Verdicts.Result decideVerdicts() {
      if (bind != null || conditions.isEmpty()) {
        return null;
      }
      Verdicts.Result v = verdicts(ws, t, opts, rec, inputShapes, inferred, conditions, guards);
      if (v == null) {
        return null;
      }
      valid = v.valid();
      if (v.domain().boxes().size() == 1 && !v.domain().boxes().get(0).isEmpty()) {
        // Shapes read simplest under the domain: H, not 2 * (H / 2), once H is even.
        Map<String, dev.shapesense.tensor.IntSet> box = v.domain().boxes().get(0);
        java.util.function.UnaryOperator<Shape> simpler = s -> simplified(s, box);
        rec.simplifyRunHints(simpler);
        output = mapShapes(output, simpler);
        Lazy<List<TraceEntry>> plain = trace;
        trace = Lazy.of(() -> simplified(plain.get(), simpler));
      }
      return v;
    }

    /** For a concrete {@code --input} over symbolic {@code @Dims}: the declared domain instead. */
    void checkDeclaredDomain() {
      if (bind == null
          && opts.input() != null
          && opts.input().dims().stream().allMatch(Dim::isConst)
          && !inputShapes.isEmpty()) {
        valid = declaredDomain(ws, t, opts, inputShapes.get(0));
      }
      if (output == null) {
        // The analysis stopped before the output: the bounds it found are those of the layers it
        // reached, not the model's; an unknown domain is shown as none (the output's ? says why).
        valid = "";
      }
    }

    /** The model's result: what was collected, its diagnostics and its unknown shapes. */
    ModelResult result() {
      List<Diagnostic> all = rec.diagnostics();
      List<dev.shapesense.analyzer.UnknownShape> unknowns = new ArrayList<>(rec.runUnknowns());
      if (unknowns.isEmpty() && (output == null || params == null) && rec.lastCause() != null) {
        // Nothing hinted is unknown, but the model's output or size is: its latest cause says why.
        var c = rec.lastCause();
        unknowns.add(
            new dev.shapesense.analyzer.UnknownShape(
                file.path(),
                file.range(t.decl().getName()),
                c.reason(),
                c.causePath(),
                c.causeRange()));
      }
      return new ModelResult(
          file.path(),
          name,
          inputShapes,
          output,
          params,
          trace,
          all.subList(diagnosticsBefore, all.size()),
          summary,
          List.copyOf(unknowns),
          graph,
          valid);
    }
  }

  /** The trace with each shape mapped by {@code simpler}. */
  private static List<TraceEntry> simplified(
      List<TraceEntry> trace, java.util.function.UnaryOperator<Shape> simpler) {
    List<TraceEntry> mapped = new ArrayList<>();
    for (TraceEntry e : trace) {
      List<Object> ins = new ArrayList<>();
      e.inputs().forEach(i -> ins.add(mapShapes(i, simpler)));
      mapped.add(
          new TraceEntry(
              e.path(),
              e.type(),
              e.line(),
              ins,
              mapShapes(e.output(), simpler),
              e.params(),
              e.error(),
              e.stats()));
    }
    return mapped;
  }

  /** The symbols of {@code shapes} that {@code keep} accepts, in order of first appearance. */
  private static List<String> symbolsOf(
      List<Shape> shapes, java.util.function.Predicate<String> keep) {
    List<String> out = new ArrayList<>();
    for (Shape s : shapes) {
      for (Dim d : s) {
        d.symbols().stream().filter(x -> keep.test(x) && !out.contains(x)).forEach(out::add);
      }
    }
    return out;
  }

  private static Shape simplified(Shape s, Map<String, dev.shapesense.tensor.IntSet> box) {
    List<Dim> dims = new ArrayList<>();
    for (Dim d : s) {
      dims.add(d.isConst() ? d : dev.shapesense.tensor.Solver.simplify(d, box));
    }
    return Shape.of(dims);
  }

  /** {@code o} (a shape, or lists of them as trace entries hold) with each shape mapped. */
  private static Object mapShapes(Object o, java.util.function.UnaryOperator<Shape> f) {
    if (o instanceof Shape s) {
      return f.apply(s);
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(mapShapes(x, f)));
      return out;
    }
    return o;
  }

  /**
   * Decides the conditions the run's shapes rested on for the declared symbols (see {@link
   * Verdicts}): a condition that holds for some sizes only and is not a bound is a warning at the
   * call that needs it, with PyTorch's text at a failing size, found by running the model at that
   * size; one that fails at every size is an error. A finding the concrete run does not confirm at
   * that call is not reported. Gives the valid domain in the user's terms.
   */
  private static Verdicts.Result verdicts(
      Workspace ws,
      TypeRef t,
      AnalysisOptions opts,
      Recorder rec,
      List<Shape> inputShapes,
      java.util.Set<String> inferred,
      Map<String, Interpreter.Site> conditions,
      java.util.Set<String> guards) {
    List<String> order = symbolsOf(inputShapes, x -> !inferred.contains(x));
    if (order.isEmpty()) {
      return null;
    }
    Map<String, dev.shapesense.tensor.IntSet> ranges = new java.util.TreeMap<>();
    opts.project()
        .ranges()
        .forEach(
            (k, v) -> {
              if (order.contains(k)) {
                ranges.put(k, v);
              }
            });
    // Severity is the project's to set: ProjectSettings.apply turns the warning into what it says.
    Verdicts.Result r = Verdicts.decide(conditions, order, ranges, guards);
    for (Verdicts.Verdict v : r.verdicts()) {
      if (v.kind() == Verdicts.Kind.BOUND) {
        continue;
      }
      if (v.site() == null) {
        continue;
      }
      TextRange at = v.site().range();
      if (at == null) {
        continue;
      }
      for (Map<String, Long> point : v.failing().subList(0, Math.min(3, v.failing().size()))) {
        Diagnostic concrete = failureAt(ws, t, opts, point, v.site().file().path(), at);
        if (concrete == null) {
          continue;
        }
        java.util.Set<String> named = v.symbols();
        List<String> values = new ArrayList<>();
        for (String x : order) {
          if (named.contains(x)) {
            values.add(x + " = " + point.get(x));
          }
        }
        String where = "for " + String.join(", ", values) + ": " + concrete.message();
        if (v.kind() == Verdicts.Kind.NEVER) {
          rec.diagnostic(
              new Diagnostic(
                  concrete.path(),
                  at,
                  Severity.ERROR,
                  concrete.code(),
                  "needs " + v.needs() + ", which no declared size satisfies; " + where,
                  List.of()));
        } else {
          rec.diagnostic(
              new Diagnostic(
                  concrete.path(),
                  at,
                  Severity.WARNING,
                  DiagnosticCodes.VALUE_DEPENDENT,
                  "needs " + v.needs() + "; " + where,
                  List.of()));
        }
        break;
      }
    }
    return r;
  }

  /**
   * For a run at an {@code --input} given over a forward whose {@code @Dims} has symbols: the
   * domain of the declared symbols, and whether the given sizes are outside it ({@code Valid for:
   * ... (the input is outside: H = 28, W = 28)}), so that a failure at such sizes is explained
   * before its first failing layer.
   */
  private static String declaredDomain(Workspace ws, TypeRef t, AnalysisOptions opts, Shape given) {
    Run symbolic =
        runDeciding(
            ws, t, opts.withInput(null), new Recorder(), 0, new java.util.HashSet<>(), null);
    ModelResult sym = symbolic.result();
    Verdicts.Result r = symbolic.verdicts();
    if (sym == null || r == null || sym.inputs().isEmpty() || sym.valid().isEmpty()) {
      return "";
    }
    Shape declared = sym.inputs().get(0);
    if (declared.rank() != given.rank()) {
      return "";
    }
    Map<String, Long> at = new java.util.LinkedHashMap<>();
    for (int i = 0; i < declared.rank(); i++) {
      Dim d = declared.get(i);
      Dim g = given.get(i);
      if (!g.isConst()) {
        return "";
      }
      if (d.isConst()) {
        continue;
      }
      if (!d.equals(Dim.sym(d.toString()))) {
        // An expression of symbols (32 * h): its symbols' sizes are not read off here.
        return sym.valid();
      }
      Long before = at.put(d.toString(), g.value());
      if (before != null && before != g.value()) {
        return sym.valid();
      }
    }
    if (r.contains(at)) {
      return sym.valid();
    }
    List<String> values = new ArrayList<>();
    at.forEach((k, v) -> values.add(k + " = " + v));
    return sym.valid() + " (the input is outside it: " + String.join(", ", values) + ")";
  }

  /** The error a run at the sizes {@code point} reports at {@code at}, or null. */
  private static Diagnostic failureAt(
      Workspace ws,
      TypeRef t,
      AnalysisOptions opts,
      Map<String, Long> point,
      String path,
      TextRange at) {
    Map<String, Dim> bind = new java.util.TreeMap<>();
    point.forEach((k, v) -> bind.put(k, Dim.of(v)));
    Recorder quiet = new Recorder();
    ModelResult r = run(ws, t, opts, quiet, 0, new java.util.HashSet<>(), bind);
    if (r == null) {
      return null;
    }
    for (Diagnostic d : r.diagnostics()) {
      if (d.severity() == Severity.ERROR && d.path().equals(path) && d.range().equals(at)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The layer graph of the run just made: its inputs (declared at {@code forward}'s parameters),
   * its calls and its output (at {@code forward}'s name); an error of the run that no node's call
   * raised (a functional op's) is marked on the first node that ran after it, else the output.
   * Built on first request from what is read here and the calls' sites, which carry their places (a
   * newer version of the file may take the tree over before the graph is asked for).
   */
  private static Lazy<ModelGraph> graph(
      Recorder rec,
      Lazy<Traced> traced,
      List<Recorder.Call> calls,
      ParsedFile file,
      TypeRef t,
      MethodDeclaration fwd,
      List<Object> inputs,
      Object out) {
    List<GraphBuilder.Input> ins = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      TextRange r =
          fwd != null && i < fwd.getParameters().size() ? file.range(fwd.getParameter(i)) : null;
      ins.add(
          new GraphBuilder.Input(Values.label(inputs.get(i)), r == null ? null : file.path(), r));
    }
    List<GraphBuilder.OutputPart> parts = new ArrayList<>();
    List<?> components =
        out instanceof dev.shapesense.nn.TupleOutput tuple
            ? tuple.asTuple()
            : Values.recordComponents(out) != null ? Values.recordComponents(out) : List.of(out);
    for (Object c : components) {
      parts.add(new GraphBuilder.OutputPart(Values.label(c), rec.origins(c)));
    }
    Recorder.FirstError runError = rec.firstError();
    TextRange outRange = file.range(fwd != null ? fwd.getName() : t.decl().getName());
    String outputLabel = Values.label(out);
    return Lazy.of(
        () -> {
          Map<Module, String> paths = traced.get().paths();
          Recorder.FirstError first =
              calls.stream().noneMatch(c -> c.error() != null && paths.containsKey(c.module()))
                  ? runError
                  : null;
          List<GraphBuilder.Place> places = new ArrayList<>(calls.size());
          for (Recorder.Call c : calls) {
            Interpreter.Site site = c.site();
            places.add(
                site == null || site.range() == null || !paths.containsKey(c.module())
                    ? null
                    : new GraphBuilder.Place(site.file().path(), site.range()));
          }
          return GraphBuilder.build(
              calls,
              paths,
              traced.get().sizes()::get,
              places,
              ins,
              outputLabel,
              parts,
              outRange == null ? null : file.path(),
              outRange,
              first == null ? null : first.diagnostic().message(),
              first == null ? 0 : first.callsBefore());
        });
  }

  /** The dotted path of each module of {@code root}'s tree (its first, for a shared one). */
  private static Map<Module, String> pathsOf(Module root) {
    Map<Module, String> paths = new IdentityHashMap<>();
    root.namedModules().forEach((p, m) -> paths.putIfAbsent(m, p));
    return paths;
  }

  /**
   * The trace of a run ({@link #of}): the dotted path of each module of the model, the parameter
   * count of each module called (null when not known), and the calls of the model's modules.
   */
  private record Traced(Map<Module, String> paths, Map<Module, Dim> sizes, List<TraceEntry> trace) {
    /**
     * The trace of the run's calls of {@code root}'s modules, the root's own call placed at {@code
     * rootLine}.
     */
    static Traced of(
        InterpretedModule root,
        List<Recorder.Call> calls,
        java.util.function.Function<Module, Module.ParameterTotals> totalsOf,
        int rootLine) {
      Map<Module, String> paths = pathsOf(root);
      Map<Module, Dim> sizes = new IdentityHashMap<>();
      java.util.Set<Module> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      List<TraceEntry> out = new ArrayList<>();
      for (Recorder.Call c : calls) {
        String path = paths.get(c.module());
        if (path == null) {
          continue;
        }
        String type =
            c.module() instanceof InterpretedModule im
                ? im.typeName()
                : c.module().getClass().getSimpleName();
        int line = path.isEmpty() ? rootLine : c.line();
        Module.ParameterTotals totals = totalsOf.apply(c.module());
        Dim params = totals == null ? null : totals.size();
        sizes.put(c.module(), params);
        List<Object> inputs = new ArrayList<>();
        for (Object in : c.inputs()) {
          inputs.add(Values.outputData(in));
        }
        LayerStats stats = Recorder.stats(c, !seen.add(c.module()), totals);
        out.add(
            new TraceEntry(
                path, type, line, inputs, Values.outputData(c.output()), params, c.error(), stats));
      }
      return new Traced(paths, sizes, java.util.Collections.unmodifiableList(out));
    }
  }

  /**
   * The totals of torchinfo 1.8.0's footer (its {@code ModelStatistics}): multiply-adds of the
   * whole forward; twice the output bytes of every call of a layer without children that has
   * parameters; the parameter bytes of those layers, each module once; plus the input bytes.
   */
  static ModelSummary summary(
      Dim params, Dim trainable, List<Tensor> inputs, List<TraceEntry> trace) {
    try {
      return summaryOf(params, trainable, inputs, trace);
    } catch (ArithmeticException e) {
      // Totals past 2^63 (absurd sizes) are unknown.
      return new ModelSummary(params, null, null, null, null, null, null);
    }
  }

  private static ModelSummary summaryOf(
      Dim params, Dim trainable, List<Tensor> inputs, List<TraceEntry> trace) {
    Dim macs = Dim.of(0);
    TraceEntry root = trace.isEmpty() ? null : trace.get(trace.size() - 1);
    if (root != null && root.path().isEmpty()) {
      macs = root.stats().macs();
    } else {
      for (TraceEntry e : trace) {
        macs = sum(macs, e.stats().leaf() ? e.stats().macs() : Dim.of(0));
      }
    }
    Dim inputBytes = Dim.of(0);
    for (Tensor t : inputs) {
      inputBytes = inputBytes.plus(CostRules.bytes(t.shape(), t.dtype()));
    }
    Dim forwardBackward = Dim.of(0);
    Dim paramBytes = Dim.of(0);
    for (TraceEntry e : trace) {
      LayerStats st = e.stats();
      if (!st.leaf()) {
        continue;
      }
      boolean hasParams = e.params() == null || e.params().eq(0) != Truth.TRUE;
      if (hasParams) {
        forwardBackward =
            sum(forwardBackward, st.outputBytes() == null ? null : st.outputBytes().times(2));
      }
      if (!st.recursive()) {
        paramBytes = sum(paramBytes, st.paramBytes());
      }
    }
    Dim total = sum(sum(inputBytes, forwardBackward), paramBytes);
    return new ModelSummary(
        params, trainable, macs, inputBytes, forwardBackward, paramBytes, total);
  }

  private static Dim sum(Dim a, Dim b) {
    return a == null || b == null ? null : a.plus(b);
  }

  /**
   * Constructor arguments: none; or the constant arguments every call site in the workspace agrees
   * on; or else symbols named after the int parameters ({@code new Linear(dModel, 4 * dModel)} with
   * an unknown {@code dModel} gives {@code [N, L, 4 * dModel]}), other parameters unknown.
   */
  private static List<Object> constructorArgs(Workspace ws, Interpreter in, TypeRef t) {
    var ctors = t.decl().getConstructors();
    if (ctors.isEmpty() || ctors.stream().anyMatch(c -> c.getParameters().isEmpty())) {
      return List.of();
    }
    List<Object> agreed = agreedCallSiteArgs(ws, in, t);
    if (agreed != null) {
      return agreed;
    }
    List<Object> symbolic = new ArrayList<>();
    for (Parameter p : ctors.get(0).getParameters()) {
      String type = p.getType().asString();
      boolean integral = List.of("int", "long", "Integer", "Long").contains(type);
      symbolic.add(integral && !p.isVarArgs() ? Dim.sym(p.getNameAsString()) : Values.UNKNOWN);
    }
    return symbolic;
  }

  /** Whether a user module (of a model's modules) has a field the analysis could not know. */
  private static boolean hasUnknownParts(Collection<Module> modules) {
    for (Module m : modules) {
      if (m instanceof InterpretedModule im
          && (im.incomplete || im.fields.containsValue(Values.UNKNOWN))) {
        return true;
      }
    }
    return false;
  }

  /** Whether some code in the workspace constructs {@code t}. */
  private static boolean builtElsewhere(Workspace ws, TypeRef t) {
    String name = t.decl().getNameAsString();
    for (ParsedFile f : ws.files()) {
      if (f.mayMention(name)
          && f.unit().isPresent()
          && f.unit()
              .get()
              .findFirst(
                  ObjectCreationExpr.class, oc -> oc.getType().getNameAsString().equals(name))
              .isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The constant arguments every {@code new T(...)} in the workspace passes, or null. */
  private static List<Object> agreedCallSiteArgs(Workspace ws, Interpreter in, TypeRef t) {
    List<Object> found = null;
    for (ParsedFile f : ws.files()) {
      if (!f.mayMention(t.decl().getNameAsString()) || f.unit().isEmpty()) {
        continue;
      }
      for (ObjectCreationExpr oc : f.unit().get().findAll(ObjectCreationExpr.class)) {
        if (!oc.getType().getNameAsString().equals(t.decl().getNameAsString())) {
          continue;
        }
        Interpreter.Frame frame = new Interpreter.Frame(f, in.types.typeOf(oc), null);
        List<Object> args = new ArrayList<>();
        for (Expression a : oc.getArguments()) {
          if (!(a.isLiteralExpr() || a.isUnaryExpr() || a.isBinaryExpr())) {
            return null;
          }
          Object v = in.expressions().eval(a, frame);
          if (Values.isUnknown(v)) {
            return null;
          }
          args.add(v);
        }
        if (found != null && !found.equals(args)) {
          return null;
        }
        found = args;
      }
    }
    return found;
  }

  /** The input tensor of {@code p}; symbols of an inferred shape are added to {@code inferred}. */
  private static Tensor input(
      Interpreter in,
      InterpretedModule model,
      MethodDeclaration fwd,
      Parameter p,
      Shape override,
      AnalysisOptions opts,
      java.util.Set<String> inferred,
      int extraDims) {
    if (override != null) {
      return Tensors.empty(Device.META, dtypeOf(in, p), override);
    }
    for (AnnotationExpr a : p.getAnnotations()) {
      if (!a.getNameAsString().equals("Dims")) {
        continue;
      }
      Expression value = null;
      Expression dtype = null;
      if (a instanceof SingleMemberAnnotationExpr s) {
        value = s.getMemberValue();
      } else if (a instanceof NormalAnnotationExpr n) {
        for (MemberValuePair pair : n.getPairs()) {
          if (pair.getNameAsString().equals("value")) {
            value = pair.getValue();
          } else if (pair.getNameAsString().equals("dtype")) {
            dtype = pair.getValue();
          }
        }
      }
      Interpreter.Frame frame =
          new Interpreter.Frame(model.type.file(), in.types.typeOf(fwd), model);
      Object text = value == null ? null : in.expressions().eval(value, frame);
      if (!(text instanceof String s)) {
        return null;
      }
      DType dt = DType.FLOAT32;
      if (dtype != null && in.expressions().eval(dtype, frame) instanceof DType d) {
        dt = d;
      }
      try {
        Tensor x = Tensors.empty(Device.META, dt, Shape.parse(s));
        in.rec.symbols(
            model.type.file(),
            a,
            x.shape(),
            "declared by @Dims(\""
                + s
                + "\") on '"
                + p.getNameAsString()
                + "' of "
                + model.typeName()
                + ".forward");
        return x;
      } catch (IllegalArgumentException | ShapeError e) {
        in.rec.diagnostic(
            new Diagnostic(
                model.type.file().path(),
                model.type.file().range(a),
                Severity.ERROR,
                DiagnosticCodes.BAD_DIMS,
                "cannot read @Dims(\"" + s + "\"): " + e.getMessage(),
                List.of()));
        return null;
      }
    }
    Shape configured = opts.project().inputs().get(model.typeName());
    if (configured != null && fwd.getParameters().indexOf(p) == 0) {
      try {
        return Tensors.empty(Device.META, dtypeOf(in, p), configured);
      } catch (ShapeError e) {
        in.rec.diagnostic(
            new Diagnostic(
                model.type.file().path(),
                model.type.file().range(p),
                Severity.ERROR,
                DiagnosticCodes.BAD_DIMS,
                "cannot use the input " + configured + " from shapesense.json: " + e.getMessage(),
                List.of()));
        return null;
      }
    }
    Tensor t = InputInference.infer(in, model, fwd, p, opts.batchSymbol());
    if (t != null && extraDims > 0 && t.dim() >= 1) {
      t = Tensors.empty(Device.META, t.dtype(), widened(t.shape(), extraDims));
    }
    if (t != null) {
      for (Dim d : t.shape()) {
        inferred.addAll(d.symbols());
      }
      in.rec.symbols(
          model.type.file(),
          p,
          t.shape(),
          "inferred for '"
              + p.getNameAsString()
              + "' of "
              + model.typeName()
              + ".forward from the first layer it goes through (no @Dims)");
    }
    return t;
  }

  /** {@code shape} with {@code extra} fresh symbols after its first (batch) dim. */
  static Shape widened(Shape shape, int extra) {
    List<Dim> dims = new ArrayList<>(shape.dims());
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Dim d : dims) {
      used.addAll(d.symbols());
    }
    int at = 1;
    for (String name : List.of("L", "S", "T", "K", "M")) {
      if (extra == 0) {
        break;
      }
      if (used.add(name)) {
        dims.add(at++, Dim.sym(name));
        extra--;
      }
    }
    return Shape.of(dims);
  }

  private static DType dtypeOf(Interpreter in, Parameter p) {
    for (AnnotationExpr a : p.getAnnotations()) {
      if (a instanceof NormalAnnotationExpr n) {
        for (MemberValuePair pair : n.getPairs()) {
          if (pair.getNameAsString().equals("dtype")
              && pair.getValue().toString().endsWith("INT64")) {
            return DType.INT64;
          }
        }
      }
    }
    return DType.FLOAT32;
  }

  private static void checkDeclaredOutput(
      Recorder rec, ParsedFile file, MethodDeclaration fwd, Object out) {
    if (!(out instanceof Tensor t)) {
      return;
    }
    for (AnnotationExpr a : fwd.getAnnotations()) {
      if (!a.getNameAsString().equals("Dims") || !(a instanceof SingleMemberAnnotationExpr s)) {
        continue;
      }
      if (!s.getMemberValue().isStringLiteralExpr()) {
        continue;
      }
      Shape declared;
      try {
        declared = Shape.parse(s.getMemberValue().asStringLiteralExpr().asString());
      } catch (IllegalArgumentException e) {
        continue;
      }
      boolean wrong = declared.rank() != t.dim();
      for (int i = 0; !wrong && i < declared.rank(); i++) {
        wrong = Dim.eq(declared.get(i), t.shape().get(i)) == Truth.FALSE;
      }
      if (wrong) {
        rec.diagnostic(
            new Diagnostic(
                file.path(),
                file.range(a),
                Severity.ERROR,
                DiagnosticCodes.DECLARED_OUTPUT,
                "forward returns " + t.shape() + " but @Dims declares " + declared,
                List.of()));
      }
    }
  }
}
