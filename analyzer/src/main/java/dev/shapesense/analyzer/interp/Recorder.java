package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.InlayHint;
import dev.shapesense.analyzer.LayerStats;
import dev.shapesense.analyzer.Lazy;
import dev.shapesense.analyzer.MemberFact;
import dev.shapesense.analyzer.ModuleCall;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.SymbolOrigin;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.analyzer.UnknownShape;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.CostRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what an analysis finds: hints per expression (an expression evaluated several times
 * keeps its hint only when every evaluation gave the same shape), diagnostics (each once), and the
 * module calls of the current model in forward-hook order.
 */
public final class Recorder {
  private final Map<String, Map<TextRange, String>> hints = new LinkedHashMap<>();

  /** Hint places whose evaluations disagreed, weak and strong apart. */
  private final Set<HintKey> conflicted = new HashSet<>();

  private final Map<String, Diagnostic> diagnostics = new LinkedHashMap<>();
  private List<Call> calls = new ArrayList<>();
  private final Map<String, Set<ModuleCall>> moduleCalls = new LinkedHashMap<>();
  private final Map<String, Map<String, SymbolOrigin>> symbols = new LinkedHashMap<>();
  private final Map<TypeDeclaration<?>, Map<String, TextRange>> fields = new IdentityHashMap<>();
  private int muted;
  private boolean weak;

  /** The places hinted by a concrete run, and those hinted by a weak one. */
  private final Set<HintKey> strongKeys = new HashSet<>();

  private final Set<HintKey> weakKeys = new HashSet<>();

  /** A hinted place: a range of a file, and whether a weak run's hint is meant. */
  private record HintKey(boolean weak, String path, TextRange range) {}

  /**
   * One recorded module call: the module, its inputs and output, the user call site being evaluated
   * (null for the model itself), and the error message of a failed call.
   */
  public record Call(
      Module module,
      List<Object> inputs,
      Object output,
      Interpreter.Site site,
      String error,
      Counts counts,
      List<int[]> inputOrigins) {
    public int line() {
      return site == null ? 0 : site.line();
    }

    /** The call's own multiply-adds (see {@link Recorder#record}); null when unknown. */
    public Dim ownMacs() {
      return counts.own().get();
    }

    /** The multiply-adds of the call and everything inside it; null when unknown. */
    public Dim macs() {
      return counts.all().get();
    }
  }

  /**
   * A call's multiply-adds, worked out when first asked for: the summary, the trace and the hover
   * show them, the hints and diagnostics never need them, and most runs (the confirming runs of a
   * symbolic model, every run of an edit no one hovers after) are never asked. Each count is a sum
   * of {@link Ledger} entries, or a container's sum of its children's calls.
   */
  record Counts(Lazy<Dim> own, Lazy<Dim> all) {}

  /**
   * The multiply-adds of a run in the order they happened: a built-in layer's (its nn rule on the
   * output it gave, counted when first asked for) and each functional op's. A user module's calls
   * count the entries made while they ran.
   */
  private static final class Ledger {
    /** A {@link Dim}, null for a count not known, or a {@link Lazy} layer count. */
    private final List<Object> entries = new ArrayList<>();

    int size() {
      return entries.size();
    }

    /** Adds a known count, or null for one not known. */
    void add(Dim macs) {
      entries.add(macs);
    }

    /** Adds a layer's count on its output, worked out when asked for; returns its index. */
    int addLayer(Module m, Shape output) {
      entries.add(Lazy.of(() -> ownMacs(m, output)));
      return entries.size() - 1;
    }

    Dim at(int i) {
      Object e = entries.get(i);
      return e instanceof Lazy<?> l ? (Dim) l.get() : (Dim) e;
    }

    /** The sum of the entries {@code from} (inclusive) to {@code to}; null when one is unknown. */
    Dim sum(int from, int to) {
      Dim total = Dim.of(0);
      for (int i = from; i < to && total != null; i++) {
        total = plusOrNull(total, at(i));
      }
      return total;
    }
  }

