package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import dev.shapesense.analyzer.Fix;
import dev.shapesense.analyzer.TextEdit;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.analyzer.UnknownShape;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.Interpreter.Frame;
import dev.shapesense.analyzer.interp.Values.ClassValue;
import dev.shapesense.analyzer.interp.Values.ObjectValue;
import dev.shapesense.analyzer.interp.Values.TypeValue;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import dev.shapesense.tensor.UndecidableShapeException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Method calls and object creation. Module calls ({@code m.forward(x)}, {@code m.call(x)}) are
 * hinted and traced; a {@link ShapeError} becomes a diagnostic at the failing call, with a fix when
 * the error names the constructor argument at fault, and the analysis goes on with the output the
 * layer would give for a fitting input.
 */
final class ModuleCalls {
  private static final Set<String> MODULE_CALLS = Set.of("forward", "call", "forwardWithIndices");
  private static final String RECOVERY = "$fit";
  private final Interpreter in;
  private final Expressions ex;

  ModuleCalls(Interpreter in, Expressions ex) {
    this.in = in;
    this.ex = ex;
  }

  boolean isModuleCallSyntax(MethodCallExpr mc) {
    return MODULE_CALLS.contains(mc.getNameAsString()) && mc.getScope().isPresent();
  }

  Object call(MethodCallExpr mc, Frame f) {
    String name = mc.getNameAsString();
    if (mc.getScope().isEmpty()) {
      return unscoped(mc, name, ex.evalArgs(mc.getArguments(), f), f);
    }
    Expression scopeExpr = mc.getScope().get();
    if (scopeExpr instanceof SuperExpr sup && sup.getTypeName().isEmpty()) {
      return superCall(mc, name, ex.evalArgs(mc.getArguments(), f), f);
    }
    if (scopeExpr instanceof SuperExpr sup) {
      // Iface.super.m(): that interface's default method, on this object, without dispatch.
      List<Object> args = ex.evalArgs(mc.getArguments(), f);
      TypeRef iface = in.types.findType(sup.getTypeName().get().asString(), mc);
      Object r =
          iface == null || !in.members.isInterface(iface)
              ? Values.UNKNOWN
              : in.callUser(iface, f.self, name, Overloads.args(args, mc.getArguments()), false);
      return r == Interpreter.NO_METHOD ? Values.UNKNOWN : r;
    }
    // Java's order: the target, then the arguments left to right (a.forward(x).add(b.forward(x))
    // calls a before b, and the trace must say so).
    Object scope = ex.eval(scopeExpr, f);
    List<Object> args = ex.evalArgs(mc.getArguments(), f);
    if (name.equals("equals") && args.size() == 1 && differentBoxes(scopeExpr, mc.getArgument(0))) {
      // Integer.equals(Long) is false, whatever the values: the analysis holds both as numbers.
      return false;
    }
    if (Values.isUnknown(scope)
        && scopeExpr.isNameExpr()
        && !f.locals.containsKey(scopeExpr.asNameExpr().getNameAsString())
        && in.field(f, scopeExpr.asNameExpr().getNameAsString()).isEmpty()) {
      if (scopeExpr.asNameExpr().getNameAsString().equals("System") && name.equals("arraycopy")) {
        return arraycopy(args, mc, f);
      }
      // A class the analysis does not run may change the arrays and collections it is given.
      Effects.forgetArguments(in, mc, f);
      TypeRef outer = enclosingDeclaring(f.type, scopeExpr.asNameExpr().getNameAsString());
      in.rec.cause(
          f.file,
          mc,
          scopeExpr
              + "."
              + name
              + "(...) is not evaluated: "
              + scopeExpr
              + (outer != null
                  ? " is a field of the enclosing "
                      + outer.decl().getNameAsString()
                      + ", whose object is not known here"
                  : NOT_RUN));
    }
    if (Values.isUnknown(scope) || scope == null) {
      if (MODULE_CALLS.contains(name)) {
        in.rec.hint(f.file, mc, Values.UNKNOWN);
      }
      if (Values.isUnknown(scope)) {
        // A method of an object the analysis does not know (list.forEach, optional.ifPresent on
        // an unknown list or optional) may run the lambdas it is given, on elements not known, and
        // change what it is given: what they change becomes unknown, never left as it was.
        Effects.forgetArguments(in, mc, f);
      }
      return Values.UNKNOWN;
    }
    if (scope instanceof Values.MethodRef || scope instanceof Values.Closure) {
      return new JdkBridge(in, ex, mc).callOn(scopeExpr, scope, name, args);
    }
    if (scope instanceof Module m && MODULE_CALLS.contains(name)) {
      return moduleCall(mc, m, name, args, f);
    }
    List<Overloads.Arg> typed = Overloads.args(args, mc.getArguments());
    if (scope instanceof InterpretedModule im) {
      Object r = in.callUser(im.type, im, name, typed, true);
      if (r != Interpreter.NO_METHOD) {
        return r;
      }
      Object target = im.delegate() != null && !isModuleMethod(name) ? im.delegate() : im;
      if (storesUnknownIntoDelegate(im, target, name, args)) {
        return Values.UNKNOWN;
      }
      return javaCall(mc, target, name, args, f);
    }
    if (scope instanceof ObjectValue o) {
      Object r = in.callUser(o.type, o, name, typed, true);
      return r == Interpreter.NO_METHOD ? noMethod(mc, f, o.type, name, args) : r;
    }
    if (scope instanceof TypeValue tv) {
      Object r = in.callUser(tv.type(), null, name, typed, false);
      return r == Interpreter.NO_METHOD ? noMethod(mc, f, tv.type(), name, args) : r;
    }
    if (scope instanceof java.util.List<?> list
        && name.equals("remove")
        && args.size() == 1
        && StaticTypes.unboxed(in.staticTypes.type(mc.getArgument(0))) != null) {
      // list.remove(Integer.valueOf(5)) is remove(Object), the element, not remove(int) the index
      // (JLS 15.12.2: the first phase binds without unboxing); the analysis holds both as numbers.
      try {
        @SuppressWarnings("unchecked")
        java.util.List<Object> l = (java.util.List<Object>) list;
        return l.remove(args.get(0));
      } catch (UnsupportedOperationException e) {
        return Values.UNKNOWN;
      }
    }
    if (Calls.refused(name)) {
      // Not run (Collections.shuffle, list.parallelStream()): what it would change is unknown.
      Effects.forgetArguments(in, mc, f);
      return Values.UNKNOWN;
    }
    if (scope instanceof ClassValue cv && cv.cls() == java.util.EnumSet.class) {
      Object set = EnumCollections.call(in, name, args);
      return set != null ? set : Values.UNKNOWN;
    }
    if (scope instanceof ClassValue cv) {
      int before = in.rec.causeCount();
      List<Object> jargs = JdkBridge.wrap(in, ex, mc, args);
      Calls.clearFailure();
      Object r =
          counted(
              cv.cls(),
              null,
              name,
              args,
              guarded(
                  mc,
                  f,
                  Codes.forMethod(name),
                  Values.UNKNOWN,
                  () -> Calls.invoke(cv.cls(), null, name, jargs, mc.getArguments())));
      if (Calls.failed()) {
        // Failed part way (Collections.sort with a comparator the analysis could not follow).
        Effects.forgetArguments(in, mc, f);
      }
      throwIfCaught(cv.cls(), null, args, mc, f);
      return explained(r, before, mc, f, cv.cls(), true, name, args);
    }
    if (scope instanceof Values.ArrayValue a && name.equals("clone") && args.isEmpty()) {
      // array.clone(): a shallow copy the code may change without touching the original.
      return new Values.ArrayValue(new ArrayList<>(a.items), a.element);
    }
    if (scope instanceof java.util.Collection<?> c && name.equals("toArray")) {
      // toArray(), toArray(new T[0]) and toArray(T[]::new) all give the elements.
      return new Values.ArrayValue(new ArrayList<>(c));
    }
    if (scope instanceof Tensor t
        && name.equals("size")
        && args.size() == 1
        && args.get(0) instanceof Long d) {
      Object s = Interpreter.sizeOf(t, d);
      if (s != null) {
        return s;
      }
    }
    if (args.contains(Values.UNKNOWN) && !(scope instanceof Module)) {
      // (An nn container given an unknown module is tainted by javaCall: it keeps its place among
      // the model's modules, unknown, with the reason.)
      Object stored = Effects.unknownElement(in, mc, scope, name, args, f);
      if (stored != Effects.NOT_STORED) {
        return stored;
      }
    }
    return javaCall(mc, scope, name, args, f);
  }

