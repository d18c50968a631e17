package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.interp.Values.ArrayValue;
import dev.shapesense.tensor.Dim;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls into the nn library (and a few JDK classes) on abstract values: picks the overload a Java
 * compiler would pick for these argument values and converts them. Only classes on the allow list
 * are ever called: the analyzer runs no user code.
 */
final class Calls {
  private Calls() {}

  static final Object NO = new Object();

  private static final Set<String> JDK =
      Set.of(
          "Math", "List", "ArrayList", "Map", "HashMap", "LinkedHashMap", "Arrays", "Integer",
          "Long", "Double", "Float", "String", "Objects", "Collections", "Set", "HashSet",
          "LinkedHashSet", "LinkedList", "Boolean", "Character", "StrictMath", "Iterator",
          "Iterable", "Collection", "Optional", "OptionalInt", "OptionalLong", "OptionalDouble",
          "Comparator", "TreeMap", "TreeSet", "ArrayDeque", "Deque", "Queue", "ListIterator",
          "Number", "Comparable", "Runnable", "Short", "Byte");

  /**
   * java.util.function and java.util.stream: the functional interfaces lambdas bind to, streams
   * and their collectors. Nothing here does I/O or reflection; parallel streams, which would start
   * threads, are refused ({@link #REFUSED}).
   */
  private static final Set<String> FUNCTION =
      Set.of(
          "Function", "BiFunction", "Supplier", "Consumer", "BiConsumer", "Predicate", "BiPredicate",
          "UnaryOperator", "BinaryOperator", "IntFunction", "IntUnaryOperator", "IntBinaryOperator",
          "IntPredicate", "IntConsumer", "IntSupplier", "ToIntFunction", "ToLongFunction",
          "ToDoubleFunction", "ToIntBiFunction", "IntToLongFunction", "IntToDoubleFunction",
          "LongFunction", "LongUnaryOperator", "LongBinaryOperator", "LongPredicate",
          "DoubleFunction", "DoubleUnaryOperator", "DoubleBinaryOperator", "BooleanSupplier",
          "ObjIntConsumer");

  private static final Set<String> STREAM =
      Set.of("Stream", "IntStream", "LongStream", "DoubleStream", "Collectors", "Collector");

  /**
   * Methods never called: they start threads or block one, or give another result on each run
   * ({@code Math.random()}, {@code Collections.shuffle}: the analysis would show one run's shapes),
   * or read system properties ({@code Integer.getInteger}, {@code Boolean.getBoolean}).
   */
  private static final Set<String> REFUSED =
      Set.of("parallel", "parallelStream", "parallelSort", "parallelSetAll", "parallelPrefix",
          "wait", "notify", "notifyAll", "random", "shuffle", "getBoolean", "getInteger", "getLong");

  /**
   * The classes simple names resolved to (absent: none), so that a name is looked up once per
   * process: a miss throws and catches a ClassNotFoundException per package tried.
   */
  private static final Map<String, Optional<Class<?>>> RESOLVED = new ConcurrentHashMap<>();