  /** {@code a + b}; null when either is unknown or the sum passes 2^63 (absurd sizes). */
  private static Dim plusOrNull(Dim a, Dim b) {
    if (a == null || b == null) {
      return null;
    }
    try {
      return a.plus(b);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** A module call in progress, entered from interpreted code, for counting what runs inside it. */
  private static final class Frame {
    final Module module;
    final int ledgerAtStart;
    final int callsAtStart;

    /** The functional ops' multiply-adds of the module's own code, those known. */
    Dim functional = Dim.of(0);

    Frame(Module module, int ledgerAtStart, int callsAtStart) {
      this.module = module;
      this.ledgerAtStart = ledgerAtStart;
      this.callsAtStart = callsAtStart;
    }
  }

  private final java.util.Deque<Frame> frames = new java.util.ArrayDeque<>();

  /** The multiply-adds of this model's run so far. */
  private Ledger ledger = new Ledger();

  /**
   * The indexes in {@link #calls} of each module's calls, in order, up to {@link #indexed}: made
   * when a container called by a container asks, most runs have none.
   */
  private Map<Module, List<Integer>> callsOf = new IdentityHashMap<>();

  private int indexed;

  /**
   * The conditions on symbols this run's shapes rest on (assumptions the shape rules could not
   * decide), in the order first met, each with the call that first needed it.
   */
  private final LinkedHashMap<String, Interpreter.Site> conditions = new LinkedHashMap<>();

  public Recorder() {}

  /** Notes the assumptions {@code value}'s shapes rest on that no earlier call introduced. */
  void conditions(ParsedFile file, Node at, Object value) {
    if (value instanceof Tensor t) {
      for (String a : t.assumptions()) {
        conditions.computeIfAbsent(a, k -> Interpreter.Site.at(file, at));
      }
    } else if (value instanceof dev.shapesense.nn.TupleOutput tuple) {
      for (Object o : tuple.asTuple()) {
        conditions(file, at, o);
      }
    } else if (value instanceof List<?> l) {
      for (Object o : l) {
        conditions(file, at, o);
      }
    }
  }

  /** Conditions of guards ({@code if (t > 64) throw ...} gives {@code t <= 64}) among them. */
  private final java.util.Set<String> guards = new java.util.HashSet<>();

  /** A guard's condition: what follows it runs only where it holds. */
  void guard(ParsedFile file, Node at, String condition) {
    conditions.computeIfAbsent(condition, k -> Interpreter.Site.at(file, at));
    guards.add(condition);
  }

  /** Which of the conditions taken last are guards'. */
  java.util.Set<String> takeGuards() {
    java.util.Set<String> out = new java.util.HashSet<>(guards);
    guards.clear();
    return out;
  }

  /** The conditions recorded since the last call, in order; clears them. */
  LinkedHashMap<String, Interpreter.Site> takeConditions() {
    LinkedHashMap<String, Interpreter.Site> out = new LinkedHashMap<>(conditions);
    conditions.clear();
    return out;
  }

  /**
   * A copy of what {@code o} has recorded so far, to run one more model into and keep or drop (a
   * model whose input is guessed is tried with several guesses).
   */
  private Recorder(Recorder o) {
    o.hints.forEach((k, v) -> hints.put(k, new LinkedHashMap<>(v)));
    conflicted.addAll(o.conflicted);
    diagnostics.putAll(o.diagnostics);
    calls = new ArrayList<>(o.calls);
    o.moduleCalls.forEach((k, v) -> moduleCalls.put(k, new LinkedHashSet<>(v)));
    o.symbols.forEach((k, v) -> symbols.put(k, new LinkedHashMap<>(v)));
    o.unknownSites.forEach((k, v) -> unknownSites.put(k, new LinkedHashMap<>(v)));
    causes = o.causes;
    fields.putAll(o.fields);
    strongKeys.addAll(o.strongKeys);
    weakKeys.addAll(o.weakKeys);
  }

  /** A copy to record one more model into (see {@link #Recorder(Recorder)}). */
  public Recorder copy() {
    return new Recorder(this);
  }

  /**
   * Records the shape of {@code node}'s value; an unknown value or a disagreement drops it. While
   * {@link #weak} (a class analysed alone with symbolic constructor arguments), a hint only fills a
   * node no concrete run has hinted, and a concrete run's hint replaces it.
   */
  void hint(ParsedFile file, Node node, Object value) {
    TextRange r = file.range(node);
    if (r != null) {
      hint(file, r, value);
    }
  }

  /**
   * As {@link #hint(ParsedFile, Node, Object)}, for a value that is a tensor only if its code says
   * so: an unknown value is explained only when {@code tensorTyped} (a {@code Tensor} variable or
   * result), so that unknown lists and numbers are not counted as missing shapes.
   */
  void hint(ParsedFile file, Node node, Object value, boolean tensorTyped) {
    TextRange r = file.range(node);
    if (r == null) {
      return;
    }
    explainUnknown = tensorTyped;
    try {
      hint(file, r, value);
    } finally {
      explainUnknown = true;
    }
  }

  private boolean explainUnknown = true;

  /** As {@link #hint(ParsedFile, Node, Object)}, for the node spanning {@code r}. */
  void hint(ParsedFile file, TextRange r, Object value) {
    HintKey key = new HintKey(false, file.path(), r);
    if (weak) {
      if (strongKeys.contains(key)) {
        return;
      }
      weakKeys.add(key);
      key = new HintKey(true, file.path(), r);
    } else {
      strongKeys.add(key);
      if (weakKeys.remove(key)) {
        Map<TextRange, String> m = hints.get(file.path());
        if (m != null) {
          m.remove(r);
        }
        conflicted.remove(new HintKey(true, file.path(), r));
      }
    }
    if (conflicted.contains(key)) {
      return;
    }
    String label = Values.label(value);
    Map<TextRange, String> m = hints.computeIfAbsent(file.path(), k -> new LinkedHashMap<>());
    if (value == Values.UNKNOWN && explainUnknown) {
      unknownSite(file.path(), r);
    }
    if (label == null) {
      if (m.remove(r) != null || value == Values.UNKNOWN) {
        conflicted.add(key);
      }
      return;
    }
    String old = m.putIfAbsent(r, label);
    if (old != null && !old.equals(label)) {
      m.remove(r);
      conflicted.add(key);
    } else if (value instanceof Tensor) {
      runHints.put(new TextRangeAt(file.path(), r), value);
    }
  }

  private record TextRangeAt(String path, TextRange range) {}

  /** The tensors hinted in the current model's run, where the label is still theirs. */
  private final Map<TextRangeAt, Object> runHints = new LinkedHashMap<>();

  /**
   * A model's run starts: its conditions, hinted values, errors, causes and unknowns are recorded
   * afresh.
   */
  void startRun() {
    runHints.clear();
    conditions.clear();
    guards.clear();
    flow = new Flow();
    damaged = false;
    runError = null;
    errorAtCall = -1;
    lastCause = null;
    runUnknowns = new ArrayList<>();
  }

  /**
   * Relabels the tensors this run hinted, as {@code simpler} says their shapes read under the
   * model's valid domain ({@code 2 * (H / 2)} is {@code H} where H is even).
   */
  void simplifyRunHints(java.util.function.UnaryOperator<Shape> simpler) {
    for (var e : runHints.entrySet()) {
      Map<TextRange, String> m = hints.get(e.getKey().path());
      Tensor t = (Tensor) e.getValue();
      String label = Values.label(t);
      if (m == null || label == null || !label.equals(m.get(e.getKey().range()))) {
        continue;
      }
      m.put(e.getKey().range(), simpler.apply(t.shape()).toString());
    }
  }

  /**
   * Records one evaluation of the module call site spanning {@code r}; recovery re-runs (muted) are
   * not recorded. A {@code tainted} module (one holding something unknown) has no size.
   */
  void moduleCall(
      ParsedFile file,
      TextRange r,
      Module m,
      boolean tainted,
      List<Object> args,
      Object out,
      TypeRef owner,
      String field) {
    if (muted > 0) {
      return;
    }
    List<String> inputs = new ArrayList<>();
    for (Object a : args) {
      String l = Values.label(a);
      if (l != null) {
        inputs.add(l);
      }
    }
    String fieldPath = null;
    TextRange fieldRange = null;
    if (owner != null && field != null) {
      fieldRange = fieldRange(owner, field);
      fieldPath = owner.file().path();
    }
    String type = m instanceof InterpretedModule im ? im.typeName() : m.getClass().getSimpleName();
    Call recorded = null;
    for (int i = calls.size() - 1; i >= 0 && recorded == null; i--) {
      if (calls.get(i).module() == m) {
        recorded = calls.get(i);
      }
    }
    Call call = recorded;
    List<Object> values = new ArrayList<>(args);
    moduleCalls
        .computeIfAbsent(file.path(), k -> new LinkedHashSet<>())
        .add(
            new ModuleCall(
                file.path(),
                r,
                type,
                List.copyOf(inputs),
                Values.label(out),
                fieldRange == null ? null : fieldPath,
                fieldRange,
                fieldRange == null ? null : field,
                Lazy.of(() -> details(m, tainted, values, out, call))));
  }

  /**
   * What a hover shows of a module call, from the module as the run left it (it is asked for after
   * the analysis, when nothing changes the module any more).
   */
  private static ModuleCall.Details details(
      Module m, boolean tainted, List<Object> args, Object out, Call call) {
    // The symbols of the shapes the hover shows: the inputs' and the output's that have a label.
    java.util.SortedSet<String> symbols =
        Values.label(out) == null ? new java.util.TreeSet<>() : Values.symbols(out);
    for (Object a : args) {
      if (Values.label(a) != null) {
        symbols.addAll(Values.symbols(a));
      }
    }
    Module.ParameterTotals totals = tainted ? null : totalsIfKnown(m);
    return new ModuleCall.Details(
        m.toString(),
        totals == null ? null : totals.size(),
        call == null ? null : stats(call, false, totals),
        java.util.Collections.unmodifiableSortedSet(symbols));
  }

  /**
   * The declarator range of field {@code name} of {@code owner}, or null. For the class re-parsed
   * member by member, from an index of its fields kept across edits; for another, from its ranges
   * computed once per type.
   */
  private TextRange fieldRange(TypeRef owner, String name) {
    Map<String, Integer> places =
        fieldPlaces.computeIfAbsent(
            owner.decl(),
            k -> {
              Map<String, Integer> p =
                  owner
                      .file()
                      .memberPlaces(
                          owner.decl(), DECLARATORS, Recorder::declarators, Declarators::names);
              return p == null ? NOT_REPARSED : p;
            });
    if (places == NOT_REPARSED) {
      return fields.computeIfAbsent(owner.decl(), k -> declaratorRanges(owner)).get(name);
    }
    Integer place = places.get(name);
    if (place == null) {
      return null;
    }
    Declarators d =
        owner.file().fact(owner.decl().getMember(place), DECLARATORS, Recorder::declarators);
    for (int j = d.names().length - 1; j >= 0; j--) {
      if (d.names()[j].equals(name)) {
        return d.positions()[j] == null ? null : owner.file().memberRange(place, d.positions()[j]);
      }
    }
    return null;
  }

  /** Per type, its fields' places ({@link ParsedFile#memberPlaces}), found once per analysis. */
  private final Map<TypeDeclaration<?>, Map<String, Integer>> fieldPlaces = new IdentityHashMap<>();

  /** In {@link #fieldPlaces}: a type that is not the class re-parsed member by member. */
  private static final Map<String, Integer> NOT_REPARSED = new HashMap<>();

  private static Map<String, TextRange> declaratorRanges(TypeRef owner) {
    NodeList<BodyDeclaration<?>> members = owner.decl().getMembers();
    Map<String, TextRange> m = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof FieldDeclaration fd) {
        Declarators d = owner.file().fact(fd, DECLARATORS, Recorder::declarators);
        for (int j = 0; j < d.names().length; j++) {
          if (d.positions()[j] != null) {
            m.put(d.names()[j], owner.file().range(fd, d.positions()[j]));
          }
        }
      }
    }
    return m;
  }