  /**
   * Methods a user module answers itself rather than through its built-in superclass. Not {@code
   * addModule}: on a Sequential or ModuleDict subclass the entry must reach the container, whose
   * {@code forward} or {@code items()} runs it (its children are the module's children too).
   */
  static boolean isModuleMethod(String name) {
    return Set.of("namedModules", "parameterCount", "train", "eval", "parameters").contains(name);
  }

  private Object unscoped(MethodCallExpr mc, String name, List<Object> args, Frame f) {
    Object r = in.callUnqualified(name, Overloads.args(args, mc.getArguments()), f);
    if (r != Interpreter.NO_METHOD) {
      return r;
    }
    Class<?> imported = in.types.staticImportClass(f.type, name);
    if (imported != null) {
      // import static java.lang.Math.max; ... max(a, b)
      int before = in.rec.causeCount();
      List<Object> jargs = JdkBridge.wrap(in, ex, mc, args);
      Object v =
          guarded(
              mc,
              f,
              Codes.forMethod(name),
              Values.UNKNOWN,
              () -> Calls.invoke(imported, null, name, jargs, mc.getArguments()));
      in.rec.derived(v, null, args);
      return explained(v, before, mc, f, imported, true, name, args);
    }
    if (f.self instanceof InterpretedModule im) {
      Object target = im.delegate() != null && !isModuleMethod(name) ? im.delegate() : im;
      if (storesUnknownIntoDelegate(im, target, name, args)) {
        return Values.UNKNOWN;
      }
      return javaCall(mc, target, name, args, f);
    }
    return f.type == null ? Values.UNKNOWN : noMethod(mc, f, f.type, name, args);
  }

