package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.Interpreter.Frame;
import dev.shapesense.analyzer.interp.Values.ArrayValue;
import dev.shapesense.nn.Module;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What code the analysis cannot follow (a loop whose condition or iterable is unknown, a switch on
 * an unknown value) may have changed, made unknown: every local and field it assigns or steps
 * ({@code n++}), every array it stores into (all its slots: which one is not known), and every
 * list, map, string builder or nn container it adds to or removes from, in its own body and in the
 * helper methods of this object it calls. A list filled a number of times the analysis cannot know
 * is then unknown, never a list with a guessed number of elements (read by index, it would give a
 * wrong shape or fail).
 */
final class Effects {
  private Effects() {}

  /** Methods that change the list, map, set or nn container they are called on. */
  private static final Set<String> MUTATORS =
      Set.of(
          "add",
          "addAll",
          "append",
          "extend",
          "insert",
          "put",
          "putAll",
          "putIfAbsent",
          "set",
          "remove",
          "removeAll",
          "removeIf",
          "retainAll",
          "clear",
          "push",
          "pop",
          "offer",
          "poll",
          "addFirst",
          "addLast",
          "removeFirst",
          "removeLast",
          "offerFirst",
          "offerLast",
          "pollFirst",
          "pollLast",
          "compute",
          "computeIfAbsent",
          "computeIfPresent",
          "merge",
          "replace",
          "replaceAll",
          "sort",
          "addModule",
          "update",
          // StringBuilder's (append, insert and replace are above).
          "setLength",
          "reverse",
          "delete",
          "deleteCharAt",
          "setCharAt");

  /** Whether a method named {@code name} changes the container it is called on. */
  static boolean stores(String name) {
    return MUTATORS.contains(name);
  }

  /** How deep helper methods are followed. */
  private static final int DEPTH = 3;

  static void forget(Interpreter in, Node code, Frame f) {
    forget(in, code, f, 0, Collections.newSetFromMap(new IdentityHashMap<>()), false);
  }

  /**
   * Only what {@code code} changes in place: array slots, and the lists, maps and nn containers it
   * adds to (after both branches of an undecidable {@code if} ran on the same objects).
   */
  static void forgetContents(Interpreter in, Node code, Frame f) {
    forget(in, code, f, 0, Collections.newSetFromMap(new IdentityHashMap<>()), true);
  }

  private static void forget(
      Interpreter in, Node code, Frame f, int depth, Set<Node> seen, boolean contents) {
    if (!seen.add(code)) {
      return;
    }
    for (AssignExpr a : code.findAll(AssignExpr.class)) {
      if (!contents || a.getTarget().isArrayAccessExpr()) {
        forgetTarget(in, a.getTarget(), f);
      }
    }
    for (UnaryExpr u : contents ? List.<UnaryExpr>of() : code.findAll(UnaryExpr.class)) {
      UnaryExpr.Operator op = u.getOperator();
      if (op == UnaryExpr.Operator.PREFIX_INCREMENT
          || op == UnaryExpr.Operator.PREFIX_DECREMENT
          || op == UnaryExpr.Operator.POSTFIX_INCREMENT
          || op == UnaryExpr.Operator.POSTFIX_DECREMENT) {
        forgetTarget(in, u.getExpression(), f);
      }
    }
    for (MethodCallExpr mc : code.findAll(MethodCallExpr.class)) {
      Expression scope = mc.getScope().orElse(null);
      if (scope != null && !scope.isThisExpr()) {
        if (MUTATORS.contains(mc.getNameAsString())) {
          forgetContainer(in, scope, f);
        }
        // A method of another workspace object (block.grow()): what it changes of that object.
        Object target = depth < DEPTH ? read(scope, f) : null;
        TypeRef type =
            target instanceof InterpretedModule im
                ? im.type
                : target instanceof Values.ObjectValue o ? o.type : null;
        MethodDeclaration m =
            type == null
                ? null
                : in.types.findMethod(type, mc.getNameAsString(), mc.getArguments().size());
        if (m != null && m.getBody().isPresent()) {
          forget(
              in,
              m.getBody().get(),
              new Frame(type.file(), type, target),
              depth + 1,
              seen,
              contents);
        }
        continue;
      }
      // A helper of this object: what it changes of the object's fields.
      if (depth < DEPTH && f.type != null) {
        MethodDeclaration m =
            in.types.findMethod(f.type, mc.getNameAsString(), mc.getArguments().size());
        if (m != null && m.getBody().isPresent()) {
          forget(in, m.getBody().get(), f, depth + 1, seen, contents);
        }
      }
    }
  }