  /** The variables a field declaration declares, and where each is in the member's tree. */
  private record Declarators(String[] names, com.github.javaparser.Range[] positions) {}

  /** Found once per tree of the declaration. */
  private static final MemberFact<Declarators> DECLARATORS = MemberFact.named("declarators");

  private static final Declarators NO_DECLARATORS =
      new Declarators(new String[0], new com.github.javaparser.Range[0]);

  private static Declarators declarators(Node member) {
    if (!(member instanceof FieldDeclaration fd)) {
      return NO_DECLARATORS;
    }
    NodeList<VariableDeclarator> vars = fd.getVariables();
    String[] names = new String[vars.size()];
    com.github.javaparser.Range[] positions = new com.github.javaparser.Range[vars.size()];
    for (int j = 0; j < vars.size(); j++) {
      names[j] = vars.get(j).getNameAsString();
      positions[j] = vars.get(j).getRange().orElse(null);
    }
    return new Declarators(names, positions);
  }

  /** Records where the symbols of an input shape were introduced; the first origin wins. */
  void symbols(ParsedFile file, Node at, Shape shape, String description) {
    TextRange r = at == null ? null : file.range(at);
    if (r == null) {
      return;
    }
    Map<String, SymbolOrigin> m = symbols.computeIfAbsent(file.path(), k -> new LinkedHashMap<>());
    for (Dim d : shape.dims()) {
      for (String s : d.symbols()) {
        m.putIfAbsent(s, new SymbolOrigin(s, file.path(), r, description));
      }
    }
  }