  /** Why a call or creation on a name the analysis does not run gives no value. */
  private static final String NOT_RUN =
      " is not a class of the workspace, of the nn API or of the JDK classes the analysis runs";

  /**
   * The exception a JDK call just threw (Integer.parseInt("M"): NumberFormatException), thrown on
   * to the catch clause of a try being run that takes it, as on the JVM; only for a call whose
   * values the analysis holds exactly (a static method of the boxes, Math or String, or a method of
   * a string, given known arguments), where the exception is the JVM's too. Otherwise the call's
   * value stays unknown.
   */
  private void throwIfCaught(
      Class<?> k, Object target, List<Object> args, MethodCallExpr mc, Frame f) {
    Throwable t = Calls.thrown();
    if (t instanceof RuntimeException
        && t.getClass().getName().startsWith("java.")
        && (target == null ? EXACT_STATICS.contains(k) : target instanceof String)
        && !anyUnknown(args)
        && in.caught(t.getClass())) {
      throw new Signals.UserThrow(t.getClass().getName(), mc, f.file);
    }
  }

  /** Classes whose static methods the analysis runs on exactly the JVM's values. */
  private static final java.util.Set<Class<?>> EXACT_STATICS =
      java.util.Set.of(
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          Double.class,
          Float.class,
          Boolean.class,
          Character.class,
          Math.class,
          String.class);