  /** Public methods by name, static and instance apart, and public constructors, per class. */
  private static final ClassValue<Members> MEMBERS =
      new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> cls) {
          Map<String, List<Candidate>> statics = new HashMap<>();
          Map<String, List<Candidate>> instance = new HashMap<>();
          for (Method m : publicMethods(cls)) {
            (Modifier.isStatic(m.getModifiers()) ? statics : instance)
                .computeIfAbsent(m.getName(), k -> new ArrayList<>())
                .add(new Candidate(m));
          }
          List<Candidate> constructors = new ArrayList<>();
          for (Constructor<?> k : cls.getConstructors()) {
            constructors.add(new Candidate(k));
          }
          return new Members(statics, instance, List.copyOf(constructors));
        }
      };

  private record Members(
      Map<String, List<Candidate>> statics,
      Map<String, List<Candidate>> instance,
      List<Candidate> constructors) {}

  /** A method or constructor with what binding reads of it, read once (the getters copy). */
  private record Candidate(Executable executable, Class<?>[] types, boolean varargs, Class<?> returns) {
    Candidate(Executable e) {
      this(e, e.getParameterTypes(), e.isVarArgs(), e instanceof Method m ? m.getReturnType() : null);
    }
  }

  /** The class a simple name stands for in model code, or null. */
  static Class<?> resolveClass(String name) {
    Optional<Class<?>> c = RESOLVED.get(name);
    if (c == null) {
      if (RESOLVED.size() > 10_000) {
        RESOLVED.clear();
      }
      c = Optional.ofNullable(lookUpClass(name));
      RESOLVED.put(name, c);
    }
    return c.orElse(null);
  }

  private static Class<?> lookUpClass(String name) {
    // Fully qualified: java.util.List, dev.shapesense.tensor.Tensors, java.lang.Math.
    for (String pkg : new String[] {"dev.shapesense.nn.", "dev.shapesense.tensor."}) {
      if (name.startsWith(pkg) && Character.isUpperCase(name.charAt(pkg.length()))) {
        return resolveClass(name.substring(pkg.length()));
      }
    }
    for (String pkg : new String[] {"java.util.function.", "java.util.stream.", "java.util.", "java.lang."}) {
      String rest = name.startsWith(pkg) ? name.substring(pkg.length()) : null;
      if (rest != null && (JDK.contains(rest) || FUNCTION.contains(rest) || STREAM.contains(rest))) {
        return resolveClass(rest);
      }
    }
    if (FUNCTION.contains(name) || STREAM.contains(name)) {
      try {
        return Class.forName((FUNCTION.contains(name) ? "java.util.function." : "java.util.stream.") + name);
      } catch (ClassNotFoundException e) {
        return null;
      }
    }
    for (String pkg : new String[] {"dev.shapesense.nn.", "dev.shapesense.tensor."}) {
      try {
        return Class.forName(pkg + name);
      } catch (ClassNotFoundException | LinkageError e) {
        // Not in this package.
      }
    }
    if (name.contains(".")) {
      // Nested nn types such as LSTM.Output.
      int dot = name.lastIndexOf('.');
      Class<?> outer = resolveClass(name.substring(0, dot));
      if (outer != null) {
        for (Class<?> c : outer.getClasses()) {
          if (c.getSimpleName().equals(name.substring(dot + 1))) {
            return c;
          }
        }
      }
      return null;
    }
    if (JDK.contains(name)) {
      for (String pkg : new String[] {"java.lang.", "java.util."}) {
        try {
          return Class.forName(pkg + name);
        } catch (ClassNotFoundException e) {
          // Try the next package.
        }
      }
    }
    return null;
  }

  /** Whether calls on instances of {@code cls} are allowed. */
  static boolean callable(Class<?> cls) {
    String p = cls.getPackageName();
    return p.startsWith("dev.shapesense.nn")
        || p.startsWith("dev.shapesense.tensor")
        || Collection.class.isAssignableFrom(cls)
        || Map.class.isAssignableFrom(cls)
        || Map.Entry.class.isAssignableFrom(cls)
        || cls == String.class
        || Number.class.isAssignableFrom(cls)
        || cls == Boolean.class
        || java.util.Iterator.class.isAssignableFrom(cls)
        || java.util.stream.BaseStream.class.isAssignableFrom(cls)
        || cls == Optional.class
        || cls == java.util.OptionalInt.class
        || cls == java.util.OptionalLong.class
        || cls == java.util.OptionalDouble.class
        || functionalInstance(cls);
  }

  /** A JDK lambda or one of the bridge's proxies: implements a java.util.function interface or Comparator. */
  private static boolean functionalInstance(Class<?> cls) {
    for (Class<?> i : cls.getInterfaces()) {
      if (i == java.util.Comparator.class || i.getPackageName().equals("java.util.function")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Set when a call ended with an exception the analysis turned into an unknown result: the
   * method may have changed its receiver or arguments part way ({@code list.sort} with a
   * comparator that failed after some swaps). Per thread: analyses run in parallel.
   */
  private static final ThreadLocal<boolean[]> FAILED = ThreadLocal.withInitial(() -> new boolean[1]);

  /** Whether a call failed since the last {@link #clearFailure()}; clears the mark. */
  static boolean failed() {
    boolean[] f = FAILED.get();
    boolean r = f[0];
    f[0] = false;
    return r;
  }

  static void clearFailure() {
    FAILED.get()[0] = false;
  }

  /** Whether calls of methods named {@code name} are refused (see {@link #REFUSED}). */
  static boolean refused(String name) {
    return REFUSED.contains(name);
  }

  /** Invokes the best public method {@code name} of {@code cls} (static when target is null). */
  static Object invoke(Class<?> cls, Object target, String name, List<Object> args) throws Throwable {
    if (REFUSED.contains(name) || JdkBridge.tooLarge(cls, name, args)) {
      return Values.UNKNOWN;
    }
    Members members = MEMBERS.get(cls);
    List<Candidate> cands =
        (target == null ? members.statics() : members.instance()).getOrDefault(name, List.of());
    return call(cands, target, args);
  }

  /**
   * The methods a Java program can call on an instance of {@code cls}: its public methods, or for a
   * class that is not public (a {@code LinkedHashMap} entry, a {@code List.of} list) those of its
   * public superclasses and interfaces, which reflection may invoke.
   */
  private static List<Method> publicMethods(Class<?> cls) {
    if (Modifier.isPublic(cls.getModifiers())) {
      return List.of(cls.getMethods());
    }
    List<Method> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>();
    todo.add(cls);
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (Modifier.isPublic(c.getModifiers())) {
        for (Method m : c.getMethods()) {
          if (seen.add(m.getName() + java.util.Arrays.toString(m.getParameterTypes()))) {
            out.add(m);
          }
        }
        continue;
      }
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(List.of(c.getInterfaces()));
    }
    return out;
  }

  /** Constructs {@code cls} with the best public constructor. */
  static Object construct(Class<?> cls, List<Object> args) throws Throwable {
    return call(MEMBERS.get(cls).constructors(), null, args);
  }

  private static Object call(List<Candidate> cands, Object target, List<Object> args)
      throws Throwable {
    for (Object a : args) {
      if (Values.isUnknown(a)) {
        return Values.UNKNOWN;
      }
    }
    Candidate best = null;
    Object[] bestArgs = null;
    int bestScore = Integer.MAX_VALUE;
    // The conversion cost of binding each candidate; one counter, reset for each.
    int[] score = new int[1];
    for (Candidate e : cands) {
      score[0] = 0;
      Object[] bound = bind(e, args, score);
      if (bound != null && score[0] < bestScore) {
        best = e;
        bestArgs = bound;
        bestScore = score[0];
      }
    }
    if (best == null) {
      return Values.UNKNOWN;
    }
    try {
      Object r =
          best.executable() instanceof Constructor<?> k
              ? k.newInstance(bestArgs)
              : ((Method) best.executable()).invoke(target, bestArgs);
      writeBack(best, args, bestArgs);
      return fromJava(r, best.returns());
    } catch (InvocationTargetException ex) {
      Throwable cause = JdkBridge.cause(ex);
      FAILED.get()[0] = true;
      if (cause instanceof ClassCastException || cause instanceof NullPointerException) {
        // An argument javac would reject (List.of(Dims, x)) or a null the user code passes
        // (a field never assigned): the program fails there, but not with a shape error.
        return Values.UNKNOWN;
      }
      if (cause instanceof JdkBridge.Unknowable) {
        // A lambda gave the JDK a value the analysis cannot know.
        return Values.UNKNOWN;
      }
      if (cause instanceof RuntimeException && cause.getClass().getName().startsWith("java.")) {
        // A JDK (or nn) method refusing its arguments with a JDK exception (an index past the end
        // of a list whose content the analysis only approximates, an empty Optional's get): not a
        // shape error, and never an internal error of the analysis; unknown.
        return Values.UNKNOWN;
      }
      throw cause;
    } catch (IllegalAccessException ex) {
      return Values.UNKNOWN;
    }
  }

  /**
   * Arrays are passed by reference: what the method wrote into the Java array an abstract array
   * was converted to ({@code Arrays.sort(a)}, {@code Arrays.fill(a, 0)}, {@code Arrays.setAll})
   * is written back to it.
   */
  private static void writeBack(Candidate best, List<Object> args, Object[] bound) {
    int fixed = best.varargs() ? best.types().length - 1 : best.types().length;
    for (int i = 0; i < fixed && i < args.size(); i++) {
      if (args.get(i) instanceof ArrayValue a
          && bound[i] != null
          && bound[i].getClass().isArray()
          && Array.getLength(bound[i]) == a.items.size()) {
        Class<?> comp = bound[i].getClass().getComponentType();
        for (int j = 0; j < a.items.size(); j++) {
          a.items.set(j, fromJava(Array.get(bound[i], j), comp));
        }
      }
    }
  }

  /** Converts a Java result to an abstract value. */
  static Object fromJava(Object r, Class<?> type) {
    if (type == void.class) {
      return null;
    }
    r = JdkBridge.unwrap(r);
    if (r instanceof Integer || r instanceof Short || r instanceof Byte) {
      return ((Number) r).longValue();
    }
    if (r instanceof Float f) {
      return f.doubleValue();
    }
    if (r instanceof Dim d) {
      return d;
    }
    if (r instanceof int[] a) {
      List<Object> l = new ArrayList<>();
      for (int x : a) {
        l.add((long) x);
      }
      return new ArrayValue(l);
    }
    if (r instanceof long[] a) {
      List<Object> l = new ArrayList<>();
      for (long x : a) {
        l.add(x);
      }
      return new ArrayValue(l);
    }
    if (r instanceof double[] a) {
      List<Object> l = new ArrayList<>();
      for (double x : a) {
        l.add(x);
      }
      return new ArrayValue(l);
    }
    if (r instanceof Object[] a) {
      return new ArrayValue(new ArrayList<>(List.of(a)));
    }
    return r;
  }

  private static Object[] bind(Candidate e, List<Object> args, int[] score) {
    Class<?>[] types = e.types();
    int n = types.length;
    boolean varargs = e.varargs();
    if (!varargs && args.size() != n) {
      return null;
    }
    if (varargs && args.size() < n - 1) {
      return null;
    }
    Object[] out = new Object[n];
    int fixed = varargs ? n - 1 : n;
    for (int i = 0; i < fixed; i++) {
      Object v = convert(args.get(i), types[i], score);
      if (v == NO) {
        return null;
      }
      out[i] = v;
    }
    if (varargs) {
      List<Object> rest = args.subList(fixed, args.size());
      Class<?> arrayType = types[n - 1];
      Object direct = rest.size() == 1 ? convert(rest.get(0), arrayType, new int[1]) : NO;
      if (direct != NO && rest.get(0) != null) {
        out[n - 1] = direct;
      } else {
        Class<?> comp = arrayType.getComponentType();
        Object arr = Array.newInstance(comp, rest.size());
        for (int i = 0; i < rest.size(); i++) {
          Object v = convert(rest.get(i), comp, score);
          if (v == NO) {
            return null;
          }
          Array.set(arr, i, v);
        }
        out[n - 1] = arr;
        score[0] += 1;
      }
    }
    return out;
  }

  static Object convert(Object v, Class<?> t, int[] score) {
    if (v instanceof JdkBridge.Fn fn) {
      return fn.bridge().bind(fn.value(), t, score);
    }
    if (v == null) {
      if (t.isPrimitive()) {
        return NO;
      }
      score[0] += 1;
      return null;
    }
    if (v instanceof Dim d) {
      if (d.isConst()) {
        Object c = convert(d.value(), t, score);
        if (c != NO) {
          return c;
        }
      }
      if (t == Dim.class || t == Object.class) {
        return d;
      }
      return NO;
    }
    if (v instanceof Long l) {
      if (t == long.class || t == Long.class) {
        return l;
      }
      if (t == int.class || t == Integer.class) {
        score[0] += 1;
        return l.intValue();
      }
      if (t == short.class || t == Short.class) {
        score[0] += 2;
        return l.shortValue();
      }
      if (t == double.class || t == Double.class) {
        score[0] += 3;
        return l.doubleValue();
      }
      if (t == float.class || t == Float.class) {
        score[0] += 3;
        return l.floatValue();
      }
      if (t == Dim.class) {
        score[0] += 2;
        return Dim.of(l);
      }
      if (t == Object.class || t == Number.class) {
        score[0] += 4;
        return l;
      }
      return NO;
    }
    if (v instanceof Double d) {
      if (t == double.class || t == Double.class) {
        return d;
      }
      if (t == float.class || t == Float.class) {
        score[0] += 1;
        return d.floatValue();
      }
      if (t == Object.class || t == Number.class) {
        score[0] += 4;
        return d;
      }
      return NO;
    }
    if (v instanceof Boolean b) {
      return t == boolean.class || t == Boolean.class ? b : t == Object.class ? b : NO;
    }
    if (v instanceof ArrayValue a) {
      if (!t.isArray()) {
        if (t == Object.class) {
          score[0] += 5;
          return a.items.toArray();
        }
        return NO;
      }
      Class<?> comp = t.getComponentType();
      Object arr = Array.newInstance(comp, a.items.size());
      for (int i = 0; i < a.items.size(); i++) {
        Object x = convert(a.items.get(i), comp, score);
        if (x == NO) {
          return NO;
        }
        Array.set(arr, i, x);
      }
      return arr;
    }
    if (t.isPrimitive()) {
      return NO;
    }
    if (t.isInstance(v)) {
      if (t == Object.class) {
        score[0] += 4;
      }
      return v;
    }
    return NO;
  }
}