  public List<ModuleCall> calls(String path) {
    List<ModuleCall> out = new ArrayList<>(moduleCalls.getOrDefault(path, Set.of()));
    out.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
    return out;
  }

  public List<SymbolOrigin> symbols(String path) {
    return new ArrayList<>(symbols.getOrDefault(path, Map.of()).values());
  }

  /**
   * Records a diagnostic once per place and code: the first message wins, as PyTorch stops at the
   * first failure (an error replaces a speculative warning). Where evaluations of the same code
   * want different fixes (a block built with several sizes), none is offered: one number cannot be
   * right for every use. False when it is not reported (see {@link #runError}).
   */
  public boolean diagnostic(Diagnostic d) {
    return record(d);
  }

  /** The latest cause of an unknown value in this model's run (see {@link #cause}). */
  private UnknownShape lastCause;

  /** How many causes were recorded, to tell whether a call recorded its own. */
  private int causes;

  /** Places hinted with an unknown value, per file, with the cause current then. */
  private final Map<String, Map<TextRange, UnknownShape>> unknownSites = new LinkedHashMap<>();

  /** The unknown places of this model's run, in evaluation order. */
  private List<UnknownShape> runUnknowns = new ArrayList<>();

  /**
   * Records where and why a value became unknown ({@code at} in {@code file}): the expressions
   * evaluated to unknown after it are explained by it, until a later cause.
   */
  void cause(ParsedFile file, Node at, String reason) {
    if (muted > 0) {
      return;
    }
    TextRange r = at == null ? null : file.range(at);
    causes++;
    lastCause = new UnknownShape(file.path(), r, reason, file.path(), r);
  }

