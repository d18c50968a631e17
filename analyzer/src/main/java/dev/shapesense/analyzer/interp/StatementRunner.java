package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.DiagnosticCodes;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.interp.Interpreter.Frame;
import dev.shapesense.analyzer.interp.Values.ArrayValue;
import dev.shapesense.nn.ModuleDict;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes statements. A condition that cannot be decided runs both branches on copies of the
 * locals and keeps the values they agree on; such branches are "speculative": errors found there
 * are warnings, and user throws there are not reported. Loops run until their condition is known
 * false, or the step budget ends the analysis.
 */
final class StatementRunner {
  private final Interpreter in;

  StatementRunner(Interpreter in) {
    this.in = in;
  }

  private Expressions ex() {
    return in.expressions();
  }

  void exec(Statement s, Frame f) {
    in.step(s);
    if (s instanceof BlockStmt b) {
      try {
        for (Statement x : b.getStatements()) {
          exec(x, f);
        }
      } finally {
        endScope(declaredIn(b), f);
      }
    } else if (s instanceof ExpressionStmt es) {
      execExpression(es.getExpression(), f);
    } else if (s instanceof ReturnStmt r) {
      Object v = null;
      if (r.getExpression().isPresent()) {
        Expression e = r.getExpression().get();
        v = hintValue(e, f, ex().eval(e, f));
      }
      throw new Signals.Return(v);
    } else if (s instanceof IfStmt i) {
      execIf(i, f);
    } else if (s instanceof ForStmt fs) {
      execFor(fs, f);
    } else if (s instanceof ForEachStmt fe) {
      execForEach(fe, f);
    } else if (s instanceof WhileStmt w) {
      loop(w, f, () -> ex().truth(ex().eval(w.getCondition(), f)), w.getBody(), () -> {});
    } else if (s instanceof DoStmt d) {
      try {
        exec(d.getBody(), f);
      } catch (Signals.Jump j) {
        if (breaks(j, d)) {
          return;
        }
      }
      loop(d, f, () -> ex().truth(ex().eval(d.getCondition(), f)), d.getBody(), () -> {});
    } else if (s instanceof BreakStmt b) {
      throw new Signals.Jump(true, b.getLabel().map(l -> l.asString()).orElse(null));
    } else if (s instanceof ContinueStmt c) {
      throw new Signals.Jump(false, c.getLabel().map(l -> l.asString()).orElse(null));
    } else if (s instanceof ThrowStmt t) {
      execThrow(t, f);
    } else if (s instanceof TryStmt t) {
      try {
        execTry(t, f);
      } finally {
        t.getFinallyBlock().ifPresent(b -> exec(b, f));
      }
    } else if (s instanceof com.github.javaparser.ast.stmt.SwitchStmt sw) {
      execSwitch(sw, f);
    } else if (s instanceof com.github.javaparser.ast.stmt.YieldStmt y) {
      throw new Signals.Yield(ex().eval(y.getExpression(), f));
    } else if (s instanceof LabeledStmt l) {
      try {
        exec(l.getStatement(), f);
      } catch (Signals.Jump j) {
        // break label; ends the labelled statement (a loop's continue label is its loop's).
        if (!j.isBreak || !l.getLabel().asString().equals(j.label)) {
          throw j;
        }
      }
    } else if (s instanceof SynchronizedStmt sy) {
      exec(sy.getBody(), f);
    } else if (s instanceof com.github.javaparser.ast.stmt.UnparsableStmt) {
      damaged(s, f);
    }
    // Other statements (assert, local classes) have no effect on shapes here.
  }

  /**
   * A statement that does not parse (code being typed; the parser's recovery may have swallowed the
   * statements after it): it may have assigned any local, so every local is unknown after it, and
   * no error is reported downstream of it in this run (the code that leads there is not the code
   * the user will run).
   */
  private void damaged(Statement s, Frame f) {
    f.locals.replaceAll((k, v) -> Values.UNKNOWN);
    in.rec.cause(
        f.file,
        s,
        "code before it does not parse yet (being typed), and may have assigned anything");
    in.rec.damaged();
  }

