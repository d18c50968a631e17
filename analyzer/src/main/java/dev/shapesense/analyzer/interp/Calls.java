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
          "LinkedHashSet", "LinkedList", "Boolean", "Character", "StrictMath", "EnumSet", "EnumMap");

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
      Executable executable, Class<?>[] types, boolean varargs, Class<?> returns, Overloads.Sig sig) {
    Candidate(Executable e) {
      this(e, e.getParameterTypes(), e.isVarArgs(), e instanceof Method m ? m.getReturnType() : null, sigOf(e));
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
        public boolean isSubtype(dev.shapesense.analyzer.Workspace.TypeRef sub, dev.shapesense.analyzer.Workspace.TypeRef sup) {
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
    for (String pkg : new String[] {"java.util.", "java.lang."}) {
      String rest = name.startsWith(pkg) ? name.substring(pkg.length()) : null;
      if (rest != null && JDK.contains(rest)) {
        return resolveClass(rest);
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
        || cls == Boolean.class;
  }

  /** Whether {@code cls} has a public method {@code name}, static or not. */
  static boolean hasMethod(Class<?> cls, String name) {
    Members m = MEMBERS.get(cls);
    return m.instance().containsKey(name) || m.statics().containsKey(name);
  }

  /** Invokes the best public method {@code name} of {@code cls} (static when target is null). */
  static Object invoke(Class<?> cls, Object target, String name, List<Object> args) throws Throwable {
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
    Overloads.Choice<Candidate> choice =
        Overloads.choose(cands, Candidate::sig, Overloads.args(args), REFLECTIVE, true);
    Candidate best = choice.chosen();
    Object[] bestArgs = best == null ? null : bind(best, args, choice.varargsCall());
    if (bestArgs == null) {
      return Values.UNKNOWN;
    }
    try {
      Object r =
          best.executable() instanceof Constructor<?> k
              ? k.newInstance(bestArgs)
              : ((Method) best.executable()).invoke(target, bestArgs);
      return fromJava(r, best.returns());
    } catch (InvocationTargetException ex) {
      if (ex.getCause() instanceof ClassCastException || ex.getCause() instanceof NullPointerException) {
        // An argument javac would reject (List.of(Dims, x)) or a null the user code passes
        // (a field never assigned): the program fails there, but not with a shape error.
        return Values.UNKNOWN;
      }
      throw ex.getCause();
    } catch (IllegalAccessException ex) {
      return Values.UNKNOWN;
    }
  }

  /** Converts a Java result to an abstract value. */
  static Object fromJava(Object r, Class<?> type) {
    if (type == void.class) {
      return null;
    }
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
}