  /** Makes an earlier cause the latest again (the value it made unknown is used here). */
  void recall(UnknownShape cause) {
    if (muted > 0 || cause == null) {
      return;
    }
    causes++;
    lastCause = cause;
  }

  int causeCount() {
    return causes;
  }

  /** The latest cause of this model's run, or null. */
  UnknownShape lastCause() {
    return lastCause;
  }

  private void unknownSite(String path, TextRange r) {
    if (muted > 0) {
      return;
    }
    UnknownShape u =
        lastCause == null
            ? new UnknownShape(
                path, r, "it depends on a value the analysis cannot know", null, null)
            : new UnknownShape(
                path, r, lastCause.reason(), lastCause.causePath(), lastCause.causeRange());
    if (unknownSites.computeIfAbsent(path, k -> new LinkedHashMap<>()).putIfAbsent(r, u) == null) {
      runUnknowns.add(u);
    }
  }

  /** The unknown places of the current model's run, in evaluation order, that show no hint. */
  public List<UnknownShape> runUnknowns() {
    List<UnknownShape> out = new ArrayList<>();
    for (UnknownShape u : runUnknowns) {
      if (!hints.getOrDefault(u.path(), Map.of()).containsKey(u.range())) {
        out.add(u);
      }
    }
    return out;
  }

  /** The places of {@code path} that show no hint because their value is unknown, and why. */
  public List<UnknownShape> unknowns(String path) {
    List<UnknownShape> out = new ArrayList<>();
    Map<TextRange, String> shown = hints.getOrDefault(path, Map.of());
    unknownSites
        .getOrDefault(path, Map.of())
        .forEach(
            (r, u) -> {
              if (!shown.containsKey(r)) {
                out.add(u);
              }
            });
    out.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
    return out;
  }