  /**
   * A value the analysis cannot know given to a method that stores it ({@code layers.add(block)},
   * {@code map.put(k, v)}): a JDK list or map keeps an unknown element where the JVM keeps the
   * value (its size stays right); any other container the call changes (a set, an nn container, an
   * unknown key or index) becomes unknown, never a container silently missing the element. Returns
   * the call's result, or {@link #NOT_STORED} when {@code name} does not store.
   */
  static final Object NOT_STORED = new Object();

  @SuppressWarnings("unchecked")
  static Object unknownElement(
      Interpreter in,
      MethodCallExpr mc,
      Object target,
      String name,
      java.util.List<Object> args,
      Frame f) {
    if (!MUTATORS.contains(name)
        || !(target instanceof Collection<?>
            || target instanceof Map<?, ?>
            || target instanceof Module)
        || target instanceof InterpretedModule) {
      return NOT_STORED;
    }
    Object u = Values.UNKNOWN;
    try {
      if (target instanceof java.util.List<?> l) {
        java.util.List<Object> list = (java.util.List<Object>) l;
        if (args.size() == 1 && (name.equals("add") || name.equals("addLast"))) {
          list.add(u);
          return name.equals("add") ? Boolean.TRUE : null;
        }
        if (args.size() == 1 && name.equals("addFirst")) {
          list.add(0, u);
          return null;
        }
        if (args.size() == 2 && args.get(0) instanceof Long i && args.get(1) == u) {
          if (name.equals("add")) {
            list.add(i.intValue(), u);
            return null;
          }
          if (name.equals("set")) {
            return Calls.fromJava(list.set(i.intValue(), u), Object.class);
          }
        }
      } else if (target instanceof Map<?, ?> m
          && name.equals("put")
          && args.size() == 2
          && args.get(1) == u
          && !Values.isUnknown(args.get(0))) {
        return Calls.fromJava(((Map<Object, Object>) m).put(args.get(0), u), Object.class);
      }
    } catch (UnsupportedOperationException | IndexOutOfBoundsException e) {
      // An immutable list, an index past the end: the JVM throws; the content is not known.
    }
    mc.getScope().ifPresent(scope -> forgetContainer(in, scope, f));
    return Values.UNKNOWN;
  }

  /** The list, map, array or nn container {@code e} names (a local or field) becomes unknown. */
  static void forgetValueOf(Interpreter in, Expression e, Frame f) {
    forgetContainer(in, e, f);
  }

  /**
   * The lists, maps and arrays a call that is not run is given ({@code Collections.shuffle(l)})
   * become unknown.
   */
  static void forgetArguments(Interpreter in, MethodCallExpr mc, Frame f) {
    for (Expression a : mc.getArguments()) {
      forgetContainer(in, a, f);
    }
    // What the lambdas and method references of the call (and of the stream it ends) change: the
    // JDK ran some of them before it failed.
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (com.github.javaparser.ast.expr.LambdaExpr l :
        mc.findAll(com.github.javaparser.ast.expr.LambdaExpr.class)) {
      forget(in, l.getBody(), f, 0, seen, false);
    }
    for (com.github.javaparser.ast.expr.MethodReferenceExpr r :
        mc.findAll(com.github.javaparser.ast.expr.MethodReferenceExpr.class)) {
      if (MUTATORS.contains(r.getIdentifier())) {
        forgetContainer(in, r.getScope(), f);
      }
    }
  }

