package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.type.Type;
import dev.shapesense.analyzer.interp.Values.Closure;
import dev.shapesense.analyzer.interp.Values.MethodRef;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interpreted lambdas and method references passed to JDK (or nn) code, as the JVM passes them: a
 * real instance of the functional interface the reflected parameter declares ({@code Consumer} for
 * {@code Iterable.forEach}, {@code IntFunction} for {@code IntStream.mapToObj}...), a {@link Proxy}
 * whose single abstract method runs the interpreter and whose default methods ({@code andThen},
 * {@code reversed}) are the interface's own. Values stay abstract inside the analysis; only at this
 * boundary are they converted, with the parameter and return types of the interface method ({@code
 * int} in, {@code Long} to the interpreter).
 *
 * <p>Each invocation is a step of the budget; the budget's end and a user's {@code throw} leave the
 * JDK code unchanged (unchecked). A value the analysis cannot know returned where the JDK expects a
 * primitive ends the JDK call with an unknown result ({@link Unknowable}).
 */
final class JdkBridge {
  private final Interpreter in;
  private final Expressions ex;
  private final Node site;

  JdkBridge(Interpreter in, Expressions ex, Node site) {
    this.in = in;
    this.ex = ex;
    this.site = site;
  }

  /**
   * A functional value on its way into a reflective call. An overload is applicable to it when
   * {@link #accepts} its parameter type; {@link Calls#convert} then binds it ({@link #bind}).
   */
  record Fn(JdkBridge bridge, Object value) {
    /**
     * Whether a parameter of type {@code t} takes this lambda or method reference, as javac decides
     * potential compatibility: {@code Object} (a generic {@code T}) as the abstract value, or a
     * functional interface whose method takes as many arguments as the lambda declares (as the
     * method reference can take).
     */
    boolean accepts(Class<?> t) {
      if (t == Object.class) {
        return true;
      }
      Method sam = functionalMethod(t);
      if (sam == null) {
        return false;
      }
      if (value instanceof Closure c) {
        return c.lambda().getParameters().size() == sam.getParameterCount();
      }
      return !(value instanceof MethodRef ref) || bridge.fits(ref, sam.getParameterCount());
    }
  }

  /** The JDK call cannot be followed: an unknown value where the JDK needs a real one. */
  static final class Unknowable extends RuntimeException {
    Unknowable() {
      super(null, null, false, false);
    }
  }

  static boolean isFunctional(Object v) {
    return v instanceof Closure || v instanceof MethodRef;
  }

  /**
   * {@code args} with each lambda or method reference wrapped for binding by a bridge of {@code in}
   * at {@code site}; the same list, and no bridge made, when none is.
   */
  static List<Object> wrap(Interpreter in, Expressions ex, Node site, List<Object> args) {
    for (int i = 0; i < args.size(); i++) {
      if (isFunctional(args.get(i))) {
        return new JdkBridge(in, ex, site).wrap(args);
      }
    }
    return args;
  }