  /**
   * Records {@code d} as the echo of an error of another file at the model's call site: it does not
   * count as the run's first error (see {@link #runError}).
   */
  void echo(Diagnostic d) {
    echoing = true;
    try {
      record(d);
    } finally {
      echoing = false;
    }
  }

  /** While on, errors are not recorded (a model run with a guessed input that does not fit). */
  void dropErrors(boolean on) {
    dropErrors = on;
  }

  private boolean dropErrors;

  /**
   * From here to the end of this model's run, errors are not recorded (after code that does not
   * parse).
   */
  void damaged() {
    damaged = true;
  }

  private boolean damaged;

  /**
   * The first error of this model's run. PyTorch stops there: a later error at another place is one
   * it could never reach (the analysis goes on past a failure only to keep later hints), so it is
   * not reported. The same failure met again (a loop, the echo at the model's call site) is.
   */
  private Diagnostic runError;

  private boolean echoing;

  /** How many calls this run had recorded when its first error was; -1 before one. */
  private int errorAtCall = -1;

  /** The first error of this model's run and how many calls were recorded before it, or null. */
  FirstError firstError() {
    return runError == null ? null : new FirstError(runError, errorAtCall);
  }

  /** A run's first error, after {@code callsBefore} recorded calls. */
  record FirstError(Diagnostic diagnostic, int callsBefore) {}

  /** Records {@code d}; false when it is not reported (see {@link #runError}). */
  private boolean record(Diagnostic d) {
    if ((dropErrors || damaged) && d.severity() == Severity.ERROR) {
      return false;
    }
    if (d.severity() == Severity.ERROR && !echoing) {
      if (runError == null) {
        runError = d;
        errorAtCall = calls.size();
      } else if (!(runError.path().equals(d.path())
          && runError.range().equals(d.range())
          && runError.code().equals(d.code()))) {
        return false;
      }
    }
    String key = d.path() + "@" + d.range() + d.code();
    Diagnostic old = diagnostics.get(key);
    if (old == null) {
      diagnostics.put(key, d);
      return true;
    }
    Diagnostic keep = old.severity() != Severity.ERROR && d.severity() == Severity.ERROR ? d : old;
    if (!old.fixes().equals(d.fixes()) && !keep.fixes().isEmpty()) {
      keep =
          new Diagnostic(
              keep.path(), keep.range(), keep.severity(), keep.code(), keep.message(), List.of());
    }
    diagnostics.put(key, keep);
    return true;
  }

  void trace(Module m, List<Object> inputs, Object out, Interpreter.Site site) {
    record(m, inputs, out, site, null);
  }

  void traceError(Module m, List<Object> inputs, Object out, Interpreter.Site site, String error) {
    record(m, inputs, out, site, error);
  }

  /** Marks the start of a call of {@code m} from interpreted code; {@link #exit} ends it. */
  void enter(Module m) {
    frames.push(new Frame(m, ledger.size(), calls.size()));
  }

  void exit(Module m) {
    if (!frames.isEmpty() && frames.peek().module == m) {
      frames.pop();
    }
  }

  /**
   * Counts the multiply-adds of a functional op (a matmul) run by the innermost user module; null
   * when not known.
   */
  void functionalMacs(Dim macs) {
    if (muted > 0) {
      return;
    }
    Frame frame = frames.peek();
    Dim functional = frame == null || macs == null ? null : plusOrNull(frame.functional, macs);
    if (frame != null && functional == null) {
      // Not known, or past 2^63: the code's own count leaves it out, the sums around it are
      // unknown.
      ledger.add(null);
      return;
    }
    ledger.add(macs);
    if (frame != null) {
      frame.functional = functional;
    }
  }

