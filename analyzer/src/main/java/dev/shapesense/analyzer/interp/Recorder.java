package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.Fix;
import dev.shapesense.analyzer.InlayHint;
import dev.shapesense.analyzer.ModuleCall;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.SymbolOrigin;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what an analysis finds: hints per expression (an expression evaluated several times
 * keeps its hint only when every evaluation gave the same shape), diagnostics (each once), and the
 * module calls of the current model in forward-hook order.
 */
public final class Recorder {
  private final Map<String, Map<TextRange, String>> hints = new LinkedHashMap<>();
  private final Set<String> conflicted = new HashSet<>();
  private final Map<String, Diagnostic> diagnostics = new LinkedHashMap<>();
  private List<Call> calls = new ArrayList<>();
  private final Map<String, Set<ModuleCall>> moduleCalls = new LinkedHashMap<>();
  private final Map<String, Map<String, SymbolOrigin>> symbols = new LinkedHashMap<>();
  private final Map<Module, String> reprs = new IdentityHashMap<>();
  private final Map<TypeDeclaration<?>, Map<String, TextRange>> fields = new IdentityHashMap<>();
  private final Set<Module> hooked = Collections.newSetFromMap(new IdentityHashMap<>());
  private int muted;
  private boolean weak;
  private final Set<String> strongKeys = new HashSet<>();
  private final Set<String> weakKeys = new HashSet<>();
  private Interpreter interpreter;

  /**
   * One recorded module call: the module, its inputs and output, the user call site being evaluated
   * (null for the model itself), and the error message of a failed call.
   */
  public record Call(
      Module module, List<Object> inputs, Object output, Interpreter.Site site, String error) {
    public int line() {
      return site == null ? 0 : site.line();
    }
  }

  void attach(Interpreter i) {
    this.interpreter = i;
  }

  /**
   * Records the shape of {@code node}'s value; an unknown value or a disagreement drops it. While
   * {@link #weak} (a class analysed alone with symbolic constructor arguments), a hint only fills
   * a node no concrete run has hinted, and a concrete run's hint replaces it.
   */
  void hint(ParsedFile file, Node node, Object value) {
    TextRange r = file.range(node);
    if (r == null) {
      return;
    }
    String key = file.path() + "@" + r.start() + ":" + r.end();
    if (weak) {
      if (strongKeys.contains(key)) {
        return;
      }
      key = "weak:" + key;
      weakKeys.add(file.path() + "@" + r.start() + ":" + r.end());
    } else {
      strongKeys.add(key);
      if (weakKeys.remove(key)) {
        hints.getOrDefault(file.path(), new LinkedHashMap<>()).remove(r);
        conflicted.remove("weak:" + key);
      }
    }
    if (conflicted.contains(key)) {
      return;
    }
    String label = Values.label(value);
    Map<TextRange, String> m = hints.computeIfAbsent(file.path(), k -> new LinkedHashMap<>());
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
    }
  }

  /** Records one evaluation of a module call site; recovery re-runs (muted) are not recorded. */
  void moduleCall(
      ParsedFile file, Node call, Module m, List<Object> args, Object out, TypeRef owner, String field) {
    TextRange r = file.range(call);
    if (r == null || muted > 0) {
      return;
    }
    List<String> inputs = new ArrayList<>();
    for (Object a : args) {
      String l = Values.label(a);
      if (l != null) {
        inputs.add(l);
      }
    }
    Dim params;
    try {
      params = m.parameterSize();
    } catch (RuntimeException e) {
      params = null;
    }
    String repr = reprs.computeIfAbsent(m, Module::toString);
    String fieldPath = null;
    TextRange fieldRange = null;
    if (owner != null && field != null) {
      fieldRange = fieldRanges(owner).get(field);
      fieldPath = owner.file().path();
    }
    String type =
        m instanceof InterpretedModule im ? im.typeName() : m.getClass().getSimpleName();
    moduleCalls
        .computeIfAbsent(file.path(), k -> new LinkedHashSet<>())
        .add(
            new ModuleCall(
                file.path(), r, type, repr, params, List.copyOf(inputs), Values.label(out),
                fieldRange == null ? null : fieldPath, fieldRange));
  }

  /** The declarator range of each field of a type, computed once per type. */
  private Map<String, TextRange> fieldRanges(TypeRef owner) {
    return fields.computeIfAbsent(
        owner.decl(),
        d -> {
          Map<String, TextRange> m = new HashMap<>();
          for (var fd : d.getFields()) {
            for (var v : fd.getVariables()) {
              TextRange r = owner.file().range(v);
              if (r != null) {
                m.put(v.getNameAsString(), r);
              }
            }
          }
          return m;
        });
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

  void diagnostic(Diagnostic d) {
    String key = d.path() + "@" + d.range() + d.code() + d.message();
    Diagnostic old = diagnostics.get(key);
    if (old == null || (old.severity() != Severity.ERROR && d.severity() == Severity.ERROR)) {
      diagnostics.put(key, d);
    }
  }

  void shapeError(
      ParsedFile file, Node node, ShapeError e, String code, List<Fix> fixes, boolean speculative) {
    TextRange r = node == null ? null : file.range(node);
    if (r == null) {
      r = new TextRange(0, 0);
    }
    diagnostic(
        new Diagnostic(
            file.path(), r, speculative ? Severity.WARNING : Severity.ERROR, code, e.getMessage(), fixes));
  }

  /** Registers hooks on every built-in module of {@code root}, so their calls are recorded. */
  void hookAll(Module root) {
    for (Module m : root.namedModules().values()) {
      if (!(m instanceof InterpretedModule) && hooked.add(m)) {
        m.registerForwardHook(
            (mod, in, out) -> trace(mod, java.util.Arrays.asList(in), out, interpreter.currentSite()));
      }
    }
  }

  void trace(Module m, List<Object> inputs, Object out, Interpreter.Site site) {
    if (muted == 0) {
      calls.add(new Call(m, snapshot(inputs), snapshot(out), site, null));
    }
  }

  void traceError(Module m, List<Object> inputs, Object out, Interpreter.Site site, String error) {
    if (muted == 0) {
      calls.add(new Call(m, snapshot(inputs), snapshot(out), site, error));
    }
  }

  /**
   * A list as it is now: a forward hook sees its inputs when the call returns, and a list the
   * model appends to afterwards (DenseNet's features) must not change what was recorded.
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
    return out;
  }

  public List<InlayHint> hints(String path) {
    List<InlayHint> out = new ArrayList<>();
    hints
        .getOrDefault(path, Map.of())
        .forEach((r, label) -> out.add(new InlayHint(path, r, label)));
    out.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
    return out;
  }

  public List<Diagnostic> diagnostics() {
    return new ArrayList<>(diagnostics.values());
  }
}