  /**
   * The variable or field {@code target} names (an array's slot: all the array's slots) becomes
   * unknown.
   */
  private static void forgetTarget(Interpreter in, Expression target, Frame f) {
    int levels = 0;
    Expression e = target;
    while (e instanceof ArrayAccessExpr aa) {
      e = aa.getName();
      levels++;
    }
    if (levels > 0) {
      Object arr = read(e, f);
      Expression index = ((ArrayAccessExpr) target).getIndex();
      if (arr instanceof ArrayValue a
          && levels == 1
          && index.isIntegerLiteralExpr()
          && index.asIntegerLiteralExpr().asNumber() instanceof Integer i
          && i < a.items.size()) {
        // A constant index: that slot only.
        a.items.set(i, Values.UNKNOWN);
      } else if (arr instanceof ArrayValue a) {
        poison(a, levels);
      } else {
        write(in, e, f);
      }
      return;
    }
    write(in, e, f);
  }

  /** Every slot {@code levels} deep becomes unknown. */
  private static void poison(ArrayValue a, int levels) {
    for (int i = 0; i < a.items.size(); i++) {
      if (levels > 1 && a.items.get(i) instanceof ArrayValue inner) {
        poison(inner, levels - 1);
      } else {
        a.items.set(i, Values.UNKNOWN);
      }
    }
  }

  private static void forgetContainer(Interpreter in, Expression scope, Frame f) {
    while (scope.isEnclosedExpr()) {
      scope = scope.asEnclosedExpr().getInner();
    }
    Object v = read(scope, f);
    if (v instanceof Collection<?>
        || v instanceof Map<?, ?>
        || v instanceof StringBuilder
        || (v instanceof Module && !(v instanceof InterpretedModule))) {
      write(in, scope, f);
    } else if (v instanceof ArrayValue a) {
      poison(a, 1);
    }
  }

  /**
   * The value of a local, a field, or {@code this.field}, without evaluating anything; null if
   * none.
   */
  private static Object read(Expression e, Frame f) {
    String name = simpleName(e, f);
    if (name == null) {
      return null;
    }
    if (isPlainName(e) && f.locals.containsKey(name)) {
      return f.locals.get(name);
    }
    Map<String, Object> fields = Interpreter.fieldsOf(f.self);
    return fields != null ? fields.get(name) : null;
  }

  /** The local, the field, or {@code this.field} {@code e} names becomes unknown. */
  private static void write(Interpreter in, Expression e, Frame f) {
    String name = simpleName(e, f);
    if (name == null) {
      return;
    }
    if (isPlainName(e) && f.locals.containsKey(name)) {
      f.locals.put(name, Values.UNKNOWN);
      return;
    }
    Map<String, Object> fields = Interpreter.fieldsOf(f.self);
    if (fields != null && fields.containsKey(name)) {
      fields.put(name, Values.UNKNOWN);
      return;
    }
    for (TypeRef t = isPlainName(e) ? f.type : null; t != null; t = in.types.superType(t)) {
      Map<String, Object> statics = in.statics(t);
      if (statics.containsKey(name)) {
        statics.put(name, Values.UNKNOWN);
        return;
      }
    }
  }

  /**
   * A simple name: {@code layers}, or the scope of {@code layers::add}, which JavaParser reads as a
   * type.
   */
  private static boolean isPlainName(Expression e) {
    return e.isNameExpr()
        || (e.isTypeExpr()
            && e.asTypeExpr().getType().isClassOrInterfaceType()
            && e.asTypeExpr().getType().asClassOrInterfaceType().getScope().isEmpty()
            && e.asTypeExpr().getType().asClassOrInterfaceType().getTypeArguments().isEmpty());
  }

  private static String simpleName(Expression e, Frame f) {
    if (e.isNameExpr()) {
      return e.asNameExpr().getNameAsString();
    }
    if (isPlainName(e)) {
      return e.asTypeExpr().getType().asClassOrInterfaceType().getNameAsString();
    }
    if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isThisExpr()) {
      return e.asFieldAccessExpr().getNameAsString();
    }
    return null;
  }
}