  /**
   * Records a call with its multiply-adds: its own (a built-in layer without children: its nn rule
   * on the output; a user module: the functional ops of its code) and those of everything inside
   * it, from the frame {@link #enter} opened or, for a built-in called by another built-in, from
   * the calls of its descendants since the enclosing frame began.
   */
  private void record(
      Module m, List<Object> inputs, Object out, Interpreter.Site site, String error) {
    if (muted > 0) {
      return;
    }
    Counts counted = macs(m, out);
    List<int[]> origins = new ArrayList<>(inputs.size());
    for (Object in : inputs) {
      origins.add(flow.of(in));
    }
    if (GraphBuilder.isNodeModule(m)) {
      flow.produced(out, calls.size());
    }
    calls.add(
        new Call(m, snapshot(inputs), snapshot(out), site, error, counted, List.copyOf(origins)));
  }

  /** Where each tensor of the current run came from (see {@link Flow}). */
  private Flow flow = new Flow();

  /** Records that {@code x} is the model's input number {@code i}. */
  void input(Object x, int i) {
    flow.produced(x, -1 - i);
  }

  /** Records that {@code result} was computed from {@code target} and {@code args}. */
  void derived(Object result, Object target, List<Object> args) {
    flow.derived(result, target, args);
  }

  /** The calls ({@code >= 0}) and inputs ({@code -1 - i}) {@code value} was computed from. */
  int[] origins(Object value) {
    return flow.of(value);
  }

  /**
   * The call's own multiply-adds and those of everything inside it (see {@link #record}), as sums
   * of the {@link Ledger}'s entries to be worked out when asked for. Counts past 2^63 (absurd
   * sizes) are unknown, not an error.
   */
  private Counts macs(Module m, Object out) {
    Frame frame = frames.isEmpty() ? null : frames.peek();
    boolean framed = frame != null && frame.module == m;
    boolean leaf = !m.hasChildren();
    Ledger run = ledger;
    Lazy<Dim> own;
    if (m instanceof InterpretedModule im) {
      Dim functional = framed ? frame.functional : Dim.of(0);
      Shape first = Values.firstShape(out);
      if (leaf && im.delegate() != null && first != null) {
        // A user class extending a built-in layer (class MyLinear extends Linear): its rule counts.
        int layer = run.addLayer(im.delegate(), first);
        own =
            Lazy.of(
                () -> run.at(layer) == null ? functional : plusOrNull(functional, run.at(layer)));
      } else {
        own = Lazy.value(functional);
      }
    } else if (leaf) {
      Shape first = Values.firstShape(out);
      if (first == null) {
        run.add(null);
        own = Lazy.value(null);
      } else {
        int layer = run.addLayer(m, first);
        own = Lazy.of(() -> run.at(layer));
      }
    } else {
      own = Lazy.value(Dim.of(0));
    }
    Lazy<Dim> all;
    if (framed) {
      int from = frame.ledgerAtStart;
      int to = run.size();
      all = Lazy.of(() -> run.sum(from, to));
    } else if (leaf) {
      all = own;
    } else {
      // A built-in container called by a built-in: the calls of the modules inside it since the
      // frame began, found from each one's calls (not by going through all the frame's calls:
      // a Sequential of a thousand Sequentials would go through them a thousand times).
      Set<Module> inside = Collections.newSetFromMap(new IdentityHashMap<>());
      inside.addAll(m.namedModules().values());
      inside.remove(m);
      int from = frame == null ? 0 : frame.callsAtStart;
      List<Counts> children = new ArrayList<>();
      for (Module d : inside) {
        List<Integer> at = callsOf(d);
        for (int i = at.size() - 1; i >= 0 && at.get(i) >= from; i--) {
          children.add(calls.get(at.get(i)).counts());
        }
      }
      all =
          Lazy.of(
              () -> {
                Dim sum = Dim.of(0);
                for (Counts c : children) {
                  sum = plusOrNull(sum, c.own().get());
                }
                return sum;
              });
    }
    return new Counts(own, all);
  }

  /** The indexes in {@link #calls} of {@code m}'s calls, in order (the index made up to now). */
  private List<Integer> callsOf(Module m) {
    for (; indexed < calls.size(); indexed++) {
      callsOf.computeIfAbsent(calls.get(indexed).module(), k -> new ArrayList<>()).add(indexed);
    }
    return callsOf.getOrDefault(m, List.of());
  }