  /**
   * The class enclosing {@code t} (or one enclosing that) that declares an instance field {@code
   * name}, or null: an inner class analysed on its own reads it from an enclosing object it does
   * not have.
   */
  private TypeRef enclosingDeclaring(TypeRef t, String name) {
    for (TypeRef o = t == null ? null : in.members.enclosing(t); o != null; ) {
      for (com.github.javaparser.ast.body.FieldDeclaration fd : in.types.instanceFields(o)) {
        if (fd.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name))) {
          return o;
        }
      }
      o = in.members.enclosing(o);
    }
    return null;
  }

  /**
   * Whether {@code target} is of a box type ({@code Integer}) and {@code arg} of another box or of
   * a primitive that boxes to another ({@code 6L}: a Long), both by their static types.
   */
  private boolean differentBoxes(Expression target, Expression arg) {
    Overloads.Prim self = StaticTypes.unboxed(in.staticTypes.type(target));
    com.github.javaparser.ast.type.Type at = in.staticTypes.type(arg);
    Overloads.Prim other =
        StaticTypes.primOf(at) != null ? StaticTypes.primOf(at) : StaticTypes.unboxed(at);
    return self != null && other != null && self != other;
  }

  /** A call of a method the workspace type does not have (or not with these arguments). */
  private Object noMethod(MethodCallExpr mc, Frame f, TypeRef t, String name, List<Object> args) {
    if (!ModuleCalls.anyUnknown(args)) {
      in.rec.cause(
          f.file,
          mc,
          t.decl().getNameAsString()
              + " has no method "
              + name
              + " taking "
              + args.size()
              + (args.size() == 1 ? " argument" : " arguments"));
    }
    return Values.UNKNOWN;
  }

  /**
   * {@code r} of a call into the nn API or the JDK; when it is unknown though its target and
   * arguments were known, and nothing inside it said why, records why: the class is not one the
   * analysis runs, an argument is a symbolic size where the method takes a number, or no overload
   * takes these argument types (javac would reject the call: also a warning).
   */
  private Object explained(
      Object r,
      int before,
      MethodCallExpr mc,
      Frame f,
      Class<?> cls,
      boolean isStatic,
      String name,
      List<Object> args) {
    if (r != Values.UNKNOWN || in.rec.causeCount() != before || anyUnknown(args)) {
      return r;
    }
    String type = cls.getSimpleName();
    if (!Calls.callable(cls)) {
      in.rec.cause(
          f.file,
          mc,
          type
              + "."
              + name
              + "(...) is not evaluated: the analysis runs only the nn API and common JDK classes");
      return r;
    }
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i) instanceof Dim d && !d.isConst()) {
        in.rec.cause(
            f.file,
            mc,
            type
                + "."
                + name
                + " cannot take the symbolic size "
                + d
                + " (argument "
                + (i + 1)
                + ")");
        return r;
      }
    }
    if (!Calls.hasMethod(cls, isStatic, name)) {
      in.rec.cause(f.file, mc, type + " has no " + (isStatic ? "static " : "") + "method " + name);
      // A user module's own methods are the interpreter's (cls is Module there): only a method an
      // nn class lacks is one javac rejects.
      if (cls != Module.class) {
        javacRejects(
            f,
            mc,
            cls,
            "cannot find symbol: method " + name + Calls.describe(args) + " in " + type);
      }
      return r;
    }
    if (!Calls.binds(cls, isStatic, name, args)) {
      String message = "no overload of " + type + "." + name + " takes " + Calls.describe(args);
      in.rec.cause(f.file, mc, message);
      javacRejects(f, mc, cls, message);
      return r;
    }
    in.rec.cause(f.file, mc, type + "." + name + " gave a value the analysis cannot know");
    return r;
  }

  /**
   * A call into the nn API that javac rejects (no such method, no overload for the arguments, no
   * constructor for them), with all its arguments known: a {@code java/no-overload} warning, as
   * javac would say it, rather than a shape.
   */
  private void javacRejects(Frame f, Node node, Class<?> cls, String message) {
    if (!Calls.isNn(cls) || in.speculative != 0) {
      return;
    }
    TextRange range = f.file.range(node);
    if (range != null) {
      in.rec.diagnostic(
          new dev.shapesense.analyzer.Diagnostic(
              f.file.path(),
              range,
              dev.shapesense.analyzer.Severity.WARNING,
              dev.shapesense.analyzer.DiagnosticCodes.NO_OVERLOAD,
              message,
              List.of()));
    }
  }

  /**
   * {@code fc.forward(x, x)}: no forward of a built-in layer takes these arguments, as javac says.
   */
  private void noForward(
      MethodCallExpr mc, Module m, String name, List<Object> args, Object out, Frame f) {
    if (out == Values.UNKNOWN
        && name.equals("forward")
        && !(m instanceof InterpretedModule)
        && !anyUnknown(args)
        && args.stream().noneMatch(ModuleCalls::symbolic)
        && !Calls.binds(m.getClass(), false, name, args)) {
      String message =
          "no overload of "
              + m.getClass().getSimpleName()
              + ".forward takes "
              + Calls.describe(args);
      in.rec.cause(f.file, mc, message);
      javacRejects(f, mc, m.getClass(), message);
    }
  }

  /**
   * Why {@code new cls(args)} of an nn class gave no object though its arguments were known: no
   * constructor takes them (javac's "no suitable constructor"); a symbolic size where a constructor
   * takes a number is the analysis's limit, not the code's.
   */
  private void noConstructor(ObjectCreationExpr oc, Frame f, Class<?> cls, List<Object> args) {
    if (anyUnknown(args)) {
      return;
    }
    for (int i = 0; i < args.size(); i++) {
      if (symbolic(args.get(i))) {
        in.rec.cause(
            f.file,
            oc,
            "new "
                + cls.getSimpleName()
                + " cannot take the symbolic size "
                + args.get(i)
                + " (argument "
                + (i + 1)
                + ")");
        return;
      }
    }
    String message = "no overload of new " + cls.getSimpleName() + " takes " + Calls.describe(args);
    in.rec.cause(f.file, oc, message);
    javacRejects(f, oc, cls, message);
  }

  private static boolean symbolic(Object a) {
    if (a instanceof Dim d) {
      return !d.isConst();
    }
    if (a instanceof Values.ArrayValue arr) {
      return arr.items.stream().anyMatch(ModuleCalls::symbolic);
    }
    if (a instanceof java.util.Collection<?> c) {
      return c.stream().anyMatch(ModuleCalls::symbolic);
    }
    return false;
  }

  /**
   * {@code add(block)} with a block the analysis cannot know, in a user module extending an nn
   * container: the container's layers are no longer known (not known minus one), so it is dropped
   * and the module is incomplete. Returns whether it was.
   */
  private static boolean storesUnknownIntoDelegate(
      InterpretedModule im, Object target, String name, List<Object> args) {
    if (target != im.delegate() || !args.contains(Values.UNKNOWN) || !Effects.stores(name)) {
      return false;
    }
    im.setDelegate(null);
    im.incomplete = true;
    return true;
  }

  private Object superCall(MethodCallExpr mc, String name, List<Object> args, Frame f) {
    TypeRef sup = f.type == null ? null : in.types.superType(f.type);
    Object r =
        sup == null
            ? Interpreter.NO_METHOD
            : in.callUser(sup, f.self, name, Overloads.args(args, mc.getArguments()), false);
    if (r != Interpreter.NO_METHOD) {
      if (MODULE_CALLS.contains(name)) {
        in.rec.hint(f.file, mc, r);
      }
      return r;
    }
    if (f.self instanceof InterpretedModule im && im.delegate() != null) {
      if (MODULE_CALLS.contains(name)) {
        return moduleCall(mc, im.delegate(), name, args, f);
      }
      return javaCall(mc, im.delegate(), name, args, f);
    }
    return Values.UNKNOWN;
  }

  private Object javaCall(
      MethodCallExpr mc, Object target, String name, List<Object> args, Frame f) {
    if (target instanceof Module m && Effects.stores(name) && anyUnknown(args)) {
      // An unknown entry: the container is unknown from here on, never one entry short.
      UnknownShape c = in.rec.lastCause();
      in.rec.cause(
          f.file,
          mc,
          m.getClass().getSimpleName()
              + "."
              + name
              + " was given a module the analysis cannot know"
              + (c == null ? "" : " (" + c.reason() + ")"));
      in.taint(m, in.rec.lastCause());
      return Values.UNKNOWN;
    }
    Class<?> cls = target instanceof Module ? Module.class : target.getClass();
    if (target instanceof Module && !(target instanceof InterpretedModule)) {
      cls = target.getClass();
    }
    if (!Calls.callable(cls) && !(target instanceof Module)) {
      return explained(Values.UNKNOWN, in.rec.causeCount(), mc, f, cls, false, name, args);
    }
    Class<?> k = cls;
    String code = target instanceof Module ? Codes.forConfiguration() : Codes.forMethod(name);
    Object fallback = target instanceof Module ? target : requestedView(target, name, args);
    List<Object> jargs = JdkBridge.wrap(in, ex, mc, args);
    Calls.clearFailure();
    int before = in.rec.causeCount();
    Object r =
        counted(
            k,
            target,
            name,
            args,
            guarded(
                mc,
                f,
                code,
                fallback,
                () -> Calls.invoke(k, target, name, jargs, mc.getArguments())));
    if (Calls.failed()) {
      // Failed part way (list.sort with a comparator the analysis could not follow): what the
      // call was given may have changed.
      Effects.forgetArguments(in, mc, f);
      mc.getScope().ifPresent(s -> Effects.forgetValueOf(in, s, f));
    }
    throwIfCaught(k, target, args, mc, f);
    return explained(r, before, mc, f, k, false, name, args);
  }

  /** Counts the multiply-adds of a functional matrix product; returns its result. */
  private Object counted(
      Class<?> cls, Object target, String name, List<Object> args, Object result) {
    in.rec.derived(result, target, args);
    try {
      Dim macs = FunctionalCosts.macs(cls, target, name, args, result);
      if (macs != null) {
        in.rec.functionalMacs(macs);
      }
    } catch (ArithmeticException e) {
      // A count past 2^63: unknown.
      in.rec.functionalMacs(null);
    }
    return result;
  }

  /**
   * A call whose ShapeError becomes a diagnostic at {@code mc}; the analysis goes on with {@code
   * fallback}: the module unchanged when a fluent setter rejects its argument, the shape asked for
   * when a view cannot fit, else unknown.
   */
  private Object guarded(
      MethodCallExpr mc, Frame f, String code, Object fallback, ThrowingCall call) {
    try {
      Object r = call.run();
      if (in.speculative == 0) {
        in.rec.conditions(f.file, mc, r);
      }
      return r;
    } catch (UndecidableShapeException e) {
      in.rec.cause(f.file, mc, "the result depends on the values of symbols: " + e.getMessage());
      return Values.UNKNOWN;
    } catch (ShapeError e) {
      in.shapeError(f.file, mc, e, code, List.of());
      return fallback;
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      return Values.UNKNOWN;
    }
  }

  /** For a failing {@code view}/{@code reshape} without -1: a tensor of the requested shape. */
  private static Object requestedView(Object target, String name, List<Object> args) {
    if (!(target instanceof Tensor t) || !(name.equals("view") || name.equals("reshape"))) {
      return Values.UNKNOWN;
    }
    List<Object> sizes = args;
    if (args.size() == 1 && args.get(0) instanceof Values.ArrayValue a) {
      sizes = a.items;
    }
    List<Dim> dims = new ArrayList<>();
    for (Object o : sizes) {
      Dim d = o instanceof Shape s && sizes.size() == 1 ? null : Values.asDim(o);
      if (o instanceof Shape s && sizes.size() == 1) {
        dims.addAll(s.dims());
        continue;
      }
      if (d == null || (d.isConst() && d.value() < 0)) {
        return Values.UNKNOWN;
      }
      dims.add(d);
    }
    return Tensors.empty(t.device(), t.dtype(), Shape.of(dims));
  }

  interface ThrowingCall {
    Object run() throws Throwable;
  }

  private Object moduleCall(MethodCallExpr mc, Module m, String name, List<Object> args, Frame f) {
    Interpreter.Site site = Interpreter.Site.at(f.file, mc);
    in.enterCall(site);
    Object out;
    try {
      out =
          name.equals("forwardWithIndices")
              ? in.callBuiltin(m, name, args)
              : in.callModule(m, args, mc);
      noForward(mc, m, name, args, out, f);
    } catch (UndecidableShapeException e) {
      in.rec.cause(f.file, mc, "the output depends on the values of symbols: " + e.getMessage());
      out = Values.UNKNOWN;
    } catch (ShapeError e) {
      in.shapeError(f.file, mc, e, Codes.forModule(m, e), fixes(m, e));
      out = recover(m, name, args);
      if (e.origin() instanceof Module inner && inner != m && e.originInputs() != null) {
        // Raised inside a container (a Sequential's entry): PyTorch's error names the inner
        // module, and the container's hook never fires.
        in.rec.traceError(
            inner,
            Arrays.asList(e.originInputs()),
            Values.UNKNOWN,
            in.currentSite(),
            e.getMessage());
      } else {
        in.rec.traceError(m, args, out, in.currentSite(), e.getMessage());
      }
    } finally {
      in.exitCall();
    }
    if (in.speculative == 0) {
      in.rec.conditions(f.file, mc, out);
    }
    TextRange r = site.range();
    if (r != null) {
      in.rec.hint(f.file, r, out);
      in.rec.moduleCall(
          f.file, r, m, in.isTainted(m), args, out, f.type, fieldName(mc.getScope().orElse(null)));
    }
    return out;
  }

  /**
   * The field a module call reads its module from: {@code conv1.forward} or {@code
   * this.conv1.forward}.
   */
  private static String fieldName(Expression scope) {
    if (scope != null && scope.isNameExpr()) {
      return scope.asNameExpr().getNameAsString();
    }
    if (scope != null
        && scope.isFieldAccessExpr()
        && scope.asFieldAccessExpr().getScope().isThisExpr()) {
      return scope.asFieldAccessExpr().getNameAsString();
    }
    return null;
  }

  /**
   * The output the layer gives for an input that fits: each dim of the first tensor input in turn
   * (last first) becomes free; the first call that succeeds gives the output.
   */
  private Object recover(Module m, String name, List<Object> args) {
    int ti = -1;
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i) instanceof Tensor) {
        ti = i;
        break;
      }
    }
    if (ti < 0) {
      return Values.UNKNOWN;
    }
    Tensor t = (Tensor) args.get(ti);
    in.rec.mute();
    try {
      for (int d = t.dim() - 1; d >= 0; d--) {
        Shape s = t.shape().set(d, Dim.sym(RECOVERY));
        List<Object> a2 = new ArrayList<>(args);
        a2.set(ti, Tensors.empty(t.device(), t.dtype(), s));
        try {
          Object out =
              name.equals("forwardWithIndices")
                  ? in.callBuiltin(m, name, a2)
                  : in.callModule(m, a2, null);
          out = restoreFreedDim(out, t.shape().get(d));
          if (Values.label(out) != null) {
            return out;
          }
        } catch (ShapeError | UndecidableShapeException e) {
          // This dim was not the culprit.
        }
      }
      return Values.UNKNOWN;
    } finally {
      in.rec.unmute();
    }
  }

  /**
   * A layer that passes a dim through (a norm layer's channels) keeps the input's size there: the
   * data has it, whatever the layer was configured with, so later layers are not misled.
   */
  private static Object restoreFreedDim(Object out, Dim original) {
    if (!(out instanceof Tensor t)) {
      return out;
    }
    Shape s = t.shape().substitute(Map.of(RECOVERY, original));
    return Tensors.empty(t.device(), t.dtype(), s);
  }

  /** A fix that rewrites the constructor argument the error names, when it can be found. */
  private List<Fix> fixes(Module m, ShapeError e) {
    ShapeError.Violation v = e.violation();
    Interpreter.Creation site = in.creations.get(m);
    if (v == null || site == null || v.argument() == null) {
      return List.of();
    }
    Object expected = v.expected();
    String text =
        expected instanceof Dim d
            ? (d.isConst() ? String.valueOf(d.value()) : null)
            : expected instanceof Number n ? String.valueOf(n.longValue()) : null;
    if (text == null) {
      return List.of();
    }
    int idx = paramIndex(m.getClass(), site.node().getArguments().size(), camel(v.argument()));
    if (idx < 0) {
      return List.of();
    }
    Interpreter.Creation at = site;
    Expression arg = site.node().getArgument(idx);
    // A constructor parameter passed through (new Linear(width, 16) in Block(int width)) is fixed
    // where the number is written: the argument of the new Block(...) that built this block.
    for (int hops = 0; hops < 4 && !constantText(arg); hops++) {
      int p = parameterIndex(arg);
      Interpreter.Creation up = at.owner() == null ? null : in.creations.get(at.owner());
      if (p < 0 || up == null || p >= up.node().getArguments().size()) {
        return List.of();
      }
      at = up;
      arg = up.node().getArgument(p);
    }
    if (!constantText(arg)) {
      return List.of();
    }
    TextRange r = at.file().range(arg);
    if (r == null) {
      return List.of();
    }
    return List.of(
        new Fix(
            "Change " + v.argument() + " to " + text,
            List.of(new TextEdit(at.file().path(), r, text))));
  }

  /** Whether {@code e} names no variable: literals and arithmetic on them ({@code 16 * 5 * 5}). */
  private static boolean constantText(Expression e) {
    return e.findFirst(com.github.javaparser.ast.expr.NameExpr.class).isEmpty()
        && e.findFirst(com.github.javaparser.ast.expr.MethodCallExpr.class).isEmpty()
        && e.findFirst(com.github.javaparser.ast.expr.FieldAccessExpr.class).isEmpty();
  }

  /** The index of the enclosing constructor's parameter that {@code e} is exactly, or -1. */
  private static int parameterIndex(Expression e) {
    if (!(e instanceof com.github.javaparser.ast.expr.NameExpr n)) {
      return -1;
    }
    var ctor = e.findAncestor(com.github.javaparser.ast.body.ConstructorDeclaration.class);
    if (ctor.isEmpty()) {
      return -1;
    }
    var params = ctor.get().getParameters();
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).getNameAsString().equals(n.getNameAsString())
          && !params.get(i).isVarArgs()) {
        return i;
      }
    }
    return -1;
  }

  private static int paramIndex(Class<?> cls, int arity, String name) {
    for (Constructor<?> c : cls.getConstructors()) {
      if (c.getParameterCount() != arity) {
        continue;
      }
      Parameter[] ps = c.getParameters();
      for (int i = 0; i < ps.length; i++) {
        if (ps[i].getName().equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        up = sb.length() > 0;
      } else {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return sb.toString();
  }

  Object create(ObjectCreationExpr oc, Frame f) {
    List<Object> args = ex.evalArgs(oc.getArguments(), f);
    String type = oc.getType().getNameAsString();
    if (oc.getAnonymousClassBody().isPresent()) {
      // Not run: an unknown object. What its body may change when it runs (its initializers now,
      // its methods whenever they are called) becomes unknown, never left as it was.
      for (var member : oc.getAnonymousClassBody().get()) {
        Effects.forget(in, member, f);
      }
      in.rec.cause(
          f.file,
          oc,
          "new "
              + type
              + "() { ... } is not evaluated: the analysis does not run anonymous classes");
      return Values.UNKNOWN;
    }
    TypeRef t = in.types.findType(oc.getType().getNameWithScope(), oc);
    if (t != null) {
      Object obj = in.instantiate(t, Overloads.args(args, oc.getArguments()), f.file, oc, f);
      if (in.creations.containsKey(obj)) {
        in.creations.put(obj, new Interpreter.Creation(f.file, oc, f.self));
      }
      return obj;
    }
    // With arguments (a collection to copy, a capacity, a comparator), the JDK's own constructor;
    // an EnumMap of a workspace enum is the analysis's own.
    Object coll =
        args.isEmpty() || type.equals("EnumMap") ? Expressions.newCollection(type, args) : null;
    if (coll != null) {
      return coll;
    }
    Class<?> cls = Calls.resolveClass(oc.getType().getScope().map(s -> s + ".").orElse("") + type);
    if (cls == null || type.equals("ShapeError")) {
      if (cls == null) {
        in.rec.cause(f.file, oc, "new " + type + "(...) is not evaluated: " + type + NOT_RUN);
      }
      return Values.UNKNOWN;
    }
    Overloads.Prim boxOf = Overloads.Prim.ofBox(cls);
    if (boxOf != null
        && boxOf != Overloads.Prim.BOOLEAN
        && args.size() == 1
        && (args.get(0) instanceof Long || args.get(0) instanceof Double)) {
      // new Integer(1000): a new box, never the cached one.
      return ex.box(Arith.narrow(args.get(0), boxOf), boxOf, true);
    }
    try {
      Object obj = Calls.construct(cls, JdkBridge.wrap(in, ex, oc, args));
      if (cls == String.class && obj instanceof String) {
        in.identities.add(obj); // new String(..): a new object.
      }
      if (obj == Values.UNKNOWN) {
        noConstructor(oc, f, cls, args);
      }
      if (obj instanceof Module) {
        in.creations.put(obj, new Interpreter.Creation(f.file, oc, f.self));
      }
      return obj;
    } catch (ShapeError e) {
      in.shapeError(f.file, oc, e, Codes.forConfiguration(), List.of());
      return Values.UNKNOWN;
    } catch (UndecidableShapeException e) {
      return Values.UNKNOWN;
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      return Values.UNKNOWN;
    }
  }

  /** Whether a value the analysis cannot know is among {@code args}, or inside an array or list. */
  static boolean anyUnknown(List<?> args) {
    for (Object a : args) {
      if (Values.isUnknown(a)
          || (a instanceof Values.ArrayValue arr && anyUnknown(arr.items))
          || (a instanceof java.util.Collection<?> c && c.contains(Values.UNKNOWN))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code System.arraycopy(src, srcPos, dest, destPos, length)} on abstract arrays, as the JVM
   * copies (overlapping ranges included); when the analysis cannot follow it (unknown values,
   * bounds the JVM would refuse), {@code dest} becomes unknown.
   */
  private Object arraycopy(List<Object> args, MethodCallExpr mc, Frame f) {
    if (args.size() == 5
        && args.get(0) instanceof Values.ArrayValue src
        && args.get(1) instanceof Long sp
        && args.get(2) instanceof Values.ArrayValue dest
        && args.get(3) instanceof Long dp
        && args.get(4) instanceof Long n
        && sp >= 0
        && dp >= 0
        && n >= 0
        && sp + n <= src.items.size()
        && dp + n <= dest.items.size()) {
      List<Object> copied = new ArrayList<>(src.items.subList(sp.intValue(), (int) (sp + n)));
      for (int i = 0; i < copied.size(); i++) {
        dest.items.set((int) (dp + i), copied.get(i));
      }
      return null;
    }
    Effects.forgetArguments(in, mc, f);
    return null;
  }
}