  /**
   * {@code args} with each lambda or method reference wrapped for binding (the same list when none
   * is).
   */
  List<Object> wrap(List<Object> args) {
    List<Object> out = null;
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (isFunctional(a)) {
        if (out == null) {
          out = new ArrayList<>(args);
        }
        out.set(i, new Fn(this, a));
      }
    }
    return out == null ? args : out;
  }

  /**
   * Each class's single abstract method, found once per process (the search throws and catches).
   */
  private static final java.lang.ClassValue<java.util.Optional<Method>> SAM =
      new java.lang.ClassValue<>() {
        @Override
        protected java.util.Optional<Method> computeValue(Class<?> t) {
          return java.util.Optional.ofNullable(findFunctionalMethod(t));
        }
      };

  /** The single abstract method of {@code t} when it is a functional interface, else null. */
  static Method functionalMethod(Class<?> t) {
    return SAM.get(t).orElse(null);
  }

  private static Method findFunctionalMethod(Class<?> t) {
    if (!t.isInterface()) {
      return null;
    }
    Method sam = null;
    for (Method m : t.getMethods()) {
      if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
        continue;
      }
      if (sam != null && !sameSignature(sam, m)) {
        return null;
      }
      sam = m;
    }
    return sam;
  }

  private static boolean sameSignature(Method a, Method b) {
    return a.getName().equals(b.getName())
        && Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
  }

  private static boolean isObjectMethod(Method m) {
    try {
      Object.class.getMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * The functional value as an instance of {@code t}: a proxy when {@code t} is a functional
   * interface whose arity fits a lambda's, the abstract value itself for an {@code Object}
   * parameter (a {@code List<Function<..>>}'s {@code add}), else {@link Calls#NO}.
   */
  Object bind(Object fn, Class<?> t, int[] score) {
    if (!new Fn(this, fn).accepts(t)) {
      return Calls.NO;
    }
    if (t == Object.class) {
      score[0] += 4;
      return fn;
    }
    return proxy(fn, t);
  }

  /**
   * Whether a method reference can take {@code n} arguments, as javac asks when it picks an
   * overload ({@code thenComparing(Linear::outFeatures)} is the Function one, not the Comparator
   * one): a static method or constructor of {@code n} parameters, an instance method of {@code n}
   * on a bound receiver or of {@code n - 1} on the first argument. True when it cannot be told.
   */
  private boolean fits(MethodRef ref, int n) {
    Object scope = ref.scope();
    String name = ref.name();
    if (scope instanceof Values.ClassValue cv) {
      Class<?> c = cv.cls();
      if (name.equals("new")) {
        if (c.isArray()) {
          return n == 1;
        }
        for (java.lang.reflect.Constructor<?> k : c.getConstructors()) {
          if (arityFits(k, n)) {
            return true;
          }
        }
        return false;
      }
      for (Method m : c.getMethods()) {
        if (m.getName().equals(name)
            && arityFits(m, Modifier.isStatic(m.getModifiers()) ? n : n - 1)) {
          return true;
        }
      }
      return false;
    }
    if (scope instanceof Values.TypeValue tv) {
      if (name.equals("new")) {
        return true;
      }
      return in.types.findMethod(tv.type(), name, n) != null
          || in.types.findMethod(tv.type(), name, n - 1) != null
          || Interpreter.implicitReferenceTakes(tv.type().decl(), name, n);
    }
    if (scope instanceof InterpretedModule || scope instanceof Values.ObjectValue) {
      return true;
    }
    if (scope != null && Calls.callable(scope.getClass())) {
      for (Method m : scope.getClass().getMethods()) {
        if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers()) && arityFits(m, n)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static boolean arityFits(java.lang.reflect.Executable e, int n) {
    int k = e.getParameterCount();
    return k == n || (e.isVarArgs() && n >= k - 1);
  }

  /** A real instance of the functional interface {@code t} that runs {@code fn}. */
  Object proxy(Object fn, Class<?> t) {
    return Proxy.newProxyInstance(
        t.getClassLoader() == null ? JdkBridge.class.getClassLoader() : t.getClassLoader(),
        new Class<?>[] {t},
        new Handler(fn));
  }

  /** The abstract value a proxy of this bridge stands for, or {@code v} itself. */
  static Object unwrap(Object v) {
    if (v != null
        && Proxy.isProxyClass(v.getClass())
        && Proxy.getInvocationHandler(v) instanceof Handler h) {
      return h.fn;
    }
    return v;
  }

  private final class Handler implements InvocationHandler {
    final Object fn;

    Handler(Object fn) {
      this.fn = fn;
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
      if (m.getDeclaringClass() == Object.class) {
        return switch (m.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "lambda";
        };
      }
      if (m.isDefault()) {
        try {
          return InvocationHandler.invokeDefault(proxy, m, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
      in.step(site);
      if (fn instanceof MethodRef ref
          && ref.name().equals("new")
          && ref.scope() instanceof Values.ClassValue cv
          && cv.cls().isArray()
          && args != null
          && args.length == 1
          && args[0] instanceof Integer n) {
        // Module[]::new as the JDK's array generator (Stream.toArray): a real array.
        return java.lang.reflect.Array.newInstance(cv.cls().getComponentType(), n);
      }
      Class<?>[] types = m.getParameterTypes();
      List<Object> vals = new ArrayList<>();
      for (int i = 0; args != null && i < args.length; i++) {
        vals.add(Calls.fromJava(unwrap(args[i]), types[i]));
      }
      Object r = Functions.apply(in, ex, fn, vals);
      return out(r, m.getReturnType());
    }
  }

  /** An interpreter result as the interface method returns it. */
  private Object out(Object r, Class<?> type) {
    if (type == void.class) {
      return null;
    }
    if (Values.isUnknown(r)) {
      if (type.isPrimitive() || type != Object.class) {
        throw new Unknowable();
      }
      return r;
    }
    if (type == Object.class) {
      return r;
    }
    if (isFunctional(r)) {
      Object p = bind(r, type, new int[1]);
      if (p != Calls.NO) {
        return p;
      }
      throw new Unknowable();
    }
    Object v = Calls.convert(r, type);
    if (v == Calls.NO) {
      throw new Unknowable();
    }
    return v;
  }

  /**
   * A method called on an abstract lambda or method reference ({@code scopeExpr} its expression):
   * the interface's functional method runs it; another method of the interface ({@code andThen},
   * {@code compose}, {@code reversed}, {@code negate}) is the interface's own, called on a proxy.
   * The interface is the declared type of the variable, field or parameter holding the value.
   */
  Object callOn(Expression scopeExpr, Object fn, String name, List<Object> args) {
    Type declared = declaredType(scopeExpr);
    dev.shapesense.analyzer.Workspace.TypeRef own =
        declared != null && declared.isClassOrInterfaceType()
            ? in.types.findType(declared.asClassOrInterfaceType().getNameWithScope(), scopeExpr)
            : null;
    if (own != null) {
      // A functional interface of the workspace: its default methods run with the lambda as this.
      var m = in.types.findMethod(own, name, args.size());
      if (m != null && m.getBody().isPresent()) {
        return in.invokeUser(in.types.typeOf(m), m, fn, args);
      }
      return Functions.apply(in, ex, fn, args);
    }
    Class<?> iface = declaredInterface(scopeExpr);
    if (iface == null) {
      iface = guess(fn, name);
    }
    Method sam = iface == null ? null : functionalMethod(iface);
    if (sam == null || sam.getName().equals(name) || !hasMethod(iface, name)) {
      return Functions.apply(in, ex, fn, args);
    }
    try {
      return Calls.invoke(iface, proxy(fn, iface), name, wrap(args));
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      return Values.UNKNOWN;
    }
  }

  private static boolean hasMethod(Class<?> iface, String name) {
    for (Method m : iface.getMethods()) {
      if (m.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The interface of a functional value whose declaration is not found, for the methods only one
   * interface of the value's arity has ({@code Consumer.andThen} and {@code Function.andThen} are
   * not told apart: null).
   */
  private static Class<?> guess(Object fn, String name) {
    int arity = fn instanceof Closure c ? c.lambda().getParameters().size() : -1;
    return switch (name) {
      case "compose" -> java.util.function.Function.class;
      case "negate", "and", "or" ->
          arity == 2 ? java.util.function.BiPredicate.class : java.util.function.Predicate.class;
      case "reversed",
          "thenComparing",
          "thenComparingInt",
          "thenComparingLong",
          "thenComparingDouble" ->
          java.util.Comparator.class;
      default -> null;
    };
  }

  /** The functional interface a name or {@code this.field} is declared with, or null. */
  static Class<?> declaredInterface(Expression e) {
    Type t = declaredType(e);
    if (t == null || !t.isClassOrInterfaceType()) {
      return null;
    }
    Class<?> c = Calls.resolveClass(t.asClassOrInterfaceType().getNameWithScope());
    return c != null && functionalMethod(c) != null ? c : null;
  }

  private static Type declaredType(Expression e) {
    while (e.isEnclosedExpr()) {
      e = e.asEnclosedExpr().getInner();
    }
    if (e.isCastExpr()) {
      // ((Function<Tensor, Tensor>) norm::forward).andThen(...): the cast names the interface.
      return e.asCastExpr().getType();
    }
    String name;
    boolean fieldOnly = false;
    if (e.isNameExpr()) {
      name = e.asNameExpr().getNameAsString();
    } else if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isThisExpr()) {
      name = e.asFieldAccessExpr().getNameAsString();
      fieldOnly = true;
    } else {
      return null;
    }
    for (Node cur = e.getParentNode().orElse(null);
        !fieldOnly && cur != null;
        cur = cur.getParentNode().orElse(null)) {
      if (cur instanceof LambdaExpr l) {
        for (Parameter p : l.getParameters()) {
          if (p.getNameAsString().equals(name)) {
            return p.getType();
          }
        }
      }
      if (cur instanceof CallableDeclaration<?> c) {
        for (Parameter p : c.getParameters()) {
          if (p.getNameAsString().equals(name)) {
            return p.getType();
          }
        }
        for (VariableDeclarator v : c.findAll(VariableDeclarator.class)) {
          if (v.getNameAsString().equals(name)) {
            return v.getType();
          }
        }
        break;
      }
      if (cur instanceof TypeDeclaration<?>) {
        break;
      }
    }
    for (Node cur = e; cur != null; cur = cur.getParentNode().orElse(null)) {
      if (cur instanceof TypeDeclaration<?> td) {
        var field = td.getFieldByName(name);
        if (field.isPresent()) {
          for (VariableDeclarator v : field.get().getVariables()) {
            if (v.getNameAsString().equals(name)) {
              return v.getType();
            }
          }
        }
      }
    }
    return null;
  }

  /** Elements a JDK call may make without running interpreted code, which counts its steps. */
  private static final long MAX_ELEMENTS = 1_000_000;

  /**
   * A range, copy or repeat count past {@link #MAX_ELEMENTS} ({@code IntStream.range(0, 1 << 30)}):
   * the JDK would build or walk it without a step of the budget; its result is not followed.
   */
  static boolean tooLarge(Class<?> cls, String name, List<Object> args) {
    if ((name.equals("range") || name.equals("rangeClosed"))
        && java.util.stream.BaseStream.class.isAssignableFrom(cls)
        && args.size() == 2
        && args.get(0) instanceof Long a
        && args.get(1) instanceof Long b) {
      return b - a > MAX_ELEMENTS;
    }
    if (name.equals("nCopies") && cls == java.util.Collections.class && !args.isEmpty()) {
      return !(args.get(0) instanceof Long n) || n > MAX_ELEMENTS;
    }
    if (name.equals("repeat") && cls == String.class && args.size() == 1) {
      return !(args.get(0) instanceof Long n) || n > MAX_ELEMENTS;
    }
    return false;
  }

  /** The throwable a reflective call ended with, through the wrappers of reflection and proxies. */
  static Throwable cause(Throwable t) {
    while ((t instanceof InvocationTargetException || t instanceof UndeclaredThrowableException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
