package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.interp.Values.ArrayValue;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
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
          "Math",
          "List",
          "ArrayList",
          "Map",
          "HashMap",
          "LinkedHashMap",
          "Arrays",
          "Integer",
          "Long",
          "Double",
          "Float",
          "String",
          "StringBuilder",
          "Objects",
          "Collections",
          "Set",
          "HashSet",
          "LinkedHashSet",
          "LinkedList",
          "Boolean",
          "Character",
          "StrictMath",
          "Iterator",
          "Iterable",
          "Collection",
          "Optional",
          "OptionalInt",
          "OptionalLong",
          "OptionalDouble",
          "Comparator",
          "TreeMap",
          "TreeSet",
          "ArrayDeque",
          "Deque",
          "Queue",
          "ListIterator",
          "Number",
          "Comparable",
          "Runnable",
          "Short",
          "Byte",
          "EnumSet",
          "EnumMap",
          "Locale");

  /**
   * java.util.function and java.util.stream: the functional interfaces lambdas bind to, streams and
   * their collectors. Nothing here does I/O or reflection; parallel streams, which would start
   * threads, are refused ({@link #REFUSED}).
   */
  private static final Set<String> FUNCTION =
      Set.of(
          "Function",
          "BiFunction",
          "Supplier",
          "Consumer",
          "BiConsumer",
          "Predicate",
          "BiPredicate",
          "UnaryOperator",
          "BinaryOperator",
          "IntFunction",
          "IntUnaryOperator",
          "IntBinaryOperator",
          "IntPredicate",
          "IntConsumer",
          "IntSupplier",
          "ToIntFunction",
          "ToLongFunction",
          "ToDoubleFunction",
          "ToIntBiFunction",
          "IntToLongFunction",
          "IntToDoubleFunction",
          "LongFunction",
          "LongUnaryOperator",
          "LongBinaryOperator",
          "LongPredicate",
          "DoubleFunction",
          "DoubleUnaryOperator",
          "DoubleBinaryOperator",
          "BooleanSupplier",
          "ObjIntConsumer");

  private static final Set<String> STREAM =
      Set.of("Stream", "IntStream", "LongStream", "DoubleStream", "Collectors", "Collector");

  /**
   * Methods never called: they start threads or block one, or give another result on each run
   * ({@code Math.random()}, {@code Collections.shuffle}: the analysis would show one run's shapes),
   * or read system properties ({@code Integer.getInteger}, {@code Boolean.getBoolean}).
   */
  private static final Set<String> REFUSED =
      Set.of(
          "parallel",
          "parallelStream",
          "parallelSort",
          "parallelSetAll",
          "parallelPrefix",
          "wait",
          "notify",
          "notifyAll",
          "random",
          "shuffle",
          "getBoolean",
          "getInteger",
          "getLong");

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
  private record Candidate(
      Executable executable,
      Class<?>[] types,
      boolean varargs,
      Class<?> returns,
      Overloads.Sig sig) {
    Candidate(Executable e) {
      this(
          e,
          e.getParameterTypes(),
          e.isVarArgs(),
          e instanceof Method m ? m.getReturnType() : null,
          sigOf(e));
    }

    private static Overloads.Sig sigOf(Executable e) {
      List<Overloads.PType> ps = new ArrayList<>();
      for (Class<?> c : e.getParameterTypes()) {
        ps.add(Overloads.PType.of(c));
      }
      return new Overloads.Sig(List.copyOf(ps), e.isVarArgs());
    }
  }

  /**
   * Subtyping for reflective calls: the values passed are nn and JDK objects (a user module is a
   * real {@link dev.shapesense.nn.Module}), so the classes decide.
   */
  private static final Overloads.Types REFLECTIVE =
      new Overloads.Types() {
        @Override
        public boolean isSubtype(
            dev.shapesense.analyzer.Workspace.TypeRef sub,
            dev.shapesense.analyzer.Workspace.TypeRef sup) {
          return false;
        }

        @Override
        public boolean isSubclassOf(dev.shapesense.analyzer.Workspace.TypeRef sub, Class<?> sup) {
          return false;
        }

        @Override
        public dev.shapesense.analyzer.Workspace.TypeRef typeOfValue(Object v) {
          return null;
        }

        @Override
        public boolean isInterface(dev.shapesense.analyzer.Workspace.TypeRef t) {
          return false;
        }
      };

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
    for (String pkg :
        new String[] {"java.util.function.", "java.util.stream.", "java.util.", "java.lang."}) {
      String rest = name.startsWith(pkg) ? name.substring(pkg.length()) : null;
      if (rest != null
          && (JDK.contains(rest) || FUNCTION.contains(rest) || STREAM.contains(rest))) {
        return resolveClass(rest);
      }
    }
    if (FUNCTION.contains(name) || STREAM.contains(name)) {
      try {
        return Class.forName(
            (FUNCTION.contains(name) ? "java.util.function." : "java.util.stream.") + name);
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
        || cls == StringBuilder.class
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

  /**
   * A JDK lambda or one of the bridge's proxies: implements a java.util.function interface or
   * Comparator.
   */
  private static boolean functionalInstance(Class<?> cls) {
    for (Class<?> i : cls.getInterfaces()) {
      if (i == java.util.Comparator.class || i.getPackageName().equals("java.util.function")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Set when a call ended with an exception the analysis turned into an unknown result: the method
   * may have changed its receiver or arguments part way ({@code list.sort} with a comparator that
   * failed after some swaps). Per thread: analyses run in parallel.
   */
  private static final ThreadLocal<boolean[]> FAILED =
      ThreadLocal.withInitial(() -> new boolean[1]);

  /** Whether a call failed since the last {@link #clearFailure()}; clears the mark. */
  static boolean failed() {
    boolean[] f = FAILED.get();
    boolean r = f[0];
    f[0] = false;
    return r;
  }

  static void clearFailure() {
    FAILED.get()[0] = false;
    THROWN.get()[0] = null;
  }

  /** The exception of the last failed call (see {@link #FAILED}), or null; per thread. */
  private static final ThreadLocal<Throwable[]> THROWN =
      ThreadLocal.withInitial(() -> new Throwable[1]);

  /** The exception the last failed call since {@link #clearFailure()} threw, or null; clears it. */
  static Throwable thrown() {
    Throwable[] t = THROWN.get();
    Throwable r = t[0];
    t[0] = null;
    return r;
  }

  /** Whether calls of methods named {@code name} are refused (see {@link #REFUSED}). */
  static boolean refused(String name) {
    return REFUSED.contains(name);
  }

  /** Whether {@code cls} has a public method {@code name}, static or not. */
  static boolean hasMethod(Class<?> cls, String name) {
    Members m = MEMBERS.get(cls);
    return m.instance().containsKey(name) || m.statics().containsKey(name);
  }

  /** Invokes the best public method {@code name} of {@code cls} (static when target is null). */
  static Object invoke(Class<?> cls, Object target, String name, List<Object> args)
      throws Throwable {
    return invoke(cls, target, name, args, null);
  }

  /**
   * As {@link #invoke(Class, Object, String, List)}, with the argument expressions, whose types
   * tell overloads apart where the values do not ({@code replace('.', '_')} takes chars).
   */
  static Object invoke(
      Class<?> cls,
      Object target,
      String name,
      List<Object> args,
      List<? extends com.github.javaparser.ast.expr.Expression> exprs)
      throws Throwable {
    if (REFUSED.contains(name) || JdkBridge.tooLarge(cls, name, args)) {
      return Values.UNKNOWN;
    }
    Members members = MEMBERS.get(cls);
    List<Candidate> cands =
        (target == null ? members.statics() : members.instance()).getOrDefault(name, List.of());
    // (An unknown element given to a JDK collection is stored as unknown before this is reached:
    // Effects.unknownElement.)
    return call(cands, target, args, exprs);
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
    return call(MEMBERS.get(cls).constructors(), null, args, null);
  }

  private static Object call(
      List<Candidate> cands,
      Object target,
      List<Object> args,
      List<? extends com.github.javaparser.ast.expr.Expression> exprs)
      throws Throwable {
    for (Object a : args) {
      if (Values.isUnknown(a)) {
        return Values.UNKNOWN;
      }
    }
    Overloads.Choice<Candidate> choice =
        Overloads.choose(cands, Candidate::sig, Overloads.args(args, exprs), REFLECTIVE, true);
    Candidate best = choice.chosen();
    Object[] bestArgs = best == null ? null : bind(best, args, choice.varargsCall());
    if (bestArgs == null && !choice.undecided()) {
      SizesAsShape packed = sizesAsShape(cands, args);
      if (packed != null) {
        best = packed.choice().chosen();
        args = packed.args();
        bestArgs = bind(best, args, packed.choice().varargsCall());
      }
    }
    if (bestArgs == null) {
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
      THROWN.get()[0] = cause;
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

  private record SizesAsShape(Overloads.Choice<Candidate> choice, List<Object> args) {}

  /**
   * PyTorch's sizes are {@code SymInt[]}: a size list holding a symbol is as good as one of
   * numbers. The nn API takes them as {@code long...} (what javac binds) and, for symbols, as a
   * {@link Shape} beside it with the same meaning. Where no overload takes the sizes because one is
   * a symbol ({@code Tensors.rand(size)} with {@code size[0] = x.size(0)}, {@code Tensors.ones(n,
   * 8, 1, 1)}), the run of sizes (an array, or the arguments a {@code long...} would collect) is
   * passed to the method's {@code Shape} overload. Null when there is none, no symbol among the
   * sizes, or a negative size (PyTorch's error is the {@code long...} overload's to give).
   */
  private static SizesAsShape sizesAsShape(List<Candidate> cands, List<Object> args) {
    for (Candidate c : cands) {
      Class<?>[] types = c.types();
      int at = java.util.Arrays.asList(types).indexOf(Shape.class);
      int after = types.length - at - 1;
      if (at < 0 || args.size() - after <= at) {
        continue;
      }
      List<Object> run = args.subList(at, args.size() - after);
      if (run.size() == 1 && run.get(0) instanceof ArrayValue a) {
        run = a.items;
      }
      List<Dim> dims = new ArrayList<>(run.size());
      boolean symbolic = false;
      for (Object v : run) {
        Dim d = v instanceof Long l ? Dim.of(l) : v instanceof Dim x ? x : null;
        if (d == null || (d.isConst() && d.value() < 0)) {
          dims = null;
          break;
        }
        symbolic |= !d.isConst();
        dims.add(d);
      }
      if (dims == null || !symbolic) {
        continue;
      }
      List<Object> packed = new ArrayList<>(args.subList(0, at));
      packed.add(Shape.of(dims));
      packed.addAll(args.subList(args.size() - after, args.size()));
      Overloads.Choice<Candidate> choice =
          Overloads.choose(List.of(c), Candidate::sig, Overloads.args(packed), REFLECTIVE, true);
      if (choice.chosen() != null) {
        return new SizesAsShape(choice, packed);
      }
    }
    return null;
  }

  /**
   * Arrays are passed by reference: what the method wrote into the Java array an abstract array was
   * converted to ({@code Arrays.sort(a)}, {@code Arrays.fill(a, 0)}, {@code Arrays.setAll}) is
   * written back to it.
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
      return new ArrayValue(l, Overloads.Prim.INT);
    }
    if (r instanceof long[] a) {
      List<Object> l = new ArrayList<>();
      for (long x : a) {
        l.add(x);
      }
      return new ArrayValue(l, Overloads.Prim.LONG);
    }
    if (r instanceof double[] a) {
      List<Object> l = new ArrayList<>();
      for (double x : a) {
        l.add(x);
      }
      return new ArrayValue(l, Overloads.Prim.DOUBLE);
    }
    if (r instanceof Object[] a) {
      return new ArrayValue(new ArrayList<>(List.of(a)));
    }
    return r;
  }

  /** The Java arguments for the chosen candidate, or null when a value cannot be converted. */
  private static Object[] bind(Candidate e, List<Object> args, boolean varargsCall) {
    Class<?>[] types = e.types();
    int n = types.length;
    Object[] out = new Object[n];
    int fixed = varargsCall ? n - 1 : n;
    for (int i = 0; i < fixed; i++) {
      Object v = convert(args.get(i), types[i]);
      if (v == NO) {
        return null;
      }
      out[i] = v;
    }
    if (varargsCall) {
      List<Object> rest = args.subList(fixed, args.size());
      Class<?> comp = types[n - 1].getComponentType();
      Object arr = Array.newInstance(comp, rest.size());
      for (int i = 0; i < rest.size(); i++) {
        Object v = convert(rest.get(i), comp);
        if (v == NO) {
          return null;
        }
        Array.set(arr, i, v);
      }
      out[n - 1] = arr;
    }
    return out;
  }

  /** {@code v} as a Java value of type {@code t}, or {@link #NO}. */
  static Object convert(Object v, Class<?> t) {
    if (v instanceof JdkBridge.Fn fn) {
      return fn.bridge().bind(fn.value(), t, new int[1]);
    }
    if (v == null) {
      return t.isPrimitive() ? NO : null;
    }
    if (v instanceof Dim d) {
      if (d.isConst()) {
        Object c = convert(d.value(), t);
        if (c != NO) {
          return c;
        }
      }
      return t == Dim.class || t == Object.class ? d : NO;
    }
    if (v instanceof Long l) {
      if (t == long.class || t == Long.class || t == Object.class || t == Number.class) {
        return l;
      }
      if (t == int.class || t == Integer.class) {
        return l.intValue();
      }
      if (t == short.class || t == Short.class) {
        return l.shortValue();
      }
      if (t == char.class || t == Character.class) {
        return (char) l.longValue();
      }
      if (t == byte.class || t == Byte.class) {
        return l.byteValue();
      }
      if (t == double.class || t == Double.class) {
        return l.doubleValue();
      }
      if (t == float.class || t == Float.class) {
        return l.floatValue();
      }
      if (t == Dim.class) {
        return Dim.of(l);
      }
      return NO;
    }
    if (v instanceof Double d) {
      if (t == double.class || t == Double.class || t == Object.class || t == Number.class) {
        return d;
      }
      if (t == float.class || t == Float.class) {
        return d.floatValue();
      }
      return NO;
    }
    if (v instanceof Boolean b) {
      return t == boolean.class || t == Boolean.class || t == Object.class ? b : NO;
    }
    if (v instanceof ArrayValue a) {
      if (!t.isArray()) {
        return t == Object.class ? a.items.toArray() : NO;
      }
      Class<?> comp = t.getComponentType();
      Object arr = Array.newInstance(comp, a.items.size());
      for (int i = 0; i < a.items.size(); i++) {
        Object x = convert(a.items.get(i), comp);
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
    return t.isInstance(v) ? v : NO;
  }

  /** Whether {@code cls} has a public method {@code name}, static or instance as asked. */
  static boolean hasMethod(Class<?> cls, boolean isStatic, String name) {
    Members m = MEMBERS.get(cls);
    return (isStatic ? m.statics() : m.instance()).containsKey(name);
  }

  /** Whether some overload of {@code name} takes these (known) argument values. */
  static boolean binds(Class<?> cls, boolean isStatic, String name, List<Object> args) {
    Members m = MEMBERS.get(cls);
    List<Candidate> cands = (isStatic ? m.statics() : m.instance()).getOrDefault(name, List.of());
    return Overloads.choose(cands, Candidate::sig, Overloads.args(args), REFLECTIVE, true).chosen()
        != null;
  }

  /**
   * Whether {@code cls} is part of the nn API, whose overloads the analysis binds as javac does.
   */
  static boolean isNn(Class<?> cls) {
    return cls.getPackageName().startsWith("dev.shapesense.");
  }

  /** Argument values as the Java types javac sees: {@code (Tensor, int, int[])}. */
  static String describe(List<Object> args) {
    List<String> out = new ArrayList<>();
    for (Object a : args) {
      out.add(javaType(a));
    }
    return "(" + String.join(", ", out) + ")";
  }

  private static String javaType(Object a) {
    if (a == null) {
      return "null";
    }
    if (a instanceof Long || a instanceof Dim) {
      return "int";
    }
    if (a instanceof Double) {
      return "double";
    }
    if (a instanceof Boolean) {
      return "boolean";
    }
    if (a instanceof ArrayValue arr) {
      String item = arr.items.isEmpty() ? "int" : javaType(arr.items.get(0));
      return item + "[]";
    }
    if (a instanceof Values.ObjectValue o) {
      return o.type.decl().getNameAsString();
    }
    if (a instanceof InterpretedModule m) {
      return m.typeName();
    }
    if (a instanceof Values.Closure || a instanceof Values.MethodRef) {
      return "lambda";
    }
    if (a instanceof dev.shapesense.tensor.Tensor) {
      return "Tensor";
    }
    return a.getClass().getSimpleName();
  }

  /** Whether {@code cls} has a public static method or field {@code name}. */
  static boolean hasStatic(Class<?> cls, String name) {
    if (MEMBERS.get(cls).statics().containsKey(name)) {
      return true;
    }
    try {
      return java.lang.reflect.Modifier.isStatic(cls.getField(name).getModifiers());
    } catch (NoSuchFieldException | SecurityException e) {
      return false;
    }
  }
}