  /**
   * The statistics of a recorded call: its multiply-adds, parameters and output bytes, from its
   * module's parameter totals ({@link #totals}; null when unknown).
   */
  static LayerStats stats(Call c, boolean recursive, Module.ParameterTotals totals) {
    Module m = c.module();
    Tensor first = Values.firstTensor(c.output());
    boolean known = totals != null && totals.bytes() != null;
    Dim trainable = known ? totals.trainable() : null;
    Dim paramBytes = known ? totals.bytes() : null;
    Dim outputBytes;
    try {
      outputBytes = first == null ? null : CostRules.bytes(first.shape(), first.dtype());
    } catch (ArithmeticException e) {
      outputBytes = null;
    }
    return new LayerStats(
        c.macs(), trainable, paramBytes, outputBytes, !m.hasChildren(), recursive);
  }

  /**
   * The parameter totals of a module the caller found free of unknown parts (a model, every module
   * of its tree looked at once), or null when they cannot be computed.
   */
  static Module.ParameterTotals totalsOf(Module m) {
    return totals(m).orElse(null);
  }

  /**
   * Each module's parameter totals as the trace gives them, for use after the run (the trace is
   * assembled on request): null for a module {@code tainted} accepts or one holding something the
   * analysis cannot know (its size is not known either); the {@code model}'s as found when it was
   * built ({@code modelTotals}, when found), the others' computed when first asked for.
   */
  static java.util.function.Function<Module, Module.ParameterTotals> totalsAfterRun(
      java.util.function.Predicate<Module> tainted,
      Module model,
      Module.ParameterTotals modelTotals) {
    Map<Module, Optional<Module.ParameterTotals>> known = new IdentityHashMap<>();
    if (modelTotals != null) {
      known.put(model, Optional.of(modelTotals));
    }
    return m ->
        tainted.test(m)
            ? null
            : known.computeIfAbsent(m, k -> Optional.ofNullable(totalsIfKnown(k))).orElse(null);
  }

  /**
   * A module's parameter totals; null when it holds something the analysis cannot know (its size is
   * not known either) or they cannot be computed.
   */
  private static Module.ParameterTotals totalsIfKnown(Module m) {
    return hasUnknownParts(m) ? null : totals(m).orElse(null);
  }

  private static Optional<Module.ParameterTotals> totals(Module m) {
    try {
      return Optional.of(m.parameterTotals());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Dim ownMacs(Module m, Shape output) {
    try {
      return m.multAdds(output);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A list as it is now: a forward hook sees its inputs when the call returns, and a list the model
   * appends to afterwards (DenseNet's features) must not change what was recorded.
   */
  @SuppressWarnings("unchecked")
  private static <T> T snapshot(T v) {
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      for (Object e : l) {
        copy.add(snapshot(e));
      }
      return (T) java.util.Collections.unmodifiableList(copy);
    }
    return v;
  }

  /** Marks the hints that follow as coming from a run with symbolic constructor arguments. */
  void setWeak(boolean weak) {
    this.weak = weak;
  }

  void mute() {
    muted++;
  }

  void unmute() {
    muted--;
  }

  /** Takes the calls recorded since the last take. */
  public List<Call> takeCalls() {
    List<Call> out = calls;
    calls = new ArrayList<>();
    frames.clear();
    ledger = new Ledger();
    callsOf = new IdentityHashMap<>();
    indexed = 0;
    return out;
  }

  public List<InlayHint> hints(String path) {
    Map<TextRange, String> of = hints.getOrDefault(path, Map.of());
    List<InlayHint> out = new ArrayList<>(of.size());
    of.forEach((r, label) -> out.add(new InlayHint(path, r, label)));
    out.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
    return out;
  }

  public List<Diagnostic> diagnostics() {
    return new ArrayList<>(diagnostics.values());
  }

  /** Whether {@code m} or a user module inside it is incomplete or holds an unknown field. */
  private static boolean hasUnknownParts(Module m) {
    if (m instanceof InterpretedModule im
        && (im.incomplete || im.fields.containsValue(Values.UNKNOWN))) {
      return true;
    }
    if (!m.hasChildren()) {
      return false;
    }
    for (Module c : m.modules()) {
      if (c != m
          && c instanceof InterpretedModule ic
          && (ic.incomplete || ic.fields.containsValue(Values.UNKNOWN))) {
        return true;
      }
    }
    return false;
  }
}