  private void execExpression(Expression e, Frame f) {
    if (e instanceof VariableDeclarationExpr vd) {
      for (var v : vd.getVariables()) {
        Object val =
            v.getInitializer().isPresent()
                ? ex().converted(
                        hintValue(
                            v.getInitializer().get(), f, ex().eval(v.getInitializer().get(), f)),
                        v.getType().isVarType() ? null : v.getType(),
                        v.getInitializer().get())
                : Interpreter.defaultValue(v.getType());
        f.locals.put(v.getNameAsString(), val);
      }
      return;
    }
    if (e instanceof AssignExpr a) {
      Object v = ex().eval(a, f);
      if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
        hintValue(a.getValue(), f, v);
      }
      return;
    }
    Object v = ex().eval(e, f);
    hintValue(e, f, v);
  }

  /** Hints a statement-level value unless it is a module call (which hints itself). */
  Object hintValue(Expression e, Frame f, Object v) {
    Expression inner = e;
    while (inner.isEnclosedExpr()) {
      inner = inner.asEnclosedExpr().getInner();
    }
    if (inner instanceof MethodCallExpr mc && ex().isModuleCall(mc)) {
      return v;
    }
    // A name, a field or a literal only repeats a shape shown where it was computed.
    // A record of tensors built here (new Out(recon, mu)) shows its components.
    if (!(inner.isMethodCallExpr()
        || inner.isConditionalExpr()
        || inner.isCastExpr()
        || (inner.isObjectCreationExpr() && Values.recordComponents(v) != null))) {
      return v;
    }
    // A shape is hinted; an unknown call result is recorded too, so that an expression whose
    // evaluations disagree (known once, unknown once) ends with no hint.
    if (Values.label(v) != null || (Values.isUnknown(v) && inner.isMethodCallExpr())) {
      // Whether the code declares it a tensor matters only for an unknown value (its ? explains
      // itself), and finding a local's declaration walks the method.
      in.rec.hint(f.file, inner, v, v != Values.UNKNOWN || tensorTyped(e));
    }
    return v;
  }

  /**
   * Whether the code declares {@code e}'s value a tensor: the initializer of a {@code Tensor} (or
   * {@code var}) variable, a value assigned to one, or returned by a method returning {@code
   * Tensor}.
   */
  boolean tensorTyped(Expression e) {
    Node p = e.getParentNode().orElse(null);
    if (p instanceof com.github.javaparser.ast.body.VariableDeclarator vd) {
      return isTensorType(vd.getType());
    }
    if (p instanceof ReturnStmt) {
      return e.findAncestor(com.github.javaparser.ast.body.MethodDeclaration.class)
          .map(m -> isTensorType(m.getType()))
          .orElse(false);
    }
    if (p instanceof AssignExpr a && a.getTarget().isNameExpr()) {
      var callable = e.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class);
      return callable.isPresent()
          && Boolean.TRUE.equals(
              localTypes
                  .computeIfAbsent(
                      callable.get(),
                      c ->
                          tensorVariables(
                              (com.github.javaparser.ast.body.CallableDeclaration<?>) c))
                  .get(a.getTarget().asNameExpr().getNameAsString()));
    }
    return false;
  }

  /** Per method or constructor: {@link #tensorVariables}, found once per analysis. */
  private final Map<Node, Map<String, Boolean>> localTypes = new java.util.IdentityHashMap<>();

  /**
   * Whether each variable a method or constructor declares is a tensor: a parameter by its type,
   * else the first declaration of the name in the body.
   */
  private static Map<String, Boolean> tensorVariables(
      com.github.javaparser.ast.body.CallableDeclaration<?> callable) {
    Map<String, Boolean> out = new java.util.HashMap<>();
    for (var vd : callable.findAll(com.github.javaparser.ast.body.VariableDeclarator.class)) {
      out.putIfAbsent(vd.getNameAsString(), isTensorType(vd.getType()));
    }
    for (var param : callable.getParameters()) {
      var pa = (com.github.javaparser.ast.body.Parameter) param;
      out.put(pa.getNameAsString(), isTensorType(pa.getType()));
    }
    return out;
  }

  private static boolean isTensorType(com.github.javaparser.ast.type.Type t) {
    String s = t.asString();
    return s.equals("Tensor") || s.equals("var") || s.endsWith(".Tensor");
  }

  private void execIf(IfStmt i, Frame f) {
    Truth t = ex().truth(ex().eval(i.getCondition(), f));
    if (t == Truth.TRUE) {
      exec(i.getThenStmt(), f);
    } else if (t == Truth.FALSE) {
      if (i.getElseStmt().isPresent()) {
        exec(i.getElseStmt().get(), f);
      }
    } else {
      guard(i, f);
      both(f, i.getThenStmt(), i.getElseStmt().orElse(null));
    }
  }

  /**
   * {@code if (t > blockSize) throw ...}: a guard on sizes the analysis cannot decide. What runs
   * after it runs only for the sizes the guard lets through, so its negation narrows the model's
   * valid domain (and is not itself a finding).
   */
  private void guard(IfStmt i, Frame f) {
    if (i.getElseStmt().isPresent() || !throwsAtEnd(i.getThenStmt())) {
      return;
    }
    com.github.javaparser.ast.expr.Expression c = i.getCondition();
    while (c.isEnclosedExpr()) {
      c = c.asEnclosedExpr().getInner();
    }
    if (!c.isBinaryExpr()) {
      return;
    }
    var b = c.asBinaryExpr();
    String negated =
        switch (b.getOperator()) {
          case GREATER -> " <= ";
          case GREATER_EQUALS -> " < ";
          case LESS -> " >= ";
          case LESS_EQUALS -> " > ";
          case EQUALS -> " != ";
          case NOT_EQUALS -> " == ";
          default -> null;
        };
    if (negated == null) {
      return;
    }
    Dim l = Values.asDim(ex().eval(b.getLeft(), f));
    Dim r = Values.asDim(ex().eval(b.getRight(), f));
    if (l == null || r == null || (l.isConst() && r.isConst())) {
      return;
    }
    if (in.speculative == 0) {
      in.rec.guard(f.file, i, l + negated + r);
    }
  }

  private static boolean throwsAtEnd(Statement s) {
    if (s.isThrowStmt()) {
      return true;
    }
    if (s.isBlockStmt()) {
      var stmts = s.asBlockStmt().getStatements();
      return !stmts.isEmpty() && stmts.get(stmts.size() - 1).isThrowStmt();
    }
    return false;
  }

  /** Runs both branches speculatively and merges their locals. */
  void both(Frame f, Statement a, Statement b) {
    in.speculative++;
    try {
      Map<String, Object> start = new LinkedHashMap<>(f.locals);
      // The object's fields too: each branch starts from the same ones (the JVM runs one branch).
      Map<String, Object> fields = Interpreter.fieldsOf(f.self);
      Map<String, Object> fieldStart = fields == null ? null : new LinkedHashMap<>(fields);
      Map<String, Object> endA = branch(f, a, start);
      Map<String, Object> fieldsA = fields == null ? null : new LinkedHashMap<>(fields);
      if (fields != null) {
        fields.putAll(fieldStart);
      }
      Map<String, Object> endB = branch(f, b, start);
      if (fields != null) {
        mergeFields(
            fields, endA == null && endB != null ? null : fieldsA, endB == null && endA != null);
      }
      Map<String, Object> merged = new LinkedHashMap<>();
      if (endA == null && endB == null) {
        f.locals = start;
        forgetContents(f, a, b);
        throw new Signals.Return(merge(f.returns));
      }
      if (endA == null || endB == null) {
        f.locals = endA == null ? endB : endA;
      } else {
        for (var e : endA.entrySet()) {
          Object other = endB.getOrDefault(e.getKey(), Values.UNKNOWN);
          merged.put(e.getKey(), Values.same(e.getValue(), other) ? e.getValue() : Values.UNKNOWN);
        }
        f.locals = merged;
      }
      forgetContents(f, a, b);
    } finally {
      in.speculative--;
    }
  }

  /** Both branches changed the same lists and arrays in place: what either changed is unknown. */
  private void forgetContents(Frame f, Statement a, Statement b) {
    for (Statement s : new Statement[] {a, b}) {
      if (s != null) {
        Effects.forgetContents(in, s, f);
      }
    }
  }

  /**
   * The fields after both branches ran ({@code fields} holds the second's): the first's when only
   * the first went on ({@code firstOnly}), the second's when only it went on ({@code afterA} null),
   * else each field both agree on, the others unknown.
   */
  private static void mergeFields(
      Map<String, Object> fields, Map<String, Object> afterA, boolean firstOnly) {
    if (afterA == null) {
      return;
    }
    if (firstOnly) {
      fields.putAll(afterA);
      return;
    }
    for (var e : fields.entrySet()) {
      Object a = afterA.getOrDefault(e.getKey(), Values.UNKNOWN);
      if (!Values.same(a, e.getValue())) {
        e.setValue(Values.UNKNOWN);
      }
    }
  }

  /** The locals after a branch, or null when it returned or threw. */
  private Map<String, Object> branch(Frame f, Statement s, Map<String, Object> start) {
    f.locals = new LinkedHashMap<>(start);
    if (s == null) {
      return f.locals;
    }
    try {
      exec(s, f);
      return f.locals;
    } catch (Signals.Return r) {
      f.returns.add(r.value);
      return null;
    } catch (Signals.UserThrow t) {
      return null;
    } catch (Signals.Jump j) {
      return f.locals;
    }
  }

  static Object merge(List<Object> values) {
    if (values.isEmpty()) {
      return Values.UNKNOWN;
    }
    Object first = values.get(0);
    for (Object v : values) {
      if (!Values.same(first, v)) {
        return Values.UNKNOWN;
      }
    }
    return first;
  }

  private void execFor(ForStmt fs, Frame f) {
    List<String> declared = new ArrayList<>();
    for (Expression e : fs.getInitialization()) {
      if (e instanceof VariableDeclarationExpr vd) {
        vd.getVariables().forEach(v -> declared.add(v.getNameAsString()));
      }
    }
    try {
      for (Expression e : fs.getInitialization()) {
        execExpression(e, f);
      }
      loop(
          fs,
          f,
          () ->
              fs.getCompare().isPresent()
                  ? ex().truth(ex().eval(fs.getCompare().get(), f))
                  : Truth.TRUE,
          fs.getBody(),
          () -> fs.getUpdate().forEach(u -> ex().eval(u, f)));
    } finally {
      endScope(declared, f);
    }
  }

  /**
   * The locals a block declares itself (not in nested blocks), found once per block: they go out of
   * scope when it ends (JLS 6.3), so that a later name of the same spelling means the field again
   * ({@code Level up} in one loop, then the field {@code up} after it).
   */
  private final Map<BlockStmt, List<String>> declared = new java.util.IdentityHashMap<>();

  private List<String> declaredIn(BlockStmt b) {
    List<String> names = declared.get(b);
    if (names == null) {
      names = new ArrayList<>();
      for (Statement x : b.getStatements()) {
        if (x instanceof ExpressionStmt es
            && es.getExpression() instanceof VariableDeclarationExpr vd) {
          for (var v : vd.getVariables()) {
            names.add(v.getNameAsString());
          }
        }
      }
      declared.put(b, names);
    }
    return names;
  }

  private static void endScope(List<String> names, Frame f) {
    for (int i = 0; i < names.size(); i++) {
      f.locals.remove(names.get(i));
    }
  }

  private void loop(
      Statement at,
      Frame f,
      java.util.function.Supplier<Truth> cond,
      Statement body,
      Runnable update) {
    while (true) {
      in.step(at);
      Truth t = cond.get();
      if (t == Truth.FALSE) {
        return;
      }
      if (t == Truth.UNKNOWN) {
        in.rec.diagnostic(
            new Diagnostic(
                f.file.path(),
                f.file.range(at),
                Severity.INFO,
                DiagnosticCodes.UNKNOWN_LOOP,
                "loop condition depends on values the analysis cannot know: shapes after this loop are not shown",
                List.of()));
        in.rec.cause(f.file, at, "a loop whose condition the analysis cannot know");
        Effects.forget(in, at, f);
        return;
      }
      try {
        exec(body, f);
      } catch (Signals.Jump j) {
        if (breaks(j, at)) {
          return;
        }
      }
      update.run();
    }
  }

  /**
   * What {@code j}, caught around {@code loop}'s body, does to the loop: true for a break of it
   * (the loop ends), false for a continue of it (the next turn). A jump to an enclosing statement
   * ({@code continue outer} out of the inner loop) goes on out.
   */
  private static boolean breaks(Signals.Jump j, Node loop) {
    boolean ours =
        j.label == null
            || (loop.getParentNode().orElse(null) instanceof LabeledStmt l
                && l.getLabel().asString().equals(j.label));
    if (!ours) {
      throw j;
    }
    return j.isBreak;
  }

  private void execForEach(ForEachStmt fe, Frame f) {
    try {
      forEach(fe, f);
    } finally {
      f.locals.remove(fe.getVariable().getVariables().get(0).getNameAsString());
    }
  }

  private void forEach(ForEachStmt fe, Frame f) {
    Object it = ex().eval(fe.getIterable(), f);
    boolean tainted = it instanceof dev.shapesense.nn.Module m && in.isTainted(m);
    if (tainted) {
      in.recallTaint((dev.shapesense.nn.Module) it);
    }
    List<Object> items = tainted ? null : iterate(it);
    String var = fe.getVariable().getVariables().get(0).getNameAsString();
    if (items == null) {
      UserIterables.Cursor c = UserIterables.cursor(in, ex(), it);
      if (c != null) {
        forEachTurn(fe, f, var, c);
        return;
      }
      f.locals.put(var, Values.UNKNOWN);
      Effects.forget(in, fe.getBody(), f);
      return;
    }
    for (Object x : items) {
      in.step(fe);
      f.locals.put(var, x);
      try {
        exec(fe.getBody(), f);
      } catch (Signals.Jump j) {
        if (breaks(j, fe)) {
          return;
        }
      }
    }
  }

  /**
   * An enhanced for over a workspace Iterable: hasNext() and next() before each turn, as the JVM
   * runs it.
   */
  private void forEachTurn(ForEachStmt fe, Frame f, String var, UserIterables.Cursor c) {
    while (true) {
      in.step(fe);
      Truth t = c.hasNext();
      if (t == Truth.FALSE) {
        return;
      }
      if (t == Truth.UNKNOWN) {
        f.locals.put(var, Values.UNKNOWN);
        Effects.forget(in, fe.getBody(), f);
        return;
      }
      f.locals.put(var, c.next());
      try {
        exec(fe.getBody(), f);
      } catch (Signals.Jump j) {
        if (breaks(j, fe)) {
          return;
        }
      }
    }
  }

  /** The elements a for-each visits, or null when unknown. */
  static List<Object> iterate(Object it) {
    if (it instanceof ArrayValue a) {
      return new ArrayList<>(a.items);
    }
    if (it instanceof ModuleDict d) {
      return new ArrayList<>(d.keys());
    }
    if (it instanceof Iterable<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(Calls.fromJava(o, Object.class));
      }
      return out;
    }
    return null;
  }

  /**
   * The entry whose label equals the selector (or the default entry), -1 when none, null when
   * unknown.
   */
  private Integer matchingEntry(
      com.github.javaparser.ast.NodeList<com.github.javaparser.ast.stmt.SwitchEntry> entries,
      Object selector,
      Frame f) {
    if (Values.isUnknown(selector)) {
      return null;
    }
    int dflt = -1;
    for (int i = 0; i < entries.size(); i++) {
      var entry = entries.get(i);
      if (entry.getLabels().isEmpty()) {
        dflt = i;
      }
      for (Expression label : entry.getLabels()) {
        Object v =
            selector instanceof Values.EnumValue ev && label.isNameExpr()
                ? in.statics(ev.type).get(label.asNameExpr().getNameAsString())
                : ex().eval(label, f);
        Truth t =
            ex().truth(
                    Arith.binary(
                        com.github.javaparser.ast.expr.BinaryExpr.Operator.EQUALS, selector, v));
        if (t == Truth.TRUE) {
          return i;
        }
        if (t == Truth.UNKNOWN) {
          return null;
        }
      }
    }
    return dflt;
  }

  private void execSwitch(com.github.javaparser.ast.stmt.SwitchStmt sw, Frame f) {
    var entries = sw.getEntries();
    Integer start = matchingEntry(entries, ex().eval(sw.getSelector(), f), f);
    if (start == null) {
      Effects.forget(in, sw, f);
      return;
    }
    if (start < 0) {
      return;
    }
    try {
      for (int i = start; i < entries.size(); i++) {
        var entry = entries.get(i);
        for (Statement st : entry.getStatements()) {
          exec(st, f);
        }
        if (entry.getType() != com.github.javaparser.ast.stmt.SwitchEntry.Type.STATEMENT_GROUP) {
          return;
        }
      }
    } catch (Signals.Jump j) {
      if (!j.isBreak || j.label != null) {
        // continue, or break to a label: for an enclosing statement.
        throw j;
      }
    }
  }

  /** A switch expression's value: the matching arm's, unknown when the selector is. */
  Object evalSwitch(com.github.javaparser.ast.expr.SwitchExpr sw, Frame f) {
    var entries = sw.getEntries();
    Integer start = matchingEntry(entries, ex().eval(sw.getSelector(), f), f);
    if (start == null || start < 0) {
      return Values.UNKNOWN;
    }
    var entry = entries.get(start);
    try {
      for (Statement st : entry.getStatements()) {
        if (entry.getType() == com.github.javaparser.ast.stmt.SwitchEntry.Type.EXPRESSION
            && st instanceof ExpressionStmt es) {
          return ex().eval(es.getExpression(), f);
        }
        exec(st, f);
      }
    } catch (Signals.Yield y) {
      return y.value;
    }
    return Values.UNKNOWN;
  }

  private void execThrow(ThrowStmt t, Frame f) {
    Expression e = t.getExpression();
    if (e instanceof ObjectCreationExpr oc && oc.getType().getNameAsString().equals("ShapeError")) {
      List<Object> args = ex().evalArgs(oc.getArguments(), f);
      String msg =
          args.isEmpty()
              ? ""
              : args.get(args.size() - 1) instanceof String s ? s : "shape check failed";
      if (in.speculative == 0) {
        in.report(
            new Diagnostic(
                f.file.path(),
                f.file.range(t),
                Severity.ERROR,
                DiagnosticCodes.USER_CHECK,
                msg,
                List.of()));
      }
    }
    throw new Signals.UserThrow(
        e instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isEmpty()
            ? oc.getType().getNameWithScope()
            : null,
        t,
        f.file);
  }

  /**
   * The try block, and the catch clause that catches what it throws (JLS 14.20.1): the first whose
   * type is the thrown class or a superclass of it. A throw whose class the analysis cannot tell,
   * or that no clause catches, goes on out.
   */
  private void execTry(TryStmt t, Frame f) {
    if (t.getCatchClauses().isEmpty()) {
      exec(t.getTryBlock(), f);
      return;
    }
    in.catching.push(clauseNames(t));
    boolean guarded = true;
    try {
      exec(t.getTryBlock(), f);
    } catch (Signals.UserThrow thrown) {
      // The catch clause runs outside the try's protection.
      in.catching.pop();
      guarded = false;
      java.util.Set<String> is = thrown.type == null ? null : classes(thrown.type, t);
      if (is == null) {
        throw thrown;
      }
      com.github.javaparser.ast.stmt.CatchClause c = clauseTaking(t, is);
      if (c == null) {
        throw thrown;
      }
      f.locals.put(c.getParameter().getNameAsString(), Values.UNKNOWN);
      exec(c.getBody(), f);
    } finally {
      if (guarded) {
        in.catching.pop();
      }
    }
  }

  /** The simple names of the classes the catch clauses of {@code t} name. */
  private static java.util.Set<String> clauseNames(TryStmt t) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (com.github.javaparser.ast.stmt.CatchClause c : t.getCatchClauses()) {
      for (com.github.javaparser.ast.type.Type a : alternatives(c)) {
        String name = a.asString();
        out.add(name.substring(name.lastIndexOf('.') + 1));
      }
    }
    return out;
  }

  /** The types a catch clause names ({@code A | B}: both). */
  private static List<com.github.javaparser.ast.type.Type> alternatives(
      com.github.javaparser.ast.stmt.CatchClause c) {
    com.github.javaparser.ast.type.Type pt = c.getParameter().getType();
    return pt instanceof com.github.javaparser.ast.type.UnionType u
        ? new java.util.ArrayList<>(u.getElements())
        : List.of(pt);
  }

  /**
   * The first catch clause of {@code t} that names one of {@code classes} (simple names: an
   * exception's class and superclasses), or null.
   */
  private static com.github.javaparser.ast.stmt.CatchClause clauseTaking(
      TryStmt t, java.util.Set<String> classes) {
    for (com.github.javaparser.ast.stmt.CatchClause c : t.getCatchClauses()) {
      for (com.github.javaparser.ast.type.Type a : alternatives(c)) {
        String name = a.asString();
        if (classes.contains(name.substring(name.lastIndexOf('.') + 1))) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * The simple names of {@code type} and of its superclasses (a workspace exception class's chain
   * up to the JDK class it extends), or null when a class of the chain is not known.
   */
  private java.util.Set<String> classes(String type, Node at) {
    java.util.Set<String> out = new java.util.HashSet<>();
    String name = type;
    for (int i = 0; i < 16; i++) {
      out.add(name.substring(name.lastIndexOf('.') + 1));
      dev.shapesense.analyzer.Workspace.TypeRef w = in.types.findType(name, at);
      if (w != null) {
        if (!(w.decl() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c)
            || c.getExtendedTypes().isEmpty()) {
          return null;
        }
        name = c.getExtendedTypes(0).getNameWithScope();
        continue;
      }
      Class<?> k = jdkClass(name);
      if (k == null || !Throwable.class.isAssignableFrom(k)) {
        return null;
      }
      for (; k != null; k = k.getSuperclass()) {
        out.add(k.getSimpleName());
      }
      return out;
    }
    return null;
  }

  /** A JDK or nn class named as model code names it ({@code IllegalStateException}), or null. */
  private static Class<?> jdkClass(String name) {
    if (name.equals("ShapeError")) {
      return dev.shapesense.tensor.ShapeError.class;
    }
    String[] tries =
        name.contains(".")
            ? new String[] {name}
            : new String[] {"java.lang." + name, "java.util." + name, "java.io." + name};
    for (String n : tries) {
      try {
        return Class.forName(n, false, StatementRunner.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // Not there: the next package.
      }
    }
    return null;
  }
}
